#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <sys/stat.h>

#include "TestSupport.h"

using namespace Patronage;
using namespace Patronage::Testing;

namespace {

const QByteArray kHeader = "order,customer,date,total\n";
const QStringList kMap = {"--map",     "order=order", "--map",       "customer=customer", "--map",
                          "date=date", "--map",       "total=total", "--currency",        "EUR"};

} // namespace

// Limits are stated and kept: past one, a file is refused with a message that
// names the limit, the store is unchanged, and reading stays linear.
class TestLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusedWithTheLimit_data();
    void refusedWithTheLimit();
    void hugeFieldIsRefusedQuickly();
    void readingIsLinearInAFieldsLength();
    void sumsNeverOverflow();
    void messagesQuoteOnlyAnExcerpt();
    void pipesAreNotRead();

private:
    QString write(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

QString TestLimits::write(const QString &name, const QByteArray &content)
{
    QFile file(m_dir.filePath(name));
    file.open(QIODevice::WriteOnly);
    file.write(content);
    return file.fileName();
}

void TestLimits::refusedWithTheLimit_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("utc_offset_9999") << QByteArray("Name,Email,Financial Status,Total,Created at\n#1,a@example.com,"
                                                   "paid,10.00,2024-01-01 10:00:00 +9999\n")
                                     << QStringList{"--currency", "EUR"} << "between -14:00 and +14:00";
    QTest::newRow("utc_offset_minus_15") << QByteArray(
        "Name,Email,Financial Status,Total,Created at\n#1,a@example.com,paid,10.00,2024-01-01 10:00:00 -1500\n")
                                         << QStringList{"--currency", "EUR"} << "between -14:00 and +14:00";
    QTest::newRow("currency_option_not_iso")
        << kHeader + "1,a,2024-01-01,1.00\n"
        << QStringList{"--map",     "order=order", "--map",       "customer=customer", "--map",
                       "date=date", "--map",       "total=total", "--currency",        "dollars"}
        << "not an ISO 4217 currency code";
    QTest::newRow("currency_column_not_iso") << QByteArray(
        "Name,Email,Financial Status,Currency,Total,Created at\n#1,a@example.com,paid,EURO,10.00,2024-01-01\n")
                                             << QStringList() << "not an ISO 4217 currency code";
    // A header with Total twice took the first one: 80,999,908.40 instead of 3,295.18.
    QTest::newRow("total_twice") << QByteArray("Name,Email,Financial Status,Total,Created at,Total\n#1,a@example.com,"
                                               "paid,80999908.40,2024-01-01,3295.18\n")
                                 << QStringList{"--currency", "EUR"} << "names the column \"Total\" twice";
    QTest::newRow("mapped_column_twice") << QByteArray("order,customer,date,total,total\n1,a,2024-01-01,1.00,2.00\n")
                                         << kMap << "twice";
    QTest::newRow("amount_past_the_limit") << kHeader + "1,a,2024-01-01,\"99999999999999999.99\"\n"
                                           << kMap << "cannot read the amount";
    QTest::newRow("line_items_past_the_limit")
        << QByteArray("order,customer,date,total\n1,a,2024-01-01,9000000000000.00\n1,a,2024-01-01,9000000000000.00\n")
        << kMap << "the largest amount Patronage takes";
    QTest::newRow("email_too_long") << "order,email,date,total\n1," + QByteArray(1500, 'a')
            + "@example.com,2024-01-01,1.00\n"
                                    << QStringList{"--map",     "order=order", "--map",       "email=email", "--map",
                                                   "date=date", "--map",       "total=total", "--currency",  "EUR"}
                                    << "longer than 1000 characters";
    QTest::newRow("order_key_too_long") << kHeader + QByteArray(2000, '9') + ",a,2024-01-01,1.00\n"
                                        << kMap << "longer than 1000 characters";
    QTest::newRow("year_3000_in_a_qt_layout")
        << kHeader + "1,a,01/01/3000,1.00\n"
        << kMap + QStringList{"--date-format", "dd/MM/yyyy"} << "cannot read the date";
    QTest::newRow("too_many_columns") << QByteArray("a") + QByteArray(70000, ',') + "\n"
                                      << kMap << "more than 65536 columns";
}

void TestLimits::refusedWithTheLimit()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const QString file = write(QStringLiteral("input.csv"), content);
    const QString store = m_dir.filePath(QStringLiteral("limits.patronage"));
    QCOMPARE(runCli({"import", "--db", store, testData(QStringLiteral("formats/lines_small.csv"))}).exitCode, 0);
    const QString before = storeDigest(store);
    const CliRun run = runCli(QStringList{"import", "--db", store, file} + options);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY2(run.err.contains(file), qPrintable(run.err));
    QCOMPARE(storeDigest(store), before);
    QFile::remove(store);
}

