#include <QAbstractItemModel>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include "../core/TestSupport.h"
#include "core/import/Importer.h"
#include "ui/MainWindow.h"
#include "ui/StoreSession.h"
#include "ui/compare/ComparePage.h"
#include "ui/compare/MatrixModel.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/MonthTableModel.h"
#include "ui/history/ImportHistoryModel.h"
#include "ui/history/ImportsPage.h"
#include "ui/retention/CohortModel.h"
#include "ui/retention/RetentionPage.h"
#include "ui/retention/TestedModel.h"
#include "ui/segments/CustomerBrowserPage.h"
#include "ui/segments/CustomerDetailDialog.h"
#include "ui/segments/CustomerTableModel.h"

using namespace Patronage;
using namespace Patronage::Testing;

namespace {

// Every text a model shows, in every cell and header.
QStringList everythingShown(const QAbstractItemModel *model)
{
    QStringList texts;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                texts.append(index.data(role).toString());
        }
    }
    return texts;
}

QStringList comboItems(const QComboBox *combo)
{
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items.append(combo->itemText(i));
    return items;
}

MonthIndex month(const char *text)
{
    MonthIndex m = 0;
    parseMonthText(QString::fromLatin1(text), &m);
    return m;
}

bool mentions(const QStringList &texts, const QStringList &words)
{
    for (const QString &text : texts) {
        for (const QString &word : words) {
            if (text.contains(word, Qt::CaseInsensitive))
                return true;
        }
    }
    return false;
}

} // namespace

class TestStoreSwitch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void nothingOfOneStoreOutlivesIt();
    void closingTheStoreClearsEveryPage();
    void forgottenCustomerLeavesEveryView();
    void forgettingIsNeverOneKeyAway();

private:
    void fillEveryPage(MainWindow &window);
    QString makeStore(const QString &name, const QString &file);
    QTemporaryDir m_dir;
    QString m_a; ///< Shopify: anna, bob and cara, 2024-01 to 2024-03, EUR
    QString m_b; ///< transaction lines: customers 17850 and 17851, 2010-12, GBP
};

QString TestStoreSwitch::makeStore(const QString &name, const QString &file)
{
    const QString path = m_dir.filePath(name);
    QString error;
    auto store = openStore(path, Store::OpenMode::CreateIfMissing, &error);
    ImportOptions options;
    if (file.contains(QLatin1String("lines")))
        options.currency = QStringLiteral("GBP");
    const ImportReport report = Importer(*store).importFile(testData(file), options);
    if (!report.ok)
        qFatal("%s", qPrintable(message(report.error)));
    return path;
}

void TestStoreSwitch::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PatronageTests"));
    m_a = makeStore(QStringLiteral("a.patronage"), QStringLiteral("formats/shopify_small.csv"));
    m_b = makeStore(QStringLiteral("b.patronage"), QStringLiteral("formats/lines_small.csv"));
}

// Open A and put something of it on every page: the dashboard, a matrix
// cell's customers, a search in the customer list, a customer's detail.
void TestStoreSwitch::fillEveryPage(MainWindow &window)
{
    QSignalSpy loaded(window.session(), &StoreSession::loaded);
    QVERIFY(window.openStore(m_a));
    QVERIFY(loaded.wait(30000));
    ComparePage *compare = window.comparePage();
    QSignalSpy matrixReady(compare, &ComparePage::matrixReady);
    compare->setMonths(month("2024-01"), month("2024-03"));
    QVERIFY(matrixReady.wait(10000));
    QSignalSpy moversReady(compare, &ComparePage::moversReady);
    QTableView *matrix = compare->matrixView();
    for (int row = 0; row < MatrixModel::kRows && compare->movers()->list().isEmpty(); ++row) {
        for (int column = 0; column < MatrixModel::kColumns && compare->movers()->list().isEmpty(); ++column) {
            if (compare->matrix()->customers(row, column) == 0)
                continue;
            matrix->selectionModel()->select(compare->matrix()->index(row, column),
                                             QItemSelectionModel::ClearAndSelect);
            QVERIFY(moversReady.wait(10000));
        }
    }
    QVERIFY(!compare->movers()->list().isEmpty());

    CustomerBrowserPage *browser = window.browser();
    QSignalSpy found(browser, &CustomerBrowserPage::queryFinished);
    browser->findChild<QLineEdit *>(QStringLiteral("browserSearch"))->setText(QStringLiteral("example"));
    QVERIFY(found.wait(10000));
    QVERIFY(!browser->model()->list().isEmpty());
    QVERIFY(mentions(everythingShown(browser->model()), {QStringLiteral("anna@example.com")}));

    // The Retention page's cohorts, and a cohort's customers (worked out when shown).
    window.show();
    RetentionPage *retention = window.retentionPage();
    QSignalSpy cohorts(retention, &RetentionPage::cohortsReady);
    window.tabs()->setCurrentWidget(retention);
    QVERIFY(cohorts.count() || cohorts.wait(30000));
    QSignalSpy listed(retention, &RetentionPage::customersReady);
    retention->listCohortCell(0, 0);
    QVERIFY(listed.wait(30000));
    QVERIFY(!retention->customers()->list().isEmpty());
    window.tabs()->setCurrentIndex(0);
}

