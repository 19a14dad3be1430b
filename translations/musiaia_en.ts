<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>musiaia::als</name>
    <message>
        <source>The set</source>
        <translation>The set</translation>
    </message>
    <message>
        <source> could not be read.</source>
        <translation> could not be read.</translation>
    </message>
    <message>
        <source> is empty.</source>
        <translation> is empty.</translation>
    </message>
    <message>
        <source> is not a Live Set: it is neither gzip-compressed nor XML.</source>
        <translation> is not a Live Set: it is neither gzip-compressed nor XML.</translation>
    </message>
    <message>
        <source> does not exist.</source>
        <translation> does not exist.</translation>
    </message>
    <message>
        <source> is a folder, not a Live Set.</source>
        <translation> is a folder, not a Live Set.</translation>
    </message>
    <message>
        <source> could not be opened: </source>
        <translation> could not be opened: </translation>
    </message>
    <message>
        <source>the device refused the data</source>
        <translation>the device refused the data</translation>
    </message>
    <message>
        <source>Could not write the Live Set: the device is not open for writing</source>
        <translation>Could not write the Live Set: the device is not open for writing</translation>
    </message>
    <message>
        <source>Could not write the Live Set: %1</source>
        <translation>Could not write the Live Set: %1</translation>
    </message>
    <message>
        <source>Could not write the Live Set “%1”: %2</source>
        <translation>Could not write the Live Set “%1”: %2</translation>
    </message>
    <message>
        <source>clip “%1” on track “%2”</source>
        <translation>clip “%1” on track “%2”</translation>
    </message>
    <message>
        <source>Could not replace the project “%1”: it could not be moved aside</source>
        <translation>Could not replace the project “%1”: it could not be moved aside</translation>
    </message>
    <message>
        <source>Could not move the new project into “%1”</source>
        <translation>Could not move the new project into “%1”</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”</source>
        <translation>Could not create the folder “%1”</translation>
    </message>
    <message>
        <source>The project “%1” already exists</source>
        <translation>The project “%1” already exists</translation>
    </message>
    <message>
        <source>Could not write in the folder “%1”: %2</source>
        <translation>Could not write in the folder “%1”: %2</translation>
    </message>
    <message>
        <source>1 sample cannot be found on this computer: %2. Live will show its clips as missing.</source>
        <translation>1 sample cannot be found on this computer: %2. Live will show its clips as missing.</translation>
    </message>
    <message>
        <source>%1 samples cannot be found on this computer (the first: %2). Live will show their clips as missing.</source>
        <translation>%1 samples cannot be found on this computer (the first: %2). Live will show their clips as missing.</translation>
    </message>
    <message>
        <source>The tempo is automated; durations here use the set&apos;s tempo of %1 BPM.</source>
        <translation>The tempo is automated; durations here use the set&apos;s tempo of %1 BPM.</translation>
    </message>
    <message>
        <source>The set was saved by a newer Live (%1) than MusiaIA knows; anything new in its format is left out of this report.</source>
        <translation>The set was saved by a newer Live (%1) than MusiaIA knows; anything new in its format is left out of this report.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>no key set</source>
        <translation>no key set</translation>
    </message>
    <message>
        <source>MIDI</source>
        <translation>MIDI</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>unknown creator</source>
        <translation>unknown creator</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source> (automated)</source>
        <translation> (automated)</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <source>group</source>
        <translation>group</translation>
    </message>
    <message>
        <source>return</source>
        <translation>return</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <source>arrangement</source>
        <translation>arrangement</translation>
    </message>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>Locators</source>
        <translation>Locators</translation>
    </message>
    <message>
        <source>scenes</source>
        <translation>scenes</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>devices</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>bar</translation>
    </message>
    <message>
        <source>pan</source>
        <translation>pan</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>muted</translation>
    </message>
    <message>
        <source>solo</source>
        <translation>solo</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>frozen</translation>
    </message>
    <message>
        <source>Third-party plug-ins</source>
        <translation>Third-party plug-ins</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>found  </source>
        <translation>found  </translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
</context>
<context>
    <name>musiaia::als::GzipInputDevice</name>
    <message>
        <source>the compressed data is cut short (the file is truncated)</source>
        <translation>the compressed data is cut short (the file is truncated)</translation>
    </message>
    <message>
        <source>the compressed data is damaged</source>
        <translation>the compressed data is damaged</translation>
    </message>
    <message>
        <source>it holds more than %1 MB of XML, more than any Live Set MusiaIA will read</source>
        <translation>it holds more than %1 MB of XML, more than any Live Set MusiaIA will read</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>it could not be read</translation>
    </message>
    <message>
        <source>zlib could not start</source>
        <translation>zlib could not start</translation>
    </message>
</context>
<context>
    <name>musiaia::als::GzipWriteDevice</name>
    <message>
        <source>A gzip writer can only be opened for writing</source>
        <translation>A gzip writer can only be opened for writing</translation>
    </message>
    <message>
        <source>The device to compress into is not open for writing</source>
        <translation>The device to compress into is not open for writing</translation>
    </message>
    <message>
        <source>Could not start the gzip compressor</source>
        <translation>Could not start the gzip compressor</translation>
    </message>
    <message>
        <source>The gzip compressor failed</source>
        <translation>The gzip compressor failed</translation>
    </message>
    <message>
        <source>The device refused the data</source>
        <translation>The device refused the data</translation>
    </message>
</context>
<context>
    <name>musiaia::als::Reading</name>
    <message>
        <source>could not be read.</source>
        <translation>could not be read.</translation>
    </message>
    <message>
        <source>is not a Live Set: its &lt;Ableton&gt; element holds no &lt;LiveSet&gt;.</source>
        <translation>is not a Live Set: its &lt;Ableton&gt; element holds no &lt;LiveSet&gt;.</translation>
    </message>
    <message>
        <source>was refused: it declares a DTD or entities, which Live Sets never do (they can hide an &quot;entity bomb&quot;).</source>
        <translation>was refused: it declares a DTD or entities, which Live Sets never do (they can hide an &quot;entity bomb&quot;).</translation>
    </message>
    <message>
        <source>is XML but not a Live Set: its root element is &lt;%1&gt;, not &lt;Ableton&gt;.</source>
        <translation>is XML but not a Live Set: its root element is &lt;%1&gt;, not &lt;Ableton&gt;.</translation>
    </message>
    <message>
        <source>an unknown application</source>
        <translation>an unknown application</translation>
    </message>
    <message>
        <source>is not a Live Set: its &lt;Ableton&gt; element has no valid MajorVersion and MinorVersion (saved by %1).</source>
        <translation>is not a Live Set: its &lt;Ableton&gt; element has no valid MajorVersion and MinorVersion (saved by %1).</translation>
    </message>
    <message>
        <source>was made with a newer Live (%1, file format %2) than MusiaIA can read; it reads sets from Live %3 to %4. Save a copy in Live %4 format, or update MusiaIA.</source>
        <translation>was made with a newer Live (%1, file format %2) than MusiaIA can read; it reads sets from Live %3 to %4. Save a copy in Live %4 format, or update MusiaIA.</translation>
    </message>
    <message>
        <source>was made with %1, older than Live %2: open it in a newer Live and save it again to read it here.</source>
        <translation>was made with %1, older than Live %2: open it in a newer Live and save it again to read it here.</translation>
    </message>
    <message>
        <source>is too large: </source>
        <translation>is too large: </translation>
    </message>
    <message>
        <source>could not be read: </source>
        <translation>could not be read: </translation>
    </message>
    <message>
        <source>is damaged: </source>
        <translation>is damaged: </translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>is empty.</translation>
    </message>
    <message>
        <source>is cut short: the XML ends at line %1 before the set is complete.</source>
        <translation>is cut short: the XML ends at line %1 before the set is complete.</translation>
    </message>
    <message>
        <source>is not a valid Live Set: the XML is malformed at line %1, column %2 (%3).</source>
        <translation>is not a valid Live Set: the XML is malformed at line %1, column %2 (%3).</translation>
    </message>
</context>
<context>
    <name>musiaia::als::SampleImporter</name>
    <message>
        <source>The sample “%1” of %2 was not found</source>
        <translation>The sample “%1” of %2 was not found</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”</source>
        <translation>Could not create the folder “%1”</translation>
    </message>
    <message>
        <source>Could not copy the sample “%1” into the project: %2</source>
        <translation>Could not copy the sample “%1” into the project: %2</translation>
    </message>
    <message>
        <source>the copy failed</source>
        <translation>the copy failed</translation>
    </message>
    <message>
        <source>the file could not be created</source>
        <translation>the file could not be created</translation>
    </message>
    <message>
        <source>Could not copy the sample “%1” into the project: the copy is incomplete</source>
        <translation>Could not copy the sample “%1” into the project: the copy is incomplete</translation>
    </message>
