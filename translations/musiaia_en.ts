<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</context>
<context>
    <name>musiaia::gui::LocalApiPage</name>
    <message>
        <source>Local API</source>
        <translation>Local API</translation>
    </message>
    <message>
        <source>Lets other programs on this computer (scripts, a controller, another app) ask MusiaIA for songs over HTTP and WebSocket while MusiaIA is open. The server arrives in a later version; what you set here is kept for it.</source>
        <translation>Lets other programs on this computer (scripts, a controller, another app) ask MusiaIA for songs over HTTP and WebSocket while MusiaIA is open. The server arrives in a later version; what you set here is kept for it.</translation>
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
        <source>No token yet: press Regenerate to make one</source>
        <translation>No token yet: press Regenerate to make one</translation>
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
        <source>Analysing %1…</source>
        <translation>Analysing %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
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
        <source>Let the model think before it answers (slower, better plans)</source>
        <translation>Let the model think before it answers (slower, better plans)</translation>
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
        <source>If a provider fails, try the other one, then the offline composer</source>
        <translation>If a provider fails, try the other one, then the offline composer</translation>
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
        <source>Keep keys for this session only (forgotten when MusiaIA quits)</source>
        <translation>Keep keys for this session only (forgotten when MusiaIA quits)</translation>
    </message>
    <message>
        <source>Store keys unencrypted in %1 (readable by your user only)</source>
        <translation>Store keys unencrypted in %1 (readable by your user only)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain service is running on this computer&lt;/b&gt; (no Secret Service, KWallet or D-Bus session was found), so MusiaIA cannot store keys safely. Choose what to do with the keys you enter:</source>
        <translation>&lt;b&gt;No keychain service is running on this computer&lt;/b&gt; (no Secret Service, KWallet or D-Bus session was found), so MusiaIA cannot store keys safely. Choose what to do with the keys you enter:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The system keychain is not working&lt;/b&gt; (it refused or failed the last request). Choose what to do with the keys you enter:</source>
        <translation>&lt;b&gt;The system keychain is not working&lt;/b&gt; (it refused or failed the last request). Choose what to do with the keys you enter:</translation>
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
</TS>
