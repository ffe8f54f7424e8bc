// The monthly report (File › Export Report…, `patronage-cli report`): four pages on A4 and US
// Letter whose text holds the month's figures, well-formed HTML, customers' names as text
// whatever the store holds, the user's language, and the dialog and the command line end to end.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>

#include "../core/TestSupport.h"
#include "core/import/Importer.h"
#include "core/report/MonthlyReport.h"
#include "ui/DisplayFormat.h"
#include "ui/StoreSession.h"
#include "ui/Translations.h"
#include "ui/report/ExportReportDialog.h"
#include "ui/report/MonthlyReportDocument.h"

using namespace Patronage;
using namespace Patronage::Testing;

namespace {

// What poppler-utils says of a PDF (installed with the build's dependencies).
QString poppler(const QString &tool, const QStringList &arguments)
{
    if (QStandardPaths::findExecutable(tool).isEmpty())
        return QStringLiteral("(%1 is missing: install poppler-utils)").arg(tool);
    QProcess process;
    process.start(tool, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// Text with every kind of space as one plain space: "658,10\u00A0$" reads "658,10 $" in a PDF's text.
QString plain(QString text)
{
    return text.replace(QRegularExpression(QStringLiteral("[ \\t\u00A0\u202F]+")), QStringLiteral(" "));
}

QString pdfText(const QString &path)
{
    // One line per line of the page.
    return plain(poppler(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}));
}

QString pdfInfo(const QString &path, const QString &field)
{
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(field), QRegularExpression::MultilineOption);
    return line.match(poppler(QStringLiteral("pdfinfo"), {path})).captured(1).trimmed();
}

// The figures of the month's tiles, worked out from the month's results as the spec defines them.
QStringList tileFigures(const AnalysisSnapshot &snapshot, MonthIndex month)
{
    const MonthResult *m = snapshot.month(month);
    return {QLocale().toString(m->baseCustomers), DisplayFormat::share(m->repeatCustomers, m->baseCustomers),
            DisplayFormat::share(m->groups[size_t(LoyaltyGroup::Vip)].revenue, m->base().revenue),
            DisplayFormat::money(m->guestRevenue, snapshot.currency)};
}

// Parses \a html as XML to its end; the parser's complaint, or empty when it is well-formed.
QString xmlProblem(const QByteArray &html, int *pages, int *pictures)
{
    QXmlStreamReader xml(html);
    *pages = 0;
    *pictures = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("div")
            && xml.attributes().value(QLatin1String("class")) == QLatin1String("page"))
            ++*pages;
        if (xml.name() == QLatin1String("img")
            && xml.attributes().value(QLatin1String("src")).startsWith(QLatin1String("data:image/png;base64,")))
            ++*pictures;
    }
    return xml.hasError()
        ? QStringLiteral("line %1, column %2: %3").arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString())
        : QString();
}

} // namespace

class TestMonthlyReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pdfHasFourPagesAndTheTiles_data();
    void pdfHasFourPagesAndTheTiles();
    void htmlIsWellFormedAndSelfContained();
    void customersNamesStayText();
    void reportIsInTheUsersLanguage();
    void aYoungShopStillHasFourPages();
    void dialogSavesTheReport();
    void commandLineWritesAndRefuses();

private:
    static bool makeStore(const QString &path, int months);
    MonthlyReport gathered(const QString &store) const;

    QTemporaryDir m_dir;
    QString m_store;
    AnalysisSnapshot m_snapshot;
};

bool TestMonthlyReport::makeStore(const QString &path, int months)
{
    const QString file = path + QStringLiteral(".csv");
    GeneratorParams params;
    params.orders = 150 * months;
    params.months = months;
    if (!writeGeneratedShop(file, params))
        return false;
    QString error;
    auto store = openStore(path, Store::OpenMode::CreateIfMissing, &error);
    return store && Importer(*store).importFile(file, {}).ok;
}

