#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include "../core/TestSupport.h"
#include "core/analysis/Analysis.h"
#include "core/report/CustomerQuery.h"
#include "core/store/SettingsRepository.h"
#include "ui/export/ExportDialog.h"

using namespace Patronage;
using namespace Patronage::Testing;

namespace {

// Anna, with seven orders and an e-mail, and customer 17850, with one order
// and none, listed at January 2024 from a real store.
CustomerList sampleList(ScratchStore &scratch)
{
    ImportOptions options;
    options.mapping = {{Field::Order, "order"}, {Field::Customer, "customer"}, {Field::Email, "email"},
                       {Field::Name, "name"},   {Field::Date, "date"},         {Field::Total, "total"}};
    if (!scratch.import(testData(QStringLiteral("export/two_customers.csv")), options).ok)
        return {};
    const SegmentationParams params = SettingsRepository(scratch.store()).segmentationParams();
    CustomerQuery query;
    query.month = 2024 * 12;
    Result<SegmentInput> input = Analysis::inputFrom(scratch.store(), params, query.month);
    if (!input)
        return {};
    Result<CustomerList> list = findCustomers(scratch.store(), *input, params, query);
    return list ? *list : CustomerList();
}

QString read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsTheCountBeforeWriting();
    void saveIsOffWhenNothingWouldBeWritten();
    void theStyleIsRemembered();
    void writesEachStyle_data();
    void writesEachStyle();
    void tagsForShopifyNeedTheShopsExport();
};

void TestExport::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("PatronageTests"));
    QSettings().remove(QStringLiteral("export/style"));
}

void TestExport::saveIsOffWhenNothingWouldBeWritten()
{
    ScratchStore scratch;
    ExportDialog dialog(sampleList(scratch), Currency(), QStringLiteral("list"));
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("exportSave"));
    QVERIFY(save->isEnabled());
    ExportDialog empty(CustomerList(), Currency(), QStringLiteral("list"));
    QVERIFY(!empty.findChild<QPushButton *>(QStringLiteral("exportSave"))->isEnabled());
}

void TestExport::theStyleIsRemembered()
{
    QSettings().setValue(QStringLiteral("export/style"), int(ExportStyle::Mailchimp));
    ScratchStore scratch;
    ExportDialog dialog(sampleList(scratch), Currency(), QStringLiteral("list"));
    QCOMPARE(dialog.style(), ExportStyle::Mailchimp);
    QSettings().remove(QStringLiteral("export/style"));
}

void TestExport::showsTheCountBeforeWriting()
{
    ScratchStore scratch;
    ExportDialog dialog(sampleList(scratch), Currency(), QStringLiteral("list"));
    auto *count = dialog.findChild<QLabel *>(QStringLiteral("exportCount"));
    QVERIFY2(count->text().contains(QLatin1String("2 customer")), qPrintable(count->text()));
    dialog.findChild<QComboBox *>(QStringLiteral("exportStyle"))->setCurrentIndex(1); // Klaviyo
    QVERIFY2(count->text().contains(QLatin1String("1 customer")), qPrintable(count->text()));
    QVERIFY(count->text().contains(QLatin1String("without an e-mail")));
}

void TestExport::writesEachStyle_data()
{
    QTest::addColumn<int>("style");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain")
        << int(ExportStyle::Plain)
        << "customer_key,email,name,group,life_cycle,orders,revenue,first_order,last_order,"
           "days_since_last_order,p_alive,expected_purchases,predicted_value,churn_risk,r_score,f_score,m_score,"
           "rfm_code,rfm_group\nanna@example.com,"
           "anna@example.com,Anna Berg,Frequent Buyer,Just Ordered,7,1234.50,2024-01-02,2024-01-15,1,,,,,1,3,3,133,"
           "Almost Lost\n"
           "17850,,,One Time Buyer,Just Ordered,1,0.00,2024-01-15,2024-01-15,1,,,,,1,1,1,111,Dormant\n";
    QTest::newRow("klaviyo") << int(ExportStyle::Klaviyo)
                             << "Email,First Name,Last Name,Patronage Group,Patronage Life Cycle,Patronage Orders,"
                                "Patronage Revenue,Patronage Predicted Value,Patronage Churn Risk,Patronage RFM "
                                "Group\nanna@example.com,Anna,Berg,Frequent Buyer,Just Ordered,7,1234.50,,,Almost "
                                "Lost\n";
    QTest::newRow("mailchimp")
        << int(ExportStyle::Mailchimp)
        << "Email Address,First Name,Last Name,Patronage Group,Patronage Life Cycle,Patronage Churn Risk,Patronage "
           "RFM Group,Patronage Predicted Value\nanna@example.com,Anna,Berg,Frequent Buyer,Just Ordered,,Almost "
           "Lost,\n";
    QTest::newRow("hashed") << int(ExportStyle::Hashed)
                            << "email_sha256\n"
            + QString::fromLatin1(QCryptographicHash::hash("anna@example.com", QCryptographicHash::Sha256).toHex())
            + "\n";
}