</context>
<context>
    <name>musiaia::als::midi</name>
    <message>
        <source>The file changes tempo %1 times; the set keeps its first tempo, %2 BPM.</source>
        <translation>The file changes tempo %1 times; the set keeps its first tempo, %2 BPM.</translation>
    </message>
    <message>
        <source>The file changes time signature; the set keeps the first one.</source>
        <translation>The file changes time signature; the set keeps the first one.</translation>
    </message>
    <message>
        <source>Drums</source>
        <translation>Drums</translation>
    </message>
    <message>
        <source> (channel %1)</source>
        <translation> (channel %1)</translation>
    </message>
    <message>
        <source>The MIDI file holds no notes to import.</source>
        <translation>The MIDI file holds no notes to import.</translation>
    </message>
    <message>
        <source>The MIDI file</source>
        <translation>The MIDI file</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>is empty.</translation>
    </message>
    <message>
        <source>is not a Standard MIDI File (it does not start with &quot;MThd&quot;).</source>
        <translation>is not a Standard MIDI File (it does not start with &quot;MThd&quot;).</translation>
    </message>
    <message>
        <source>has a damaged header (its length says %1 bytes).</source>
        <translation>has a damaged header (its length says %1 bytes).</translation>
    </message>
    <message>
        <source>has an unknown format (%1); Standard MIDI Files are format 0, 1 or 2.</source>
        <translation>has an unknown format (%1); Standard MIDI Files are format 0, 1 or 2.</translation>
    </message>
    <message>
        <source> is a format 2 MIDI file (independent patterns), which MusiaIA does not import.</source>
        <translation> is a format 2 MIDI file (independent patterns), which MusiaIA does not import.</translation>
    </message>
    <message>
        <source> counts time in SMPTE frames, not beats; MusiaIA imports beat-based files only.</source>
        <translation> counts time in SMPTE frames, not beats; MusiaIA imports beat-based files only.</translation>
    </message>
    <message>
        <source>has a damaged header (0 ticks per quarter note).</source>
        <translation>has a damaged header (0 ticks per quarter note).</translation>
    </message>
    <message>
        <source>holds no tracks.</source>
        <translation>holds no tracks.</translation>
    </message>
    <message>
        <source>is cut short: track %1 should hold %2 bytes but only %3 remain.</source>
        <translation>is cut short: track %1 should hold %2 bytes but only %3 remain.</translation>
    </message>
    <message>
        <source>is damaged: in track %1, %2.</source>
        <translation>is damaged: in track %1, %2.</translation>
    </message>
    <message>
        <source>is cut short: its header promises %1 tracks but it holds %2.</source>
        <translation>is cut short: its header promises %1 tracks but it holds %2.</translation>
    </message>
    <message>
        <source> does not exist.</source>
        <translation> does not exist.</translation>
    </message>
    <message>
        <source> could not be opened: </source>
        <translation> could not be opened: </translation>
    </message>
    <message>
        <source> is too large for a MIDI file (over 64 MB).</source>
        <translation> is too large for a MIDI file (over 64 MB).</translation>
    </message>
</context>
<context>
    <name>musiaia::als::midi::TrackParser</name>
    <message>
        <source>a track ends in the middle of an event (at byte %1)</source>
        <translation>a track ends in the middle of an event (at byte %1)</translation>
    </message>
    <message>
        <source>a variable-length number runs over 4 bytes (at byte %1)</source>
        <translation>a variable-length number runs over 4 bytes (at byte %1)</translation>
    </message>
    <message>
        <source>a data byte (0x%1) stands where an event should start (at byte %2)</source>
        <translation>a data byte (0x%1) stands where an event should start (at byte %2)</translation>
    </message>
    <message>
        <source>an unexpected system message 0x%1 (at byte %2)</source>
        <translation>an unexpected system message 0x%1 (at byte %2)</translation>
    </message>
    <message>
        <source>a status byte (0x%1) stands where a data byte should be (at byte %2)</source>
        <translation>a status byte (0x%1) stands where a data byte should be (at byte %2)</translation>
    </message>
</context>
<context>
    <name>musiaia::als::midi::Writer</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
