// The Customer Value page: its figures are those of `patronage-cli predict`, a churn
// risk cell lists its customers on the Customers page, and nothing of a store outlives it.
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include "../core/TestSupport.h"
#include "core/import/Importer.h"
#include "ui/MainWindow.h"
#include "ui/StoreSession.h"
#include "ui/segments/CustomerBrowserPage.h"
#include "ui/segments/CustomerTableModel.h"
#include "ui/value/SeriesModel.h"
#include "ui/value/ValuePage.h"

using namespace Patronage;
using namespace Patronage::Testing;

class TestValuePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void figuresAreThoseOfTheCli();
    void riskCellListsItsCustomers();
    void nothingOutlivesTheStore();

private:
    bool openAndWait(MainWindow &window, const QString &store);
    QTemporaryDir m_dir;
    QString m_store;
};

void TestValuePage::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PatronageTests"));
    m_store = m_dir.filePath(QStringLiteral("shop.patronage"));
    const QString csv = m_dir.filePath(QStringLiteral("shop.csv"));
    GeneratorParams params;
    params.orders = 6000;
    params.months = 24;
    QVERIFY(writeGeneratedShop(csv, params));
    QString error;
    auto store = openStore(m_store, Store::OpenMode::CreateIfMissing, &error);
    QVERIFY(Importer(*store).importFile(csv, {}).ok);
}

bool TestValuePage::openAndWait(MainWindow &window, const QString &store)
{
    // The page is worked out when it is shown.
    window.show();
    QSignalSpy ready(window.valuePage(), &ValuePage::ready);
    if (!window.openStore(store))
        return false;
    window.tabs()->setCurrentWidget(window.valuePage());
    return ready.wait(60000);
}

void TestValuePage::figuresAreThoseOfTheCli()
{
    MainWindow window;
    QVERIFY(openAndWait(window, m_store));
    const std::optional<ValueAnalysis::ValueOverview> &overview = window.valuePage()->overview();
    QVERIFY(overview && !overview->noPrediction);
    // The latest month's customers, predicted at its end: predict's customers and total.
    const CliRun cli = runCli({"predict", "--db", m_store});
    QCOMPARE(cli.exitCode, 0);
    const QStringList lines = cli.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(1);
    qint64 total = 0;
    qint64 high = 0;
    for (const QString &line : lines) {
        const QStringList cells = line.split(QLatin1Char(','));
        total += qint64(std::llround(cells[8].toDouble() * 100.0));
        high += cells[9] == QLatin1String("High");
    }
    QCOMPARE(overview->breakdown.total.customers, qint64(lines.size()));
    QCOMPARE(overview->breakdown.total.predictedMinor(), total);
    QCOMPARE(overview->breakdown.byRisk[size_t(Predict::ChurnRisk::High)].customers, high);
    // The model table's fit, and the page's tables add up to it.
    const CliRun model = runCli({"predict", "--db", m_store, "--model"});
    QVERIFY(
        model.out.contains(QStringLiteral("bgnbd,r,%1\n").arg(QString::number(overview->model.frequency.r, 'g', 10))));
    QStandardItemModel *groups = window.valuePage()->groupModel();
    QCOMPARE(groups->rowCount(), kGroupCount);
    qint64 customers = 0;
    for (int g = 0; g < kGroupCount; ++g)
        customers += QLocale().toLongLong(groups->item(g, 0)->text());
    QCOMPARE(customers, qint64(lines.size()));
    QVERIFY(window.valuePage()->summary().contains(QLatin1String("expected")));
    // The back-test is drawn week by week, with a sentence on what it means.
    QVERIFY(window.valuePage()->backtestModel()->rowCount() > 4);
    QVERIFY2(window.valuePage()->backtestSummary().contains(QLatin1String("happened")),
             qPrintable(window.valuePage()->backtestSummary()));
}

void TestValuePage::riskCellListsItsCustomers()
{
    MainWindow window;
    QVERIFY(openAndWait(window, m_store));
    ValuePage *page = window.valuePage();
    QStandardItemModel *risk = page->riskModel();
    QCOMPARE(risk->rowCount(), kGroupCount + 1);
    // The cell with the most customers: the whole row "All", its fullest band.
    int column = 0;
    for (int c = 1; c < risk->columnCount(); ++c) {
        if (QLocale().toLongLong(risk->item(kGroupCount, c)->text())
            > QLocale().toLongLong(risk->item(kGroupCount, column)->text()))
            column = c;
    }
    const qint64 expected = QLocale().toLongLong(risk->item(kGroupCount, column)->text());
    auto *view = page->findChild<QTableView *>(QStringLiteral("churnRisk"));
    QSignalSpy listed(window.browser(), &CustomerBrowserPage::queryFinished);
    view->clicked(risk->index(kGroupCount, column));
    QVERIFY(listed.wait(30000) || listed.count() > 0);
    QTRY_COMPARE_WITH_TIMEOUT(qint64(window.browser()->model()->rowCount()), expected, 30000);
    QCOMPARE(window.tabs()->currentWidget(), window.browser());
    const CustomerList &list = window.browser()->model()->list();
    for (qsizetype i = 0; i < list.size(); ++i)
        QCOMPARE(int(list.prediction(i)->churnRisk), column);
}

void TestValuePage::nothingOutlivesTheStore()
{
    MainWindow window;
    QVERIFY(openAndWait(window, m_store));
    QVERIFY(window.valuePage()->overview());
    ScratchStore other;
    QVERIFY(window.openStore(other.path()));
    QVERIFY(!window.valuePage()->overview());
    QCOMPARE(window.valuePage()->groupModel()->rowCount(), 0);
    QCOMPARE(window.valuePage()->backtestModel()->rowCount(), 0);
}

QTEST_MAIN(TestValuePage)
#include "TestValuePage.moc"
