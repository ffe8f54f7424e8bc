#pragma once

#include <QDialog>
#include <QPointer>

#include "core/segment/MonthResult.h"
#include "core/segment/SegmentationParams.h"

class QComboBox;
class QLabel;
class QSpinBox;
class QStandardItemModel;

namespace Patronage {

class Job;
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
    /// Saves the proposed parameters (in the background; every month is
    /// then recomputed); false with \a error when they make no sense.
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
    QPointer<Job> m_previewJob;
};

} // namespace Patronage
