#include "ui/MainWindow.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

#include "ui/AppText.h"
#include "ui/StoreSession.h"
#include "ui/compare/ComparePage.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/help/HowItWorksDialog.h"
#include "ui/history/ImportsPage.h"
#include "ui/import/ImportWizard.h"
#include "ui/report/ExportReportDialog.h"
#include "ui/retention/RetentionPage.h"
#include "ui/segments/CustomerBrowserPage.h"
#include "ui/settings/SegmentationSettingsDialog.h"
#include "ui/start/StartPage.h"
#include "ui/value/ValuePage.h"

namespace Patronage {

namespace {
constexpr int kRecentStores = 8;
const QString kRecentKey = QStringLiteral("recentStores");
const QString kStoreFilter = QStringLiteral("Patronage stores (*.patronage);;All files (*)");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new StoreSession(this))
    , m_pages(new QStackedWidget(this))
    , m_start(new StartPage(this))
    , m_tabs(new QTabWidget(this))
    , m_dashboard(new DashboardPage(m_session, this))
    , m_compare(new ComparePage(m_session, this))
    , m_browser(new CustomerBrowserPage(m_session, this))
    , m_value(new ValuePage(m_session, this))
    , m_retention(new RetentionPage(m_session, this))
    , m_imports(new ImportsPage(m_session, this))
    , m_status(new QLabel(this))
{
    qApp->installEventFilter(this);
    setWindowTitle(tr("Patronage"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/patronage.svg")));
    setAcceptDrops(true);

    connect(m_imports, &ImportsPage::importRequested, this, [this] { startImport(); });

    m_tabs->addTab(m_dashboard, tr("Dashboard"));
    m_tabs->addTab(m_compare, tr("Compare Months"));
    m_tabs->addTab(m_browser, tr("Customers"));
    m_tabs->addTab(m_value, tr("Customer Value"));
    m_tabs->addTab(m_retention, tr("Retention"));
    m_tabs->addTab(m_imports, tr("Imports"));
    m_pages->addWidget(m_start);
    m_pages->addWidget(m_tabs);
    setCentralWidget(m_pages);
    statusBar()->addWidget(m_status, 1);
    createMenus();

    connect(m_start, &StartPage::openSampleRequested, this, &MainWindow::openSampleStore);
    connect(m_start, &StartPage::importRequested, this, [this] { startImport(); });
    connect(m_start, &StartPage::openRequested, this, &MainWindow::chooseStore);
    connect(m_start, &StartPage::openStoreRequested, this, [this](const QString &path) {
        if (!openStore(path))
            warnCannotOpen();
    });
    connect(m_dashboard, &DashboardPage::openSegment, this, [this](LoyaltyGroup group, MonthIndex month) {
        m_browser->showSegment(group, month);
        m_tabs->setCurrentWidget(m_browser);
    });
    connect(m_value, &ValuePage::openRisk, this,
            [this](std::optional<LoyaltyGroup> group, Predict::ChurnRisk risk, MonthIndex month) {
                m_browser->showSegment(group, month, risk);
                m_tabs->setCurrentWidget(m_browser);
            });
    connect(m_session, &StoreSession::changedElsewhere, this, [this] {
        m_status->setText(tr("The store was changed by another program: updating…"));
        m_imports->refresh();
    });
    connect(m_session, &StoreSession::loadingStarted, this, [this] { m_status->setText(tr("Working out groups…")); });
    connect(m_session, &StoreSession::loaded, this, [this] {
        m_status->setText(tr("%Ln month(s) of results", nullptr, int(m_session->months().size())));
        m_imports->refresh();
    });
    connect(m_session, &StoreSession::loadFailed, this, [this](const Error &error) {
        m_status->setText(tr("Could not work out the groups: %1").arg(appMessage(error)));
    });

    QSettings settings;
    m_start->setRecentStores(settings.value(kRecentKey).toStringList());
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 860);
    // A window saved on a larger screen (or another monitor) fits the one it opens on.
    if (const QScreen *screen = this->screen()) {
        const QRect available = screen->availableGeometry();
        resize(size().boundedTo(available.size()));
        if (!available.contains(frameGeometry()))
            move(available.topLeft() + QPoint((available.width() - width()) / 2, (available.height() - height()) / 2));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    showWorkspace(false);
}

MainWindow::~MainWindow() = default;

// Ctrl+Page Up/Down switch pages wherever the keyboard is: a combo box or spin box would
// otherwise take them as "move the value" and change a month without a word.
bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool pageKey = key->key() == Qt::Key_PageUp || key->key() == Qt::Key_PageDown;
        auto *widget = qobject_cast<QWidget *>(watched);
        if (pageKey && (key->modifiers() & Qt::ControlModifier) && widget && widget->window() == this
            && (qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget))) {
            if (m_session->isOpen() && m_pages->currentWidget() == m_tabs) {
                const int step = key->key() == Qt::Key_PageDown ? 1 : -1;
                m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + m_tabs->count()) % m_tabs->count());
            }
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Store…"), QKeySequence::New, this, &MainWindow::newStore);
    file->addAction(tr("&Open Store…"), QKeySequence::Open, this, &MainWindow::chooseStore);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open the &Sample Shop"), this, &MainWindow::openSampleStore);
    file->addSeparator();
    file->addAction(tr("&Import Orders…"), QKeySequence(tr("Ctrl+I")), this, [this] { startImport(); });
    file->addAction(tr("Export &Report…"), this, &MainWindow::exportReport);
    file->addSeparator();
    file->addAction(tr("&Close Store"), QKeySequence::Close, this, [this] {
        m_session->close();
        showWorkspace(false);
    });
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    // The pages by number (Ctrl+1 to Ctrl+6), and Ctrl+F to search the customers.
    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int page = 0; page < m_tabs->count(); ++page) {
        QAction *show = view->addAction(m_tabs->tabText(page), this, [this, page] {
            if (m_session->isOpen())
                m_tabs->setCurrentIndex(page);
        });
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        show->setShortcutContext(Qt::WindowShortcut);
    }
    view->addSeparator();
    view->addAction(tr("&Find Customers"), QKeySequence::Find, this, [this] {
        if (!m_session->isOpen())
            return;
        m_tabs->setCurrentWidget(m_browser);
        m_browser->focusSearch();
    });
    QMenu *segments = menuBar()->addMenu(tr("&Segments"));
    segments->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&How Groups and Life Cycles Work"), QKeySequence::HelpContents, this,
                    &MainWindow::showHowItWorks);
    help->addAction(tr("&About Patronage"), this, [this] {
        QMessageBox::about(this, tr("About Patronage"),
                           tr("<h3>Patronage %1</h3><p>Customer loyalty analytics for online shops. Your orders "
                              "stay on this computer.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    updateRecentMenu();
}

HowItWorksDialog *MainWindow::showHowItWorks()
{
    if (!m_howItWorks)
        m_howItWorks = new HowItWorksDialog(m_session, this);
    m_howItWorks->show();
    m_howItWorks->raise();
    return m_howItWorks;
}

void MainWindow::showWorkspace(bool storeOpen)
{
    m_pages->setCurrentWidget(storeOpen ? static_cast<QWidget *>(m_tabs) : m_start);
    if (!storeOpen) {
        setWindowTitle(tr("Patronage"));
        m_status->setText(tr("Open the sample shop, or import your own orders to begin."));
    }
}

bool MainWindow::openStore(const QString &path, bool create)
{
    if (const Status opened = m_session->open(path, create); !opened) {
        m_error = appMessage(opened.error());
        return false;
    }
    setWindowTitle(tr("%1 - Patronage").arg(QFileInfo(path).completeBaseName()));
    rememberRecent(QFileInfo(path).absoluteFilePath());
    showWorkspace(true);
    m_tabs->setCurrentWidget(m_dashboard);
    return true;
}

bool MainWindow::openSampleStore()
{
    QString path = m_samplePath;
    // An installed sample is read-only: the user gets a copy of their own.
    if (!QFileInfo(QFileInfo(path).absolutePath()).isWritable()) {
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(folder);
        const QString copy = QDir(folder).filePath(QStringLiteral("sample-shop.patronage"));
        if (!QFile::exists(copy))
            QFile::copy(path, copy);
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        path = copy;
    }
    if (path.isEmpty() || !openStore(path)) {
        QMessageBox::warning(this, tr("Cannot open the sample shop"),
                             path.isEmpty() ? tr("The sample shop was not found next to the program.") : m_error);
        return false;
    }
    return true;
}

void MainWindow::chooseStore()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Store"), QString(), kStoreFilter);
    if (!path.isEmpty() && !openStore(path))
        warnCannotOpen();
}

void MainWindow::warnCannotOpen()
{
    QMessageBox::warning(this, tr("Cannot open the store"), m_error);
}

void MainWindow::newStore()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Store"), tr("my-shop.patronage"), kStoreFilter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".patronage")))
        path += QLatin1String(".patronage");
    if (!openStore(path, true))
        QMessageBox::warning(this, tr("Cannot create the store"), m_error);
}

ImportWizard *MainWindow::startImport(const QStringList &files)
{
    if (!m_session->isOpen()) {
        newStore();
        if (!m_session->isOpen())
            return nullptr;
    }
    auto *wizard = new ImportWizard(m_session->path(), m_session->currency().code, files, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // A wizard of the store that was open closes with it, unless it is importing into it.
    connect(m_session, &StoreSession::storeChanged, wizard, [wizard] {
        if (!wizard->isImporting())
            wizard->reject();
    });
    connect(wizard, &ImportWizard::imported, this, [this] {
        m_imports->refresh();
        m_session->reload();
    });
    wizard->show();
    return wizard;
}

void MainWindow::showSettings()
{
    if (!m_session->isOpen())
        return;
    SegmentationSettingsDialog dialog(m_session, m_dashboard->selectedMonth(), this);
    connect(m_session, &StoreSession::storeChanged, &dialog, &QDialog::reject);
    dialog.exec();
}

void MainWindow::exportReport()
{
    if (!m_session->isOpen())
        return;
    if (m_session->months().isEmpty()) {
        QMessageBox::information(this, tr("Export Report"),
                                 tr("A report needs orders: import an order export first (File › Import Orders…)."));
        return;
    }
    ExportReportDialog dialog(m_session, m_dashboard->selectedMonth(), this);
    connect(m_session, &StoreSession::storeChanged, &dialog, &QDialog::reject);
    dialog.exec();
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    recent = recent.mid(0, kRecentStores);
    settings.setValue(kRecentKey, recent);
    m_start->setRecentStores(recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent) {
        m_recentMenu->addAction(path, this, [this, path] {
            if (!openStore(path))
                warnCannotOpen();
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    QString store;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        if (path.endsWith(QLatin1String(".patronage")))
            store = path; // a dropped store is opened
        else
            files.append(path); // dropped exports are imported
    }
    event->acceptProposedAction();
    if (!store.isEmpty() && files.isEmpty()) {
        if (!openStore(store))
            warnCannotOpen();
        return;
    }
    if (!files.isEmpty())
        startImport(files);
}

} // namespace Patronage
