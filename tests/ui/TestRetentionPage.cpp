// The Retention page: its figures are those of `patronage-cli cohorts`, `tested`, `rfm` and
// `customers --one-order-away`, each cell lists its customers, and nothing of a store outlives it.
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

#include "../core/TestSupport.h"
#include "core/import/Importer.h"
#include "ui/MainWindow.h"
#include "ui/StoreSession.h"
#include "ui/retention/CohortModel.h"
#include "ui/retention/OneOrderAwayModel.h"
#include "ui/retention/RetentionPage.h"
#include "ui/retention/RfmModels.h"
#include "ui/retention/TestedModel.h"
#include "ui/segments/CustomerTableModel.h"

using namespace Patronage;
using namespace Patronage::Testing;

namespace {

// The CSV rows of a CLI report, header first.
QList<QStringList> csv(const CliRun &run)
{
    QList<QStringList> rows;
    for (const QString &line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        rows.append(line.split(QLatin1Char(',')));
    return rows;
}

qint64 minor(const QString &major)
{
    return qRound64(major.toDouble() * 100);
}

} // namespace

class TestRetentionPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cohortsAreThoseOfTheCli();
    void testedRfmAndOneOrderAwayAreThoseOfTheCli();
    void cellsListTheirCustomers();
    void nothingOutlivesTheStore();

private:
    bool openAndWait(MainWindow &window, const QString &store);
    QTemporaryDir m_dir;
    QString m_store;
};

void TestRetentionPage::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PatronageTests"));
    m_store = m_dir.filePath(QStringLiteral("shop.patronage"));
    const QString file = m_dir.filePath(QStringLiteral("shop.csv"));
    GeneratorParams params;
    params.orders = 4000;
    params.months = 18;
    QVERIFY(writeGeneratedShop(file, params));
    QString error;
    auto store = openStore(m_store, Store::OpenMode::CreateIfMissing, &error);
    QVERIFY(Importer(*store).importFile(file, {}).ok);
}

bool TestRetentionPage::openAndWait(MainWindow &window, const QString &store)
{
    // The page is worked out when it is shown.
    window.show();
    RetentionPage *page = window.retentionPage();
    QSignalSpy cohorts(page, &RetentionPage::cohortsReady);
    QSignalSpy tested(page, &RetentionPage::testedReady);
    QSignalSpy month(page, &RetentionPage::rfmReady);
    if (!window.openStore(store))
        return false;
    window.tabs()->setCurrentWidget(page);
    return (cohorts.count() || cohorts.wait(30000)) && (tested.count() || tested.wait(30000))
        && (month.count() || month.wait(30000));
}

void TestRetentionPage::cohortsAreThoseOfTheCli()
{
    MainWindow window;
    QVERIFY(openAndWait(window, m_store));
    CohortModel *model = window.retentionPage()->cohortModel();
    const QList<QStringList> rows = csv(runCli({"cohorts", "--db", m_store}));
    QCOMPARE(rows.first().join(QLatin1Char(',')),
             QStringLiteral("cohort,size,offset,month,active,retention,revenue,cumulative_revenue_per_customer,"
                            "repeat_rate"));
    qsizetype cells = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            cells += model->cell(row, column) != nullptr;
    }
    QCOMPARE(cells, rows.size() - 1);
    // Each measure of each cell, against the CLI's row for it.
    for (const QStringList &r : rows.mid(1)) {
        int found = -1;
        for (int row = 0; row < model->rowCount() && found < 0; ++row) {
            if (model->cell(row, 0) && monthText(model->cell(row, 0)->cohort) == r[0])
                found = row;
        }
        QVERIFY2(found >= 0, qPrintable(r[0]));
        const QModelIndex index = model->index(found, r[2].toInt());
        model->setMeasure(CohortModel::Measure::Retention, false);
        QCOMPARE(QString::number(index.data(CohortModel::ValueRole).toDouble(), 'f', 6), r[5]);
        model->setMeasure(CohortModel::Measure::Revenue, false);
        QCOMPARE(qRound64(index.data(CohortModel::ValueRole).toDouble()), minor(r[6]));
        model->setMeasure(CohortModel::Measure::RepeatRate, false);
        QCOMPARE(QString::number(index.data(CohortModel::ValueRole).toDouble(), 'f', 6), r[8]);
        model->setMeasure(CohortModel::Measure::RevenuePerCustomer, false);
        QCOMPARE(qRound64(index.data(CohortModel::ValueRole).toDouble()), minor(r[7]));
    }
    // Cumulative revenue adds the months up; the cumulative toggle does nothing to the repeat rate.
    model->setMeasure(CohortModel::Measure::Revenue, true);
    const CohortCell *second = model->cell(0, 1);
    QCOMPARE(qRound64(model->index(0, 1).data(CohortModel::ValueRole).toDouble()), second->cumulativeRevenue);
    model->setMeasure(CohortModel::Measure::RepeatRate, true);
    QVERIFY(!model->isCumulative());
}

