#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include "../core/TestSupport.h"
#include "core/import/Importer.h"
#include "ui/DisplayFormat.h"
#include "ui/MainWindow.h"
#include "ui/StoreSession.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/MonthTableModel.h"
#include "ui/dashboard/charts/ChartPanel.h"

using namespace Patronage;
using namespace Patronage::Testing;

namespace {

// `patronage-cli segments` as rows of cells.
QList<QStringList> cliSegments(const QString &store)
{
    QList<QStringList> rows;
    const QStringList lines = runCli({QStringLiteral("segments"), QStringLiteral("--db"), store})
                                  .out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines.mid(1))
        rows.append(line.split(QLatin1Char(',')));
    return rows;
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelHoldsTheCliFigures();
    void tilesDescribeTheSelectedMonth();
    void changesNeverReadMinusZero();
    void chartsSaveAsPngAndSvg();
    void emptyStoreSaysWhatToDo();
    void partialMonthIsMarked();

private:
    QTemporaryDir m_dir;
    QString m_store;
};

void TestDashboard::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PatronageTests"));
    m_store = m_dir.filePath(QStringLiteral("shop.patronage"));
    const QString csv = m_dir.filePath(QStringLiteral("shop.csv"));
    GeneratorParams params;
    params.orders = 5000;
    params.months = 18;
    QVERIFY(writeGeneratedShop(csv, params));
    QString error;
    auto store = openStore(m_store, Store::OpenMode::CreateIfMissing, &error);
    QVERIFY(Importer(*store).importFile(csv, {}).ok);
}

void TestDashboard::modelHoldsTheCliFigures()
{
    MainWindow window;
    QSignalSpy loaded(window.session(), &StoreSession::loaded);
    QVERIFY(window.openStore(m_store));
    QVERIFY(loaded.wait(30000));
    MonthTableModel *model = window.dashboard()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Show every month, then compare with the command line, month by month and group by group.
    auto *from = window.dashboard()->findChild<QComboBox *>(QStringLiteral("fromMonth"));
    from->setCurrentIndex(0);
    const QList<QStringList> cli = cliSegments(m_store);
    QCOMPARE(cli.size(), model->rowCount() * kGroupCount);
    for (const QStringList &row : cli) {
        const int r = model->rowOfMonth([&] {
            MonthIndex m = 0;
            parseMonthText(row[0], &m);
            return m;
        }());
        QVERIFY(r >= 0);
        LoyaltyGroup group;
        QVERIFY(parseGroupName(row[1], &group));
        QCOMPARE(model->index(r, MonthTableModel::GroupCustomers + int(group)).data().toLongLong(),
                 row[2].toLongLong());
        QCOMPARE(QString::number(model->index(r, MonthTableModel::CumulativeShare + int(group)).data().toDouble() / 100,
                                 'f', 6),
                 row[8]);
    }
}

void TestDashboard::tilesDescribeTheSelectedMonth()
{
    MainWindow window;
    QSignalSpy loaded(window.session(), &StoreSession::loaded);
    QVERIFY(window.openStore(m_store));
    QVERIFY(loaded.wait(30000));
    const MonthResult &last = window.session()->months().last();
    QCOMPARE(window.dashboard()->selectedMonth(), last.month);
    const QString customers = window.dashboard()->findChild<QLabel *>(QStringLiteral("tileCustomers"))->text();
    QVERIFY2(customers.contains(QLocale().toString(last.baseCustomers)), qPrintable(customers));
    // What it counts, and its change on the month before and the year before.
    QVERIFY2(customers.contains(QLatin1String("so far")), qPrintable(customers));
    const MonthResult &before = window.session()->months().at(window.session()->months().size() - 2);
    const qint64 change = last.baseCustomers - before.baseCustomers;
    QVERIFY2(customers.contains(DisplayFormat::countChange(change) + QStringLiteral(" on ") + monthText(before.month)),
             qPrintable(customers));
    QVERIFY(customers.contains(QStringLiteral(" on ") + monthText(last.month - 12)));
    for (const QLabel *tile : window.dashboard()->findChildren<QLabel *>(QRegularExpression(QStringLiteral("^tile"))))
        QVERIFY2(!tile->text().contains(QLatin1String("-0.0")), qPrintable(tile->text()));
    // The generated shop's data ends inside its last month: it is marked so.
    if (window.session()->snapshot().isPartial(last.month)) {
        auto *month = window.dashboard()->findChild<QComboBox *>(QStringLiteral("selectedMonth"));
        QVERIFY2(month->currentText().contains(QLatin1String("(to ")), qPrintable(month->currentText()));
        QVERIFY(customers.contains(QLatin1String("(to ")));
    }
}

