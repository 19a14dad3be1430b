// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace musiaia::gui {

struct ScreenshotOptions
{
    QString outputDir;
    QString theme;      // "light", "dark" or empty for both
    QString analysedSet; // a .als to show in the analysis window; none = no analysis screenshot
    QString samples;     // a folder to import into the (temporary) sample library first
};

// Renders the main views (the chat after a generation, the project browser, the sample library,
// the settings) in Spanish and English into PNG files, with content made for the occasion in a
// temporary folder: it never touches the musician's own settings, keys, library or projects.
// Returns the process exit status.
int takeScreenshots(const ScreenshotOptions &options);

} // namespace musiaia::gui