</context>
<context>
    <name>musiaia::als::writer</name>
    <message>
        <source>track %1</source>
        <translation>track %1</translation>
    </message>
    <message>
        <source>track “%1”</source>
        <translation>track “%1”</translation>
    </message>
    <message>
        <source>a clip at beat %1 on %2</source>
        <translation>a clip at beat %1 on %2</translation>
    </message>
    <message>
        <source>clip “%1” on %2</source>
        <translation>clip “%1” on %2</translation>
    </message>
    <message>
        <source>%1 is an audio clip on a MIDI track</source>
        <translation>%1 is an audio clip on a MIDI track</translation>
    </message>
    <message>
        <source>%1 is a MIDI clip on an audio track</source>
        <translation>%1 is a MIDI clip on an audio track</translation>
    </message>
    <message>
        <source>%1 has no sample</source>
        <translation>%1 has no sample</translation>
    </message>
    <message>
        <source>%1 has an invalid position or length</source>
        <translation>%1 has an invalid position or length</translation>
    </message>
    <message>
        <source>%1 has an invalid loop (it must end after it starts)</source>
        <translation>%1 has an invalid loop (it must end after it starts)</translation>
    </message>
    <message>
        <source>%1 has an invalid time signature</source>
        <translation>%1 has an invalid time signature</translation>
    </message>
    <message>
        <source>%1 has a note with pitch %2 (MIDI pitches run from 0 to 127)</source>
        <translation>%1 has a note with pitch %2 (MIDI pitches run from 0 to 127)</translation>
    </message>
    <message>
        <source>%1 has a note with an invalid start or length</source>
        <translation>%1 has a note with an invalid start or length</translation>
    </message>
    <message>
        <source>%1 has a note with an invalid velocity or chance</source>
        <translation>%1 has a note with an invalid velocity or chance</translation>
    </message>
    <message>
        <source>%1 does not say where its sample is</source>
        <translation>%1 does not say where its sample is</translation>
    </message>
    <message>
        <source>%1 has an invalid sample length or rate</source>
        <translation>%1 has an invalid sample length or rate</translation>
    </message>
    <message>
        <source>%1 has an invalid gain or pitch</source>
        <translation>%1 has an invalid gain or pitch</translation>
    </message>
    <message>
        <source>%1 has an invalid warp marker</source>
        <translation>%1 has an invalid warp marker</translation>
    </message>
    <message>
        <source>%1 has warp markers out of order</source>
        <translation>%1 has warp markers out of order</translation>
    </message>
    <message>
        <source>%1 has an invalid volume or pan</source>
        <translation>%1 has an invalid volume or pan</translation>
    </message>
    <message>
        <source>%1 has %2 sends, but the set has %3 return tracks</source>
        <translation>%1 has %2 sends, but the set has %3 return tracks</translation>
    </message>
    <message>
        <source>%1 has an invalid send level</source>
        <translation>%1 has an invalid send level</translation>
    </message>
    <message>
        <source>The tempo %1 BPM is outside Live&apos;s range (20 to 999 BPM)</source>
        <translation>The tempo %1 BPM is outside Live&apos;s range (20 to 999 BPM)</translation>
    </message>
    <message>
        <source>The time signature %1/%2 is not one Live can hold</source>
        <translation>The time signature %1/%2 is not one Live can hold</translation>
    </message>
    <message>
        <source>The key&apos;s root note %1 is not a pitch class (0 to 11)</source>
        <translation>The key&apos;s root note %1 is not a pitch class (0 to 11)</translation>
    </message>
    <message>
        <source>Scene “%1” has a tempo outside Live&apos;s range</source>
        <translation>Scene “%1” has a tempo outside Live&apos;s range</translation>
    </message>
    <message>
        <source>Locator “%1” has an invalid time</source>
        <translation>Locator “%1” has an invalid time</translation>
    </message>
    <message>
        <source>Two tracks have the id %1</source>
        <translation>Two tracks have the id %1</translation>
    </message>
    <message>
        <source>%1 is a return track inside a group</source>
        <translation>%1 is a return track inside a group</translation>
    </message>
    <message>
        <source>%1 comes after a return track; return tracks come last</source>
        <translation>%1 comes after a return track; return tracks come last</translation>
    </message>
    <message>
        <source>%1 is in group %2, but not right after the group&apos;s other tracks</source>
        <translation>%1 is in group %2, but not right after the group&apos;s other tracks</translation>
    </message>
    <message>
        <source>%1 is in group %2, which is not a group track before it</source>
        <translation>%1 is in group %2, which is not a group track before it</translation>
    </message>
    <message>
        <source>%1 is a group or return track and cannot hold clips</source>
        <translation>%1 is a group or return track and cannot hold clips</translation>
    </message>
    <message>
        <source>%1 has a session clip in scene %2, but the set has %3 scenes</source>
        <translation>%1 has a session clip in scene %2, but the set has %3 scenes</translation>
    </message>
    <message>
        <source>%1 overlaps the clip before it</source>
        <translation>%1 overlaps the clip before it</translation>
    </message>
    <message>
        <source>The main track has an invalid volume or pan</source>
        <translation>The main track has an invalid volume or pan</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::AnalysisCard</name>
    <message>
        <source>Full Report…</source>
        <translation>Full Report…</translation>
    </message>
    <message>
        <source>Show the full report of the set</source>
        <translation>Show the full report of the set</translation>
    </message>
    <message>
        <source>Reading the set…</source>
        <translation>Reading the set…</translation>
    </message>
    <message>
        <source>%1 BPM</source>
        <translation>%1 BPM</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s)</source>
        <translation>
            <numerusform>%n bar</numerusform>
            <numerusform>%n bars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n track</numerusform>
            <numerusform>%n tracks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n device</numerusform>
            <numerusform>%n devices</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysis of %1</source>
        <translation>Analysis of %1</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::ArrangementView</name>
    <message>
        <source>Arrangement</source>
        <translation>Arrangement</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) over the sections: %1</source>
        <translation>
            <numerusform>%n track over the sections: %1</numerusform>
            <numerusform>%n tracks over the sections: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::AssistantMessage</name>
    <message>
        <source>MusiaIA</source>
        <translation>MusiaIA</translation>
    </message>
    <message>
        <source>offline composer</source>
        <translation>offline composer</translation>
    </message>
    <message>
        <source>Copy the reply</source>
        <translation>Copy the reply</translation>
    </message>
    <message>
        <source>Send the message again</source>
        <translation>Send the message again</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::ChatComposer</name>
    <message>
        <source>Describe a song, or ask for a change…</source>
        <translation>Describe a song, or ask for a change…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Enter sends the message; Shift+Enter starts a new line.</source>
        <translation>Enter sends the message; Shift+Enter starts a new line.</translation>
    </message>
    <message>
        <source>Enter to send · Shift+Enter for a new line</source>
        <translation>Enter to send · Shift+Enter for a new line</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>Stop the reply (Esc)</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Send (Enter)</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::ChatController</name>
    <message>
        <source>MusiaIA is still answering: wait for it, or stop it first.</source>
        <translation>MusiaIA is still answering: wait for it, or stop it first.</translation>
    </message>
    <message>
        <source>Now changing “%1”, version %2. Ask for a change: “faster”, “add a pad”, “in D minor”…</source>
        <translation>Now changing “%1”, version %2. Ask for a change: “faster”, “add a pad”, “in D minor”…</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::DockTitleBar</name>
    <message>
        <source>Hide this panel</source>
        <translation>Hide this panel</translation>
    </message>
    <message>
        <source>Hide the %1 panel</source>
        <translation>Hide the %1 panel</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::GeneralPage</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>Language and appearance</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Appearance:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>MusiaIA understands requests in Spanish and English whatever the interface language is. Changes apply as soon as you press OK.</source>
        <translation>MusiaIA understands requests in Spanish and English whatever the interface language is. Changes apply as soon as you press OK.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Projects &amp;folder:</source>
        <translation>Projects &amp;folder:</translation>
    </message>
    <message>
        <source>Projects folder</source>
        <translation>Projects folder</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the projects folder</source>
        <translation>Choose the projects folder</translation>
    </message>
    <message>
        <source>Each song is written here as an Ableton Live project folder. Leave it empty to use the default shown.</source>
        <translation>Each song is written here as an Ableton Live project folder. Leave it empty to use the default shown.</translation>
    </message>
    <message>
        <source>Ableton &amp;Live version:</source>
        <translation>Ableton &amp;Live version:</translation>
    </message>
    <message>
        <source>Live 12</source>
        <translation>Live 12</translation>
    </message>
    <message>
        <source>Live 11</source>
        <translation>Live 11</translation>
    </message>
    <message>
        <source>Ableton Live version</source>
        <translation>Ableton Live version</translation>
    </message>
    <message>
        <source>The version new sets are written for. Live 12 also opens sets written for Live 11.</source>
        <translation>The version new sets are written for. Live 12 also opens sets written for Live 11.</translation>
    </message>
    <message>
        <source>Projects Folder</source>
        <translation>Projects Folder</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::LibraryPanel</name>
    <message>
        <source>Your sample library is empty</source>
        <translation>Your sample library is empty</translation>
    </message>
    <message>
        <source>Import a folder of samples, or drop one here. MusiaIA works out what each sound is, its tempo and its key, and uses them in your songs.</source>
        <translation>Import a folder of samples, or drop one here. MusiaIA works out what each sound is, its tempo and its key, and uses them in your songs.</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Import a folder…</translation>
    </message>
    <message>
        <source>Files That Were Not Imported</source>
        <translation>Files That Were Not Imported</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in “%1” could not be imported. The others are in your library.</source>
        <translation>
            <numerusform>%n file in “%1” could not be imported. The others are in your library.</numerusform>
            <numerusform>%n files in “%1” could not be imported. The others are in your library.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: kick, dark pad, bombo…</source>
        <translation>Search: kick, dark pad, bombo…</translation>
    </message>
    <message>
        <source>Search samples</source>
        <translation>Search samples</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Show the samples of one imported folder</source>
        <translation>Show the samples of one imported folder</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Any type</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>One-shots and loops</source>
        <translation>One-shots and loops</translation>
    </message>
    <message>
        <source>One-shots</source>
        <translation>One-shots</translation>
    </message>
    <message>
        <source>Loops</source>
        <translation>Loops</translation>
    </message>
    <message>
        <source>One-shot or loop</source>
        <translation>One-shot or loop</translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>A tempo (124) or a range (120-128)</source>
        <translation>A tempo (124) or a range (120-128)</translation>
    </message>
    <message>
        <source>Tempo range</source>
        <translation>Tempo range</translation>
    </message>
    <message>
        <source>Any key</source>
        <translation>Any key</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Also the keys that mix with it: the relative key and the neighbours on the circle of fifths</source>
        <translation>Also the keys that mix with it: the relative key and the neighbours on the circle of fifths</translation>
    </message>
    <message>
        <source>Include compatible keys</source>
        <translation>Include compatible keys</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Hide this message</translation>
    </message>
    <message>
        <source>The sample library is not available</source>
        <translation>The sample library is not available</translation>
    </message>
    <message>
        <source>The database could not be opened, so samples cannot be imported or listed.</source>
        <translation>The database could not be opened, so samples cannot be imported or listed.</translation>
    </message>
    <message>
        <source>All folders</source>
        <translation>All folders</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No sample matches this search and these filters.</source>
        <translation>No sample matches this search and these filters.</translation>
    </message>
    <message>
        <source>The sample library is not available, so “%1” cannot be imported.</source>
        <translation>The sample library is not available, so “%1” cannot be imported.</translation>
    </message>
    <message>
        <source>An import is running: wait for it or cancel it first.</source>
        <translation>An import is running: wait for it or cancel it first.</translation>
    </message>
    <message>
        <source>Looking for samples in “%1”…</source>
        <translation>Looking for samples in “%1”…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancel the import</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>Stopping the import…</translation>
    </message>
    <message>
        <source>Importing “%1”: %2 of %3
%4</source>
        <translation>Importing “%1”: %2 of %3
