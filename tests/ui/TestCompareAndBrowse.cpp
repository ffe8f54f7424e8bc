#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QStyleOptionHeader>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include "../core/TestSupport.h"
#include "core/import/Importer.h"
#include "core/report/ExportStyles.h"
#include "ui/AppStyle.h"
#include "ui/DisplayFormat.h"
#include "ui/MainWindow.h"
#include "ui/StoreSession.h"
#include "ui/compare/ComparePage.h"
#include "ui/compare/MatrixModel.h"
#include "ui/export/ExportDialog.h"
#include "ui/help/HowItWorksDialog.h"
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
    void helpShowsTheStoresCutoffs();
    void sortArrowsPointAsUsersRead();

private:
    void openWorkedExample(MainWindow &window);
    QTemporaryDir m_dir;
    QString m_store;
};

void TestCompareAndBrowse::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PatronageTests"));
    m_store = m_dir.filePath(QStringLiteral("example.patronage"));
    QVERIFY(makeWorkedExampleStore(m_store));
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
    // Ctrl+click adds a cell: both cells' customers together, with the group each came from.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      view->visualRect(compare->matrix()->index(1, 1)).center());
    QVERIFY(moversReady.wait(10000));
    QCOMPARE(keys(compare->movers()), (QStringList{"b", "c", "e"}));
    CustomerTableModel *movers = compare->movers();
    const int earlier = movers->columnOf(CustomerFigure::EarlierGroup);
    QVERIFY(earlier >= 0);
    QStringList earlierGroups;
    for (int row = 0; row < movers->rowCount(); ++row)
        earlierGroups.append(movers->list().row(row).key + QLatin1Char('=')
                             + movers->index(row, earlier).data().toString());
    earlierGroups.sort();
    QCOMPARE(earlierGroups, (QStringList{"b=One Time Buyer", "c=One Time Buyer", "e=New"}));
    // The export says where each came from, in the spec's names.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("movers.csv"));
    QString error;
    QVERIFY(ExportDialog::write(movers->list(), ExportStyle::Plain, Currency(), path, &error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY2(lines.first().startsWith(QLatin1String("customer_key,email,name,earlier_group,group,")),
             qPrintable(lines.first()));
    QCOMPARE(lines.size(), 4);
    QVERIFY(std::any_of(lines.begin(), lines.end(), [](const QString &l) {
        return l.startsWith(QLatin1String("e,")) && l.contains(QLatin1String(",New,Loyal Customer,"));
    }));
    // At 1024 by 700 the list still shows several customers (the matrix and the list share the height).
    window.resize(1024, 700);
    auto *moversView = compare->findChild<QTableView *>(QStringLiteral("movers"));
    QTRY_VERIFY(moversView->viewport()->height() >= 3 * moversView->verticalHeader()->defaultSectionSize());
    // A month's customer list has no such column.
    QCOMPARE(CustomerExport::header(ExportStyle::Plain).contains(QLatin1String("earlier_group")), false);
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
    const QModelIndex group = browser->model()->index(0, browser->model()->columnOf(CustomerFigure::Group));
    QCOMPARE(group.data(Qt::ToolTipRole).toString(), DisplayFormat::groupMeaning(LoyaltyGroup::LoyalCustomer));
    const QModelIndex lifeCycle = browser->model()->index(0, browser->model()->columnOf(CustomerFigure::LifeCycle));
    QVERIFY(!lifeCycle.data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(browser->model()->rowCount() > 0);
    browser->findChild<QLineEdit *>(QStringLiteral("browserSearch"))->setText(QStringLiteral("E"));
    QCOMPARE(browser->model()->rowCount(), 0); // the old rows go at once, before the search has run
    // The list is filtered again when the predictions arrive: the search holds throughout.
    QTRY_COMPARE_WITH_TIMEOUT(keys(browser->model()), QStringList{"e"}, 10000);

    // Sorted by key, descending: every list shown from then on is in that order, as the arrow says.
    CustomerTableModel *model = browser->model();
    auto *table = browser->findChild<QTableView *>(QStringLiteral("customerTable"));
    QSignalSpy sorted(model, &CustomerTableModel::sorted);
    table->sortByColumn(model->columnOf(CustomerFigure::Key), Qt::DescendingOrder);
    QVERIFY(sorted.wait(10000));
    int resets = 0;
    connect(model, &QAbstractItemModel::modelReset, this, [&] {
        ++resets;
        QStringList shown;
        for (int row = 0; row < model->rowCount(); ++row)
            shown.append(model->list().row(row).key);
        QStringList expected = shown;
        std::sort(expected.begin(), expected.end(), std::greater<>());
        QCOMPARE(shown, expected);
    });
    browser->findChild<QLineEdit *>(QStringLiteral("browserSearch"))->clear();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 10000);
    QVERIFY(resets > 0);
    QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), model->columnOf(CustomerFigure::Key));
    QCOMPARE(model->list().row(0).key, QStringLiteral("e"));
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
    // Ctrl+End reaches the last customer at once: the model holds the whole list.
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(table->currentIndex().row(), window.browser()->model()->rowCount() - 1);
    QCOMPARE(qsizetype(window.browser()->model()->rowCount()), window.browser()->model()->list().size());
    QTest::keyClick(table, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Return);
    QTRY_VERIFY(window.browser()->findChild<CustomerDetailDialog *>() != nullptr);
    for (CustomerDetailDialog *dialog : window.browser()->findChildren<CustomerDetailDialog *>())
        dialog->close();

    // A page-switch key pressed in a month's combo box switches the page and leaves the month alone.
    window.tabs()->setCurrentWidget(window.comparePage());
    auto *from = window.comparePage()->findChild<QComboBox *>(QStringLiteral("compareFrom"));
    from->setFocus();
    QTRY_VERIFY(from->hasFocus());
    const int before = from->currentIndex();
    for (const QKeyCombination key :
         {Qt::CTRL | Qt::Key_1, Qt::CTRL | Qt::Key_PageDown, Qt::CTRL | Qt::Key_PageUp, Qt::CTRL | Qt::Key_Tab}) {
        window.tabs()->setCurrentWidget(window.comparePage());
        from->setFocus();
        QTest::keyClick(QApplication::focusWidget(), key.key(), key.keyboardModifiers());
        QCOMPARE(from->currentIndex(), before);
    }
    window.tabs()->setCurrentWidget(window.comparePage());
    from->setFocus();
    QTest::keyClick(from, Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentIndex(), 0); // the dashboard
    window.tabs()->setCurrentWidget(window.comparePage());
    from->setFocus();
    QTest::keyClick(from, Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(window.tabs()->currentWidget(), window.browser()); // the next page
    QCOMPARE(from->currentIndex(), before);
}

