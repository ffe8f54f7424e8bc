#include "ui/MainWindow.h"

#include "core/formats/Currency.h"
#include "core/store/ImportHistory.h"
#include "core/store/Store.h"
#include "core/store/StoreSummary.h"
#include "ui/history/ImportHistoryModel.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QTableView>
#include <QVBoxLayout>

namespace Patronage {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_historyModel(new ImportHistoryModel(this))
    , m_summary(new QLabel(this))
    , m_historyView(new QTableView(this))
{
    setWindowTitle(tr("Patronage"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/patronage.svg")));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setObjectName(QStringLiteral("storeSummary"));
    m_summary->setText(tr("Open a store to begin."));
    m_historyView->setObjectName(QStringLiteral("importHistory"));
    m_historyView->setModel(m_historyModel);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_summary);
    auto *historyTitle = new QLabel(tr("<b>Import history</b>"), central);
    layout->addWidget(historyTitle);
    layout->addWidget(m_historyView, 1);
    setCentralWidget(central);

    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(tr("&Open Store…"), QKeySequence::Open, this, &MainWindow::chooseStore);
    fileMenu->addSeparator();
    fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    resize(1000, 600);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openStore(const QString &path)
{
    std::unique_ptr<Store> store = Store::open(path, Store::OpenMode::ReadWrite, &m_error);
    if (!store)
        return false;
    m_store = std::move(store);
    setWindowTitle(tr("%1 - Patronage").arg(QFileInfo(path).completeBaseName()));
    refresh();
    return true;
}

void MainWindow::chooseStore()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Store"), QString(),
                                                      tr("Patronage stores (*.patronage);;All files (*)"));
    if (!path.isEmpty() && !openStore(path))
        QMessageBox::warning(this, tr("Cannot open the store"), m_error);
}

void MainWindow::refresh()
{
    const StoreSummary s = StoreSummary::read(*m_store);
    const QLocale locale;
    const QString currency = s.currency.isEmpty() ? QString() : QLatin1Char(' ') + s.currency;
    m_summary->setText(
        tr("<h2>%1</h2><p><b>%2</b> orders (%3 from customers, %4 guest orders, %5 cancelled) · <b>%6</b> credit "
           "notes · <b>%7</b> customers with orders · net revenue <b>%8%9</b><br>%10 to %11</p>")
            .arg(QFileInfo(m_store->path()).completeBaseName().toHtmlEscaped(), locale.toString(s.orders),
                 locale.toString(s.customerOrders), locale.toString(s.guestOrders),
                 locale.toString(s.cancelledOrders), locale.toString(s.creditNotes),
                 locale.toString(s.customersWithOrders), formatMinorUnits(s.netRevenue, s.currencyDecimals),
                 currency)
            .arg(s.firstOrderAt.left(10), s.lastOrderAt.left(10)));
    m_historyModel->setRecords(ImportHistory(*m_store).list());
    m_historyView->resizeColumnsToContents();
}

} // namespace Patronage