%4</translation>
    </message>
    <message numerus="yes">
        <source>%n new sample(s)</source>
        <translation>
            <numerusform>%n new sample</numerusform>
            <numerusform>%n new samples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n analysed again</source>
        <translation>
            <numerusform>%n analysed again</numerusform>
            <numerusform>%n analysed again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n moved</numerusform>
            <numerusform>%n moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gone from disk</source>
        <translation>
            <numerusform>%n gone from disk</numerusform>
            <numerusform>%n gone from disk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) skipped</source>
        <translation>
            <numerusform>%n other file skipped</numerusform>
            <numerusform>%n other files skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>no audio files</source>
        <translation>no audio files</translation>
    </message>
    <message>
        <source>Import of “%1” cancelled: %2 so far. Import it again to carry on.</source>
        <translation>Import of “%1” cancelled: %2 so far. Import it again to carry on.</translation>
    </message>
    <message>
        <source>Imported “%1”: %2.</source>
        <translation>Imported “%1”: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)…</source>
        <translation>
            <numerusform>%n problem…</numerusform>
            <numerusform>%n problems…</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the files that could not be imported</source>
        <translation>Show the files that could not be imported</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>The import failed: %1</translation>
    </message>
    <message>
        <source>The correction was not saved: %1</source>
        <translation>The correction was not saved: %1</translation>
    </message>
    <message>
        <source>Stop (Space)</source>
        <translation>Stop (Space)</translation>
    </message>
    <message>
        <source>Play the selected sample (Space)</source>
        <translation>Play the selected sample (Space)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Click a name to listen</source>
        <translation>Click a name to listen</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n sample</numerusform>
            <numerusform>%n samples</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Show in Folder</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Correct…</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::LocalApiPage</name>
    <message>
        <source>Local API</source>
        <translation>Local API</translation>
    </message>
    <message>
        <source>Lets other programs on this computer (scripts, a controller, another app) ask MusiaIA for songs and changes, follow their progress, and reach your projects, sample library and chat history over HTTP and WebSocket while MusiaIA is open.</source>
        <translation>Lets other programs on this computer (scripts, a controller, another app) ask MusiaIA for songs and changes, follow their progress, and reach your projects, sample library and chat history over HTTP and WebSocket while MusiaIA is open.</translation>
    </message>
    <message>
        <source>&amp;Enable the local API</source>
        <translation>&amp;Enable the local API</translation>
    </message>
    <message>
        <source>Enable the local API</source>
        <translation>Enable the local API</translation>
    </message>
    <message>
        <source>Listen &amp;address:</source>
        <translation>Listen &amp;address:</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Listen address</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Access &amp;token:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Show or hide the token</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Show the token</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Copy the token</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerate</translation>
    </message>
    <message>
        <source>Regenerate the token</source>
        <translation>Regenerate the token</translation>
    </message>
    <message>
        <source>Make a new token; programs using the old one must be given the new one</source>
        <translation>Make a new token; programs using the old one must be given the new one</translation>
    </message>
    <message>
        <source>Programs send this token with every request. It is kept like your API keys.</source>
        <translation>Programs send this token with every request. It is kept like your API keys.</translation>
    </message>
    <message>
        <source>Enter an IP address, such as 127.0.0.1.</source>
        <translation>Enter an IP address, such as 127.0.0.1.</translation>
    </message>
    <message>
        <source>Other computers on your network will be able to reach MusiaIA (with the token). Use 127.0.0.1 to keep it to this computer.</source>
        <translation>Other computers on your network will be able to reach MusiaIA (with the token). Use 127.0.0.1 to keep it to this computer.</translation>
    </message>
    <message>
        <source>No token yet</source>
        <translation>No token yet</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::MainWindow</name>
    <message>
        <source>AI provider: %1</source>
        <translation>AI provider: %1</translation>
    </message>
    <message>
        <source>MusiaIA</source>
        <translation>MusiaIA</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Projects</translation>
    </message>
    <message>
        <source>&amp;Sample Library</source>
        <translation>&amp;Sample Library</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Appearance</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>&amp;New Chat</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Start a new conversation</translation>
    </message>
    <message>
        <source>&amp;Analyse a Live Set…</source>
        <translation>&amp;Analyse a Live Set…</translation>
    </message>
    <message>
        <source>Read an Ableton Live set and show its tracks, clips, devices and samples</source>
        <translation>Read an Ableton Live set and show its tracks, clips, devices and samples</translation>
    </message>
    <message>
        <source>&amp;Import Sample Folder…</source>
        <translation>&amp;Import Sample Folder…</translation>
    </message>
    <message>
        <source>Import a folder of samples (Ctrl+I)</source>
        <translation>Import a folder of samples (Ctrl+I)</translation>
    </message>
    <message>
        <source>Add a folder of samples to your library</source>
        <translation>Add a folder of samples to your library</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Write a Message</source>
        <translation>&amp;Write a Message</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Reset Layout</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Follow the &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>&amp;About MusiaIA</source>
        <translation>&amp;About MusiaIA</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>About MusiaIA</source>
        <translation>About MusiaIA</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MusiaIA %1&lt;/h3&gt;&lt;p&gt;Describe a song in your own words; MusiaIA composes it with your samples and writes an Ableton Live set.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MusiaIA %1&lt;/h3&gt;&lt;p&gt;Describe a song in your own words; MusiaIA composes it with your samples and writes an Ableton Live set.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Analyse a Live Set</source>
        <translation>Analyse a Live Set</translation>
    </message>
    <message>
        <source>Ableton Live sets (*.als)</source>
        <translation>Ableton Live sets (*.als)</translation>
    </message>
    <message>
        <source>Import a Sample Folder</source>
        <translation>Import a Sample Folder</translation>
    </message>
    <message>
        <source>Drop to analyse “%1”</source>
        <translation>Drop to analyse “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Drop to analyse %n Live sets</source>
        <translation>
            <numerusform>Drop to analyse %n Live set</numerusform>
            <numerusform>Drop to analyse %n Live sets</numerusform>
        </translation>
    </message>
    <message>
        <source>MusiaIA reads the set and shows its tracks, clips, devices, plugins and missing samples. The file is not changed.</source>
        <translation>MusiaIA reads the set and shows its tracks, clips, devices, plugins and missing samples. The file is not changed.</translation>
    </message>
    <message>
        <source>Drop to import “%1”</source>
        <translation>Drop to import “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Drop to import %n folders</source>
        <translation>
            <numerusform>Drop to import %n folder</numerusform>
            <numerusform>Drop to import %n folders</numerusform>
        </translation>
    </message>
    <message>
        <source>Every audio file inside is added to your sample library and analysed: type, tempo, key and loudness. Your files stay where they are.</source>
        <translation>Every audio file inside is added to your sample library and analysed: type, tempo, key and loudness. Your files stay where they are.</translation>
    </message>
    <message>
        <source>Drop to analyse the sets and import the folders</source>
        <translation>Drop to analyse the sets and import the folders</translation>
    </message>
    <message>
        <source>Live sets are analysed; folders are added to your sample library.</source>
        <translation>Live sets are analysed; folders are added to your sample library.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Cannot Read the Set</source>
        <translation>Cannot Read the Set</translation>
    </message>
    <message>
        <source>Your history could not be opened: %1</source>
        <translation>Your history could not be opened: %1</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::ProgressSteps</name>
    <message>
        <source>Understanding the request</source>
        <translation>Understanding the request</translation>
    </message>
    <message>
        <source>Choosing samples</source>
        <translation>Choosing samples</translation>
    </message>
    <message>
        <source>Composing the parts</source>
        <translation>Composing the parts</translation>
    </message>
    <message>
        <source>Writing the Live set</source>
        <translation>Writing the Live set</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop the generation</source>
        <translation>Stop the generation</translation>
    </message>
    <message>
        <source>Generation progress</source>
        <translation>Generation progress</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::ProjectBrowser</name>
    <message>
        <source>No songs yet</source>
        <translation>No songs yet</translation>
    </message>
    <message>
        <source>Songs you make in the chat appear here, with every version.</source>
        <translation>Songs you make in the chat appear here, with every version.</translation>
    </message>
    <message>
        <source>Search songs, genres, keys, requests…</source>
        <translation>Search songs, genres, keys, requests…</translation>
    </message>
    <message>
        <source>Search projects</source>
        <translation>Search projects</translation>
    </message>
    <message>
        <source>Projects and their versions</source>
        <translation>Projects and their versions</translation>
    </message>
    <message>
        <source>The history could not be opened, so projects cannot be listed.</source>
        <translation>The history could not be opened, so projects cannot be listed.</translation>
    </message>
    <message>
        <source>Projects are not available</source>
        <translation>Projects are not available</translation>
    </message>
    <message>
        <source>No song matches</source>
        <translation>No song matches</translation>
    </message>
    <message>
        <source>Nothing in your projects matches “%1”.</source>
        <translation>Nothing in your projects matches “%1”.</translation>
    </message>
    <message>
        <source>Open in Live</source>
        <translation>Open in Live</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Show in Folder</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Delete Song…</source>
        <translation>Delete Song…</translation>
    </message>
    <message>
        <source>Delete Version…</source>
        <translation>Delete Version…</translation>
    </message>
    <message>
        <source>Export the Project Folder To</source>
        <translation>Export the Project Folder To</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n version(s)? Their Live project folders are deleted from disk too.</source>
        <translation>
            <numerusform>Delete “%1” and its %n version? Their Live project folders are deleted from disk too.</numerusform>
            <numerusform>Delete “%1” and its %n versions? Their Live project folders are deleted from disk too.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete version %1 of “%2”? Its Live project folder is deleted from disk too.</source>
        <translation>Delete version %1 of “%2”? Its Live project folder is deleted from disk too.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::ProjectModel</name>
    <message>
        <source>%1 BPM</source>
        <translation>%1 BPM</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s)</source>
        <translation>
            <numerusform>%n bar</numerusform>
            <numerusform>%n bars</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2
