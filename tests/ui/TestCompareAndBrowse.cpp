#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include "../core/TestSupport.h"
#include "core/import/Importer.h"
#include "ui/DisplayFormat.h"
#include "ui/MainWindow.h"
#include "ui/StoreSession.h"
#include "ui/compare/ComparePage.h"
#include "ui/compare/MatrixModel.h"
#include "ui/segments/CustomerBrowserPage.h"
#include "ui/segments/CustomerDetailDialog.h"
#include "ui/segments/CustomerTableModel.h"
#include "ui/settings/SegmentationSettingsDialog.h"

using namespace Patronage;
using namespace Patronage::Testing;

namespace {

QStringList keys(const CustomerTableModel *model)
{
    QStringList result;
    for (qsizetype i = 0; i < model->list().size(); ++i)
        result.append(model->list().row(i).key);
    std::sort(result.begin(), result.end());
    return result;
}

MonthIndex month(const char *text)
{
    MonthIndex m = 0;
    parseMonthText(QString::fromLatin1(text), &m);
    return m;
}

} // namespace

class TestCompareAndBrowse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void matrixCellListsItsCustomers();
    void browserFiltersAndSearches();
    void detailExplainsTheGroup();
    void settingsPreviewGroupSizes();
    void keyboardReachesPagesSearchAndDetail();

private:
    void openWorkedExample(MainWindow &window);
    QTemporaryDir m_dir;
    QString m_store;
};

void TestCompareAndBrowse::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PatronageTests"));
    m_store = m_dir.filePath(QStringLiteral("example.patronage"));
    QString error;
    auto store = openStore(m_store, Store::OpenMode::CreateIfMissing, &error);
    ImportOptions options;
    options.mapping = {
        {Field::Order, "order"}, {Field::Customer, "customer"}, {Field::Date, "date"}, {Field::Total, "total"}};
    QVERIFY(Importer(*store).importFile(testData(QStringLiteral("segments/worked_example.csv")), options).ok);
}

void TestCompareAndBrowse::openWorkedExample(MainWindow &window)
{
    QSignalSpy loaded(window.session(), &StoreSession::loaded);
    QVERIFY(window.openStore(m_store));
    QVERIFY(loaded.wait(30000));
}

