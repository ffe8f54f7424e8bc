#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include "TestSupport.h"
#include "core/analysis/Analysis.h"
#include "core/report/CustomerQuery.h"
#include "core/report/MigrationMatrix.h"
#include "core/report/SegmentReports.h"
#include "core/segment/SegmentEngine.h"
#include "core/store/SegmentResultRepository.h"
#include "core/store/SettingsRepository.h"
#include "core/store/Transaction.h"

using namespace Patronage;
using namespace Patronage::Testing;

namespace {

constexpr int kMonths = 30;
constexpr MonthIndex kFirstMonth = 2022 * 12; // January 2022

struct Line {
    QString invoice;
    QString customer; ///< empty for a guest
    qint64 cents = 0; ///< negative for a credit note
    qint64 seconds = 0;
};

// A transaction-line shop of 30 months: repeat buyers, guests, credit notes,
// quiet days, and a last month that ends on its 17th.
QList<Line> shopLines()
{
    QRandomGenerator random(20261201);
    QList<Line> lines;
    for (int m = 0; m < kMonths; ++m) {
        const qint64 firstDay = firstDayOfMonth(kFirstMonth + m);
        const int days = int(firstDayOfMonth(kFirstMonth + m + 1) - firstDay);
        const int lastDay = m == kMonths - 1 ? 17 : days;
        const int orders = 60 + int(random.bounded(80));
        for (int i = 0; i < orders; ++i) {
            Line line;
            line.seconds = (firstDay + random.bounded(lastDay)) * 86400 + random.bounded(86400);
            line.invoice = QString::number(100000 + lines.size());
            // Customers of a long tail: low numbers buy again and again.
            const quint32 pick = random.bounded(1000);
            if (pick >= 950)
                line.customer.clear();
            else
                line.customer = QString::number(10000 + (pick * pick) / 1500 + m * 3);
            line.cents = 500 + random.bounded(40000);
            lines.append(line);
            if (!line.customer.isEmpty() && random.bounded(30) == 0) {
                Line note = line;
                note.invoice = QLatin1Char('C') + line.invoice;
                note.cents = -qint64(random.bounded(quint32(line.cents)));
                note.seconds = line.seconds + 3600;
                lines.append(note);
            }
        }
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.seconds < b.seconds; });
    return lines;
}

// The export of months [first, last] of the shop.
QString writeExport(const QString &path, const QList<Line> &lines, MonthIndex first, MonthIndex last)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n");
    for (const Line &line : lines) {
        const MonthIndex month = monthOfDay(dayOfSeconds(line.seconds));
        if (month < first || month > last)
            continue;
        const qint64 quantity = line.cents < 0 ? -1 : 1;
        const qint64 price = line.cents < 0 ? -line.cents : line.cents;
        file.write(QStringLiteral("%1,X1,ITEM,%2,%3,%4.%5,%6,France\n")
                       .arg(line.invoice)
                       .arg(quantity)
                       .arg(wallClockText(line.seconds))
                       .arg(price / 100)
                       .arg(price % 100, 2, 10, QLatin1Char('0'))
                       .arg(line.customer)
                       .toUtf8());
    }
    return path;
}

QByteArray reports(Store &store)
{
    const QList<MonthResult> months = *SegmentResultRepository(store).read(std::numeric_limits<MonthIndex>::min(),
                                                                           std::numeric_limits<MonthIndex>::max());
    const SegmentationParams params = SettingsRepository(store).segmentationParams();
    const Currency currency = store.currency();
    return SegmentReports::segments(months, currency).render(ReportTable::Format::Csv)
        + SegmentReports::thresholds(months, params.method, currency).render(ReportTable::Format::Csv);
}

// The month's base customers and its figures, as a list and the thresholds report show them.
QStringList listed(Store &store, const SegmentInput &input, MonthIndex month)
{
    const SegmentationParams params = SettingsRepository(store).segmentationParams();
    CustomerQuery query;
    query.month = month;
    const Result<CustomerList> list = findCustomers(store, input, params, query);
    QStringList out;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const CustomerRow row = list->row(i);
        const CustomerSnapshot &s = row.snapshot;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                   .arg(row.key)
                   .arg(int(s.group))
                   .arg(int(s.lifeCycle))
                   .arg(s.orders)
                   .arg(s.revenue)
                   .arg(s.firstDay)
                   .arg(s.daysSinceLastOrder);
    }
    QList<MonthResult> result;
    SegmentEngine(input, params)
        .snapshots(
            {month}, [](MonthIndex, const CustomerSnapshot &) {}, [&](const MonthResult &r) { result << r; });
    out << QString::fromUtf8(
        SegmentReports::segments(result, Currency()).render(ReportTable::Format::Csv)
        + SegmentReports::thresholds(result, params.method, Currency()).render(ReportTable::Format::Csv));
    return out;
}

void setParams(Store &store, const SegmentationParams &params)
{
    QVERIFY(SettingsRepository(store).saveSegmentationParams(params));
    QVERIFY(SegmentResultRepository(store).markAllStale());
}

} // namespace

class TestIncremental : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void monthlyImportsGiveWhatAFreshStoreGives_data();
    void monthlyImportsGiveWhatAFreshStoreGives();
    void aMonthlyImportReadsOnlyTheMonthsItChanged();
};

