#include "TestSupport.h"

#include "core/import/Importer.h"
#include "core/store/Statement.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

namespace Patronage::Testing {

QString testData(const QString &relativePath)
{
    return QDir(QStringLiteral(PATRONAGE_TEST_DATA)).filePath(relativePath);
}

QString sharedData(const QString &relativePath)
{
    const QString path = QDir(QStringLiteral(PATRONAGE_SHARED_DATA)).filePath(relativePath);
    return QFileInfo::exists(path) ? path : QString();
}

CliRun runCli(const QStringList &arguments, const std::function<void()> &childSetup)
{
    QProcess process;
    if (childSetup)
        process.setChildProcessModifier(childSetup);
    process.start(QStringLiteral(PATRONAGE_CLI), arguments);
    process.waitForFinished(300000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

bool writeGeneratedShop(const QString &path, const GeneratorParams &params)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && ShopGenerator(params).write(&file);
}

ScratchStore::ScratchStore()
    : m_path(m_dir.filePath(QStringLiteral("shop.patronage")))
{
    QString error;
    m_store = Store::open(m_path, Store::OpenMode::CreateIfMissing, &error);
    if (!m_store)
        qFatal("cannot create a scratch store: %s", qPrintable(error));
}

ImportReport ScratchStore::import(const QString &file, const ImportOptions &options)
{
    Importer importer(*m_store);
    return importer.importFile(file, options);
}

qint64 ScratchStore::scalar(const char *sql) const
{
    Statement statement(m_store->handle(), sql);
    if (!statement.step())
        qFatal("query failed: %s: %s", sql, qPrintable(statement.error()));
    return statement.integer(0);
}

QString ScratchStore::text(const char *sql) const
{
    Statement statement(m_store->handle(), sql);
    return statement.step() ? statement.text(0) : QString();
}

QString ScratchStore::contentDigest() const
{
    return storeDigest(*m_store);
}

QString storeDigest(Store &store)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const char *sql : {"SELECT * FROM orders ORDER BY id", "SELECT * FROM credit_notes ORDER BY id",
                            "SELECT * FROM customers ORDER BY id", "SELECT * FROM settings ORDER BY key",
                            // all of an import's record but its time, which differs from run to run
                            "SELECT id, file_name, file_size, content_hash, format, rows_read, orders_inserted, "
                            "orders_updated, orders_unchanged, credit_notes, guest_orders, rows_skipped FROM imports "
                            "ORDER BY id"}) {
        Statement statement(store.handle(), sql);
        while (statement.step()) {
            for (int column = 0; column < 16; ++column)
                hash.addData(QByteArray(statement.text(column).toUtf8() + '\x1f'));
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace Patronage::Testing