Updated %3</source>
        <translation>%1
%2
Updated %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n version(s)</source>
        <translation>
            <numerusform>%1, %2, %n version</numerusform>
            <numerusform>%1, %2, %n versions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n version</numerusform>
            <numerusform>%n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 of %2: %3</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::ProviderBox</name>
    <message>
        <source>GLM-4.6 (Zhipu AI)</source>
        <translation>GLM-4.6 (Zhipu AI)</translation>
    </message>
    <message>
        <source>MiniMax-M2</source>
        <translation>MiniMax-M2</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API &amp;key:</translation>
    </message>
    <message>
        <source>GLM API key</source>
        <translation>GLM API key</translation>
    </message>
    <message>
        <source>MiniMax API key</source>
        <translation>MiniMax API key</translation>
    </message>
    <message>
        <source>Show or hide the key you are typing</source>
        <translation>Show or hide the key you are typing</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Show the key</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Forget</translation>
    </message>
    <message>
        <source>Remove the stored key from this computer</source>
        <translation>Remove the stored key from this computer</translation>
    </message>
    <message>
        <source>Forget the GLM API key</source>
        <translation>Forget the GLM API key</translation>
    </message>
    <message>
        <source>Forget the MiniMax API key</source>
        <translation>Forget the MiniMax API key</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>International (api.z.ai)</source>
        <translation>International (api.z.ai)</translation>
    </message>
    <message>
        <source>International (api.minimax.io)</source>
        <translation>International (api.minimax.io)</translation>
    </message>
    <message>
        <source>Mainland China (open.bigmodel.cn)</source>
        <translation>Mainland China (open.bigmodel.cn)</translation>
    </message>
    <message>
        <source>Mainland China (api.minimaxi.com)</source>
        <translation>Mainland China (api.minimaxi.com)</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>Custom address</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Base &amp;URL:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Receive the model&apos;s reasoning separately from its answer</source>
        <translation>Receive the model&apos;s reasoning separately from its answer</translation>
    </message>
    <message>
        <source>https://… (an OpenAI-compatible endpoint)</source>
        <translation>https://… (an OpenAI-compatible endpoint)</translation>
    </message>
    <message>
        <source>The region&apos;s standard address</source>
        <translation>The region&apos;s standard address</translation>
    </message>
    <message>
        <source>No key yet. Without one, MusiaIA&apos;s offline composer answers instead.</source>
        <translation>No key yet. Without one, MusiaIA&apos;s offline composer answers instead.</translation>
    </message>
    <message>
        <source>The key comes from the %1 environment variable, which overrides any key stored here.</source>
        <translation>The key comes from the %1 environment variable, which overrides any key stored here.</translation>
    </message>
    <message>
        <source>The key is kept for this session only: MusiaIA forgets it when it quits.</source>
        <translation>The key is kept for this session only: MusiaIA forgets it when it quits.</translation>
    </message>
    <message>
        <source>The key is stored unencrypted in %1, readable by your user only.</source>
        <translation>The key is stored unencrypted in %1, readable by your user only.</translation>
    </message>
    <message>
        <source>The key is stored in the system keychain.</source>
        <translation>The key is stored in the system keychain.</translation>
    </message>
    <message>
        <source>Type a new key to replace the stored one</source>
        <translation>Type a new key to replace the stored one</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>Paste your API key</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <source>Test the connection to GLM</source>
        <translation>Test the connection to GLM</translation>
    </message>
    <message>
        <source>Test the connection to MiniMax</source>
        <translation>Test the connection to MiniMax</translation>
    </message>
    <message>
        <source>Sends one very short message with the key and address above</source>
        <translation>Sends one very short message with the key and address above</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 s.</source>
        <translation>Connected: %1 answered in %2 s.</translation>
    </message>
    <message>
        <source>Let the model think first (slower, better plans)</source>
        <translation>Let the model think first (slower, better plans)</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::ProviderStatus</name>
    <message>
        <source>No network · offline composer</source>
        <translation>No network · offline composer</translation>
    </message>
    <message>
        <source>Offline composer</source>
        <translation>Offline composer</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Every message is answered by MusiaIA&apos;s own composer, on this computer. Nothing is sent over the network. Click to change.</source>
        <translation>Every message is answered by MusiaIA&apos;s own composer, on this computer. Nothing is sent over the network. Click to change.</translation>
    </message>
    <message>
        <source>The network is unreachable, so MusiaIA&apos;s own composer answers until it is back.</source>
        <translation>The network is unreachable, so MusiaIA&apos;s own composer answers until it is back.</translation>
    </message>
    <message>
        <source>No API key is set, so MusiaIA&apos;s own composer answers, on this computer. Add a GLM-4.6 or MiniMax-M2 key to talk to a language model. Click to open the settings.</source>
        <translation>No API key is set, so MusiaIA&apos;s own composer answers, on this computer. Add a GLM-4.6 or MiniMax-M2 key to talk to a language model. Click to open the settings.</translation>
    </message>
    <message>
        <source>Song requests go to GLM-4.6 and conversation to MiniMax-M2; if one fails, the other answers, then the offline composer. Click to change.</source>
        <translation>Song requests go to GLM-4.6 and conversation to MiniMax-M2; if one fails, the other answers, then the offline composer. Click to change.</translation>
    </message>
    <message>
        <source>Messages go to the provider shown; if it fails, MusiaIA falls back as set in the settings. Click to change.</source>
        <translation>Messages go to the provider shown; if it fails, MusiaIA falls back as set in the settings. Click to change.</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::ProvidersPage</name>
    <message>
        <source>AI Providers</source>
        <translation>AI Providers</translation>
    </message>
    <message>
        <source>Who answers</source>
        <translation>Who answers</translation>
    </message>
    <message>
        <source>&amp;Routing:</source>
        <translation>&amp;Routing:</translation>
    </message>
    <message>
        <source>Automatic: songs to GLM-4.6, conversation to MiniMax-M2</source>
        <translation>Automatic: songs to GLM-4.6, conversation to MiniMax-M2</translation>
    </message>
    <message>
        <source>Prefer GLM-4.6</source>
        <translation>Prefer GLM-4.6</translation>
    </message>
    <message>
        <source>Prefer MiniMax-M2</source>
        <translation>Prefer MiniMax-M2</translation>
    </message>
    <message>
        <source>Offline only: never use the network</source>
        <translation>Offline only: never use the network</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Routing</translation>
    </message>
    <message>
        <source>Without a key, or offline, MusiaIA&apos;s own composer writes the song on this computer. The chat always says who answered.</source>
        <translation>Without a key, or offline, MusiaIA&apos;s own composer writes the song on this computer. The chat always says who answered.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>A key is only sent to its provider. It never goes into the database, the settings file or a log. A message sends your words and the conversation so far; your audio files never leave this computer.</source>
        <translation>A key is only sent to its provider. It never goes into the database, the settings file or a log. A message sends your words and the conversation so far; your audio files never leave this computer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain service is running on this computer&lt;/b&gt; (no Secret Service, KWallet or D-Bus session was found), so MusiaIA cannot store keys safely. Choose what to do with the keys you enter:</source>
        <translation>&lt;b&gt;No keychain service is running on this computer&lt;/b&gt; (no Secret Service, KWallet or D-Bus session was found), so MusiaIA cannot store keys safely. Choose what to do with the keys you enter:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The system keychain is not working&lt;/b&gt; (it refused or failed the last request). Choose what to do with the keys you enter:</source>
        <translation>&lt;b&gt;The system keychain is not working&lt;/b&gt; (it refused or failed the last request). Choose what to do with the keys you enter:</translation>
    </message>
    <message>
        <source>If one fails, try the other, then the offline composer</source>
        <translation>If one fails, try the other, then the offline composer</translation>
    </message>
    <message>
        <source>Keep keys for this session only</source>
        <translation>Keep keys for this session only</translation>
    </message>
    <message>
        <source>Store keys unencrypted in a file</source>
        <translation>Store keys unencrypted in a file</translation>
    </message>
    <message>
        <source>For this session only: MusiaIA forgets them when it quits. In a file: %1, readable by your user only.</source>
        <translation>For this session only: MusiaIA forgets them when it quits. In a file: %1, readable by your user only.</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::SampleModel</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>e.g. 124</source>
        <translation>e.g. 124</translation>
    </message>
    <message>
        <source>e.g. Am, F#, 8A</source>
        <translation>e.g. Am, F#, 8A</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Kick</source>
        <translation>Kick</translation>
    </message>
    <message>
        <source>Snare</source>
        <translation>Snare</translation>
    </message>
    <message>
        <source>Clap</source>
        <translation>Clap</translation>
    </message>
    <message>
        <source>Closed hat</source>
        <translation>Closed hat</translation>
    </message>
    <message>
        <source>Open hat</source>
        <translation>Open hat</translation>
    </message>
    <message>
        <source>Cymbal</source>
        <translation>Cymbal</translation>
    </message>
    <message>
        <source>Tom</source>
        <translation>Tom</translation>
    </message>
    <message>
        <source>Percussion</source>
        <translation>Percussion</translation>
    </message>
    <message>
        <source>Bass</source>
        <translation>Bass</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Pad</source>
        <translation>Pad</translation>
    </message>
    <message>
        <source>Chord / stab</source>
        <translation>Chord / stab</translation>
    </message>
    <message>
        <source>Vocal</source>
        <translation>Vocal</translation>
    </message>
    <message>
        <source>FX</source>
        <translation>FX</translation>
    </message>
    <message>
        <source>Texture</source>
        <translation>Texture</translation>
    </message>
    <message>
        <source>Drum loop</source>
        <translation>Drum loop</translation>
    </message>
    <message>
        <source>Music loop</source>
        <translation>Music loop</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Loop</translation>
    </message>
    <message>
        <source>One-shot</source>
        <translation>One-shot</translation>
    </message>
    <message>
        <source>your correction</source>
        <translation>your correction</translation>
    </message>
    <message>
        <source>the file&apos;s tags</source>
        <translation>the file&apos;s tags</translation>
    </message>
    <message>
        <source>the file and folder names</source>
        <translation>the file and folder names</translation>
    </message>
    <message>
        <source>listening to the audio</source>
        <translation>listening to the audio</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1, from %2 (%3 % sure)</source>
        <translation>%1, from %2 (%3 % sure)</translation>
    </message>
    <message>
        <source>The file is missing: it was moved or deleted.</source>
        <translation>The file is missing: it was moved or deleted.</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <source>Type unknown</source>
        <translation>Type unknown</translation>
    </message>
    <message>
        <source>%1 BPM</source>
        <translation>%1 BPM</translation>
    </message>
    <message>
        <source>%1 (Camelot %2)</source>
        <translation>%1 (Camelot %2)</translation>
    </message>
    <message>
        <source>Root note %1</source>
        <translation>Root note %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 Hz · %n channel(s)</source>
        <translation>
            <numerusform>%1 · %2 Hz · %n channel</numerusform>
            <numerusform>%1 · %2 Hz · %n channels</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>How sure MusiaIA is of the type</source>
        <translation>How sure MusiaIA is of the type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Sure</source>
        <translation>Sure</translation>
    </message>
    <message>
        <source>The key of a loop, or the note of a one-shot</source>
        <translation>The key of a loop, or the note of a one-shot</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::SamplePlayer</name>
    <message>
        <source>No audio output device was found, so samples cannot be played here.</source>
        <translation>No audio output device was found, so samples cannot be played here.</translation>
    </message>
    <message>
        <source>“%1” cannot be played: %2</source>
        <translation>“%1” cannot be played: %2</translation>
    </message>
    <message>
        <source>“%1” is missing: it was moved or deleted.</source>
        <translation>“%1” is missing: it was moved or deleted.</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::SetReportView</name>
    <message>
        <source>MIDI</source>
        <translation>MIDI</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Saved by %1 · %2</source>
        <translation>Saved by %1 · %2</translation>
    </message>
    <message>
        <source>no key set</source>
        <translation>no key set</translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s)</source>
        <translation>
            <numerusform>%n bar</numerusform>
            <numerusform>%n bars</numerusform>
        </translation>
    </message>
    <message>
        <source>tracks</source>
        <translation>tracks</translation>
    </message>
    <message>
        <source>clips</source>
        <translation>clips</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>devices</translation>
    </message>
    <message>
        <source>Tracks (%1)</source>
        <translation>Tracks (%1)</translation>
    </message>
    <message>
        <source>Plug-ins (%1)</source>
        <translation>Plug-ins (%1)</translation>
    </message>
    <message>
        <source>Samples (%1)</source>
        <translation>Samples (%1)</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <source>Plug-in</source>
        <translation>Plug-in</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Used on</source>
        <translation>Used on</translation>
    </message>
    <message>
        <source>Plug-ins</source>
        <translation>Plug-ins</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>On this computer</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::SetReportWindow</name>
    <message>
        <source>%1 — Analysis</source>
        <translation>%1 — Analysis</translation>
    </message>
    <message>
        <source>Open in Live</source>
        <translation>Open in Live</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Show in Folder</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Settings sections</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>The settings could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::SongCard</name>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s)</source>
        <translation>
            <numerusform>%n bar</numerusform>
            <numerusform>%n bars</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n part</numerusform>
            <numerusform>%n parts</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Changed: %1</translation>
    </message>
    <message>
        <source>Every part is MIDI: load your instruments in Live.</source>
        <translation>Every part is MIDI: load your instruments in Live.</translation>
    </message>
    <message numerus="yes">
        <source>Uses %n sample(s) from your library, copied into the project.</source>
        <translation>
            <numerusform>Uses %n sample from your library, copied into the project.</numerusform>
            <numerusform>Uses %n samples from your library, copied into the project.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag into Live</source>
        <translation>Drag into Live</translation>
    </message>
    <message>
        <source>Drag the set into Ableton Live&apos;s browser or arrangement, or onto the desktop</source>
        <translation>Drag the set into Ableton Live&apos;s browser or arrangement, or onto the desktop</translation>
    </message>
    <message>
        <source>Drag the set into Live</source>
        <translation>Drag the set into Live</translation>
    </message>
    <message>
        <source>Open in Live</source>
        <translation>Open in Live</translation>
    </message>
    <message>
        <source>Open the set in Live</source>
        <translation>Open the set in Live</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Show in Folder</translation>
    </message>
    <message>
        <source>Show the set in its folder</source>
        <translation>Show the set in its folder</translation>
    </message>
    <message>
        <source>Copy the set&apos;s path</source>
        <translation>Copy the set&apos;s path</translation>
    </message>
    <message>
        <source>Song %1, version %2</source>
        <translation>Song %1, version %2</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::ThinkingSection</name>
    <message>
        <source>Thinking…</source>
        <translation>Thinking…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n s</source>
        <translation>
            <numerusform>Thought for %n s</numerusform>
            <numerusform>Thought for %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Reasoning</translation>
    </message>
    <message>
        <source>Hide the model&apos;s reasoning</source>
        <translation>Hide the model&apos;s reasoning</translation>
    </message>
    <message>
        <source>Show the model&apos;s reasoning</source>
        <translation>Show the model&apos;s reasoning</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::UserBubble</name>
    <message>
        <source>You said</source>
        <translation>You said</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::VersionDetails</name>
    <message>
        <source>the offline composer</source>
        <translation>the offline composer</translation>
    </message>
    <message>
        <source>Drag into Live</source>
        <translation>Drag into Live</translation>
    </message>
    <message>
        <source>Drag this version&apos;s set into Ableton Live, or onto the desktop</source>
        <translation>Drag this version&apos;s set into Ableton Live, or onto the desktop</translation>
    </message>
    <message>
        <source>Drag the set into Live</source>
        <translation>Drag the set into Live</translation>
    </message>
    <message>
        <source>Open in Live</source>
        <translation>Open in Live</translation>
    </message>
    <message>
        <source>Open the set with the application your system uses for Live sets</source>
        <translation>Open the set with the application your system uses for Live sets</translation>
    </message>
    <message>
        <source>Open the set in Live</source>
        <translation>Open the set in Live</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Show in Folder</translation>
    </message>
    <message>
        <source>Show the set in its folder</source>
        <translation>Show the set in its folder</translation>
    </message>
    <message>
        <source>Export the project folder</source>
        <translation>Export the project folder</translation>
    </message>
    <message>
        <source>No song selected</source>
        <translation>No song selected</translation>
    </message>
    <message>
        <source>Version %1 of %2 · %3</source>
        <translation>Version %1 of %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s)</source>
        <translation>
            <numerusform>%n bar</numerusform>
            <numerusform>%n bars</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;“%1”&lt;/p&gt;</source>
        <translation>&lt;p&gt;“%1”&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What changed&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;What changed&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color: %1&quot;&gt;Understood by %2.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color: %1&quot;&gt;Understood by %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No samples from your library: every part is MIDI.</source>
        <translation>No samples from your library: every part is MIDI.</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) from your library: %1</source>
        <translation>
            <numerusform>%n sample from your library: %1</numerusform>
            <numerusform>%n samples from your library: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Song</source>
        <translation>Delete Song</translation>
    </message>
    <message>
        <source>Delete Version</source>
        <translation>Delete Version</translation>
    </message>
    <message>
        <source>Export: copy this version&apos;s Live project folder somewhere else</source>
        <translation>Export: copy this version&apos;s Live project folder somewhere else</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::WelcomeView</name>
    <message>
        <source>What are we making today?</source>
        <translation>What are we making today?</translation>
    </message>
    <message>
        <source>Describe a song in your own words, in Spanish or English. MusiaIA composes it with your samples and writes an Ableton Live set you can drag straight into Live.</source>
        <translation>Describe a song in your own words, in Spanish or English. MusiaIA composes it with your samples and writes an Ableton Live set you can drag straight into Live.</translation>
    </message>
    <message>
        <source>Deep house</source>
        <translation>Deep house</translation>
    </message>
    <message>
        <source>Make a house track at 124 BPM in A minor</source>
        <translation>Make a house track at 124 BPM in A minor</translation>
    </message>
    <message>
        <source>Dark techno</source>
        <translation>Dark techno</translation>
    </message>
    <message>
        <source>Dark techno at 132 BPM in F minor with a long break</source>
        <translation>Dark techno at 132 BPM in F minor with a long break</translation>
    </message>
    <message>
        <source>Lo-fi hip hop</source>
        <translation>Lo-fi hip hop</translation>
    </message>
    <message>
        <source>Lo-fi hip hop at 84 BPM with jazzy chords</source>
        <translation>Lo-fi hip hop at 84 BPM with jazzy chords</translation>
    </message>
    <message>
        <source>Drum &amp; bass</source>
        <translation>Drum &amp; bass</translation>
    </message>
    <message>
        <source>Melodic drum and bass at 174 BPM in D minor</source>
        <translation>Melodic drum and bass at 174 BPM in D minor</translation>
    </message>