// The privacy defect of issue 10: a matrix cell's customers, the month
// choices and the filters of one store were still shown, and exportable,
// after another store was opened.
void TestStoreSwitch::nothingOfOneStoreOutlivesIt()
{
    MainWindow window;
    window.resize(1200, 900);
    window.show();
    fillEveryPage(window);
    CustomerBrowserPage *browser = window.browser();
    auto *table = browser->findChild<QTableView *>(QStringLiteral("customerTable"));
    Q_EMIT table->activated(browser->model()->index(0, 0)); // Enter or a double-click
    QPointer<CustomerDetailDialog> detail = browser->findChild<CustomerDetailDialog *>();
    QVERIFY(detail);
    QTRY_VERIFY(!detail->explanation().isEmpty());

    QSignalSpy loaded(window.session(), &StoreSession::loaded);
    QVERIFY(window.openStore(m_b));
    // At once, before B's figures are in: nothing of A is left anywhere.
    const QStringList ofA = {QStringLiteral("example.com"), QStringLiteral("Anna"), QStringLiteral("Bob"),
                             QStringLiteral("2024-0"), QStringLiteral("shopify_small")};
    auto checkNothingOfA = [&] {
        QVERIFY(!mentions(everythingShown(window.dashboard()->model()), ofA));
        QVERIFY(!mentions(everythingShown(window.comparePage()->matrix()), ofA));
        QVERIFY(!mentions(everythingShown(window.comparePage()->movers()), ofA));
        QVERIFY(window.comparePage()->movers()->list().isEmpty());
        QVERIFY(!mentions(everythingShown(browser->model()), ofA));
        QVERIFY(!mentions(everythingShown(window.importsPage()->model()), ofA));
        QVERIFY(!mentions(everythingShown(window.retentionPage()->customers()), ofA));
        QVERIFY(!mentions(everythingShown(window.retentionPage()->cohortModel()), ofA));
        QVERIFY(!mentions(everythingShown(window.retentionPage()->testedModel()), ofA));
        for (const QComboBox *combo : window.findChildren<QComboBox *>())
            QVERIFY2(!mentions(comboItems(combo), ofA), qPrintable(combo->objectName()));
        for (const QStandardItemModel *model : window.findChildren<QStandardItemModel *>())
            QVERIFY(!mentions(everythingShown(model), ofA));
        QCOMPARE(browser->findChild<QLineEdit *>(QStringLiteral("browserSearch"))->text(), QString());
        QCOMPARE(browser->findChild<QComboBox *>(QStringLiteral("browserGroup"))->currentIndex(), 0);
    };
    checkNothingOfA();
    QVERIFY(detail.isNull() || !detail->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 30000);
    // And once B's figures are in, only B's are shown.
    QTRY_VERIFY(!browser->isQuerying());
    checkNothingOfA();
    QVERIFY(mentions(everythingShown(browser->model()), {QStringLiteral("17850")}));
    QVERIFY(mentions(comboItems(window.dashboard()->findChild<QComboBox *>(QStringLiteral("selectedMonth"))),
                     {QStringLiteral("2010-12")}));
}