// An unquoted field of 400 MB took 105 s: the time grew with the square of its length.
void TestLimits::hugeFieldIsRefusedQuickly()
{
    const QString path = m_dir.filePath(QStringLiteral("huge.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kHeader + "1,");
        const QByteArray chunk(1 << 20, 'x');
        for (int i = 0; i < 140; ++i)
            file.write(chunk);
        file.write(",2024-01-01,1.00\n");
    }
    QElapsedTimer timer;
    timer.start();
    const CliRun run =
        runCli(QStringList{"import", "--db", m_dir.filePath(QStringLiteral("huge.patronage")), path} + kMap);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("longer than 128 MB")), qPrintable(run.err.left(500)));
    QVERIFY2(timer.elapsed() < 30000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(run.err.size() < 1000, "the message quotes only an excerpt");
    QFile::remove(path);
}

// The time to read a field grows with its length, not with its square.
void TestLimits::readingIsLinearInAFieldsLength()
{
    auto timeFor = [this](int megabytes) {
        const QString path = m_dir.filePath(QStringLiteral("field-%1.csv").arg(megabytes));
        {
            QFile file(path);
            file.open(QIODevice::WriteOnly);
            file.write("order,customer,name,date,total\n1,a,");
            const QByteArray chunk(1 << 20, 'n');
            for (int i = 0; i < megabytes; ++i)
                file.write(chunk);
            file.write(",2024-01-01,1.00\n");
        }
        QElapsedTimer timer;
        timer.start();
        const CliRun run = runCli(QStringList{"import", "--db", m_dir.filePath(QStringLiteral("linear.patronage")),
                                              path, "--map", "name=name"}
                                  + kMap);
        const qint64 elapsed = timer.elapsed();
        QFile::remove(path);
        return std::make_pair(run.exitCode, elapsed);
    };
    const auto small = timeFor(8);
    const auto large = timeFor(64); // eight times as long: a name too long to keep, read to its end first
    QCOMPARE(small.first, 1);
    QCOMPARE(large.first, 1);
    // Linear: about 8 times; the square would be 64 times.
    QVERIFY2(large.second < 25 * std::max<qint64>(small.second, 40),
             qPrintable(QStringLiteral("%1 ms against %2 ms").arg(large.second).arg(small.second)));
}

// One order of 999,999,999,999.99 a hundred thousand times made a revenue of 0.00.
void TestLimits::sumsNeverOverflow()
{
    QByteArray rows = kHeader;
    for (int i = 0; i < 100000; ++i)
        rows += QByteArray::number(i) + ",a,2024-01-01,999999999999.99\n";
    const QString file = write(QStringLiteral("big-orders.csv"), rows);
    const QString store = m_dir.filePath(QStringLiteral("sums.patronage"));
    const CliRun run = runCli(QStringList{"import", "--db", store, file} + kMap);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("add up to more than")), qPrintable(run.err));
    // Below the limit, the sum is exact.
    QByteArray fewer = kHeader;
    for (int i = 0; i < 1000; ++i)
        fewer += QByteArray::number(i) + ",a,2024-01-01,999999999999.99\n";
    QCOMPARE(runCli(QStringList{"import", "--db", store, write(QStringLiteral("fewer.csv"), fewer)} + kMap).exitCode,
             0);
    const CliRun segments = runCli({"segments", "--db", store});
    QVERIFY2(segments.out.contains(QLatin1String(",999999999999990.00,")), qPrintable(segments.out));
    // A value past the limits near 64 bits never prints as a negative revenue.
    QVERIFY(!segments.out.contains(QLatin1String(",-")));
}

// A message echoed a 200 MB field.
void TestLimits::messagesQuoteOnlyAnExcerpt()
{
    const QString file =
        write(QStringLiteral("long-date.csv"), kHeader + "1,a," + QByteArray(1 << 20, '7') + ",1.00\n");
    const CliRun run = runCli(QStringList{"import", "--db", m_dir.filePath(QStringLiteral("excerpt.patronage")), file}
                              + kMap + QStringList{"--date-format", "yyyy-MM-dd"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.size() < 1000, qPrintable(QString::number(run.err.size())));
    QVERIFY(run.err.contains(QChar(0x2026)));
}

// A FIFO gave a QFile message; a pipe is not an export file.
void TestLimits::pipesAreNotRead()
{
    const QString fifo = m_dir.filePath(QStringLiteral("orders.csv"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const CliRun run = runCli({"import", "--db", m_dir.filePath(QStringLiteral("fifo.patronage")), fifo});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("not a regular file")), qPrintable(run.err));
    const CliRun store = runCli({"info", "--db", fifo});
    QCOMPARE(store.exitCode, 1);
    QVERIFY2(store.err.contains(QLatin1String("not a store file")), qPrintable(store.err));
}

QTEST_GUILESS_MAIN(TestLimits)
#include "TestLimits.moc"