void TestRetentionPage::testedRfmAndOneOrderAwayAreThoseOfTheCli()
{
    MainWindow window;
    QVERIFY(openAndWait(window, m_store));
    RetentionPage *page = window.retentionPage();
    TestedModel *tested = page->testedModel();
    const GroupsTested &shown = tested->tested();
    const QList<QStringList> testedRows =
        csv(runCli({"tested", "--db", m_store, "--month", monthText(shown.month), "--horizon", "3"}));
    QCOMPARE(testedRows.size() - 1, tested->rowCount());
    for (int row = 0; row < tested->rowCount(); ++row) {
        const TestedSegment &s = tested->segment(row);
        const QStringList &r = testedRows[row + 1];
        QCOMPARE(r[1].toInt(), shown.horizon);
        QCOMPARE(r[4].toLongLong(), s.customers);
        QCOMPARE(r[5].toLongLong(), s.returned);
        QCOMPARE(minor(r[7]), s.revenue);
    }
    QVERIFY(tested->sentence(int(LoyaltyGroup::Vip)).startsWith(QLatin1String("Of the customers who were VIP in")));

    RfmGroupsModel *groups = page->rfmGroupsModel();
    const MonthIndex month = groups->overview().month;
    const QList<QStringList> rfmRows = csv(runCli({"rfm", "--db", m_store, "--month", monthText(month)}));
    QCOMPARE(rfmRows.size() - 1, kRfmGroupCount);
    qint64 gridCustomers = 0;
    for (int row = 0; row < 5; ++row) {
        for (int column = 0; column < 5; ++column)
            gridCustomers += page->rfmGridModel()->customers(row, column);
    }
    QCOMPARE(gridCustomers, groups->overview().customers);
    for (int g = 0; g < kRfmGroupCount; ++g) {
        QCOMPARE(rfmRows[g + 1][1], rfmGroupName(RfmGroup(g)));
        QCOMPARE(rfmRows[g + 1][2].toLongLong(), groups->overview().groups[size_t(g)].customers);
        QCOMPARE(minor(rfmRows[g + 1][3]), groups->overview().groups[size_t(g)].revenue);
    }

    // Those one order away, by move, as the CLI lists them.
    const QList<QStringList> away = csv(runCli({"customers", "--db", m_store, "--month", monthText(month),
                                                "--one-order-away", "--style", "hashed", "--format", "csv"}));
    const QList<QStringList> plain =
        csv(runCli({"customers", "--db", m_store, "--month", monthText(month), "--one-order-away"}));
    QVERIFY(away.size() > 1);
    QMap<QString, qint64> byMove;
    const int groupColumn = int(plain.first().indexOf(QStringLiteral("group")));
    const int nextColumn = int(plain.first().indexOf(QStringLiteral("next_group")));
    for (const QStringList &r : plain.mid(1))
        byMove[r[groupColumn] + QStringLiteral(" > ") + r[nextColumn]] += 1;
    qint64 total = 0;
    for (const OneOrderAwayModel::Move &m : page->oneOrderAwayModel()->moves()) {
        QCOMPARE(m.customers, byMove.value(groupName(m.from) + QStringLiteral(" > ") + groupName(m.to)));
        total += m.customers;
    }
    QCOMPARE(total, qint64(plain.size() - 1));
}

void TestRetentionPage::cellsListTheirCustomers()
{
    MainWindow window;
    QVERIFY(openAndWait(window, m_store));
    RetentionPage *page = window.retentionPage();
    QSignalSpy listed(page, &RetentionPage::customersReady);
    const CohortCell *cell = page->cohortModel()->cell(2, 3);
    QVERIFY(cell);
    page->listCohortCell(2, 3);
    QVERIFY(listed.wait(30000));
    QCOMPARE(page->customers()->list().size(), cell->active);
    for (qsizetype i = 0; i < page->customers()->list().size(); ++i)
        QCOMPARE(page->customers()->list().snapshot(i).firstDay >= 0, true);
    // An RFM cell, an RFM group and a tested row list as many as they count.
    page->listRfmCell(0, 4); // R 5, FM 5: Champions
    QVERIFY(listed.wait(30000));
    QCOMPARE(page->customers()->list().size(), page->rfmGridModel()->customers(0, 4));
    for (qsizetype i = 0; i < page->customers()->list().size(); ++i)
        QCOMPARE(page->customers()->list().rfm(i)->group, RfmGroup::Champions);
    page->listRfmGroup(int(RfmGroup::AtRisk));
    QVERIFY(listed.wait(30000));
    QCOMPARE(page->customers()->list().size(),
             page->rfmGroupsModel()->overview().groups[size_t(RfmGroup::AtRisk)].customers);
    page->listTested(int(LoyaltyGroup::Vip));
    QVERIFY(listed.wait(30000));
    QCOMPARE(page->customers()->list().size(), page->testedModel()->segment(int(LoyaltyGroup::Vip)).customers);
    page->listTested(int(LoyaltyGroup::Vip), true); // the "Bought again" cell: only those who did
    QVERIFY(listed.wait(30000));
    QCOMPARE(page->customers()->list().size(), page->testedModel()->segment(int(LoyaltyGroup::Vip)).returned);
    // A move's customers are listed at once, with the group one more order takes them to.
    const int last = page->oneOrderAwayModel()->rowCount() - 1;
    page->listOneOrderAway(last);
    QCOMPARE(page->customers()->list().size(), page->oneOrderAwayModel()->moves().at(last).customers);
    QVERIFY(page->customers()->columnOf(CustomerFigure::NextGroup) >= 0);
}

void TestRetentionPage::nothingOutlivesTheStore()
{
    MainWindow window;
    QVERIFY(openAndWait(window, m_store));
    RetentionPage *page = window.retentionPage();
    QSignalSpy listed(page, &RetentionPage::customersReady);
    page->listRfmGroup(int(RfmGroup::Champions));
    QVERIFY(listed.wait(30000));
    QVERIFY(!page->customers()->list().isEmpty());
    window.session()->close();
    QCOMPARE(page->cohortModel()->rowCount(), 0);
    QCOMPARE(page->testedModel()->rowCount(), 0);
    QVERIFY(page->customers()->list().isEmpty());
    QCOMPARE(page->rfmGroupsModel()->overview().customers, 0);
    QVERIFY(page->oneOrderAwayModel()->moves().isEmpty());
}

QTEST_MAIN(TestRetentionPage)
#include "TestRetentionPage.moc"
