<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>musiaia::gui::ChatComposer</name>
    <message>
        <source>Describe a song, or ask for a change…</source>
        <translation>Describe una canción o pide un cambio…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Enter sends the message; Shift+Enter starts a new line.</source>
        <translation>Intro envía el mensaje; Mayús+Intro empieza una línea nueva.</translation>
    </message>
    <message>
        <source>Enter to send · Shift+Enter for a new line</source>
        <translation>Intro para enviar · Mayús+Intro para una línea nueva</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Stop the reply (Esc)</source>
        <translation>Detener la respuesta (Esc)</translation>
    </message>
    <message>
        <source>Send (Enter)</source>
        <translation>Enviar (Intro)</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::DockTitleBar</name>
    <message>
        <source>Hide this panel</source>
        <translation>Ocultar este panel</translation>
    </message>
    <message>
        <source>Hide the %1 panel</source>
        <translation>Ocultar el panel %1</translation>
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
        <translation>Idioma y aspecto</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>El del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Aspecto:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspecto</translation>
    </message>
    <message>
        <source>MusiaIA understands requests in Spanish and English whatever the interface language is. Changes apply as soon as you press OK.</source>
        <translation>MusiaIA entiende peticiones en español y en inglés, sea cual sea el idioma de la interfaz. Los cambios se aplican en cuanto pulsas Aceptar.</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Projects &amp;folder:</source>
        <translation>&amp;Carpeta de proyectos:</translation>
    </message>
    <message>
        <source>Projects folder</source>
        <translation>Carpeta de proyectos</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the projects folder</source>
        <translation>Elegir la carpeta de proyectos</translation>
    </message>
    <message>
        <source>Each song is written here as an Ableton Live project folder. Leave it empty to use the default shown.</source>
        <translation>Cada canción se escribe aquí como una carpeta de proyecto de Ableton Live. Déjalo vacío para usar la carpeta que se muestra.</translation>
    </message>
    <message>
        <source>Ableton &amp;Live version:</source>
        <translation>Versión de Ableton &amp;Live:</translation>
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
        <translation>Versión de Ableton Live</translation>
    </message>
    <message>
        <source>The version new sets are written for. Live 12 also opens sets written for Live 11.</source>
        <translation>La versión para la que se escriben los sets nuevos. Live 12 también abre los sets escritos para Live 11.</translation>
    </message>
    <message>
        <source>Projects Folder</source>
        <translation>Carpeta de proyectos</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::LibraryPanel</name>
    <message>
        <source>Your sample library is empty</source>
        <translation>Tu biblioteca de samples está vacía</translation>
    </message>
    <message>
        <source>Import a folder of samples, or drop one here. MusiaIA works out what each sound is, its tempo and its key, and uses them in your songs.</source>
        <translation>Importa una carpeta de samples o suéltala aquí. MusiaIA averigua qué es cada sonido, su tempo y su tonalidad, y los usa en tus canciones.</translation>
    </message>
    <message>
        <source>Import a folder…</source>
        <translation>Importar una carpeta…</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::LocalApiPage</name>
    <message>
        <source>Local API</source>
        <translation>API local</translation>
    </message>
    <message>
        <source>Lets other programs on this computer (scripts, a controller, another app) ask MusiaIA for songs over HTTP and WebSocket while MusiaIA is open. The server arrives in a later version; what you set here is kept for it.</source>
        <translation>Permite que otros programas de este ordenador (scripts, un controlador, otra aplicación) pidan canciones a MusiaIA por HTTP y WebSocket mientras MusiaIA está abierto. El servidor llegará en una versión posterior; lo que configures aquí se guarda para entonces.</translation>
    </message>
    <message>
        <source>&amp;Enable the local API</source>
        <translation>&amp;Activar la API local</translation>
    </message>
    <message>
        <source>Enable the local API</source>
        <translation>Activar la API local</translation>
    </message>
    <message>
        <source>Listen &amp;address:</source>
        <translation>&amp;Dirección de escucha:</translation>
    </message>
    <message>
        <source>Listen address</source>
        <translation>Dirección de escucha</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acceso:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Show or hide the token</source>
        <translation>Mostrar u ocultar el token</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Mostrar el token</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the token</source>
        <translation>Copiar el token</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Regenerate the token</source>
        <translation>Regenerar el token</translation>
    </message>
    <message>
        <source>Make a new token; programs using the old one must be given the new one</source>
        <translation>Crea un token nuevo; los programas que usen el anterior necesitarán el nuevo</translation>
    </message>
    <message>
        <source>Programs send this token with every request. It is kept like your API keys.</source>
        <translation>Los programas envían este token en cada petición. Se guarda igual que tus claves de API.</translation>
    </message>
    <message>
        <source>Enter an IP address, such as 127.0.0.1.</source>
        <translation>Escribe una dirección IP, como 127.0.0.1.</translation>
    </message>
    <message>
        <source>Other computers on your network will be able to reach MusiaIA (with the token). Use 127.0.0.1 to keep it to this computer.</source>
        <translation>Otros ordenadores de tu red podrán conectarse a MusiaIA (con el token). Usa 127.0.0.1 para limitarlo a este ordenador.</translation>
    </message>
    <message>
        <source>No token yet: press Regenerate to make one</source>
        <translation>Aún no hay token: pulsa Regenerar para crear uno</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::MainWindow</name>
    <message>
        <source>AI provider: %1</source>
        <translation>Proveedor de IA: %1</translation>
    </message>
    <message>
        <source>MusiaIA</source>
        <translation>MusiaIA</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Proyectos</translation>
    </message>
    <message>
        <source>&amp;Sample Library</source>
        <translation>Biblioteca de &amp;samples</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Aspecto</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;New Chat</source>
        <translation>&amp;Nueva conversación</translation>
    </message>
    <message>
        <source>Start a new conversation</source>
        <translation>Empezar una conversación nueva</translation>
    </message>
    <message>
        <source>&amp;Analyse a Live Set…</source>
        <translation>&amp;Analizar un set de Live…</translation>
    </message>
    <message>
        <source>Read an Ableton Live set and show its tracks, clips, devices and samples</source>
        <translation>Leer un set de Ableton Live y mostrar sus pistas, clips, dispositivos y samples</translation>
    </message>
    <message>
        <source>&amp;Import Sample Folder…</source>
        <translation>&amp;Importar carpeta de samples…</translation>
    </message>
    <message>
        <source>Import a folder of samples (Ctrl+I)</source>
        <translation>Importar una carpeta de samples (Ctrl+I)</translation>
    </message>
    <message>
        <source>Add a folder of samples to your library</source>
        <translation>Añadir una carpeta de samples a tu biblioteca</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ajustes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Write a Message</source>
        <translation>&amp;Escribir un mensaje</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>&amp;Restablecer la disposición</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>El del &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;About MusiaIA</source>
        <translation>A&amp;cerca de MusiaIA</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>About MusiaIA</source>
        <translation>Acerca de MusiaIA</translation>
    </message>
    <message>
        <source>&lt;h3&gt;MusiaIA %1&lt;/h3&gt;&lt;p&gt;Describe a song in your own words; MusiaIA composes it with your samples and writes an Ableton Live set.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MusiaIA %1&lt;/h3&gt;&lt;p&gt;Describe una canción con tus palabras; MusiaIA la compone con tus samples y escribe un set de Ableton Live.&lt;/p&gt;&lt;p&gt;Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Analyse a Live Set</source>
        <translation>Analizar un set de Live</translation>
    </message>
    <message>
        <source>Ableton Live sets (*.als)</source>
        <translation>Sets de Ableton Live (*.als)</translation>
    </message>
    <message>
        <source>Import a Sample Folder</source>
        <translation>Importar una carpeta de samples</translation>
    </message>
    <message>
        <source>Analysing %1…</source>
        <translation>Analizando %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Drop to analyse “%1”</source>
        <translation>Suelta para analizar «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Drop to analyse %n Live sets</source>
        <translation>
            <numerusform>Suelta para analizar %n set de Live</numerusform>
            <numerusform>Suelta para analizar %n sets de Live</numerusform>
        </translation>
    </message>
    <message>
        <source>MusiaIA reads the set and shows its tracks, clips, devices, plugins and missing samples. The file is not changed.</source>
        <translation>MusiaIA lee el set y muestra sus pistas, clips, dispositivos, plugins y samples que faltan. El archivo no se modifica.</translation>
    </message>
    <message>
        <source>Drop to import “%1”</source>
        <translation>Suelta para importar «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Drop to import %n folders</source>
        <translation>
            <numerusform>Suelta para importar %n carpeta</numerusform>
            <numerusform>Suelta para importar %n carpetas</numerusform>
        </translation>
    </message>
    <message>
        <source>Every audio file inside is added to your sample library and analysed: type, tempo, key and loudness. Your files stay where they are.</source>
        <translation>Cada archivo de audio que contiene se añade a tu biblioteca de samples y se analiza: tipo, tempo, tonalidad y sonoridad. Tus archivos se quedan donde están.</translation>
    </message>
    <message>
        <source>Drop to analyse the sets and import the folders</source>
        <translation>Suelta para analizar los sets e importar las carpetas</translation>
    </message>
    <message>
        <source>Live sets are analysed; folders are added to your sample library.</source>
        <translation>Los sets de Live se analizan; las carpetas se añaden a tu biblioteca de samples.</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::ProjectBrowser</name>
    <message>
        <source>No songs yet</source>
        <translation>Aún no hay canciones</translation>
    </message>
    <message>
        <source>Songs you make in the chat appear here, with every version.</source>
        <translation>Las canciones que hagas en el chat aparecen aquí, con todas sus versiones.</translation>
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
        <translation>&amp;Clave de API:</translation>
    </message>
    <message>
        <source>GLM API key</source>
        <translation>Clave de API de GLM</translation>
    </message>
    <message>
        <source>MiniMax API key</source>
        <translation>Clave de API de MiniMax</translation>
    </message>
    <message>
        <source>Show or hide the key you are typing</source>
        <translation>Mostrar u ocultar la clave que escribes</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Mostrar la clave</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
    <message>
        <source>Remove the stored key from this computer</source>
        <translation>Borrar de este ordenador la clave guardada</translation>
    </message>
    <message>
        <source>Forget the GLM API key</source>
        <translation>Olvidar la clave de API de GLM</translation>
    </message>
    <message>
        <source>Forget the MiniMax API key</source>
        <translation>Olvidar la clave de API de MiniMax</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <source>International (api.z.ai)</source>
        <translation>Internacional (api.z.ai)</translation>
    </message>
    <message>
        <source>International (api.minimax.io)</source>
        <translation>Internacional (api.minimax.io)</translation>
    </message>
    <message>
        <source>Mainland China (open.bigmodel.cn)</source>
        <translation>China continental (open.bigmodel.cn)</translation>
    </message>
    <message>
        <source>Mainland China (api.minimaxi.com)</source>
        <translation>China continental (api.minimaxi.com)</translation>
    </message>
    <message>
        <source>Custom address</source>
        <translation>Dirección personalizada</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL base:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modelo:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Let the model think before it answers (slower, better plans)</source>
        <translation>Dejar que el modelo piense antes de responder (más lento, mejores planes)</translation>
    </message>
    <message>
        <source>Receive the model&apos;s reasoning separately from its answer</source>
        <translation>Recibir el razonamiento del modelo aparte de su respuesta</translation>
    </message>
    <message>
        <source>https://… (an OpenAI-compatible endpoint)</source>
        <translation>https://… (un servicio compatible con OpenAI)</translation>
    </message>
    <message>
        <source>The region&apos;s standard address</source>
        <translation>La dirección habitual de la región</translation>
    </message>
    <message>
        <source>No key yet. Without one, MusiaIA&apos;s offline composer answers instead.</source>
        <translation>Aún no hay clave. Sin ella, responde el compositor sin conexión de MusiaIA.</translation>
    </message>
    <message>
        <source>The key comes from the %1 environment variable, which overrides any key stored here.</source>
        <translation>La clave viene de la variable de entorno %1, que tiene prioridad sobre cualquier clave guardada aquí.</translation>
    </message>
    <message>
        <source>The key is kept for this session only: MusiaIA forgets it when it quits.</source>
        <translation>La clave se guarda solo durante esta sesión: MusiaIA la olvida al cerrarse.</translation>
    </message>
    <message>
        <source>The key is stored unencrypted in %1, readable by your user only.</source>
        <translation>La clave está guardada sin cifrar en %1, legible solo por tu usuario.</translation>
    </message>
    <message>
        <source>The key is stored in the system keychain.</source>
        <translation>La clave está guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Type a new key to replace the stored one</source>
        <translation>Escribe una clave nueva para sustituir la guardada</translation>
    </message>
    <message>
        <source>Paste your API key</source>
        <translation>Pega tu clave de API</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::ProviderStatus</name>
    <message>
        <source>No network · offline composer</source>
        <translation>Sin red · compositor sin conexión</translation>
    </message>
    <message>
        <source>Offline composer</source>
        <translation>Compositor sin conexión</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Every message is answered by MusiaIA&apos;s own composer, on this computer. Nothing is sent over the network. Click to change.</source>
        <translation>Todos los mensajes los responde el compositor de MusiaIA, en este ordenador. No se envía nada por la red. Haz clic para cambiarlo.</translation>
    </message>
    <message>
        <source>The network is unreachable, so MusiaIA&apos;s own composer answers until it is back.</source>
        <translation>No hay conexión de red, así que responde el compositor de MusiaIA hasta que vuelva.</translation>
    </message>
    <message>
        <source>No API key is set, so MusiaIA&apos;s own composer answers, on this computer. Add a GLM-4.6 or MiniMax-M2 key to talk to a language model. Click to open the settings.</source>
        <translation>No hay ninguna clave de API, así que responde el compositor de MusiaIA, en este ordenador. Añade una clave de GLM-4.6 o MiniMax-M2 para hablar con un modelo de lenguaje. Haz clic para abrir los ajustes.</translation>
    </message>
    <message>
        <source>Song requests go to GLM-4.6 and conversation to MiniMax-M2; if one fails, the other answers, then the offline composer. Click to change.</source>
        <translation>Las peticiones de canciones van a GLM-4.6 y la conversación a MiniMax-M2; si uno falla, responde el otro y, si no, el compositor sin conexión. Haz clic para cambiarlo.</translation>
    </message>
    <message>
        <source>Messages go to the provider shown; if it fails, MusiaIA falls back as set in the settings. Click to change.</source>
        <translation>Los mensajes van al proveedor que se muestra; si falla, MusiaIA recurre a lo que indiquen los ajustes. Haz clic para cambiarlo.</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::ProvidersPage</name>
    <message>
        <source>AI Providers</source>
        <translation>Proveedores de IA</translation>
    </message>
    <message>
        <source>Who answers</source>
        <translation>Quién responde</translation>
    </message>
    <message>
        <source>&amp;Routing:</source>
        <translation>&amp;Enrutamiento:</translation>
    </message>
    <message>
        <source>Automatic: songs to GLM-4.6, conversation to MiniMax-M2</source>
        <translation>Automático: canciones a GLM-4.6, conversación a MiniMax-M2</translation>
    </message>
    <message>
        <source>Prefer GLM-4.6</source>
        <translation>Preferir GLM-4.6</translation>
    </message>
    <message>
        <source>Prefer MiniMax-M2</source>
        <translation>Preferir MiniMax-M2</translation>
    </message>
    <message>
        <source>Offline only: never use the network</source>
        <translation>Solo sin conexión: no usar nunca la red</translation>
    </message>
    <message>
        <source>Routing</source>
        <translation>Enrutamiento</translation>
    </message>
    <message>
        <source>Without a key, or offline, MusiaIA&apos;s own composer writes the song on this computer. The chat always says who answered.</source>
        <translation>Sin clave, o sin conexión, el compositor de MusiaIA escribe la canción en este ordenador. El chat siempre indica quién ha respondido.</translation>
    </message>
    <message>
        <source>If a provider fails, try the other one, then the offline composer</source>
        <translation>Si un proveedor falla, probar con el otro y después con el compositor sin conexión</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>A key is only sent to its provider. It never goes into the database, the settings file or a log. A message sends your words and the conversation so far; your audio files never leave this computer.</source>
        <translation>Cada clave solo se envía a su proveedor. Nunca va a la base de datos, al archivo de ajustes ni a un registro. Un mensaje envía tus palabras y la conversación hasta ese momento; tus archivos de audio nunca salen de este ordenador.</translation>
    </message>
    <message>
        <source>Keep keys for this session only (forgotten when MusiaIA quits)</source>
        <translation>Guardar las claves solo durante esta sesión (se olvidan al cerrar MusiaIA)</translation>
    </message>
    <message>
        <source>Store keys unencrypted in %1 (readable by your user only)</source>
        <translation>Guardar las claves sin cifrar en %1 (legible solo por tu usuario)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain service is running on this computer&lt;/b&gt; (no Secret Service, KWallet or D-Bus session was found), so MusiaIA cannot store keys safely. Choose what to do with the keys you enter:</source>
        <translation>&lt;b&gt;No hay ningún servicio de llavero en marcha en este ordenador&lt;/b&gt; (no se ha encontrado Secret Service, KWallet ni una sesión de D-Bus), así que MusiaIA no puede guardar las claves de forma segura. Elige qué hacer con las claves que escribas:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The system keychain is not working&lt;/b&gt; (it refused or failed the last request). Choose what to do with the keys you enter:</source>
        <translation>&lt;b&gt;El llavero del sistema no funciona&lt;/b&gt; (ha rechazado o fallado la última petición). Elige qué hacer con las claves que escribas:</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de los ajustes</translation>
    </message>
    <message>
        <source>The settings could not be saved: %1</source>
        <translation>No se han podido guardar los ajustes: %1</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::WelcomeView</name>
    <message>
        <source>What are we making today?</source>
        <translation>¿Qué hacemos hoy?</translation>
    </message>
    <message>
        <source>Describe a song in your own words, in Spanish or English. MusiaIA composes it with your samples and writes an Ableton Live set you can drag straight into Live.</source>
        <translation>Describe una canción con tus palabras, en español o en inglés. MusiaIA la compone con tus samples y escribe un set de Ableton Live que puedes arrastrar directamente a Live.</translation>
    </message>
    <message>
        <source>Deep house</source>
        <translation>Deep house</translation>
    </message>
    <message>
        <source>Make a house track at 124 BPM in A minor</source>
        <translation>Genera un track de house a 124 BPM en La menor</translation>
    </message>
    <message>
        <source>Dark techno</source>
        <translation>Techno oscuro</translation>
    </message>
    <message>
        <source>Dark techno at 132 BPM in F minor with a long break</source>
        <translation>Techno oscuro a 132 BPM en Fa menor con un break largo</translation>
    </message>
    <message>
        <source>Lo-fi hip hop</source>
        <translation>Hip hop lo-fi</translation>
    </message>
    <message>
        <source>Lo-fi hip hop at 84 BPM with jazzy chords</source>
        <translation>Hip hop lo-fi a 84 BPM con acordes de jazz</translation>
    </message>
    <message>
        <source>Drum &amp; bass</source>
        <translation>Drum and bass</translation>
    </message>
    <message>
        <source>Melodic drum and bass at 174 BPM in D minor</source>
        <translation>Drum and bass melódico a 174 BPM en Re menor</translation>
    </message>
</context>
</TS>
