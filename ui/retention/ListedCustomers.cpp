#include "ui/retention/ListedCustomers.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

#include "core/analysis/Analysis.h"
#include "core/jobs/Job.h"
#include "core/report/CustomerQuery.h"
#include "ui/AppText.h"
#include "ui/StoreSession.h"
#include "ui/export/ExportDialog.h"
#include "ui/segments/CustomerDetailDialog.h"
#include "ui/segments/CustomerTableModel.h"

namespace Patronage {

ListedCustomers::ListedCustomers(StoreSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_customers(new CustomerTableModel(this))
{
    auto *exportButton = new QPushButton(tr("Export…"), this);
    exportButton->setObjectName(QStringLiteral("retentionExport"));
    auto *view = new QTableView(this);
    view->setObjectName(QStringLiteral("retentionCustomers"));
    view->setModel(m_customers);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSortingEnabled(true);
    view->sortByColumn(-1, Qt::AscendingOrder); // the list's own order (highest revenue first) until asked
    view->verticalHeader()->hide();
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(view, 1);

    connect(exportButton, &QPushButton::clicked, this, &ListedCustomers::exportList);
    connect(this, &ListedCustomers::listed, view, [view] { view->resizeColumnsToContents(); });
    // Enter, or a double-click, opens a listed customer's detail at the month of the list.
    connect(view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (!index.isValid() || m_customers->list().isEmpty())
            return;
        auto *dialog = new CustomerDetailDialog(m_session, m_customers->list().row(index.row()), m_listing.month, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_session, &StoreSession::storeChanged, dialog, &CustomerDetailDialog::forgetStore);
        dialog->show();
    });
    clear();
}

bool ListedCustomers::isWorking() const
{
    return m_job != nullptr;
}

void ListedCustomers::clear()
{
    if (m_job)
        m_job->cancel();
    m_customers->clear();
    m_listing = Listing();
    m_title->setText(tr("Click a cell or a row above to list its customers."));
}

void ListedCustomers::showMessage(const QString &text)
{
    m_title->setText(text.toHtmlEscaped());
}

void ListedCustomers::find(const Listing &listing, std::function<Result<CustomerList>()> find)
{
    if (m_job)
        m_job->cancel();
    m_customers->clear();
    m_title->setText(tr("<b>%1</b>: finding them…").arg(listing.title.toHtmlEscaped()));
    auto *task = Task<CustomerList>::start(this, [find = std::move(find)](JobContext &) { return find(); });
    m_job = task;
    connect(task, &Job::succeeded, this, [this, task, listing] {
        m_job.clear();
        show(listing, task->takeResult());
    });
    connect(task, &Job::failed, this, [this](const Error &error) {
        m_job.clear();
        showMessage(appMessage(error));
    });
}

void ListedCustomers::findAtMonth(const Listing &listing, const CustomerQuery &query)
{
    find(listing,
         [path = m_session->path(), params = m_session->params(), query,
          cached = m_session->directory()]() -> Result<CustomerList> {
             Result<Analysis::OpenedInput> opened = Analysis::openInputFrom(path, params, query.month);
             if (!opened)
                 return opened.error();
             return findCustomers(*opened->store, opened->input, params, query, cached);
         });
}

void ListedCustomers::show(const Listing &listing, CustomerList list)
{
    if (m_job)
        m_job->cancel(); // a list still being found must not replace this one
    m_listing = listing;
    if (list.directory())
        m_session->keepDirectory(list.directory());
    m_title->setText(tr("<b>%1</b>: %Ln customer(s)", nullptr, int(std::min<qsizetype>(list.size(), INT_MAX)))
                         .arg(listing.title.toHtmlEscaped()));
    m_customers->setList(std::move(list), m_session->currency());
    Q_EMIT listed();
}

void ListedCustomers::exportList()
{
    QString name = m_listing.exportName.toLower();
    name.replace(QLatin1Char(' '), QLatin1Char('-'));
    ExportDialog dialog(m_customers->list(), m_session->currency(), name, this);
    // The list is of this store as it is now: another store, or a change to this one, closes it.
    connect(m_session, &StoreSession::storeChanged, &dialog, &QDialog::reject);
    connect(m_session, &StoreSession::loaded, &dialog, &QDialog::reject);
    dialog.exec();
}

} // namespace Patronage
