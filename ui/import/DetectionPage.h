#pragma once

#include <QHash>
#include <QPointer>
#include <QWizardPage>

#include "core/import/ImportOptions.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace Patronage {

class Job;
class PreviewModel;
struct ImportPreview;

/// What was detected in the first file, in editable controls, with a preview
/// of its first orders as the import will read them; the column mapping for
/// generic files, remembered per header layout.
class DetectionPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DetectionPage(QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    ImportOptions options() const;

private:
    void schedulePreview();
    void runPreview();
    void showPreview(const ImportPreview &preview);
    void fillMapping(const QStringList &headers);
    QString headerKey() const;

    QLabel *m_file;
    QComboBox *m_format;
    QComboBox *m_encoding;
    QComboBox *m_separator;
    QLineEdit *m_dateFormat;
    QLineEdit *m_currency;
    QLabel *m_detected;
    QGroupBox *m_mappingBox;
    QHash<int, QComboBox *> m_mapping; ///< Field -> column choice
    QLabel *m_error;
    PreviewModel *m_model;
    QTableView *m_table;
    QTimer *m_debounce;
    QStringList m_headers;
    bool m_previewOk = false;
    QPointer<Job> m_preview;
};

} // namespace Patronage