// January to March of spec §7: b and c were One Time Buyers in January and are Loyal in March.
void TestCompareAndBrowse::matrixCellListsItsCustomers()
{
    MainWindow window;
    openWorkedExample(window);
    window.resize(1200, 900);
    window.show();
    ComparePage *compare = window.comparePage();
    window.tabs()->setCurrentWidget(compare);
    QSignalSpy matrixReady(compare, &ComparePage::matrixReady);
    compare->setMonths(month("2024-01"), month("2024-03"));
    QVERIFY(matrixReady.wait(10000));
    QAbstractItemModelTester tester(compare->matrix(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(compare->matrix()->customers(1, 1), 2); // One Time Buyer -> Loyal Customer
    // Orders are whole: F = 3.419804 and V = 4.439608 in March read "from 4 orders, VIP from 5".
    auto *cutoffs = compare->findChild<QLabel *>(QStringLiteral("cutoffs"));
    QVERIFY2(cutoffs->text().contains(QLatin1String("2024-03: Frequent Buyer from 4 orders, VIP from 5")),
             qPrintable(cutoffs->text()));
    QVERIFY(cutoffs->toolTip().contains(QLatin1String("F = 3.419804, V = 4.439608")));
    QTableView *view = compare->matrixView();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy moversReady(compare, &ComparePage::moversReady);
    const QRect cell = view->visualRect(compare->matrix()->index(1, 1));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QVERIFY(moversReady.wait(10000));
    QCOMPARE(keys(compare->movers()), (QStringList{"b", "c"}));
    // New in March and Loyal: e.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(compare->matrix()->index(0, 1)).center());
    QVERIFY(moversReady.wait(10000));
    QCOMPARE(keys(compare->movers()), QStringList{"e"});
}

void TestCompareAndBrowse::browserFiltersAndSearches()
{
    MainWindow window;
    openWorkedExample(window);
    CustomerBrowserPage *browser = window.browser();
    QSignalSpy done(browser, &CustomerBrowserPage::queryFinished);
    browser->showSegment(LoyaltyGroup::LoyalCustomer, month("2024-03"));
    QVERIFY(done.wait(10000));
    QAbstractItemModelTester tester(browser->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(keys(browser->model()), (QStringList{"b", "c", "e"}));
    // Each group and life cycle says what it means on hover.
    const QModelIndex group = browser->model()->index(0, CustomerTableModel::columnOf(CustomerFigure::Group));
    QCOMPARE(group.data(Qt::ToolTipRole).toString(), DisplayFormat::groupMeaning(LoyaltyGroup::LoyalCustomer));
    const QModelIndex lifeCycle = browser->model()->index(0, CustomerTableModel::columnOf(CustomerFigure::LifeCycle));
    QVERIFY(!lifeCycle.data(Qt::ToolTipRole).toString().isEmpty());
    browser->findChild<QLineEdit *>(QStringLiteral("browserSearch"))->setText(QStringLiteral("E"));
    // The list is filtered again when the predictions arrive: the search holds throughout.
    QTRY_COMPARE_WITH_TIMEOUT(keys(browser->model()), QStringList{"e"}, 10000);
}

void TestCompareAndBrowse::detailExplainsTheGroup()
{
    MainWindow window;
    openWorkedExample(window);
    CustomerBrowserPage *browser = window.browser();
    QSignalSpy done(browser, &CustomerBrowserPage::queryFinished);
    browser->showSegment(LoyaltyGroup::FrequentBuyer, month("2024-03"));
    QVERIFY(done.wait(10000));
    QCOMPARE(browser->model()->rowCount(), 1);
    CustomerDetailDialog detail(window.session(), browser->model()->list().row(0), month("2024-03"));
    QTRY_VERIFY(!detail.explanation().isEmpty());
    QVERIFY2(detail.explanation().contains(QLatin1String("group Frequent Buyer: F = 3.419804 <= n = 4 < V = 4.439608")),
             qPrintable(detail.explanation()));
    // In words: the customer's own figures against the month's cut-offs in whole orders.
    QTRY_VERIFY(detail.inWords().contains(QLatin1String("Frequent Buyer")));
    QVERIFY2(detail.inWords().contains(QLatin1String("a Frequent Buyer needs 4 orders or more and a VIP 5 or more")),
             qPrintable(detail.inWords()));
    QVERIFY2(detail.inWords().contains(QLatin1String("would make them a VIP")), qPrintable(detail.inWords()));
    QCOMPARE(detail.ordersModel()->rowCount(), 4);
    QTRY_COMPARE(detail.monthsModel()->rowCount(), 3);
}

// Ctrl+3 shows the Customers page, Ctrl+F puts the keyboard in its search, and Enter on a
// row opens that customer's detail.
void TestCompareAndBrowse::keyboardReachesPagesSearchAndDetail()
{
    MainWindow window;
    openWorkedExample(window);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentWidget(), window.browser());
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentWidget(), window.comparePage());
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentWidget(), window.browser());
    auto *search = window.browser()->findChild<QLineEdit *>(QStringLiteral("browserSearch"));
    QTRY_VERIFY(search->hasFocus());
    auto *table = window.browser()->findChild<QTableView *>(QStringLiteral("customerTable"));
    QTRY_VERIFY(window.browser()->model()->rowCount() > 0);
    table->setFocus();
    table->setCurrentIndex(window.browser()->model()->index(0, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(window.browser()->findChild<CustomerDetailDialog *>() != nullptr);
}

void TestCompareAndBrowse::settingsPreviewGroupSizes()
{
    MainWindow window;
    openWorkedExample(window);
    SegmentationSettingsDialog dialog(window.session(), month("2024-03"));
    QSignalSpy ready(&dialog, &SegmentationSettingsDialog::previewReady);
    QVERIFY(ready.wait(10000));
    QCOMPARE(dialog.previewModel()->item(int(LoyaltyGroup::Vip), 0)->text(), QStringLiteral("0"));
    dialog.findChild<QComboBox *>(QStringLiteral("method"))->setCurrentIndex(1); // percentile
    QVERIFY(ready.wait(10000));
    QCOMPARE(dialog.previewModel()->item(int(LoyaltyGroup::Vip), 1)->text(), QStringLiteral("1"));
    QSignalSpy reloaded(window.session(), &StoreSession::loaded);
    QString error;
    QVERIFY(dialog.apply(&error));
    QVERIFY(reloaded.wait(10000));
    QCOMPARE(window.session()->month(month("2024-03"))->groups[size_t(LoyaltyGroup::Vip)].customers, 1);
}

QTEST_MAIN(TestCompareAndBrowse)
#include "TestCompareAndBrowse.moc"
