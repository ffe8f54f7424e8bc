// How long each phase takes in the app on a large store, and how long the
// GUI thread is ever blocked meanwhile (a 10 ms timer on it records the
// longest gap between its ticks), beside the 100 ms a block may last.
// Usage: responsiveness-benchmark STORE [IMPORT.csv]
#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <unistd.h>

#include "core/jobs/ImportJob.h"
#include "ui/MainWindow.h"
#include "ui/StoreSession.h"
#include "ui/compare/ComparePage.h"
#include "ui/report/ExportReportDialog.h"
#include "ui/retention/CohortModel.h"
#include "ui/retention/RetentionPage.h"
#include "ui/segments/CustomerBrowserPage.h"
#include "ui/segments/CustomerTableModel.h"
#include "ui/value/ValuePage.h"

using namespace Patronage;

namespace {

// Records the longest gap between ticks of a GUI-thread timer.
class GapMeter : public QObject
{
public:
    GapMeter()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, this,
                         [this] { m_longest = std::max(m_longest, m_clock.restart()); });
    }
    void start()
    {
        m_longest = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return std::max(m_longest, m_clock.elapsed());
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

// The process's resident memory now, in MB.
double residentMegabytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? double(fields[1].toLongLong()) * double(sysconf(_SC_PAGESIZE)) / 1048576.0 : 0;
}

// Runs the event loop until \a done() holds, measuring; prints one line.
template <typename Done> void phase(GapMeter &meter, const char *name, Done done)
{
    QElapsedTimer total;
    total.start();
    meter.start();
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    const qint64 longest = meter.stop();
    std::printf("%-44s %9.2f s %10lld ms %9d ms %9.0f MB\n", name, double(total.elapsed()) / 1000.0, longest, 100,
                residentMegabytes());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() < 2) {
        std::fputs("usage: responsiveness-benchmark STORE [IMPORT.csv]\n", stderr);
        return 2;
    }
    MainWindow window;
    window.resize(1280, 860);
    window.show();
    GapMeter meter;
    std::printf("%-44s %11s %13s %12s %12s\n", "phase", "took", "longest block", "budget", "memory");

    bool loaded = false;
    QObject::connect(window.session(), &StoreSession::loaded, [&] { loaded = true; });
    phase(meter, "open the store (its stored results)", [&] {
        static bool opened = window.openStore(arguments.at(1));
        return !opened || loaded;
    });

    bool listed = false;
    QObject::connect(window.browser(), &CustomerBrowserPage::queryFinished, [&] { listed = true; });
    window.tabs()->setCurrentWidget(window.browser());
    phase(meter, "list every customer of the latest month", [&] { return listed; });

    bool sorted = false;
    QObject::connect(window.browser()->model(), &CustomerTableModel::sorted, [&] { sorted = true; });
    window.browser()
        ->findChild<QTableView *>(QStringLiteral("customerTable"))
        ->sortByColumn(window.browser()->model()->columnOf(CustomerFigure::Name), Qt::AscendingOrder);
    phase(meter, "sort them by name", [&] { return sorted; });

    listed = false;
    sorted = false;
    auto *search = window.browser()->findChild<QLineEdit *>(QStringLiteral("browserSearch"));
    const CustomerList &shown = window.browser()->model()->list();
    search->setText(shown.isEmpty() ? QStringLiteral("a") : shown.row(shown.size() / 2).key.left(4));
    // Until the customers found are shown in the order asked for (by name).
    phase(meter, "search them (typed, then a 150 ms pause)", [&] { return listed && sorted; });

    QTableView *table = window.browser()->findChild<QTableView *>(QStringLiteral("customerTable"));
    int pages = 0;
    phase(meter, "scroll through 20 pages", [&] {
        table->scrollToBottom();
        return ++pages >= 20;
    });

    bool compared = false;
    QObject::connect(window.comparePage(), &ComparePage::matrixReady, [&] { compared = true; });
    QObject::connect(window.comparePage(), &ComparePage::matrixFailed, [&](const QString &message) {
        std::fprintf(stderr, "compare failed: %s\n", qPrintable(message));
        compared = true;
    });
    window.tabs()->setCurrentWidget(window.comparePage());
    const QList<MonthResult> &months = window.session()->months();
    window.comparePage()->setMonths(months.at(std::max<qsizetype>(0, months.size() - 13)).month, months.last().month);
    phase(meter, "compare two months (matrix)", [&] { return compared || months.size() < 2; });

    bool valued = false;
    QObject::connect(window.valuePage(), &ValuePage::ready, [&] { valued = true; });
    window.tabs()->setCurrentWidget(window.valuePage());
    phase(meter, "customer value (predictions, back-test)", [&] { return valued || months.isEmpty(); });

    int retained = 0;
    RetentionPage *retention = window.retentionPage();
    for (auto signal : {&RetentionPage::cohortsReady, &RetentionPage::testedReady, &RetentionPage::rfmReady})
        QObject::connect(retention, signal, [&] { ++retained; });
    window.tabs()->setCurrentWidget(retention);
    phase(meter, "retention (cohorts, groups tested, RFM, one order away)",
          [&] { return retained >= 3 || months.isEmpty(); });
    bool cohortListed = false;
    QObject::connect(retention, &RetentionPage::customersReady, [&] { cohortListed = true; });
    retention->listCohortCell(std::max(0, retention->cohortModel()->rowCount() - 13), 1);
    phase(meter, "list a cohort cell's customers", [&] { return cohortListed || months.isEmpty(); });

    // File › Export Report…: the figures off the GUI thread, the charts on it, the PDF off it again.
    QTemporaryDir reports;
    ExportReportDialog report(window.session(), months.isEmpty() ? 0 : months.last().month, &window);
    bool reported = months.isEmpty();
    QObject::connect(&report, &ExportReportDialog::saved, [&] { reported = true; });
    QObject::connect(&report, &ExportReportDialog::failed, [&](const QString &message) {
        std::fprintf(stderr, "report failed: %s\n", qPrintable(message));
        reported = true;
    });
    report.saveTo(reports.filePath(QStringLiteral("report.pdf")));
    phase(meter, "export the month's report (PDF)", [&] { return reported; });

    if (arguments.size() > 2) {
        ImportJob *job = ImportJob::start(&window, window.session()->path(), {arguments.at(2)}, {});
        bool imported = false;
        QObject::connect(job, &Job::finished, [&] { imported = true; });
        phase(meter, "import a file", [&] { return imported; });
        loaded = false;
        window.session()->reload();
        phase(meter, "recompute after the import", [&] { return loaded; });
    }
    return 0;
}
