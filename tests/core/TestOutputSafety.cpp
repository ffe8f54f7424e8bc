#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <sys/stat.h>

#include "TestSupport.h"
#include "app/cli/CliCommand.h"
#include "core/report/ReportTable.h"

using namespace Patronage;
using namespace Patronage::Testing;

namespace {

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile file(dir.filePath(name));
    file.open(QIODevice::WriteOnly);
    file.write(content);
    return file.fileName();
}

const QStringList kGenericMap = {"--map",      "order=order", "--map", "customer=customer", "--map", "email=email",
                                 "--map",      "name=name",   "--map", "date=date",         "--map", "total=total",
                                 "--currency", "EUR"};

} // namespace

class TestOutputSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void neverWritesOverAStore();
    void neverWritesOverAnInput();
    void neverReplacesADeviceOrAFolder();
    void refusedFirstImportLeavesNoStore();
    void fullStandardOutputIsAnError();
    void cellsAreNotFormulas_data();
    void cellsAreNotFormulas();
    void everyExportNeutralisesFormulas_data();
    void everyExportNeutralisesFormulas();
    void terminalGetsNoEscapeSequences();

private:
    QTemporaryDir m_dir;
    QString m_store;
};

void TestOutputSafety::initTestCase()
{
    m_store = m_dir.filePath(QStringLiteral("shop.patronage"));
    // Names and e-mails a spreadsheet would read as formulas, and one with a terminal escape.
    const QString csv =
        write(m_dir, QStringLiteral("hostile.csv"),
              "order,customer,email,name,date,total\n"
              "1,c1,=1+2@evil.example,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",2024-01-05,10.00\n"
              "2,c2,+a@example.com,+cmd|' /C calc'!A0,2024-01-06,20.00\n"
              "3,c3,-b@example.com,-2+3,2024-01-07,30.00\n"
              "4,c4,@c@example.com,@SUM(A1:A9),2024-01-08,40.00\n"
              "5,c5,d@example.com,\"\x1b[31mRed\x1b[0m\x07\",2024-01-09,50.00\n");
    const CliRun import = runCli(QStringList{"import", "--db", m_store, csv} + kGenericMap);
    QCOMPARE(import.exitCode, 0);
}

void TestOutputSafety::neverWritesOverAStore()
{
    const QByteArray before = fileDigest(m_store);
    const QString other = m_dir.filePath(QStringLiteral("other.patronage"));
    QVERIFY(QFile::copy(m_store, other));
    for (const QString &target : {m_store, other}) {
        const CliRun run = runCli({"customers", "--db", m_store, "--month", "2024-01", "--out", target});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("is a Patronage store")), qPrintable(run.err));
    }
    const CliRun generate = runCli({"generate", "--out", other, "--orders", "10"});
    QCOMPARE(generate.exitCode, 1);
    QCOMPARE(fileDigest(m_store), before);
    QCOMPARE(fileDigest(other), before);
}

void TestOutputSafety::neverWritesOverAnInput()
{
    const QString csv = write(m_dir, QStringLiteral("input.csv"), "order,customer,date,total\n1,a,2024-01-01,1.00\n");
    const QString link = m_dir.filePath(QStringLiteral("same-file.csv"));
    QVERIFY(QFile::link(csv, link));
    for (const QString &target : {csv, link}) {
        const Status checked = Cli::checkOutputPath(target, {csv});
        QVERIFY(!checked);
        QCOMPARE(checked.error().code, ErrorCode::OutputIsInput);
    }
    QVERIFY(Cli::checkOutputPath(m_dir.filePath(QStringLiteral("new.csv")), {csv}));
}

// As root, a --out at a device node replaced the node with a regular file.
void TestOutputSafety::neverReplacesADeviceOrAFolder()
{
    for (const QString &target : {QStringLiteral("/dev/null"), m_dir.path()}) {
        const CliRun run = runCli({"customers", "--db", m_store, "--month", "2024-01", "--out", target});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("not a regular file")), qPrintable(run.err));
    }
    struct stat status {
    };
    QCOMPARE(::stat("/dev/null", &status), 0);
    QVERIFY(S_ISCHR(status.st_mode));
    QVERIFY(QFileInfo(m_dir.path()).isDir());
    const QString fifo = m_dir.filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QCOMPARE(runCli({"customers", "--db", m_store, "--month", "2024-01", "--out", fifo}).exitCode, 1);
}

