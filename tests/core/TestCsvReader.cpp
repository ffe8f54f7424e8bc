#include <QBuffer>
#include <QFile>
#include <QTest>

#include "TestSupport.h"
#include "core/csv/CsvReader.h"
#include "core/csv/CsvSniffer.h"

using namespace Patronage;
using namespace Patronage::Testing;

namespace {

QList<QStringList> readAll(QIODevice *device, const CsvDialect &dialect, QString *error = nullptr)
{
    CsvReader reader(device, dialect);
    QList<QStringList> rows;
    CsvRecord record;
    while (reader.readRecord(record)) {
        QStringList row;
        for (int i = 0; i < record.size(); ++i)
            row.append(record.text(i));
        rows.append(row);
    }
    if (error)
        *error = reader.hasError() ? message(reader.error()) : QString();
    return rows;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sniffsFixtures_data();
    void sniffsFixtures();
    void readsFixtures_data();
    void readsFixtures();
    void refusesNonCsv_data();
    void refusesNonCsv();
    void recordsSpanChunks();
    void countsLinesAcrossQuotedNewlines();
    void reportsUnclosedQuote();
};

void TestCsvReader::sniffsFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<char>("separator");
    QTest::addColumn<int>("encoding");
    QTest::addColumn<bool>("bom");
    QTest::newRow("utf8_bom_comma") << "csv/bom_comma.csv" << ',' << int(TextEncoding::Utf8) << true;
    QTest::newRow("latin1_semicolon") << "csv/latin1_semicolon.csv" << ';' << int(TextEncoding::Windows1252) << false;
    QTest::newRow("windows1252") << "csv/windows1252.csv" << ',' << int(TextEncoding::Windows1252) << false;
    QTest::newRow("quoted_newlines") << "csv/quoted_newlines.csv" << ',' << int(TextEncoding::Utf8) << false;
    QTest::newRow("tab") << "csv/tab.tsv" << '\t' << int(TextEncoding::Utf8) << false;
    QTest::newRow("pipe_with_quoted_pipe") << "csv/pipe.csv" << '|' << int(TextEncoding::Utf8) << false;
    QTest::newRow("ragged") << "csv/ragged.csv" << ',' << int(TextEncoding::Utf8) << false;
}

void TestCsvReader::sniffsFixtures()
{
    QFETCH(QString, file);
    QFETCH(char, separator);
    QFETCH(int, encoding);
    QFETCH(bool, bom);
    const SniffResult result = CsvSniffer::sniffFile(testData(file));
    QVERIFY2(result.ok(), qPrintable(message(result.error())));
    QCOMPARE(result.value().separator, separator);
    QCOMPARE(int(result.value().encoding), encoding);
    QCOMPARE(result.value().hasByteOrderMark, bom);
}

void TestCsvReader::readsFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("records");
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("bom_is_not_in_header") << "csv/bom_comma.csv" << 3 << 0 << QStringList{"Order", "Customer", "Total"};
    QTest::newRow("utf8_text") << "csv/bom_comma.csv" << 3 << 2 << QStringList{"1002", "björn@example.com", "7.00"};
    QTest::newRow("latin1_text") << "csv/latin1_semicolon.csv" << 3 << 1 << QStringList{"1001", "Müller", "1.234,56"};
    QTest::newRow("windows1252_quotes_euro")
        << "csv/windows1252.csv" << 2 << 1 << QStringList{"1001", "\u201csmart quotes\u201d \u20ac", "3.00"};
    QTest::newRow("quoted_newline_crlf") << "csv/quoted_newlines.csv" << 3 << 1
                                         << QStringList{"1001", "12 High St\r\nFlat 2", "5.00"};
    QTest::newRow("doubled_quotes") << "csv/quoted_newlines.csv" << 3 << 2
                                    << QStringList{"1002", "He said \"hi\"", "6.00"};
    QTest::newRow("ragged_short") << "csv/ragged.csv" << 4 << 1 << QStringList{"1001", "a@example.com", "1.00"};
    QTest::newRow("ragged_long") << "csv/ragged.csv" << 4 << 2
                                 << QStringList{"1002", "b@example.com", "2.00", "x", "y"};
    QTest::newRow("ragged_single") << "csv/ragged.csv" << 4 << 3 << QStringList{"1003"};
    QTest::newRow("quoted_separator") << "csv/pipe.csv" << 3 << 2 << QStringList{"1002", "b|c", "2.00"};
    QTest::newRow("no_final_newline") << "csv/no_final_newline.csv" << 2 << 1
                                      << QStringList{"1001", "a@example.com", "1.00"};
}

