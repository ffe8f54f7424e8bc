#pragma once

#include "core/segment/MonthResult.h"
#include "core/segment/SegmentationParams.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;
class QStandardItemModel;

namespace Patronage {

class StoreSession;

/// The store's segmentation method and parameters, with the group sizes they
/// give at the selected month shown before the change is applied.
class SegmentationSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SegmentationSettingsDialog(StoreSession *session, MonthIndex month, QWidget *parent = nullptr);

    SegmentationParams proposed() const;
    QStandardItemModel *previewModel() const { return m_preview; }
    /// Saves the proposed parameters; every month is recomputed.
    bool apply(QString *error);

Q_SIGNALS:
    void previewReady();

private:
    void updatePreview();

    StoreSession *m_session;
    MonthIndex m_month;
    QComboBox *m_method;
    QSpinBox *m_window;
    QSpinBox *m_frequentPercentile;
    QSpinBox *m_vipPercentile;
    QSpinBox *m_minOrders;
    QLabel *m_problem;
    QStandardItemModel *m_preview;
    int m_request = 0;
};

} // namespace Patronage
