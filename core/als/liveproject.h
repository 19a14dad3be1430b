// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "als/alswriter.h"
#include "als/liveset.h"
#include "common/result.h"

#include <QString>
#include <QStringList>

// A Live Project folder as Live makes one:
//   <Name> Project/
//       <Name>.als
//       Ableton Project Info/
//       Samples/Imported/<the set's samples, copied>     (when the set has audio clips)
// The set's audio clips are pointed at the copies (RelativePathType 3, "Samples/Imported/x.wav"), so
// the folder can be moved to another computer and opened there.
namespace musiaia::als {

struct LiveProjectOptions
{
    enum class IfExists {
        KeepBoth,   // write "<Name> 2 Project" (3, 4, ...) beside the existing one
        Replace,    // replace the existing project folder, in one rename
        Fail,       // refuse with ErrorCode::InvalidArgument
    };

    WriteOptions write;
    IfExists ifExists = IfExists::KeepBoth;
};

struct LiveProjectPaths
{
    QString projectDir;      // ".../<Name> Project"
    QString setPath;         // ".../<Name> Project/<Name>.als"
    QStringList samples;     // the copied samples, absolute, in the order first used
};

// Writes `set` as a project folder named after `name` inside `parentDir` (created when missing).
// The project is built in a hidden temporary folder next to where it goes and renamed into place at
// the end, so a failure (a missing sample, a full disk) leaves nothing half-written behind. A sample
// used by several clips is copied once; samples with the same file name but different contents are
// kept apart ("kick.wav", "kick 2.wav"). Errors name the file that failed.
Result<LiveProjectPaths> writeLiveProject(const LiveSet &set, const QString &parentDir, const QString &name,
                                          const LiveProjectOptions &options = {});

// `name` made safe as a file name on Windows, macOS and Linux: no / \ : * ? " < > | or control
// characters, no leading or trailing spaces or dots, no reserved Windows names (CON, NUL, COM1...),
// at most 80 characters. "Untitled" when nothing is left.
QString sanitizeProjectName(const QString &name);

} // namespace musiaia::als