MonthlyReport TestMonthlyReport::gathered(const QString &store) const
{
    Result<AnalysisSnapshot> snapshot = Analysis::load(store);
    if (!snapshot)
        qFatal("%s", qPrintable(message(snapshot.error())));
    Result<MonthlyReport> report = MonthlyReports::gather(*snapshot, snapshot->months.last().month);
    if (!report)
        qFatal("%s", qPrintable(message(report.error())));
    return std::move(report).value();
}

void TestMonthlyReport::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PatronageTests"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install(QLocale());
    m_store = m_dir.filePath(QStringLiteral("corner-shop.patronage"));
    QVERIFY(makeStore(m_store, 24));
    Result<AnalysisSnapshot> snapshot = Analysis::load(m_store);
    QVERIFY(snapshot.ok());
    m_snapshot = std::move(snapshot).value();
}

void TestMonthlyReport::pdfHasFourPagesAndTheTiles_data()
{
    QTest::addColumn<int>("paper");
    QTest::addColumn<QString>("size"); // as pdfinfo writes it
    QTest::newRow("A4") << int(QPageSize::A4) << "595 x 842 pts (A4)";
    QTest::newRow("US Letter") << int(QPageSize::Letter) << "612 x 792 pts (letter)";
}

void TestMonthlyReport::pdfHasFourPagesAndTheTiles()
{
    QFETCH(int, paper);
    QFETCH(QString, size);
    const MonthlyReport report = gathered(m_store);
    MonthlyReportDocument::Options options;
    options.pageSize = QPageSize::PageSizeId(paper);
    const QString pdf = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(paper));
    const Status written = MonthlyReportDocument::write(report, options, pdf);
    QVERIFY2(written.ok(), qPrintable(message(written.error())));
    QCOMPARE(pdfInfo(pdf, QStringLiteral("Pages")), QString::number(MonthlyReportDocument::kPageCount));
    QCOMPARE(pdfInfo(pdf, QStringLiteral("Page size")), size);

    const QString text = pdfText(pdf);
    const MonthIndex month = report.month;
    QVERIFY2(text.contains(QStringLiteral("corner-shop: monthly report for %1").arg(monthText(month))),
             qPrintable(text));
    for (const QString &figure : tileFigures(m_snapshot, month))
        QVERIFY2(text.contains(plain(figure)), qPrintable(figure + QStringLiteral(" is not in the report:\n") + text));
    // The comparison names the year before; every page says which it is.
    QVERIFY(text.contains(QStringLiteral("%1 compared with %2").arg(monthText(month), monthText(month - 12))));
    for (int page = 1; page <= MonthlyReportDocument::kPageCount; ++page)
        QVERIFY(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(MonthlyReportDocument::kPageCount)));
    // Each page holds what it is for, with the store's figures.
    QVERIFY(text.contains(QStringLiteral("Moved up most")));
    QVERIFY(text.contains(QStringLiteral("What customers are worth")));
    QVERIFY(text.contains(QStringLiteral("RFM groups at the end of %1").arg(monthText(month))));
    // The movers are the matrix's moves up and down, and the top ones are named.
    qint64 up = 0;
    qint64 down = 0;
    for (const Movement &move : MonthlyReports::upwardMoves())
        up += report.matrix.at(move.from, move.to).customers;
    for (const Movement &move : MonthlyReports::downwardMoves())
        down += report.matrix.at(move.from, move.to).customers;
    QCOMPARE(report.movedUp, up);
    QCOMPARE(report.movedDown, down);
    QVERIFY(up > 0 && down > 0);
    QVERIFY(text.contains(QStringLiteral("of %1 customers").arg(QLocale().toString(up))));
    QVERIFY(text.contains(QStringLiteral("of %1 customers").arg(QLocale().toString(down))));
    for (const CustomerList *movers : {&report.moversUp, &report.moversDown}) {
        const CustomerRow top = movers->row(0);
        QVERIFY(top.movement && top.movement->from && top.movement->to);
        QVERIFY((int(*top.movement->to) > int(*top.movement->from)) == (movers == &report.moversUp));
        QVERIFY2(text.contains(top.name), qPrintable(top.name));
        QVERIFY(text.contains(plain(DisplayFormat::money(top.snapshot.revenue, m_snapshot.currency))));
    }
    QVERIFY(report.value && !report.value->noPrediction);
    QVERIFY(text.contains(
        plain(DisplayFormat::money(report.value->breakdown.total.predictedMinor(), m_snapshot.currency))));
}