// Every refused import into a new path used to leave an empty store behind.
void TestOutputSafety::refusedFirstImportLeavesNoStore()
{
    const QString store = m_dir.filePath(QStringLiteral("never.patronage"));
    for (const QString &bad :
         {testData(QStringLiteral("bad/bad_date.csv")), testData(QStringLiteral("bad/empty.csv"))}) {
        QCOMPARE(runCli({"import", "--db", store, bad}).exitCode, 1);
        QVERIFY(!QFile::exists(store));
        QVERIFY(!QFile::exists(store + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(store + QStringLiteral("-shm")));
    }
    // A store that held something before is never removed, whatever happens to an import.
    const QString kept = m_dir.filePath(QStringLiteral("kept.patronage"));
    QCOMPARE(runCli({"import", "--db", kept, testData(QStringLiteral("formats/shopify_small.csv"))}).exitCode, 0);
    QCOMPARE(runCli({"import", "--db", kept, testData(QStringLiteral("bad/bad_date.csv"))}).exitCode, 1);
    QVERIFY(QFile::exists(kept));
}

void TestOutputSafety::fullStandardOutputIsAnError()
{
    for (const QStringList &arguments :
         {QStringList{"segments", "--db", m_store}, QStringList{"info", "--db", m_store},
          QStringList{"customers", "--db", m_store, "--month", "2024-01", "--format", "json"}}) {
        QProcess process;
        process.setStandardOutputFile(QStringLiteral("/dev/full"));
        process.start(QStringLiteral(PATRONAGE_CLI), arguments);
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(process.readAllStandardError().contains("cannot write"), qPrintable(arguments.first()));
    }
}

void TestOutputSafety::cellsAreNotFormulas_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("written");
    QTest::newRow("equals") << "=1+2"
                            << "\"'=1+2\"";
    QTest::newRow("plus") << "+cmd"
                          << "\"'+cmd\"";
    QTest::newRow("minus_formula") << "-2+3"
                                   << "\"'-2+3\"";
    QTest::newRow("at") << "@SUM(A1)"
                        << "\"'@SUM(A1)\"";
    QTest::newRow("tab") << "\tx"
                         << "\"'\tx\"";
    QTest::newRow("carriage_return") << "\rx"
                                     << "\"'\rx\"";
    QTest::newRow("negative_amount_stays_a_number") << "-12.50"
                                                    << "-12.50";
    QTest::newRow("positive_sign_number") << "+3"
                                          << "+3";
    QTest::newRow("plain_text") << "Anna Berg"
                                << "Anna Berg";
    QTest::newRow("inner_equals") << "a=b"
                                  << "a=b";
}

void TestOutputSafety::cellsAreNotFormulas()
{
    QFETCH(QString, cell);
    QFETCH(QString, written);
    QCOMPARE(csvField(cell), written);
}

void TestOutputSafety::everyExportNeutralisesFormulas_data()
{
    QTest::addColumn<QString>("style");
    QTest::newRow("plain") << "plain";
    QTest::newRow("klaviyo") << "klaviyo";
    QTest::newRow("mailchimp") << "mailchimp";
}

// OWASP, "CSV Injection": no cell of an export opens as a formula.
void TestOutputSafety::everyExportNeutralisesFormulas()
{
    QFETCH(QString, style);
    const CliRun run = runCli({"customers", "--db", m_store, "--month", "2024-01", "--style", style});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1);
    QVERIFY(lines.size() >= 4);
    for (const QString &line : lines) {
        // Each cell starts after a comma or the line's start, perhaps inside quotes.
        for (const QString &cell : line.split(QLatin1Char(','))) {
            const QString bare = cell.startsWith(QLatin1Char('"')) ? cell.mid(1) : cell;
            QVERIFY2(bare.isEmpty() || !QStringLiteral("=+@").contains(bare.front())
                         || bare.front() == QLatin1Char('\''),
                     qPrintable(line));
        }
    }
    QVERIFY(run.out.contains(QLatin1String("'=HYPERLINK")) || style != QLatin1String("plain"));
}

void TestOutputSafety::terminalGetsNoEscapeSequences()
{
    const CliRun table = runCli({"customers", "--db", m_store, "--month", "2024-01", "--format", "table"});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(!table.out.contains(QChar(0x1b)));
    QVERIFY(!table.out.contains(QChar(0x07)));
    QVERIFY(table.out.contains(QLatin1String("[31mRed")));
    const CliRun explain = runCli({"explain", "--db", m_store, "--customer", "c5", "--month", "2024-01"});
    QCOMPARE(explain.exitCode, 0);
    QVERIFY(!explain.out.contains(QChar(0x1b)));
    QVERIFY(!explain.out.contains(QChar(0x07)));
}

QTEST_GUILESS_MAIN(TestOutputSafety)
#include "TestOutputSafety.moc"
