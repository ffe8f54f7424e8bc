#pragma once

#include <QStringList>
#include <QWizard>

#include "core/import/ImportOptions.h"

namespace Patronage {

class FilesPage;
class DetectionPage;
class ImportProgressPage;

/// Import orders: pick files, check what was detected against a preview,
/// import off the GUI thread with progress and cancel, read the report.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    ImportWizard(QString storePath, QString storeCurrency, QStringList files, QWidget *parent = nullptr);

    QString storePath() const { return m_storePath; }
    QString storeCurrency() const { return m_storeCurrency; }
    QStringList files() const;
    ImportOptions options() const;
    bool isImporting() const;

    void reject() override;

Q_SIGNALS:
    /// Some file was imported: the store changed.
    void imported();

private:
    QString m_storePath;
    QString m_storeCurrency;
    FilesPage *m_files;
    DetectionPage *m_detection;
    ImportProgressPage *m_progress;
};

} // namespace Patronage