void TestCompareAndBrowse::settingsPreviewGroupSizes()
{
    // On a copy: the other tests read the store with its own settings.
    const QString copy = m_dir.filePath(QStringLiteral("settings-copy.patronage"));
    QVERIFY(QFile::copy(m_store, copy));
    MainWindow window;
    QSignalSpy loaded(window.session(), &StoreSession::loaded);
    QVERIFY(window.openStore(copy));
    QVERIFY(loaded.wait(30000));
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

// Help › How Groups and Life Cycles Work: the rules, with this store's cut-offs at its latest month.
void TestCompareAndBrowse::helpShowsTheStoresCutoffs()
{
    MainWindow window;
    HowItWorksDialog *help = window.showHowItWorks();
    QVERIFY(help->html().contains(QLatin1String("Open a store to see its own cut-offs here.")));
    openWorkedExample(window);
    const QString text = help->findChild<QTextBrowser *>()->toPlainText();
    // The worked example's last month is 2024-03: F = 3.419804, V = 4.439608, G = 31 days (spec §7).
    // Its orders end on 20 March: a partial month, marked as such, whose days count to that day (spec §4).
    QVERIFY2(text.contains(QLatin1String("In 2024-03 (to 20 Mar), the latest month of this shop")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("The orders run to")));
    QVERIFY2(text.contains(QLatin1String("A Frequent Buyer needs 4 orders or more (the cut-off is 3.42) and a VIP 5 or "
                                         "more (the cut-off is 4.44).")),
             qPrintable(text));
    QVERIFY(text.contains(QLatin1String("never under 3 orders")));
    QVERIFY2(text.contains(QLatin1String("80% of the shop's repeat orders came within")), qPrintable(text));
    // Another store, or none, leaves nothing of this one on the page.
    window.session()->close();
    QVERIFY(!help->findChild<QTextBrowser *>()->toPlainText().contains(QLatin1String("2024-03")));
}

// Ascending (Qt passes SortDown for it) is drawn as the style draws SortUp: an arrow pointing up.
void TestCompareAndBrowse::sortArrowsPointAsUsersRead()
{
    std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    AppStyle app(QStyleFactory::create(QStringLiteral("Fusion")));
    const auto draw = [](const QStyle &style, QStyleOptionHeader::SortIndicator indicator) {
        QStyleOptionHeader option;
        option.rect = QRect(0, 0, 16, 16);
        option.palette = QApplication::palette();
        option.sortIndicator = indicator;
        QImage image(16, 16, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        style.drawPrimitive(QStyle::PE_IndicatorHeaderArrow, &option, &painter);
        return image;
    };
    QCOMPARE(draw(app, QStyleOptionHeader::SortDown), draw(*fusion, QStyleOptionHeader::SortUp));
    QCOMPARE(draw(app, QStyleOptionHeader::SortUp), draw(*fusion, QStyleOptionHeader::SortDown));
    QVERIFY(draw(app, QStyleOptionHeader::SortDown) != draw(*fusion, QStyleOptionHeader::SortDown));
}

QTEST_MAIN(TestCompareAndBrowse)
#include "TestCompareAndBrowse.moc"
