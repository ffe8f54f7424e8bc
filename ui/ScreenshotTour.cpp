#include "ui/ScreenshotTour.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QTabWidget>
#include <QTableView>

#include <functional>

#include "core/jobs/Job.h"
#include "core/store/ImportRepository.h"
#include "core/store/Store.h"
#include "ui/MainWindow.h"
#include "ui/StoreSession.h"
#include "ui/compare/ComparePage.h"
#include "ui/compare/MatrixModel.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/charts/ChartPanel.h"
#include "ui/export/ExportDialog.h"
#include "ui/help/HowItWorksDialog.h"
#include "ui/import/ImportWizard.h"
#include "ui/report/ExportReportDialog.h"
#include "ui/retention/CohortModel.h"
#include "ui/retention/OneOrderAwayModel.h"
#include "ui/retention/RetentionPage.h"
#include "ui/segments/CustomerBrowserPage.h"
#include "ui/segments/CustomerDetailDialog.h"
#include "ui/segments/CustomerTableModel.h"
#include "ui/settings/SegmentationSettingsDialog.h"
#include "ui/value/ValuePage.h"

namespace Patronage::ScreenshotTour {

namespace {

// The tour waits for background work the way a user would: by letting the app run.
void waitUntil(const std::function<bool()> &ready, int milliseconds)
{
    QElapsedTimer waited;
    waited.start();
    while (!ready() && waited.elapsed() < milliseconds)
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    QApplication::processEvents();
}

bool save(QWidget &widget, const QString &folder, const QString &name)
{
    QApplication::processEvents();
    return widget.grab().save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

QString lastImportedFile(const QString &storePath)
{
    Result<std::unique_ptr<Store>> store = Store::open(storePath, Store::OpenMode::ReadOnly);
    if (!store)
        return {};
    const Result<QList<ImportRecord>> history = ImportRepository(**store).list();
    return history && !history->isEmpty() ? history->last().filePath : QString();
}

} // namespace

bool run(MainWindow &window, const QString &folder)
{
    QDir().mkpath(folder);
    StoreSession *session = window.session();
    if (!session->isOpen())
        return save(window, folder, QStringLiteral("start"));
    bool ok = true;
    const QStringList names = {QStringLiteral("dashboard"), QStringLiteral("compare"),   QStringLiteral("customers"),
                               QStringLiteral("value"),     QStringLiteral("retention"), QStringLiteral("imports")};
    QTabWidget *tabs = window.tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        if (tabs->currentWidget() == window.comparePage()) {
            // Loyal Customers who became Frequent Buyers or VIPs: two cells listed together.
            ComparePage *compare = window.comparePage();
            waitUntil([compare] { return compare->matrix()->customers(2, 2) > 0; }, 10000);
            QItemSelectionModel *cells = compare->matrixView()->selectionModel();
            bool listed = false;
            QObject::connect(compare, &ComparePage::moversReady, compare, [&listed] { listed = true; });
            cells->select(compare->matrix()->index(2, 2), QItemSelectionModel::ClearAndSelect);
            cells->select(compare->matrix()->index(2, 3), QItemSelectionModel::Select);
            waitUntil([&listed] { return listed; }, 10000);
        }
        if (tabs->currentWidget() == window.retentionPage()) {
            // The cohort grid, and the customers of a cell two months after a cohort's first.
            RetentionPage *retention = window.retentionPage();
            waitUntil([retention] { return retention->cohortModel()->rowCount() > 0 && !retention->isWorking(); },
                      30000);
            const int row = std::max(0, retention->cohortModel()->rowCount() - 6);
            retention->listCohortCell(row, 2);
            waitUntil([retention] { return !retention->isWorking(); }, 30000);
            // Each of its other views, with a row's customers listed.
            const QStringList views = {QStringLiteral("retention-tested"), QStringLiteral("retention-rfm"),
                                       QStringLiteral("retention-away")};
            for (int view = 1; view <= 3; ++view) {
                retention->views()->setCurrentIndex(view);
                if (view == 1)
                    retention->listTested(int(LoyaltyGroup::Vip));
                else if (view == 2)
                    retention->listRfmGroup(int(RfmGroup::Champions));
                else
                    retention->listOneOrderAway(retention->oneOrderAwayModel()->rowCount() - 1);
                waitUntil([retention] { return !retention->isWorking(); }, 30000);
                ok = save(window, folder, views[view - 1]) && ok;
            }
            retention->views()->setCurrentIndex(0);
            retention->listCohortCell(row, 2);
            waitUntil([retention] { return !retention->isWorking(); }, 30000);
        }
        if (tabs->currentWidget() == window.valuePage()) {
            ValuePage *value = window.valuePage();
            waitUntil([value] { return value->overview().has_value() && !value->isWorking(); }, 30000);
        }
        ok = save(window, folder, names.value(i, QString::number(i))) && ok;
    }
    tabs->setCurrentIndex(0);
    // The drift chart as Save writes it, and the help page with this store's cut-offs.
    const QList<ChartPanel *> charts = window.dashboard()->charts();
    if (charts.size() > 2)
        ok = charts.at(2)->saveTo(QDir(folder).filePath(QStringLiteral("chart-drift.png"))) && ok;
    HowItWorksDialog *help = window.showHowItWorks();
    waitUntil([] { return false; }, 300);
    ok = save(*help, folder, QStringLiteral("how-it-works")) && ok;
    help->close();

    // A customer's detail (the top customer of the latest month) and the settings.
    CustomerTableModel *customers = window.browser()->model();
    if (!customers->list().isEmpty() && !session->months().isEmpty()) {
        CustomerDetailDialog detail(session, customers->list().row(0), session->months().last().month, &window);
        detail.show();
        waitUntil([&detail] { return !detail.explanation().isEmpty(); }, 10000);
        ok = save(detail, folder, QStringLiteral("customer-detail")) && ok;
        SegmentationSettingsDialog settings(session, session->months().last().month, &window);
        settings.show();
        waitUntil([] { return false; }, 1500);
        ok = save(settings, folder, QStringLiteral("settings")) && ok;
        settings.close();
        // Export (the customer list's), and File › Export Report… once it has written the report
        // beside the screenshots.
        ExportDialog exportDialog(customers->list(), session->currency(), QStringLiteral("sample"), &window);
        exportDialog.show();
        waitUntil([] { return false; }, 300);
        ok = save(exportDialog, folder, QStringLiteral("export")) && ok;
        exportDialog.close();
        ExportReportDialog report(session, session->months().last().month, &window);
        report.show();
        report.saveTo(QDir(folder).filePath(QStringLiteral("report.pdf")));
        waitUntil([&report] { return !report.isWorking(); }, 60000);
        waitUntil([] { return false; }, 300);
        ok = save(report, folder, QStringLiteral("export-report")) && ok;
    }

    // The import wizard's check page, on the last file imported (when it is still there).
    const QString imported = lastImportedFile(session->path());
    if (!imported.isEmpty() && QFileInfo::exists(imported)) {
        ImportWizard wizard(session->path(), session->currency().code, {imported}, &window);
        wizard.show();
        wizard.next();
        waitUntil([&wizard] { return wizard.currentPage()->isComplete(); }, 10000);
        ok = save(wizard, folder, QStringLiteral("import-wizard")) && ok;
    }
    return ok;
}

} // namespace Patronage::ScreenshotTour