void TestStoreSwitch::closingTheStoreClearsEveryPage()
{
    MainWindow window;
    fillEveryPage(window);
    window.session()->close();
    QVERIFY(window.comparePage()->movers()->list().isEmpty());
    QCOMPARE(window.comparePage()->matrix()->customers(1, 1), 0);
    QVERIFY(window.browser()->model()->list().isEmpty());
    QCOMPARE(window.dashboard()->model()->rowCount(), 0);
    QVERIFY(window.retentionPage()->customers()->list().isEmpty());
    QCOMPARE(window.retentionPage()->cohortModel()->rowCount(), 0);
    QCOMPARE(window.importsPage()->model()->rowCount(), 0);
    QCOMPARE(window.browser()->findChild<QLineEdit *>(QStringLiteral("browserSearch"))->text(), QString());
}

// Forgetting a customer takes them off every list at once, the matrix
// cell's list and the customer list included.
void TestStoreSwitch::forgottenCustomerLeavesEveryView()
{
    const QString path = m_dir.filePath(QStringLiteral("forget.patronage"));
    QVERIFY(QFile::copy(m_a, path));
    const QString copy = m_a;
    m_a = path;
    MainWindow window;
    window.resize(1200, 900);
    window.show();
    fillEveryPage(window);
    m_a = copy;
    CustomerBrowserPage *browser = window.browser();
    const CustomerList &list = browser->model()->list();
    std::optional<CustomerRow> anna;
    for (qsizetype i = 0; i < list.size() && !anna; ++i) {
        if (list.row(i).key == QLatin1String("anna@example.com"))
            anna = list.row(i);
    }
    QVERIFY(anna);
    CustomerDetailDialog detail(window.session(), *anna, month("2024-03"), &window);
    detail.show();
    QTRY_VERIFY(!detail.explanation().isEmpty());
    // Confirm in the message box that asks.
    QTimer::singleShot(0, this, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    QSignalSpy loaded(window.session(), &StoreSession::loaded);
    detail.forgetButton()->click();
    QVERIFY(loaded.wait(30000));
    QSignalSpy movers(window.comparePage(), &ComparePage::moversReady);
    QTRY_VERIFY(!browser->isQuerying());
    QVERIFY(movers.count() > 0 || movers.wait(10000));
    const QStringList anyOfAnna = {QStringLiteral("anna@example.com"), QStringLiteral("Anna Berg")};
    QVERIFY(!mentions(everythingShown(browser->model()), anyOfAnna));
    QVERIFY(!mentions(everythingShown(window.comparePage()->movers()), anyOfAnna));
}

// Enter in a customer's detail closes it; forgetting asks, and the answer
// that is one key away is No.
void TestStoreSwitch::forgettingIsNeverOneKeyAway()
{
    MainWindow window;
    fillEveryPage(window);
    const CustomerRow row = window.browser()->model()->list().row(0);
    CustomerDetailDialog detail(window.session(), row, month("2024-03"), &window);
    detail.show();
    QVERIFY(QTest::qWaitForWindowExposed(&detail));
    QVERIFY(!detail.forgetButton()->isDefault());
    QVERIFY(!detail.forgetButton()->autoDefault());
    QString question;
    QMessageBox::StandardButton defaultAnswer = QMessageBox::NoButton;
    QTimer::singleShot(0, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        question = box->text();
        defaultAnswer = box->standardButton(box->defaultButton());
        QTest::keyClick(box, Qt::Key_Return); // the default answer
    });
    detail.forgetButton()->click();
    QCOMPARE(defaultAnswer, QMessageBox::No);
    QVERIFY2(question.contains(row.email), qPrintable(question));
    // Nothing was forgotten, and Enter in the detail closes it.
    QVERIFY(detail.isVisible());
    QTest::keyClick(&detail, Qt::Key_Return);
    QTRY_VERIFY(!detail.isVisible());
    QCOMPARE(RawSql(m_a).scalar("SELECT count(*) FROM customers WHERE email IS NULL"), 0);
}

QTEST_MAIN(TestStoreSwitch)
#include "TestStoreSwitch.moc"