void TestDashboard::changesNeverReadMinusZero()
{
    QCOMPARE(DisplayFormat::pointsChange(-0.04), QStringLiteral("no change"));
    QCOMPARE(DisplayFormat::pointsChange(3.56), QStringLiteral("+3.6 pts"));
    QCOMPARE(DisplayFormat::pointsChange(-7.61), QStringLiteral("\u22127.6 pts"));
    QCOMPARE(DisplayFormat::countChange(0), QStringLiteral("no change"));
    QCOMPARE(DisplayFormat::countChange(-5), QStringLiteral("\u22125"));
    QCOMPARE(DisplayFormat::month(2011 * 12 + 11, daysFromCivil(2011, 12, 9)), QStringLiteral("2011-12 (to 9 Dec)"));
    QCOMPARE(DisplayFormat::month(2011 * 12 + 10, daysFromCivil(2011, 12, 9)), QStringLiteral("2011-11"));
}

void TestDashboard::chartsSaveAsPngAndSvg()
{
    MainWindow window;
    QSignalSpy loaded(window.session(), &StoreSession::loaded);
    QVERIFY(window.openStore(m_store));
    QVERIFY(loaded.wait(30000));
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTemporaryDir dir;
    ChartPanel *chart = window.dashboard()->charts().first();
    QCOMPARE(chart->suggestedFileName(QStringLiteral("png")), QStringLiteral("Customers by group.png"));
    QVERIFY(chart->saveTo(dir.filePath(QStringLiteral("sizes.png"))));
    QVERIFY(chart->saveTo(dir.filePath(QStringLiteral("sizes.svg"))));
    QFile svg(dir.filePath(QStringLiteral("sizes.svg")));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("<svg"));
    // Readable whatever its size on screen: at least 1,200 pixels wide, the title above the chart.
    const QImage png(dir.filePath(QStringLiteral("sizes.png")));
    QVERIFY(png.width() >= 1200);
    QVERIFY(png.height() > png.width() / 4);
    // A folder that does not exist is a failure, not silence.
    QVERIFY(!chart->saveTo(dir.filePath(QStringLiteral("no such folder/sizes.png"))));
    QVERIFY(!chart->saveTo(dir.filePath(QStringLiteral("no such folder/sizes.svg"))));
    if (const QString keep = qEnvironmentVariable("PATRONAGE_KEEP_CHARTS"); !keep.isEmpty()) {
        for (ChartPanel *panel : window.dashboard()->charts())
            panel->saveTo(QDir(keep).filePath(panel->suggestedFileName(QStringLiteral("png"))));
    }
}

void TestDashboard::emptyStoreSaysWhatToDo()
{
    QTemporaryDir dir;
    MainWindow window;
    QSignalSpy loaded(window.session(), &StoreSession::loaded);
    QVERIFY(window.openStore(dir.filePath(QStringLiteral("empty.patronage")), true));
    QVERIFY(loaded.wait(30000));
    bool helped = false;
    for (const QLabel *label : window.dashboard()->findChildren<QLabel *>())
        helped = helped || label->text().contains(QLatin1String("Import an order export"));
    QVERIFY(helped);
}

// Spec §7's example ends on 2024-03-20: March is partial, and the charts and tooltips say so.
void TestDashboard::partialMonthIsMarked()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("example.patronage"));
    QVERIFY(makeWorkedExampleStore(path));
    MainWindow window;
    QSignalSpy loaded(window.session(), &StoreSession::loaded);
    QVERIFY(window.openStore(path));
    QVERIFY(loaded.wait(30000));
    const MonthTableModel *model = window.dashboard()->model();
    const int last = model->rowCount() - 1;
    QCOMPARE(model->index(last, MonthTableModel::Month).data().toString(), QStringLiteral("2024-03*"));
    QCOMPARE(model->index(last, MonthTableModel::Month).data(Qt::ToolTipRole).toString(),
             QStringLiteral("2024-03 (to 20 Mar)"));
    QCOMPARE(model->index(last - 1, MonthTableModel::Month).data().toString(), QStringLiteral("2024-02"));
    const auto *note = window.dashboard()->findChild<QLabel *>(QStringLiteral("partialMonthNote"));
    QVERIFY2(note->text().startsWith(QLatin1String("* 2024-03 holds the orders to")), qPrintable(note->text()));
}

QTEST_MAIN(TestDashboard)
#include "TestDashboard.moc"
