// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

// Handing files to the desktop: open a set in the default application (Ableton Live), or show it
// selected in the file manager. Tests replace the desktop with a recorder.
namespace musiaia::gui::desktop {

enum class Action { Open, Reveal };

// Opens `path` with the application the desktop associates with it. False when none would.
bool openFile(const QString &path);
// Shows `path` selected in the file manager (org.freedesktop.FileManager1 on Linux), or opens the
// folder that holds it when no file manager answers that request.
bool revealFile(const QString &path);

// Tests: every request goes to `recorder` instead of the desktop. An empty function restores it.
void setRecorderForTests(std::function<void(Action, const QString &)> recorder);

} // namespace musiaia::gui::desktop