void TestIncremental::monthlyImportsGiveWhatAFreshStoreGives_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<int>("window");
    QTest::newRow("clerk, all history") << int(SegmentationParams::Method::Clerk) << 0;
    QTest::newRow("clerk, 6 months") << int(SegmentationParams::Method::Clerk) << 6;
    QTest::newRow("percentile, all history") << int(SegmentationParams::Method::Percentile) << 0;
    QTest::newRow("percentile, 12 months") << int(SegmentationParams::Method::Percentile) << 12;
}

// A store kept up to date by monthly exports (each overlapping the month
// before) and worked out after each, resuming from its checkpoints, gives
// byte for byte the reports and, customer for customer, the lists of a
// store that read every export at once and worked everything out from
// scratch.
void TestIncremental::monthlyImportsGiveWhatAFreshStoreGives()
{
    QFETCH(int, method);
    QFETCH(int, window);
    SegmentationParams params;
    params.method = SegmentationParams::Method(method);
    params.windowMonths = window;
    QTemporaryDir dir;
    const QList<Line> lines = shopLines();

    ScratchStore monthly;
    setParams(monthly.store(), params);
    for (int m = 0; m < kMonths; ++m) {
        const QString file = writeExport(dir.filePath(QStringLiteral("month-%1.csv").arg(m)), lines,
                                         kFirstMonth + std::max(0, m - 1), kFirstMonth + m);
        QVERIFY(monthly.import(file).ok);
        QVERIFY(Analysis::refresh(monthly.store()));
    }
    ScratchStore fresh;
    setParams(fresh.store(), params);
    QVERIFY(
        fresh
            .import(writeExport(dir.filePath(QStringLiteral("all.csv")), lines, kFirstMonth, kFirstMonth + kMonths - 1))
            .ok);
    QVERIFY(Analysis::refresh(fresh.store()));
    QVERIFY(fresh.scalar("SELECT count(*) FROM engine_checkpoints") == (window == 0 ? 5 : 0)); // 2 Decembers, 3 last

    const QByteArray expected = reports(fresh.store());
    QVERIFY(expected.count('\n') > kMonths * 4);
    QCOMPARE(reports(monthly.store()), expected);

    // Lists: from the nearest checkpoint (or window) of the store, and from the whole history.
    const SegmentInput whole = SegmentInput::whole(readHistory(fresh.store()));
    for (const MonthIndex month :
         {kFirstMonth + kMonths - 1, kFirstMonth + kMonths - 2, kFirstMonth + 14, kFirstMonth + 11, kFirstMonth + 3}) {
        const QStringList fromScratch = listed(fresh.store(), whole, month);
        QVERIFY(!fromScratch.isEmpty());
        const Result<SegmentInput> input = Analysis::inputFrom(monthly.store(), params, month);
        QVERIFY(input);
        QCOMPARE(listed(monthly.store(), *input, month), fromScratch);
    }
    // Comparisons, from the earlier month's checkpoint.
    const MonthIndex from = kFirstMonth + 13;
    const MonthIndex to = kFirstMonth + kMonths - 1;
    const Result<SegmentInput> input = Analysis::inputFrom(monthly.store(), params, from);
    QVERIFY(input);
    const ReportTable a = SegmentReports::compare(compareMonths(*input, params, from, to), Currency());
    const ReportTable b = SegmentReports::compare(compareMonths(whole, params, from, to), Currency());
    QCOMPARE(a.render(ReportTable::Format::Csv), b.render(ReportTable::Format::Csv));
}

// After an import of the latest month, a recomputation reads the orders
// after the checkpoint before the import's earliest change, not the whole history.
void TestIncremental::aMonthlyImportReadsOnlyTheMonthsItChanged()
{
    QTemporaryDir dir;
    const QList<Line> lines = shopLines();
    ScratchStore store;
    const MonthIndex last = kFirstMonth + kMonths - 1;
    QVERIFY(store.import(writeExport(dir.filePath(QStringLiteral("a.csv")), lines, kFirstMonth, last - 1)).ok);
    QVERIFY(Analysis::refresh(store.store()));
    const QString checkpoints = QStringLiteral("SELECT group_concat(month, ' ') FROM engine_checkpoints");
    const auto monthList = [](std::initializer_list<MonthIndex> months) {
        QStringList texts;
        for (const MonthIndex m : months)
            texts << QString::number(m);
        return texts.join(QLatin1Char(' '));
    };
    QCOMPARE(store.text(qPrintable(checkpoints)),
             monthList({kFirstMonth + 11, kFirstMonth + 23, last - 3, last - 2, last - 1}));

    QVERIFY(store.import(writeExport(dir.filePath(QStringLiteral("b.csv")), lines, last - 1, last)).ok);
    // The import's earliest change is in last - 1: its checkpoint and later ones are gone.
    QCOMPARE(store.text(qPrintable(checkpoints)), monthList({kFirstMonth + 11, kFirstMonth + 23, last - 3, last - 2}));
    const SegmentationParams params = SettingsRepository(store.store()).segmentationParams();
    const Result<SegmentInput> input = Analysis::inputFrom(store.store(), params, last - 1);
    QVERIFY(input);
    QVERIFY(input->resume);
    QCOMPARE(input->resume->month, last - 2);
    QVERIFY(!input->history->events().empty());
    QCOMPARE(input->history->firstMonth(), last - 1);
    QVERIFY(Analysis::refresh(store.store()));
    QCOMPARE(store.text(qPrintable(checkpoints)),
             monthList({kFirstMonth + 11, kFirstMonth + 23, last - 2, last - 1, last}));
}

QTEST_GUILESS_MAIN(TestIncremental)
#include "TestIncremental.moc"
