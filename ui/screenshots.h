// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QObject;

namespace musiaia::gui {

class AppContext;
class ChatBackend;

struct ScreenshotOptions
{
    QString outputDir;
    QString theme; // "light", "dark" or empty for both
    QString language; // "en", "es" or empty for both
    QString analysedSet; // a .als for the analysis window; empty = the song the chat made, if any
    QString samples; // a folder to import into the (temporary) sample library first
    // The chat session the window talks to, made over the temporary context (the application
    // passes the real one). Null, or a null result: no chat screenshot.
    std::function<ChatBackend *(AppContext &context, QObject *parent)> chatBackend;
};

// What the chat is asked in the screenshots, in the language of the interface: a song, then a
// change, so that the project browser shows two versions and their musical diff.
QStringList screenshotRequests(const QString &language);

// Renders the main views in Spanish and English into PNG files: the window with the chat after a
// real generation (the song card), the project browser with the versions and the diff, the sample
// library with imported rows, the settings pages, and the analysis of a set. Everything happens in
// a temporary folder with an in-memory keychain: it never touches the musician's own settings,
// keys, library or projects. Returns the process exit status.
int takeScreenshots(const ScreenshotOptions &options);

} // namespace musiaia::gui
