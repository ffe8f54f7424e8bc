#include "ui/settings/SegmentationSettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include "core/jobs/Job.h"
#include "core/segment/SegmentEngine.h"
#include "core/store/SegmentResultRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/Store.h"
#include "core/store/Transaction.h"
#include "ui/AppText.h"
#include "ui/DisplayFormat.h"
#include "ui/StoreSession.h"

namespace Patronage {

namespace {

QSpinBox *spin(int minimum, int maximum, int value, const QString &suffix, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(minimum, maximum);
    box->setValue(value);
    box->setSuffix(suffix);
    return box;
}

Result<std::optional<MonthResult>> resultAt(const QString &path, const SegmentationParams &params, MonthIndex month)
{
    const Result<Analysis::OpenedInput> opened = Analysis::openInputFrom(path, params, month);
    if (!opened)
        return opened.error();
    std::optional<MonthResult> result;
    SegmentEngine(opened->input, params)
        .snapshots(
            {month}, [](MonthIndex, const CustomerSnapshot &) {}, [&](const MonthResult &r) { result = r; });
    return result;
}

} // namespace

SegmentationSettingsDialog::SegmentationSettingsDialog(StoreSession *session, MonthIndex month, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_month(month)
    , m_method(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_preview(new QStandardItemModel(kGroupCount, 2, this))
{
    setWindowTitle(tr("Segmentation Settings"));
    const SegmentationParams p = session->params();
    m_method->setObjectName(QStringLiteral("method"));
    m_method->addItem(tr("Mean and spread of order counts (Clerk)"), int(SegmentationParams::Method::Clerk));
    m_method->addItem(tr("Percentiles of orders and revenue"), int(SegmentationParams::Method::Percentile));
    m_method->setCurrentIndex(m_method->findData(int(p.method)));
    m_window = spin(0, 1200, p.windowMonths, tr(" months"), this);
    m_window->setObjectName(QStringLiteral("window"));
    m_window->setSpecialValueText(tr("all history"));
    m_frequentPercentile = spin(1, 100, p.frequentPercentile, tr(" %"), this);
    m_vipPercentile = spin(1, 100, p.vipPercentile, tr(" %"), this);
    m_minOrders = spin(2, 1000, p.frequentMinOrders, tr(" orders"), this);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto *form = new QFormLayout;
    form->addRow(tr("Cut-offs from:"), m_method);
    form->addRow(tr("Look back:"), m_window);
    form->addRow(tr("Frequent Buyer percentile:"), m_frequentPercentile);
    form->addRow(tr("VIP percentile:"), m_vipPercentile);
    form->addRow(tr("Frequent Buyer at least:"), m_minOrders);

    m_preview->setHorizontalHeaderLabels({tr("Now"), tr("With these settings")});
    for (int g = 0; g < kGroupCount; ++g)
        m_preview->setVerticalHeaderItem(g, new QStandardItem(DisplayFormat::group(LoyaltyGroup(g))));
    auto *previewView = new QTableView(this);
    previewView->setObjectName(QStringLiteral("settingsPreview"));
    previewView->setModel(m_preview);
    previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    previewView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
        QString error;
        if (apply(&error))
            accept();
        else
            QMessageBox::warning(this, tr("Settings not saved"), error);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("<b>Customers per group in %1</b>").arg(monthText(month)), this));
    layout->addWidget(previewView);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_method, &QComboBox::currentIndexChanged, this, &SegmentationSettingsDialog::updatePreview);
    for (QSpinBox *box : {m_window, m_frequentPercentile, m_vipPercentile, m_minOrders})
        connect(box, &QSpinBox::valueChanged, this, &SegmentationSettingsDialog::updatePreview);
    updatePreview();
}

SegmentationParams SegmentationSettingsDialog::proposed() const
{
    SegmentationParams p;
    p.method = SegmentationParams::Method(m_method->currentData().toInt());
    p.windowMonths = m_window->value();
    p.frequentPercentile = m_frequentPercentile->value();
    p.vipPercentile = m_vipPercentile->value();
    p.frequentMinOrders = m_minOrders->value();
    return p;
}

void SegmentationSettingsDialog::updatePreview()
{
    const bool percentile = proposed().method == SegmentationParams::Method::Percentile;
    for (QSpinBox *box : {m_frequentPercentile, m_vipPercentile, m_minOrders})
        box->setEnabled(percentile);
    const QString problem = proposed().validate();
    m_problem->setText(problem);
    if (!m_session->isOpen() || !problem.isEmpty())
        return;
    if (m_previewJob)
        m_previewJob->cancel();
    using Results = std::pair<std::optional<MonthResult>, std::optional<MonthResult>>;
    auto *task = Task<Results>::start(this,
                                      [path = m_session->path(), now = m_session->params(), next = proposed(),
                                       month = m_month](JobContext &) -> Result<Results> {
                                          const Result<std::optional<MonthResult>> before = resultAt(path, now, month);
                                          if (!before)
                                              return before.error();
                                          const Result<std::optional<MonthResult>> after = resultAt(path, next, month);
                                          if (!after)
                                              return after.error();
                                          return std::make_pair(*before, *after);
                                      });
    m_previewJob = task;
    connect(task, &Job::succeeded, this, [this, task] {
        const Results &results = task->result();
        for (int g = 0; g < kGroupCount; ++g) {
            int column = 0;
            for (const std::optional<MonthResult> &r : {results.first, results.second}) {
                auto *item = new QStandardItem(r ? QLocale().toString(r->groups[size_t(g)].customers) : tr("–"));
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                m_preview->setItem(g, column++, item);
            }
        }
        Q_EMIT previewReady();
    });
}

bool SegmentationSettingsDialog::apply(QString *error)
{
    const SegmentationParams params = proposed();
    *error = params.validate();
    if (!error->isEmpty())
        return false;
    // Saved off the GUI thread: another program may hold the store's write lock for a while.
    auto *task = Task<bool>::start(m_session, [path = m_session->path(), params](JobContext &) -> Result<bool> {
        Result<std::unique_ptr<Store>> store = Store::open(path, Store::OpenMode::ReadWrite);
        if (!store)
            return store.error();
        Result<Transaction> transaction = Transaction::begin(**store, Transaction::Kind::Write);
        if (!transaction)
            return transaction.error();
        Status saved = SettingsRepository(**store).saveSegmentationParams(params);
        if (saved)
            saved = SegmentResultRepository(**store).markAllStale();
        if (saved)
            saved = transaction->commit();
        if (!saved)
            return saved.error();
        return true;
    });
    StoreSession *session = m_session;
    const QPointer<QWidget> window(parentWidget());
    connect(task, &Job::succeeded, session, [session] { session->reload(); });
    connect(task, &Job::failed, session, [window](const Error &failure) {
        QMessageBox::warning(window.data(), tr("Settings not saved"), appMessage(failure));
    });
    return true;
}

} // namespace Patronage
