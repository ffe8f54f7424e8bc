#pragma once

#include <QString>

namespace Patronage {

class MainWindow;

/// Pictures of the app for the README: `patronage --screenshots FOLDER STORE`.
namespace ScreenshotTour {

/// Renders the start page, or every page of the open store, a customer's
/// detail, the settings and the import wizard, to PNGs in \a folder.
bool run(MainWindow &window, const QString &folder);

} // namespace ScreenshotTour

} // namespace Patronage