void TestCsvReader::readsFixtures()
{
    QFETCH(QString, file);
    QFETCH(int, records);
    QFETCH(int, row);
    QFETCH(QStringList, expected);
    const SniffResult sniffed = CsvSniffer::sniffFile(testData(file));
    QVERIFY(sniffed.ok());
    QFile device(testData(file));
    QVERIFY(device.open(QIODevice::ReadOnly));
    QString error;
    const QList<QStringList> rows = readAll(&device, sniffed.value(), &error);
    QCOMPARE(error, QString());
    QCOMPARE(rows.size(), records);
    // text() trims; the quoted newline keeps its inner CRLF
    QStringList got = rows.at(row);
    if (file.contains(QLatin1String("quoted_newlines")) && row == 1) {
        QFile raw(testData(file));
        QVERIFY(raw.open(QIODevice::ReadOnly));
        CsvReader reader(&raw, sniffed.value());
        CsvRecord record;
        reader.readRecord(record);
        reader.readRecord(record);
        got[1] = QString::fromUtf8(record.field(1));
    }
    QCOMPARE(got, expected);
}

void TestCsvReader::refusesNonCsv_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QByteArray() << "empty";
    QTest::newRow("blank") << QByteArray("\n\n  \n") << "empty";
    QTest::newRow("xlsx") << QByteArrayLiteral("PK\x03\x04\x14\x00[Content_Types].xml") << "Excel";
    QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\x00orders.csv", 16) << "ZIP archive";
    QTest::newRow("gzip") << QByteArray("\x1F\x8B\x08\x00\x00", 5) << "gzip";
    QTest::newRow("xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) << "Excel";
    QTest::newRow("utf16") << QByteArray("\xFF\xFEO\0r\0", 6) << "UTF-16";
    QTest::newRow("binary") << QByteArray("abc\0def\x01\x02", 9) << "binary";
}

void TestCsvReader::refusesNonCsv()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, messagePart);
    const SniffResult result = CsvSniffer::sniff(content, true);
    QVERIFY(!result.ok());
    QVERIFY2(message(result.error()).contains(messagePart), qPrintable(message(result.error())));
}

// A quoted field much larger than the reader's 1 MiB chunk, and many records
// crossing chunk boundaries, come through whole.
void TestCsvReader::recordsSpanChunks()
{
    QByteArray data = "a,b\n";
    const QByteArray big(3 * 1024 * 1024, 'x');
    data += "1,\"" + big + "\"\n";
    for (int i = 0; i < 100000; ++i)
        data += QByteArray::number(i) + ",\"q\"\"" + QByteArray::number(i) + "\"\r\n";
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, CsvDialect{});
    CsvRecord record;
    QVERIFY(reader.readRecord(record));
    QVERIFY(reader.readRecord(record));
    QCOMPARE(record.field(1).size(), big.size());
    for (int i = 0; i < 100000; ++i) {
        QVERIFY(reader.readRecord(record));
        QCOMPARE(record.field(1), QByteArray("q\"" + QByteArray::number(i)));
    }
    QVERIFY(!reader.readRecord(record));
    QVERIFY(!reader.hasError());
}

void TestCsvReader::countsLinesAcrossQuotedNewlines()
{
    QByteArray data = "h1,h2\n1,\"two\nlines\"\n2,x\n";
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    CsvReader reader(&buffer, CsvDialect{});
    CsvRecord record;
    QVERIFY(reader.readRecord(record));
    QCOMPARE(record.line(), 1);
    QVERIFY(reader.readRecord(record));
    QCOMPARE(record.line(), 2);
    QVERIFY(reader.readRecord(record));
    QCOMPARE(record.line(), 4);
}

void TestCsvReader::reportsUnclosedQuote()
{
    QFile file(testData(QStringLiteral("bad/unclosed_quote.csv")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file, CsvDialect{});
    CsvRecord record;
    while (reader.readRecord(record)) { }
    QVERIFY(reader.hasError());
    QCOMPARE(reader.errorLine(), 3);
    QVERIFY(message(reader.error()).contains(QLatin1String("never closed")));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