void TestMonthlyReport::htmlIsWellFormedAndSelfContained()
{
    const MonthlyReport report = gathered(m_store);
    const QByteArray html = MonthlyReportDocument::html(report, {});
    int pages = 0;
    int pictures = 0;
    const QString problem = xmlProblem(html, &pages, &pictures);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(pages, MonthlyReportDocument::kPageCount);
    QCOMPARE(pictures, 4); // the dashboard's charts, inside the file
    const QString text = QString::fromUtf8(html);
    for (const QString &figure : tileFigures(m_snapshot, report.month))
        QVERIFY2(text.contains(figure.toHtmlEscaped()), qPrintable(figure));
    QVERIFY(!text.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    QVERIFY(!text.contains(QLatin1String("src=\"http"))); // nothing fetched from anywhere
}

void TestMonthlyReport::customersNamesStayText()
{
    // A store is untrusted: whatever its names hold, the report shows them as text.
    const QString store = m_dir.filePath(QStringLiteral("hostile.patronage"));
    QVERIFY(QFile::copy(m_store, store));
    {
        RawSql sql(store);
        const QString failed =
            sql.exec("UPDATE customers SET name = '<script>alert(1)</script> &amp; ' || char(1) || char(27) "
                     "|| char(55357) || ' \"O''Neil\"'");
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    const MonthlyReport report = gathered(store);
    QVERIFY(report.movedUp > 0);
    const QByteArray html = MonthlyReportDocument::html(report, {});
    int pages = 0;
    int pictures = 0;
    const QString problem = xmlProblem(html, &pages, &pictures);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString text = QString::fromUtf8(html);
    QVERIFY(!text.contains(QLatin1String("<script"), Qt::CaseInsensitive));
    QVERIFY(text.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp;")));
    const QString pdf = m_dir.filePath(QStringLiteral("hostile.pdf"));
    QVERIFY(MonthlyReportDocument::write(report, {}, pdf).ok());
    QVERIFY(pdfText(pdf).contains(QLatin1String("<script>alert(1)</script>")));
}

void TestMonthlyReport::reportIsInTheUsersLanguage()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    QLocale::setDefault(german);
    Translations::install(german);
    const MonthlyReport report = gathered(m_store);
    const QString pdf = m_dir.filePath(QStringLiteral("bericht.pdf"));
    MonthlyReportDocument::Options options;
    options.pageSize = MonthlyReportDocument::defaultPageSize(german);
    QVERIFY(MonthlyReportDocument::write(report, options, pdf).ok());
    const QString text = pdfText(pdf);
    const QStringList figures = tileFigures(m_snapshot, report.month); // now in German: "1.234", "33,4 %"
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install(QLocale());
    QCOMPARE(pdfInfo(pdf, QStringLiteral("Page size")), QStringLiteral("595 x 842 pts (A4)"));
    QVERIFY2(text.contains(QStringLiteral("Monatsbericht")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Seite 1 von 4")));
    QVERIFY(!text.contains(QStringLiteral("Moved up most")));
    for (const QString &figure : figures)
        QVERIFY2(text.contains(plain(figure)), qPrintable(figure + QStringLiteral(" is not in the report:\n") + text));
}

void TestMonthlyReport::aYoungShopStillHasFourPages()
{
    // Seven months: no year before to compare with, but a test three months back.
    const QString store = m_dir.filePath(QStringLiteral("young.patronage"));
    QVERIFY(makeStore(store, 7));
    const MonthlyReport report = gathered(store);
    QVERIFY(!report.yearBefore);
    QVERIFY(report.tested);
    const QString pdf = m_dir.filePath(QStringLiteral("young.pdf"));
    QVERIFY(MonthlyReportDocument::write(report, {}, pdf).ok());
    QCOMPARE(pdfInfo(pdf, QStringLiteral("Pages")), QString::number(MonthlyReportDocument::kPageCount));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("no year before to compare with")), qPrintable(text));
    // A month the store does not have is refused, not drawn.
    Result<AnalysisSnapshot> snapshot = Analysis::load(store);
    QVERIFY(snapshot.ok());
    QVERIFY(!MonthlyReports::gather(*snapshot, snapshot->months.last().month + 1).ok());
}

void TestMonthlyReport::dialogSavesTheReport()
{
    StoreSession session;
    QSignalSpy loaded(&session, &StoreSession::loaded);
    QVERIFY(session.open(m_store).ok());
    QVERIFY(loaded.count() || loaded.wait(30000));
    const MonthIndex month = session.months().last().month - 1;
    ExportReportDialog dialog(&session, month);
    QSignalSpy saved(&dialog, &ExportReportDialog::saved);
    const QString path = m_dir.filePath(QStringLiteral("from the dialog.html"));
    dialog.saveTo(path);
    QVERIFY(dialog.isWorking());
    QVERIFY(saved.wait(60000));
    QVERIFY(!dialog.isWorking());
    QVERIFY(dialog.status().contains(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    int pages = 0;
    int pictures = 0;
    QVERIFY(xmlProblem(file.readAll(), &pages, &pictures).isEmpty());
    QCOMPARE(pages, MonthlyReportDocument::kPageCount);
    // The month picked in the dialog, and the shop's name it proposed.
    file.seek(0);
    QVERIFY(QString::fromUtf8(file.readAll())
                .contains(QStringLiteral("corner-shop: monthly report for %1").arg(monthText(month))));
}

void TestMonthlyReport::commandLineWritesAndRefuses()
{
    const QString pdf = m_dir.filePath(QStringLiteral("cli.pdf"));
    const CliRun run =
        runCli({"report", "--db", m_store, "--out", pdf, "--paper", "letter", "--shop-name", "Corner Shop"});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(pdfInfo(pdf, QStringLiteral("Pages")), QString::number(MonthlyReportDocument::kPageCount));
    QCOMPARE(pdfInfo(pdf, QStringLiteral("Page size")), QStringLiteral("612 x 792 pts (letter)"));
    QVERIFY(pdfText(pdf).contains(
        QStringLiteral("Corner Shop: monthly report for %1").arg(monthText(m_snapshot.months.last().month))));

    const QString html = m_dir.filePath(QStringLiteral("cli.html"));
    QCOMPARE(runCli({"report", "--db", m_store, "--month", monthText(m_snapshot.months.first().month), "--out", html})
                 .exitCode,
             0);
    QFile written(html);
    QVERIFY(written.open(QIODevice::ReadOnly));
    int pages = 0;
    int pictures = 0;
    QVERIFY(xmlProblem(written.readAll(), &pages, &pictures).isEmpty());

    // Never over the store, never a format it cannot write, never a month the store does not have.
    const QString before = storeDigest(m_store);
    const CliRun overStore = runCli({"report", "--db", m_store, "--out", m_store + QStringLiteral(".pdf")});
    QCOMPARE(overStore.exitCode, 0); // a new file beside it is fine
    QFile::copy(m_store, m_dir.filePath(QStringLiteral("copy.pdf")));
    const CliRun refused = runCli({"report", "--db", m_store, "--out", m_dir.filePath(QStringLiteral("copy.pdf"))});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("store")), qPrintable(refused.err));
    QCOMPARE(runCli({"report", "--db", m_store, "--out", m_dir.filePath(QStringLiteral("r.txt"))}).exitCode, 2);
    QCOMPARE(runCli({"report", "--db", m_store, "--month", "1999-01", "--out", pdf}).exitCode, 2);
    QCOMPARE(runCli({"report", "--db", m_store, "--paper", "a5", "--out", pdf}).exitCode, 2);
    QCOMPARE(storeDigest(m_store), before);
}

QTEST_MAIN(TestMonthlyReport)
#include "TestMonthlyReport.moc"
