#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QLabel>
#include <QTest>

#include "../core/TestSupport.h"
#include "ui/export/ExportDialog.h"

using namespace Patronage;
using namespace Patronage::Testing;

namespace {

QList<CustomerRow> sampleRows()
{
    CustomerRow anna;
    anna.key = QStringLiteral("anna@example.com");
    anna.email = QStringLiteral("anna@example.com");
    anna.name = QStringLiteral("Anna Berg");
    anna.snapshot.group = LoyaltyGroup::Vip;
    anna.snapshot.orders = 7;
    anna.snapshot.revenue = 123450;
    CustomerRow guestless;
    guestless.key = QStringLiteral("17850");
    guestless.snapshot.orders = 1;
    return {anna, guestless};
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
    void showsTheCountBeforeWriting();
    void writesEachStyle_data();
    void writesEachStyle();
};

void TestExport::showsTheCountBeforeWriting()
{
    ExportDialog dialog(sampleRows(), Currency(), QStringLiteral("list"));
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
    QTest::newRow("plain") << int(ExportStyle::Plain)
                           << "customer_key,email,name,group,life_cycle,orders,revenue,first_order,last_order,"
                              "days_since_last_order\nanna@example.com,anna@example.com,Anna Berg,VIP,Just Ordered,7,"
                              "1234.50,1970-01-01,1970-01-01,0\n17850,,,One Time Buyer,Just Ordered,1,0.00,1970-01-01,"
                              "1970-01-01,0\n";
    QTest::newRow("klaviyo") << int(ExportStyle::Klaviyo)
                             << "Email,First Name,Last Name,Patronage Group,Patronage Life Cycle,Patronage Orders,"
                                "Patronage Revenue\nanna@example.com,Anna,Berg,VIP,Just Ordered,7,1234.50\n";
    QTest::newRow("mailchimp")
        << int(ExportStyle::Mailchimp)
        << "Email Address,First Name,Last Name,Tags\nanna@example.com,Anna,Berg,\"VIP,Just Ordered\"\n";
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
    ExportDialog dialog(sampleRows(), Currency(), QStringLiteral("list"));
    QString error;
    QVERIFY2(dialog.exportTo(path, ExportStyle(style), &error), qPrintable(error));
    QCOMPARE(read(path), expected);
    QVERIFY(!dialog.exportTo(dir.filePath(QStringLiteral("no/such/folder/list.csv")), ExportStyle(style), &error));
}

QTEST_MAIN(TestExport)
#include "TestExport.moc"