void TestExport::writesEachStyle()
{
    QFETCH(int, style);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("list.csv"));
    ScratchStore scratch;
    ExportDialog dialog(sampleList(scratch), Currency(), QStringLiteral("list"));
    QString error;
    QVERIFY2(dialog.exportTo(path, ExportStyle(style), &error), qPrintable(error));
    QCOMPARE(read(path), expected);
    QVERIFY(!dialog.exportTo(dir.filePath(QStringLiteral("no/such/folder/list.csv")), ExportStyle(style), &error));
}

void TestExport::tagsForShopifyNeedTheShopsExport()
{
    ScratchStore scratch;
    ExportDialog dialog(sampleList(scratch), Currency(), QStringLiteral("list"));
    auto *style = dialog.findChild<QComboBox *>(QStringLiteral("exportStyle"));
    style->setCurrentIndex(style->findText(QStringLiteral("Shopify customer tags")));
    QVERIFY(dialog.tagsForShopify());
    auto *save = dialog.findChild<QPushButton *>(QStringLiteral("exportSave"));
    auto *count = dialog.findChild<QLabel *>(QStringLiteral("exportCount"));
    QVERIFY(!save->isEnabled()); // nothing to write over yet
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("chooseShopifyExport"))->isVisibleTo(&dialog));

    // Not the customers export: said in the app's words, and still nothing to save.
    QSignalSpy readExport(&dialog, &ExportDialog::shopifyExportRead);
    dialog.useShopifyExport(testData(QStringLiteral("formats/shopify_small.csv")));
    QVERIFY(readExport.wait(10000));
    QCOMPARE(readExport.last().at(0).toBool(), false);
    auto *file = dialog.findChild<QLabel *>(QStringLiteral("shopifyExportFile"));
    QVERIFY2(file->text().contains(QLatin1String("Customers > Export")), qPrintable(file->text()));
    QVERIFY(!save->isEnabled());

    // Anna is in the shop's export; customer 17850 has no e-mail.
    dialog.useShopifyExport(testData(QStringLiteral("export/shopify_customers_export.csv")));
    QVERIFY(readExport.wait(10000));
    QCOMPARE(readExport.last().at(0).toBool(), true);
    QVERIFY2(count->text().startsWith(QLatin1String("1 customer")), qPrintable(count->text()));
    QVERIFY2(count->text().contains(QLatin1String("will be tagged. 1 listed customer")), qPrintable(count->text()));
    QVERIFY(save->isEnabled());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tags.csv"));
    Result<ShopifyTags::CustomersExport> customers =
        ShopifyTags::CustomersExport::read(testData(QStringLiteral("export/shopify_customers_export.csv")));
    QVERIFY(customers.ok());
    QString error;
    QVERIFY2(ExportDialog::writeShopifyTags(sampleList(scratch), *customers, Currency(), ShopifyTags::ListScope::Part,
                                            path, &error),
             qPrintable(error));
    const QStringList lines = read(path).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.first(), ShopifyTags::importHeader().join(QLatin1Char(',')));
    QVERIFY2(lines.at(1).contains(QLatin1String("\"wholesale, newsletter, Patronage Group: Frequent Buyer, Patronage "
                                                "Life Cycle: Just Ordered, Patronage RFM: Almost Lost\"")),
             qPrintable(lines.at(1)));
}

QTEST_MAIN(TestExport)
#include "TestExport.moc"
