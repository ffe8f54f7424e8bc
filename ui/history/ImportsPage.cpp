#include "ui/history/ImportsPage.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "core/jobs/Job.h"
#include "core/store/ImportRepository.h"
#include "core/store/OrderRepository.h"
#include "core/store/Store.h"
#include "ui/DisplayFormat.h"
#include "ui/StoreSession.h"
#include "ui/history/ImportHistoryModel.h"

namespace Patronage {

namespace {

struct StoreFacts {
    StoreSummary summary;
    QList<ImportRecord> imports;
};

} // namespace

ImportsPage::ImportsPage(StoreSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ImportHistoryModel(this))
    , m_summary(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_summary->setObjectName(QStringLiteral("storeSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_view->setObjectName(QStringLiteral("importHistory"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto *importButton = new QPushButton(tr("Import Orders…"), this);
    connect(importButton, &QPushButton::clicked, this, &ImportsPage::importRequested);
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("<b>Import history</b>"), this));
    header->addStretch();
    header->addWidget(importButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(header);
    layout->addWidget(m_view, 1);
    connect(session, &StoreSession::storeChanged, this, [this] {
        clear();
        refresh();
    });
}

void ImportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ImportsPage::clear()
{
    if (m_refresh)
        m_refresh->cancel();
    m_model->setRecords({});
    m_summary->clear();
}

// Totals scan every order: read on a pool thread, shown when ready, and
// only once the page is shown (nothing else waits on them).
void ImportsPage::refresh()
{
    if (!m_session->isOpen())
        return;
    m_stale = !isVisible();
    if (m_stale)
        return;
    if (m_refresh)
        m_refresh->cancel();
    auto *task = Task<StoreFacts>::start(this, [path = m_session->path()](JobContext &) -> Result<StoreFacts> {
        Result<std::unique_ptr<Store>> store = Store::open(path, Store::OpenMode::ReadOnly);
        if (!store)
            return store.error();
        Result<StoreSummary> summary = OrderRepository(**store).summary();
        if (!summary)
            return summary.error();
        Result<QList<ImportRecord>> imports = ImportRepository(**store).list();
        if (!imports)
            return imports.error();
        return StoreFacts{std::move(summary).value(), std::move(imports).value()};
    });
    m_refresh = task;
    connect(task, &Job::succeeded, this, [this, task, path = m_session->path()] {
        const StoreSummary &s = task->result().summary;
        m_model->setRecords(task->result().imports);
        m_view->resizeColumnsToContents();
        const QLocale locale;
        m_summary->setText(
            tr("<h2>%1</h2><p><b>%2</b> orders (%3 from customers, %4 guest orders, %5 cancelled) · <b>%6</b> credit "
               "notes · <b>%7</b> customers with orders · net revenue <b>%8</b><br>%9 to %10</p>")
                .arg(QFileInfo(path).completeBaseName().toHtmlEscaped(), locale.toString(s.orders),
                     locale.toString(s.customerOrders), locale.toString(s.guestOrders),
                     locale.toString(s.cancelledOrders), locale.toString(s.creditNotes),
                     locale.toString(s.customersWithOrders), DisplayFormat::money(s.netRevenue, s.currency))
                .arg(s.firstOrderAt.left(10), s.lastOrderAt.left(10)));
    });
}

} // namespace Patronage