</context>
<context>
    <name>musiaia::music</name>
    <message>
        <source>genre profile %1: %2: %3</source>
        <translation>genre profile %1: %2: %3</translation>
    </message>
    <message>
        <source>expected min &lt;= default &lt;= max</source>
        <translation>expected min &lt;= default &lt;= max</translation>
    </message>
    <message>
        <source>expected objects</source>
        <translation>expected objects</translation>
    </message>
    <message>
        <source>expected 1 to 16 chords</source>
        <translation>expected 1 to 16 chords</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Roman-numeral chord</source>
        <translation>&quot;%1&quot; is not a Roman-numeral chord</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mood</source>
        <translation>&quot;%1&quot; is not a mood</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>expected [min, max] within 0..1</source>
        <translation>expected [min, max] within 0..1</translation>
    </message>
    <message>
        <source>expected at least one lane</source>
        <translation>expected at least one lane</translation>
    </message>
    <message>
        <source>unknown drum voice</source>
        <translation>unknown drum voice</translation>
    </message>
    <message>
        <source>expected a step string</source>
        <translation>expected a step string</translation>
    </message>
    <message>
        <source>every lane needs 16 or 32 steps, all the same</source>
        <translation>every lane needs 16 or 32 steps, all the same</translation>
    </message>
    <message>
        <source>step %1: &apos;%2&apos; is not one of X x o g . r t</source>
        <translation>step %1: &apos;%2&apos; is not one of X x o g . r t</translation>
    </message>
    <message>
        <source>step %1: a triplet run needs a rest after it</source>
        <translation>step %1: a triplet run needs a rest after it</translation>
    </message>
    <message>
        <source>no pattern covers energy %1</source>
        <translation>no pattern covers energy %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fill (%2)</source>
        <translation>&quot;%1&quot; is not a fill (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role</source>
        <translation>&quot;%1&quot; is not a role</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>&quot;%1&quot; is used twice</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a style for %2</source>
        <translation>&quot;%1&quot; is not a style for %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a section kind</source>
        <translation>&quot;%1&quot; is not a section kind</translation>
    </message>
    <message>
        <source>sections are whole 4-bar phrases</source>
        <translation>sections are whole 4-bar phrases</translation>
    </message>
    <message>
        <source>a section needs at least one part</source>
        <translation>a section needs at least one part</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a part of this genre</source>
        <translation>&quot;%1&quot; is not a part of this genre</translation>
    </message>
    <message>
        <source>expected at least one key</source>
        <translation>expected at least one key</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key like &quot;A minor&quot;</source>
        <translation>&quot;%1&quot; is not a key like &quot;A minor&quot;</translation>
    </message>
    <message>
        <source>expected a mood mapped to a mode</source>
        <translation>expected a mood mapped to a mode</translation>
    </message>
    <message>
        <source>expected a role mapped to a palette index 0..69</source>
        <translation>expected a role mapped to a palette index 0..69</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: aliases are lower case</source>
        <translation>&quot;%1&quot;: aliases are lower case</translation>
    </message>
    <message>
        <source>genre profile: not a JSON object (%1 at %2)</source>
        <translation>genre profile: not a JSON object (%1 at %2)</translation>
    </message>
    <message>
        <source>Drums</source>
        <translation>Drums</translation>
    </message>
    <message>
        <source>Kick</source>
        <translation>Kick</translation>
    </message>
    <message>
        <source>Snare</source>
        <translation>Snare</translation>
    </message>
    <message>
        <source>Hats</source>
        <translation>Hats</translation>
    </message>
    <message>
        <source>Percussion</source>
        <translation>Percussion</translation>
    </message>
    <message>
        <source>Bass</source>
        <translation>Bass</translation>
    </message>
    <message>
        <source>Chords</source>
        <translation>Chords</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Pad</source>
        <translation>Pad</translation>
    </message>
    <message>
        <source>Arp</source>
        <translation>Arp</translation>
    </message>
    <message>
        <source>FX</source>
        <translation>FX</translation>
    </message>
    <message>
        <source>invalid plan: %1</source>
        <translation>invalid plan: %1</translation>
    </message>
    <message>
        <source>invalid plan: %1: %2</source>
        <translation>invalid plan: %1: %2</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>unknown field (allowed: %1)</source>
        <translation>unknown field (allowed: %1)</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>expected a string, got %1</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>longer than %1 characters</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2, got %3</source>
        <translation>expected a number from %1 to %2, got %3</translation>
    </message>
    <message>
        <source>expected an integer from %1 to %2, got %3</source>
        <translation>expected an integer from %1 to %2, got %3</translation>
    </message>
    <message>
        <source>expected an array of strings, got %1</source>
        <translation>expected an array of strings, got %1</translation>
    </message>
    <message>
        <source>more than %1 items</source>
        <translation>more than %1 items</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <source>expected an object {&quot;root&quot;: &quot;A&quot;, &quot;mode&quot;: &quot;minor&quot;}</source>
        <translation>expected an object {&quot;root&quot;: &quot;A&quot;, &quot;mode&quot;: &quot;minor&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a note name (A, F#, Bb ...)</source>
        <translation>&quot;%1&quot; is not a note name (A, F#, Bb ...)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mode (%2)</source>
        <translation>&quot;%1&quot; is not a mode (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a section kind (%2)</source>
        <translation>&quot;%1&quot; is not a section kind (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role (%2)</source>
        <translation>&quot;%1&quot; is not a role (%2)</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>expected an array, got %1</translation>
    </message>
    <message>
        <source>expected 1 to %1 items, got %2</source>
        <translation>expected 1 to %1 items, got %2</translation>
    </message>
    <message>
        <source>expected an object {&quot;bars&quot;: 64} or {&quot;seconds&quot;: 180}</source>
        <translation>expected an object {&quot;bars&quot;: 64} or {&quot;seconds&quot;: 180}</translation>
    </message>
    <message>
        <source>give either &quot;bars&quot; or &quot;seconds&quot;</source>
        <translation>give either &quot;bars&quot; or &quot;seconds&quot;</translation>
    </message>
    <message>
        <source>expected an object {&quot;numerator&quot;: 4, &quot;denominator&quot;: 4}</source>
        <translation>expected an object {&quot;numerator&quot;: 4, &quot;denominator&quot;: 4}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Roman-numeral chord (i, VI, bII, iv7, VImaj7 ...)</source>
        <translation>&quot;%1&quot; is not a Roman-numeral chord (i, VI, bII, iv7, VImaj7 ...)</translation>
    </message>
    <message>
        <source>the plan is not valid JSON: %1 at character %2</source>
        <translation>the plan is not valid JSON: %1 at character %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>expected a JSON object</translation>
    </message>
    <message>
        <source>missing (one of %1)</source>
        <translation>missing (one of %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mood (%2)</source>
        <translation>&quot;%1&quot; is not a mood (%2)</translation>
    </message>
    <message>
        <source>expected at least one chord</source>
        <translation>expected at least one chord</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known genre (%2)</source>
        <translation>&quot;%1&quot; is not a known genre (%2)</translation>
    </message>
    <message>
        <source>%1 BPM is outside %2 to %3</source>
        <translation>%1 BPM is outside %2 to %3</translation>
    </message>
    <message>
        <source>%1 % is outside 50 to 75</source>
        <translation>%1 % is outside 50 to 75</translation>
    </message>
    <message>
        <source>%1/%2: the composer writes 4/4 only</source>
        <translation>%1/%2: the composer writes 4/4 only</translation>
    </message>
    <message>
        <source>expected 1 to 8 bars per chord</source>
        <translation>expected 1 to 8 bars per chord</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be lower-case letters, digits, - or _</source>
        <translation>&quot;%1&quot; must be lower-case letters, digits, - or _</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by two parts</source>
        <translation>&quot;%1&quot; is used by two parts</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a style for %2 (%3)</source>
        <translation>&quot;%1&quot; is not a style for %2 (%3)</translation>
    </message>
    <message>
        <source>expected a palette index from 0 to 69</source>
        <translation>expected a palette index from 0 to 69</translation>
    </message>
    <message>
        <source>expected 1 to %1 bars</source>
        <translation>expected 1 to %1 bars</translation>
    </message>
    <message>
        <source>expected a number from 0 to 1</source>
        <translation>expected a number from 0 to 1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role, and the plan defines no parts</source>
        <translation>&quot;%1&quot; is not a role, and the plan defines no parts</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the id of a part in &quot;parts&quot;</source>
        <translation>&quot;%1&quot; is not the id of a part in &quot;parts&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; is listed twice</translation>
    </message>
    <message>
        <source>%1 bars in all: at most %2</source>
        <translation>%1 bars in all: at most %2</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>out of range</translation>
    </message>
    <message>
        <source>section &quot;%1&quot;: %2</source>
        <translation>section &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>section &quot;%1&quot; has no chords</source>
        <translation>section &quot;%1&quot; has no chords</translation>
    </message>
    <message>
        <source>the plan is not complete: complete it with completePlan() first</source>
        <translation>the plan is not complete: complete it with completePlan() first</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no genre profile</source>
        <translation>&quot;%1&quot; has no genre profile</translation>
    </message>
    <message>
        <source>stopped while composing</source>
        <translation>stopped while composing</translation>
    </message>
    <message>
        <source>the plan has no parts to play</source>
        <translation>the plan has no parts to play</translation>
    </message>
    <message>
        <source>no genre named: made it %1</source>
        <translation>no genre named: made it %1</translation>
    </message>
    <message>
        <source>found nothing musical in the request: made a %1 track</source>
        <translation>found nothing musical in the request: made a %1 track</translation>
    </message>
    <message>
        <source>%1 BPM is outside %2&apos;s usual %3 to %4 BPM: kept %1</source>
        <translation>%1 BPM is outside %2&apos;s usual %3 to %4 BPM: kept %1</translation>
    </message>
    <message>
        <source>every part was left out: there is nothing to play</source>
        <translation>every part was left out: there is nothing to play</translation>
    </message>
    <message>
        <source>%1 has no style &quot;%2&quot;: used the genre&apos;s</source>
        <translation>%1 has no style &quot;%2&quot;: used the genre&apos;s</translation>
    </message>
    <message>
        <source>the request is empty: say what to make, e.g. &quot;house a 124 BPM en La menor&quot;</source>
        <translation>the request is empty: say what to make, e.g. &quot;house a 124 BPM en La menor&quot;</translation>
    </message>
</context>
<context>
    <name>musiaia::music::ObjectReader</name>
    <message>
        <source>unknown field</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>missing</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>expected a non-empty string</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>expected a number from %1 to %2</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>expected an integer</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>expected an array of strings</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>expected a non-empty array</source>
        <translation>expected a non-empty array</translation>
    </message>
</context>
<context>
    <name>musiaia::music::Parser</name>
    <message>
        <source>read &quot;%1&quot; as &quot;%2&quot;</source>
        <translation>read &quot;%1&quot; as &quot;%2&quot;</translation>
    </message>
    <message>
        <source>asked for two keys (&quot;%1&quot; and &quot;%2&quot;): kept %3</source>
        <translation>asked for two keys (&quot;%1&quot; and &quot;%2&quot;): kept %3</translation>
    </message>
    <message>
        <source>%1 BPM is faster than MusiaIA writes (%2 to %3): ignored</source>
        <translation>%1 BPM is faster than MusiaIA writes (%2 to %3): ignored</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside the tempos MusiaIA writes (%2 to %3 BPM): ignored</source>
        <translation>&quot;%1&quot; is outside the tempos MusiaIA writes (%2 to %3 BPM): ignored</translation>
    </message>
    <message>
        <source>asked for two tempos (&quot;%1&quot; and &quot;%2&quot;): kept %3 BPM</source>
        <translation>asked for two tempos (&quot;%1&quot; and &quot;%2&quot;): kept %3 BPM</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a length MusiaIA can write (4 to %2 bars, 15 s to 30 min): ignored</source>
        <translation>&quot;%1&quot; is not a length MusiaIA can write (4 to %2 bars, 15 s to 30 min): ignored</translation>
    </message>
    <message>
        <source>asked for two lengths (&quot;%1&quot; and &quot;%2&quot;): kept &quot;%1&quot;</source>
        <translation>asked for two lengths (&quot;%1&quot; and &quot;%2&quot;): kept &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: swing goes from 50 % (straight) to 75 %: ignored</source>
        <translation>&quot;%1&quot;: swing goes from 50 % (straight) to 75 %: ignored</translation>
    </message>
    <message>
        <source>asked for swing twice (&quot;%1&quot; and &quot;%2&quot;): kept &quot;%1&quot;</source>
        <translation>asked for swing twice (&quot;%1&quot; and &quot;%2&quot;): kept &quot;%1&quot;</translation>
    </message>
    <message>
        <source>named two genres (&quot;%1&quot; and &quot;%2&quot;): kept &quot;%1&quot;</source>
        <translation>named two genres (&quot;%1&quot; and &quot;%2&quot;): kept &quot;%1&quot;</translation>
    </message>
    <message>
        <source>asked for two moods (&quot;%1&quot; and &quot;%2&quot;): kept &quot;%1&quot;</source>
        <translation>asked for two moods (&quot;%1&quot; and &quot;%2&quot;): kept &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: MusiaIA writes no vocals yet; the lead carries the melody</source>
        <translation>&quot;%1&quot;: MusiaIA writes no vocals yet; the lead carries the melody</translation>
    </message>
    <message>
        <source>asked for &quot;%1&quot; and &quot;%2&quot;: kept &quot;%1&quot;</source>
        <translation>asked for &quot;%1&quot; and &quot;%2&quot;: kept &quot;%1&quot;</translation>
    </message>
    <message>
        <source>asked for both &quot;%1&quot; and &quot;%2&quot;: kept the %3</source>
        <translation>asked for both &quot;%1&quot; and &quot;%2&quot;: kept the %3</translation>
    </message>
    <message>
        <source>asked for two sizes of the %1 (&quot;%2&quot; and &quot;%3&quot;): kept &quot;%2&quot;</source>
        <translation>asked for two sizes of the %1 (&quot;%2&quot; and &quot;%3&quot;): kept &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>musiaia::music::planner</name>
    <message>
        <source>&quot;%1&quot; would leave no section at all: kept it</source>
        <translation>&quot;%1&quot; would leave no section at all: kept it</translation>
    </message>
    <message>
        <source>the sections asked for take %1 bars, more than the %2 of the length asked: kept the sections</source>
        <translation>the sections asked for take %1 bars, more than the %2 of the length asked: kept the sections</translation>
    </message>
</context>
</TS>
