<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>musiaia::als</name>
    <message>
        <source>The set</source>
        <translation>El set</translation>
    </message>
    <message>
        <source> could not be read.</source>
        <translation> no se ha podido leer.</translation>
    </message>
    <message>
        <source> is empty.</source>
        <translation> está vacío.</translation>
    </message>
    <message>
        <source> is not a Live Set: it is neither gzip-compressed nor XML.</source>
        <translation> no es un set de Live: no está comprimido con gzip ni es XML.</translation>
    </message>
    <message>
        <source> does not exist.</source>
        <translation> no existe.</translation>
    </message>
    <message>
        <source> is a folder, not a Live Set.</source>
        <translation> es una carpeta, no un set de Live.</translation>
    </message>
    <message>
        <source> could not be opened: </source>
        <translation> no se ha podido abrir: </translation>
    </message>
    <message>
        <source>the device refused the data</source>
        <translation>el dispositivo ha rechazado los datos</translation>
    </message>
    <message>
        <source>Could not write the Live Set: the device is not open for writing</source>
        <translation>No se ha podido escribir el set de Live: el dispositivo no está abierto para escritura</translation>
    </message>
    <message>
        <source>Could not write the Live Set: %1</source>
        <translation>No se ha podido escribir el set de Live: %1</translation>
    </message>
    <message>
        <source>Could not write the Live Set “%1”: %2</source>
        <translation>No se ha podido escribir el set de Live «%1»: %2</translation>
    </message>
    <message>
        <source>clip “%1” on track “%2”</source>
        <translation>el clip «%1» de la pista «%2»</translation>
    </message>
    <message>
        <source>Could not replace the project “%1”: it could not be moved aside</source>
        <translation>No se ha podido sustituir el proyecto «%1»: no se ha podido apartar</translation>
    </message>
    <message>
        <source>Could not move the new project into “%1”</source>
        <translation>No se ha podido mover el proyecto nuevo a «%1»</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”</source>
        <translation>No se ha podido crear la carpeta «%1»</translation>
    </message>
    <message>
        <source>The project “%1” already exists</source>
        <translation>El proyecto «%1» ya existe</translation>
    </message>
    <message>
        <source>Could not write in the folder “%1”: %2</source>
        <translation>No se ha podido escribir en la carpeta «%1»: %2</translation>
    </message>
    <message>
        <source>1 sample cannot be found on this computer: %2. Live will show its clips as missing.</source>
        <translation>No se encuentra 1 sample en este ordenador: %2. Live mostrará sus clips como perdidos.</translation>
    </message>
    <message>
        <source>%1 samples cannot be found on this computer (the first: %2). Live will show their clips as missing.</source>
        <translation>No se encuentran %1 samples en este ordenador (el primero: %2). Live mostrará sus clips como perdidos.</translation>
    </message>
    <message>
        <source>The tempo is automated; durations here use the set&apos;s tempo of %1 BPM.</source>
        <translation>El tempo está automatizado; las duraciones de aquí usan el tempo del set, %1 BPM.</translation>
    </message>
    <message>
        <source>The set was saved by a newer Live (%1) than MusiaIA knows; anything new in its format is left out of this report.</source>
        <translation>El set se guardó con un Live más nuevo (%1) de los que conoce MusiaIA; lo que su formato tenga de nuevo queda fuera de este informe.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>no key set</source>
        <translation>sin tonalidad</translation>
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
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retorno</translation>
    </message>
    <message>
        <source>unknown creator</source>
        <translation>creador desconocido</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formato</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source> (automated)</source>
        <translation> (automatizado)</translation>
    </message>
    <message>
        <source>Arrangement</source>
        <translation>Arreglo</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Pistas</translation>
    </message>
    <message>
        <source>audio</source>
        <translation>audio</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>return</source>
        <translation>retorno</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <source>arrangement</source>
        <translation>arreglo</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>Locators</source>
        <translation>Localizadores</translation>
    </message>
    <message>
        <source>scenes</source>
        <translation>escenas</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>dispositivos</translation>
    </message>
    <message>
        <source>bar</source>
        <translation>compás</translation>
    </message>
    <message>
        <source>pan</source>
        <translation>panorama</translation>
    </message>
    <message>
        <source>muted</source>
        <translation>silenciada</translation>
    </message>
    <message>
        <source>solo</source>
        <translation>solo</translation>
    </message>
    <message>
        <source>frozen</source>
        <translation>congelada</translation>
    </message>
    <message>
        <source>Third-party plug-ins</source>
        <translation>Plugins de terceros</translation>
    </message>
    <message>
        <source>on</source>
        <translation>en</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>found  </source>
        <translation>está   </translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
</context>
<context>
    <name>musiaia::als::GzipInputDevice</name>
    <message>
        <source>the compressed data is cut short (the file is truncated)</source>
        <translation>los datos comprimidos están incompletos (el archivo está truncado)</translation>
    </message>
    <message>
        <source>the compressed data is damaged</source>
        <translation>los datos comprimidos están dañados</translation>
    </message>
    <message>
        <source>it holds more than %1 MB of XML, more than any Live Set MusiaIA will read</source>
        <translation>contiene más de %1 MB de XML, más de lo que MusiaIA lee en un set de Live</translation>
    </message>
    <message>
        <source>it could not be read</source>
        <translation>no se ha podido leer</translation>
    </message>
    <message>
        <source>zlib could not start</source>
        <translation>zlib no ha podido arrancar</translation>
    </message>
</context>
<context>
    <name>musiaia::als::GzipWriteDevice</name>
    <message>
        <source>A gzip writer can only be opened for writing</source>
        <translation>Un escritor gzip solo se puede abrir para escritura</translation>
    </message>
    <message>
        <source>The device to compress into is not open for writing</source>
        <translation>El dispositivo en el que comprimir no está abierto para escritura</translation>
    </message>
    <message>
        <source>Could not start the gzip compressor</source>
        <translation>No se ha podido iniciar el compresor gzip</translation>
    </message>
    <message>
        <source>The gzip compressor failed</source>
        <translation>El compresor gzip ha fallado</translation>
    </message>
    <message>
        <source>The device refused the data</source>
        <translation>El dispositivo ha rechazado los datos</translation>
    </message>
</context>
<context>
    <name>musiaia::als::Reading</name>
    <message>
        <source>could not be read.</source>
        <translation>no se ha podido leer.</translation>
    </message>
    <message>
        <source>is not a Live Set: its &lt;Ableton&gt; element holds no &lt;LiveSet&gt;.</source>
        <translation>no es un set de Live: su elemento &lt;Ableton&gt; no contiene ningún &lt;LiveSet&gt;.</translation>
    </message>
    <message>
        <source>was refused: it declares a DTD or entities, which Live Sets never do (they can hide an &quot;entity bomb&quot;).</source>
        <translation>se ha rechazado: declara un DTD o entidades, algo que los sets de Live nunca hacen (pueden esconder una «bomba de entidades»).</translation>
    </message>
    <message>
        <source>is XML but not a Live Set: its root element is &lt;%1&gt;, not &lt;Ableton&gt;.</source>
        <translation>es XML pero no un set de Live: su elemento raíz es &lt;%1&gt;, no &lt;Ableton&gt;.</translation>
    </message>
    <message>
        <source>an unknown application</source>
        <translation>una aplicación desconocida</translation>
    </message>
    <message>
        <source>is not a Live Set: its &lt;Ableton&gt; element has no valid MajorVersion and MinorVersion (saved by %1).</source>
        <translation>no es un set de Live: su elemento &lt;Ableton&gt; no tiene MajorVersion y MinorVersion válidos (guardado por %1).</translation>
    </message>
    <message>
        <source>was made with a newer Live (%1, file format %2) than MusiaIA can read; it reads sets from Live %3 to %4. Save a copy in Live %4 format, or update MusiaIA.</source>
        <translation>se hizo con un Live más nuevo (%1, formato de archivo %2) del que MusiaIA sabe leer; lee sets de Live %3 a %4. Guarda una copia en formato de Live %4 o actualiza MusiaIA.</translation>
    </message>
    <message>
        <source>was made with %1, older than Live %2: open it in a newer Live and save it again to read it here.</source>
        <translation>se hizo con %1, anterior a Live %2: ábrelo en un Live más reciente y vuelve a guardarlo para leerlo aquí.</translation>
    </message>
    <message>
        <source>is too large: </source>
        <translation>es demasiado grande: </translation>
    </message>
    <message>
        <source>could not be read: </source>
        <translation>no se ha podido leer: </translation>
    </message>
    <message>
        <source>is damaged: </source>
        <translation>está dañado: </translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>está vacío.</translation>
    </message>
    <message>
        <source>is cut short: the XML ends at line %1 before the set is complete.</source>
        <translation>está incompleto: el XML termina en la línea %1 antes de que acabe el set.</translation>
    </message>
    <message>
        <source>is not a valid Live Set: the XML is malformed at line %1, column %2 (%3).</source>
        <translation>no es un set de Live válido: el XML está mal formado en la línea %1, columna %2 (%3).</translation>
    </message>
</context>
<context>
    <name>musiaia::als::SampleImporter</name>
    <message>
        <source>The sample “%1” of %2 was not found</source>
        <translation>No se ha encontrado el sample «%1» de %2</translation>
    </message>
    <message>
        <source>Could not create the folder “%1”</source>
        <translation>No se ha podido crear la carpeta «%1»</translation>
    </message>
    <message>
        <source>Could not copy the sample “%1” into the project: %2</source>
        <translation>No se ha podido copiar el sample «%1» en el proyecto: %2</translation>
    </message>
    <message>
        <source>the copy failed</source>
        <translation>la copia ha fallado</translation>
    </message>
    <message>
        <source>the file could not be created</source>
        <translation>no se ha podido crear el archivo</translation>
    </message>
    <message>
        <source>Could not copy the sample “%1” into the project: the copy is incomplete</source>
        <translation>No se ha podido copiar el sample «%1» en el proyecto: la copia está incompleta</translation>
    </message>
</context>
<context>
    <name>musiaia::als::midi</name>
    <message>
        <source>The file changes tempo %1 times; the set keeps its first tempo, %2 BPM.</source>
        <translation>El archivo cambia de tempo %1 veces; el set se queda con el primero, %2 BPM.</translation>
    </message>
    <message>
        <source>The file changes time signature; the set keeps the first one.</source>
        <translation>El archivo cambia de compás; el set se queda con el primero.</translation>
    </message>
    <message>
        <source>Drums</source>
        <translation>Batería</translation>
    </message>
    <message>
        <source> (channel %1)</source>
        <translation> (canal %1)</translation>
    </message>
    <message>
        <source>The MIDI file holds no notes to import.</source>
        <translation>El archivo MIDI no tiene notas que importar.</translation>
    </message>
    <message>
        <source>The MIDI file</source>
        <translation>El archivo MIDI</translation>
    </message>
    <message>
        <source>is empty.</source>
        <translation>está vacío.</translation>
    </message>
    <message>
        <source>is not a Standard MIDI File (it does not start with &quot;MThd&quot;).</source>
        <translation>no es un archivo MIDI estándar (no empieza por «MThd»).</translation>
    </message>
    <message>
        <source>has a damaged header (its length says %1 bytes).</source>
        <translation>tiene la cabecera dañada (su longitud indica %1 bytes).</translation>
    </message>
    <message>
        <source>has an unknown format (%1); Standard MIDI Files are format 0, 1 or 2.</source>
        <translation>tiene un formato desconocido (%1); los archivos MIDI estándar son de formato 0, 1 o 2.</translation>
    </message>
    <message>
        <source> is a format 2 MIDI file (independent patterns), which MusiaIA does not import.</source>
        <translation> es un archivo MIDI de formato 2 (patrones independientes), que MusiaIA no importa.</translation>
    </message>
    <message>
        <source> counts time in SMPTE frames, not beats; MusiaIA imports beat-based files only.</source>
        <translation> cuenta el tiempo en fotogramas SMPTE, no en pulsos; MusiaIA solo importa archivos basados en pulsos.</translation>
    </message>
    <message>
        <source>has a damaged header (0 ticks per quarter note).</source>
        <translation>tiene la cabecera dañada (0 ticks por negra).</translation>
    </message>
    <message>
        <source>holds no tracks.</source>
        <translation>no contiene pistas.</translation>
    </message>
    <message>
        <source>is cut short: track %1 should hold %2 bytes but only %3 remain.</source>
        <translation>está incompleto: la pista %1 debería tener %2 bytes pero solo quedan %3.</translation>
    </message>
    <message>
        <source>is damaged: in track %1, %2.</source>
        <translation>está dañado: en la pista %1, %2.</translation>
    </message>
    <message>
        <source>is cut short: its header promises %1 tracks but it holds %2.</source>
        <translation>está incompleto: su cabecera anuncia %1 pistas pero contiene %2.</translation>
    </message>
    <message>
        <source> does not exist.</source>
        <translation> no existe.</translation>
    </message>
    <message>
        <source> could not be opened: </source>
        <translation> no se ha podido abrir: </translation>
    </message>
    <message>
        <source> is too large for a MIDI file (over 64 MB).</source>
        <translation> es demasiado grande para un archivo MIDI (más de 64 MB).</translation>
    </message>
</context>
<context>
    <name>musiaia::als::midi::TrackParser</name>
    <message>
        <source>a track ends in the middle of an event (at byte %1)</source>
        <translation>una pista termina en mitad de un evento (en el byte %1)</translation>
    </message>
    <message>
        <source>a variable-length number runs over 4 bytes (at byte %1)</source>
        <translation>un número de longitud variable ocupa más de 4 bytes (en el byte %1)</translation>
    </message>
    <message>
        <source>a data byte (0x%1) stands where an event should start (at byte %2)</source>
        <translation>hay un byte de datos (0x%1) donde debería empezar un evento (en el byte %2)</translation>
    </message>
    <message>
        <source>an unexpected system message 0x%1 (at byte %2)</source>
        <translation>un mensaje de sistema inesperado 0x%1 (en el byte %2)</translation>
    </message>
    <message>
        <source>a status byte (0x%1) stands where a data byte should be (at byte %2)</source>
        <translation>hay un byte de estado (0x%1) donde debería haber un byte de datos (en el byte %2)</translation>
    </message>
</context>
<context>
    <name>musiaia::als::midi::Writer</name>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>musiaia::als::writer</name>
    <message>
        <source>track %1</source>
        <translation>la pista %1</translation>
    </message>
    <message>
        <source>track “%1”</source>
        <translation>la pista «%1»</translation>
    </message>
    <message>
        <source>a clip at beat %1 on %2</source>
        <translation>un clip en el tiempo %1 de %2</translation>
    </message>
    <message>
        <source>clip “%1” on %2</source>
        <translation>el clip «%1» de %2</translation>
    </message>
    <message>
        <source>%1 is an audio clip on a MIDI track</source>
        <translation>%1 es un clip de audio en una pista MIDI</translation>
    </message>
    <message>
        <source>%1 is a MIDI clip on an audio track</source>
        <translation>%1 es un clip MIDI en una pista de audio</translation>
    </message>
    <message>
        <source>%1 has no sample</source>
        <translation>%1 no tiene sample</translation>
    </message>
    <message>
        <source>%1 has an invalid position or length</source>
        <translation>%1 tiene una posición o una duración no válidas</translation>
    </message>
    <message>
        <source>%1 has an invalid loop (it must end after it starts)</source>
        <translation>%1 tiene un loop no válido (debe terminar después de empezar)</translation>
    </message>
    <message>
        <source>%1 has an invalid time signature</source>
        <translation>%1 tiene un compás no válido</translation>
    </message>
    <message>
        <source>%1 has a note with pitch %2 (MIDI pitches run from 0 to 127)</source>
        <translation>%1 tiene una nota de altura %2 (las alturas MIDI van de 0 a 127)</translation>
    </message>
    <message>
        <source>%1 has a note with an invalid start or length</source>
        <translation>%1 tiene una nota con un inicio o una duración no válidos</translation>
    </message>
    <message>
        <source>%1 has a note with an invalid velocity or chance</source>
        <translation>%1 tiene una nota con una velocidad o una probabilidad no válidas</translation>
    </message>
    <message>
        <source>%1 does not say where its sample is</source>
        <translation>%1 no indica dónde está su sample</translation>
    </message>
    <message>
        <source>%1 has an invalid sample length or rate</source>
        <translation>%1 tiene una duración o una frecuencia de muestreo no válidas</translation>
    </message>
    <message>
        <source>%1 has an invalid gain or pitch</source>
        <translation>%1 tiene una ganancia o una afinación no válidas</translation>
    </message>
    <message>
        <source>%1 has an invalid warp marker</source>
        <translation>%1 tiene un marcador de warp no válido</translation>
    </message>
    <message>
        <source>%1 has warp markers out of order</source>
        <translation>%1 tiene marcadores de warp desordenados</translation>
    </message>
    <message>
        <source>%1 has an invalid volume or pan</source>
        <translation>%1 tiene un volumen o un panorama no válidos</translation>
    </message>
    <message>
        <source>%1 has %2 sends, but the set has %3 return tracks</source>
        <translation>%1 tiene %2 envíos, pero el set tiene %3 pistas de retorno</translation>
    </message>
    <message>
        <source>%1 has an invalid send level</source>
        <translation>%1 tiene un nivel de envío no válido</translation>
    </message>
    <message>
        <source>The tempo %1 BPM is outside Live&apos;s range (20 to 999 BPM)</source>
        <translation>El tempo %1 BPM está fuera del rango de Live (de 20 a 999 BPM)</translation>
    </message>
    <message>
        <source>The time signature %1/%2 is not one Live can hold</source>
        <translation>El compás %1/%2 no es uno que Live admita</translation>
    </message>
    <message>
        <source>The key&apos;s root note %1 is not a pitch class (0 to 11)</source>
        <translation>La tónica %1 no es una clase de altura (de 0 a 11)</translation>
    </message>
    <message>
        <source>Scene “%1” has a tempo outside Live&apos;s range</source>
        <translation>La escena «%1» tiene un tempo fuera del rango de Live</translation>
    </message>
    <message>
        <source>Locator “%1” has an invalid time</source>
        <translation>El localizador «%1» tiene una posición no válida</translation>
    </message>
    <message>
        <source>Two tracks have the id %1</source>
        <translation>Dos pistas tienen el id %1</translation>
    </message>
    <message>
        <source>%1 is a return track inside a group</source>
        <translation>%1 es una pista de retorno dentro de un grupo</translation>
    </message>
    <message>
        <source>%1 comes after a return track; return tracks come last</source>
        <translation>%1 va después de una pista de retorno; las pistas de retorno van al final</translation>
    </message>
    <message>
        <source>%1 is in group %2, but not right after the group&apos;s other tracks</source>
        <translation>%1 está en el grupo %2, pero no justo después de las otras pistas del grupo</translation>
    </message>
    <message>
        <source>%1 is in group %2, which is not a group track before it</source>
        <translation>%1 está en el grupo %2, que no es una pista de grupo anterior a ella</translation>
    </message>
    <message>
        <source>%1 is a group or return track and cannot hold clips</source>
        <translation>%1 es una pista de grupo o de retorno y no puede tener clips</translation>
    </message>
    <message>
        <source>%1 has a session clip in scene %2, but the set has %3 scenes</source>
        <translation>%1 tiene un clip de sesión en la escena %2, pero el set tiene %3 escenas</translation>
    </message>
    <message>
        <source>%1 overlaps the clip before it</source>
        <translation>%1 se solapa con el clip anterior</translation>
    </message>
    <message>
        <source>The main track has an invalid volume or pan</source>
        <translation>La pista principal tiene un volumen o un panorama no válidos</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::AnalysisCard</name>
    <message>
        <source>Full Report…</source>
        <translation>Informe completo…</translation>
    </message>
    <message>
        <source>Show the full report of the set</source>
        <translation>Mostrar el informe completo del set</translation>
    </message>
    <message>
        <source>Reading the set…</source>
        <translation>Leyendo el set…</translation>
    </message>
    <message>
        <source>%1 BPM</source>
        <translation>%1 BPM</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s)</source>
        <translation>
            <numerusform>%n compás</numerusform>
            <numerusform>%n compases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n track(s)</source>
        <translation>
            <numerusform>%n pista</numerusform>
            <numerusform>%n pistas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n device(s)</source>
        <translation>
            <numerusform>%n dispositivo</numerusform>
            <numerusform>%n dispositivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysis of %1</source>
        <translation>Análisis de %1</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::ArrangementView</name>
    <message>
        <source>Arrangement</source>
        <translation>Arreglo</translation>
    </message>
    <message numerus="yes">
        <source>%n track(s) over the sections: %1</source>
        <translation>
            <numerusform>%n pista en las secciones: %1</numerusform>
            <numerusform>%n pistas en las secciones: %1</numerusform>
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
        <translation>compositor sin conexión</translation>
    </message>
    <message>
        <source>Copy the reply</source>
        <translation>Copiar la respuesta</translation>
    </message>
    <message>
        <source>Send the message again</source>
        <translation>Enviar el mensaje otra vez</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo ha salido mal.</translation>
    </message>
</context>
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
    <name>musiaia::gui::ChatController</name>
    <message>
        <source>MusiaIA is still answering: wait for it, or stop it first.</source>
        <translation>MusiaIA aún está respondiendo: espera o detenla antes.</translation>
    </message>
    <message>
        <source>Now changing “%1”, version %2. Ask for a change: “faster”, “add a pad”, “in D minor”…</source>
        <translation>Ahora cambiando «%1», versión %2. Pide un cambio: «más rápido», «añade un pad», «en Re menor»…</translation>
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
    <message>
        <source>Files That Were Not Imported</source>
        <translation>Archivos que no se han importado</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in “%1” could not be imported. The others are in your library.</source>
        <translation>
            <numerusform>No se ha podido importar %n archivo de «%1». Los demás están en tu biblioteca.</numerusform>
            <numerusform>No se han podido importar %n archivos de «%1». Los demás están en tu biblioteca.</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: kick, dark pad, bombo…</source>
        <translation>Buscar: bombo, pad oscuro, kick…</translation>
    </message>
    <message>
        <source>Search samples</source>
        <translation>Buscar samples</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Show the samples of one imported folder</source>
        <translation>Mostrar los samples de una carpeta importada</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>One-shots and loops</source>
        <translation>One-shots y loops</translation>
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
        <translation>One-shot o loop</translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>A tempo (124) or a range (120-128)</source>
        <translation>Un tempo (124) o un rango (120-128)</translation>
    </message>
    <message>
        <source>Tempo range</source>
        <translation>Rango de tempo</translation>
    </message>
    <message>
        <source>Any key</source>
        <translation>Cualquier tonalidad</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tonalidad</translation>
    </message>
    <message>
        <source>Also the keys that mix with it: the relative key and the neighbours on the circle of fifths</source>
        <translation>También las tonalidades que combinan con ella: la relativa y las vecinas en el círculo de quintas</translation>
    </message>
    <message>
        <source>Include compatible keys</source>
        <translation>Incluir tonalidades compatibles</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
    <message>
        <source>The sample library is not available</source>
        <translation>La biblioteca de samples no está disponible</translation>
    </message>
    <message>
        <source>The database could not be opened, so samples cannot be imported or listed.</source>
        <translation>No se ha podido abrir la base de datos, así que no se pueden importar ni mostrar samples.</translation>
    </message>
    <message>
        <source>All folders</source>
        <translation>Todas las carpetas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No sample matches this search and these filters.</source>
        <translation>Ningún sample coincide con esta búsqueda y estos filtros.</translation>
    </message>
    <message>
        <source>The sample library is not available, so “%1” cannot be imported.</source>
        <translation>La biblioteca de samples no está disponible, así que no se puede importar «%1».</translation>
    </message>
    <message>
        <source>An import is running: wait for it or cancel it first.</source>
        <translation>Hay una importación en marcha: espera a que termine o cancélala antes.</translation>
    </message>
    <message>
        <source>Looking for samples in “%1”…</source>
        <translation>Buscando samples en «%1»…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Stopping the import…</source>
        <translation>Deteniendo la importación…</translation>
    </message>
    <message>
        <source>Importing “%1”: %2 of %3
%4</source>
        <translation>Importando «%1»: %2 de %3
%4</translation>
    </message>
    <message numerus="yes">
        <source>%n new sample(s)</source>
        <translation>
            <numerusform>%n sample nuevo</numerusform>
            <numerusform>%n samples nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n analysed again</source>
        <translation>
            <numerusform>%n analizado de nuevo</numerusform>
            <numerusform>%n analizados de nuevo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n sin cambios</numerusform>
            <numerusform>%n sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved</source>
        <translation>
            <numerusform>%n movido</numerusform>
            <numerusform>%n movidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gone from disk</source>
        <translation>
            <numerusform>%n ya no está en el disco</numerusform>
            <numerusform>%n ya no están en el disco</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other file(s) skipped</source>
        <translation>
            <numerusform>%n archivo más omitido</numerusform>
            <numerusform>%n archivos más omitidos</numerusform>
        </translation>
    </message>
    <message>
        <source>no audio files</source>
        <translation>ningún archivo de audio</translation>
    </message>
    <message>
        <source>Import of “%1” cancelled: %2 so far. Import it again to carry on.</source>
        <translation>Importación de «%1» cancelada: %2 hasta ahora. Vuelve a importarla para continuar.</translation>
    </message>
    <message>
        <source>Imported “%1”: %2.</source>
        <translation>Importado «%1»: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)…</source>
        <translation>
            <numerusform>%n problema…</numerusform>
            <numerusform>%n problemas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the files that could not be imported</source>
        <translation>Mostrar los archivos que no se han podido importar</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>La importación ha fallado: %1</translation>
    </message>
    <message>
        <source>The correction was not saved: %1</source>
        <translation>La corrección no se ha guardado: %1</translation>
    </message>
    <message>
        <source>Stop (Space)</source>
        <translation>Detener (Espacio)</translation>
    </message>
    <message>
        <source>Play the selected sample (Space)</source>
        <translation>Reproducir el sample seleccionado (Espacio)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Click a name to listen</source>
        <translation>Haz clic en un nombre para escucharlo</translation>
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
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corregir…</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::LocalApiPage</name>
    <message>
        <source>Local API</source>
        <translation>API local</translation>
    </message>
    <message>
        <source>Lets other programs on this computer (scripts, a controller, another app) ask MusiaIA for songs and changes, follow their progress, and reach your projects, sample library and chat history over HTTP and WebSocket while MusiaIA is open.</source>
        <translation>Permite que otros programas de este ordenador (scripts, un controlador, otra aplicación) pidan canciones y cambios a MusiaIA, sigan su progreso y lean tus proyectos, tu biblioteca de samples y el historial del chat por HTTP y WebSocket mientras MusiaIA está abierto.</translation>
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
        <source>No token yet</source>
        <translation>Aún no hay token</translation>
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
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Cannot Read the Set</source>
        <translation>No se puede leer el set</translation>
    </message>
    <message>
        <source>Your history could not be opened: %1</source>
        <translation>No se ha podido abrir tu historial: %1</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::ProgressSteps</name>
    <message>
        <source>Understanding the request</source>
        <translation>Entendiendo la petición</translation>
    </message>
    <message>
        <source>Choosing samples</source>
        <translation>Eligiendo samples</translation>
    </message>
    <message>
        <source>Composing the parts</source>
        <translation>Componiendo las partes</translation>
    </message>
    <message>
        <source>Writing the Live set</source>
        <translation>Escribiendo el set de Live</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the generation</source>
        <translation>Detener la generación</translation>
    </message>
    <message>
        <source>Generation progress</source>
        <translation>Progreso de la generación</translation>
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
    <message>
        <source>Search songs, genres, keys, requests…</source>
        <translation>Buscar canciones, géneros, tonalidades, peticiones…</translation>
    </message>
    <message>
        <source>Search projects</source>
        <translation>Buscar proyectos</translation>
    </message>
    <message>
        <source>Projects and their versions</source>
        <translation>Proyectos y sus versiones</translation>
    </message>
    <message>
        <source>The history could not be opened, so projects cannot be listed.</source>
        <translation>No se ha podido abrir el historial, así que no se pueden mostrar los proyectos.</translation>
    </message>
    <message>
        <source>Projects are not available</source>
        <translation>Los proyectos no están disponibles</translation>
    </message>
    <message>
        <source>No song matches</source>
        <translation>Ninguna canción coincide</translation>
    </message>
    <message>
        <source>Nothing in your projects matches “%1”.</source>
        <translation>Nada en tus proyectos coincide con «%1».</translation>
    </message>
    <message>
        <source>Open in Live</source>
        <translation>Abrir en Live</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Delete Song…</source>
        <translation>Borrar la canción…</translation>
    </message>
    <message>
        <source>Delete Version…</source>
        <translation>Borrar la versión…</translation>
    </message>
    <message>
        <source>Export the Project Folder To</source>
        <translation>Exportar la carpeta del proyecto a</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportado a %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n version(s)? Their Live project folders are deleted from disk too.</source>
        <translation>
            <numerusform>¿Borrar «%1» y su versión? Su carpeta de proyecto de Live también se borra del disco.</numerusform>
            <numerusform>¿Borrar «%1» y sus %n versiones? Sus carpetas de proyecto de Live también se borran del disco.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete version %1 of “%2”? Its Live project folder is deleted from disk too.</source>
        <translation>¿Borrar la versión %1 de «%2»? Su carpeta de proyecto de Live también se borra del disco.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
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
            <numerusform>%n compás</numerusform>
            <numerusform>%n compases</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2
Updated %3</source>
        <translation>%1
%2
Actualizado el %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n version(s)</source>
        <translation>
            <numerusform>%1, %2, %n versión</numerusform>
            <numerusform>%1, %2, %n versiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n version(s)</source>
        <translation>
            <numerusform>%n versión</numerusform>
            <numerusform>%n versiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: «%2»</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tonalidad</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
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
    <message>
        <source>Test the connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>Test the connection to GLM</source>
        <translation>Probar la conexión con GLM</translation>
    </message>
    <message>
        <source>Test the connection to MiniMax</source>
        <translation>Probar la conexión con MiniMax</translation>
    </message>
    <message>
        <source>Sends one very short message with the key and address above</source>
        <translation>Envía un mensaje muy corto con la clave y la dirección de arriba</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected: %1 answered in %2 s.</source>
        <translation>Conectado: %1 ha respondido en %2 s.</translation>
    </message>
    <message>
        <source>Let the model think first (slower, better plans)</source>
        <translation>Dejar que el modelo piense antes (más lento, mejores planes)</translation>
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
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>A key is only sent to its provider. It never goes into the database, the settings file or a log. A message sends your words and the conversation so far; your audio files never leave this computer.</source>
        <translation>Cada clave solo se envía a su proveedor. Nunca va a la base de datos, al archivo de ajustes ni a un registro. Un mensaje envía tus palabras y la conversación hasta ese momento; tus archivos de audio nunca salen de este ordenador.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No keychain service is running on this computer&lt;/b&gt; (no Secret Service, KWallet or D-Bus session was found), so MusiaIA cannot store keys safely. Choose what to do with the keys you enter:</source>
        <translation>&lt;b&gt;No hay ningún servicio de llavero en marcha en este ordenador&lt;/b&gt; (no se ha encontrado Secret Service, KWallet ni una sesión de D-Bus), así que MusiaIA no puede guardar las claves de forma segura. Elige qué hacer con las claves que escribas:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The system keychain is not working&lt;/b&gt; (it refused or failed the last request). Choose what to do with the keys you enter:</source>
        <translation>&lt;b&gt;El llavero del sistema no funciona&lt;/b&gt; (ha rechazado o fallado la última petición). Elige qué hacer con las claves que escribas:</translation>
    </message>
    <message>
        <source>If one fails, try the other, then the offline composer</source>
        <translation>Si uno falla, probar el otro y luego el compositor sin conexión</translation>
    </message>
    <message>
        <source>Keep keys for this session only</source>
        <translation>Guardar las claves solo durante esta sesión</translation>
    </message>
    <message>
        <source>Store keys unencrypted in a file</source>
        <translation>Guardar las claves sin cifrar en un archivo</translation>
    </message>
    <message>
        <source>For this session only: MusiaIA forgets them when it quits. In a file: %1, readable by your user only.</source>
        <translation>Solo durante esta sesión: MusiaIA las olvida al cerrarse. En un archivo: %1, legible solo por tu usuario.</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::SampleModel</name>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>e.g. 124</source>
        <translation>p. ej. 124</translation>
    </message>
    <message>
        <source>e.g. Am, F#, 8A</source>
        <translation>p. ej. Am, F#, 8A</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tono</translation>
    </message>
    <message>
        <source>Kick</source>
        <translation>Bombo</translation>
    </message>
    <message>
        <source>Snare</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Clap</source>
        <translation>Palmas</translation>
    </message>
    <message>
        <source>Closed hat</source>
        <translation>Hi-hat cerrado</translation>
    </message>
    <message>
        <source>Open hat</source>
        <translation>Hi-hat abierto</translation>
    </message>
    <message>
        <source>Cymbal</source>
        <translation>Platillo</translation>
    </message>
    <message>
        <source>Tom</source>
        <translation>Tom</translation>
    </message>
    <message>
        <source>Percussion</source>
        <translation>Percusión</translation>
    </message>
    <message>
        <source>Bass</source>
        <translation>Bajo</translation>
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
        <translation>Acorde / stab</translation>
    </message>
    <message>
        <source>Vocal</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>FX</source>
        <translation>FX</translation>
    </message>
    <message>
        <source>Texture</source>
        <translation>Textura</translation>
    </message>
    <message>
        <source>Drum loop</source>
        <translation>Loop de batería</translation>
    </message>
    <message>
        <source>Music loop</source>
        <translation>Loop musical</translation>
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
        <translation>tu corrección</translation>
    </message>
    <message>
        <source>the file&apos;s tags</source>
        <translation>las etiquetas del archivo</translation>
    </message>
    <message>
        <source>the file and folder names</source>
        <translation>los nombres del archivo y la carpeta</translation>
    </message>
    <message>
        <source>listening to the audio</source>
        <translation>escuchar el audio</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1, from %2 (%3 % sure)</source>
        <translation>%1, según %2 (certeza del %3 %)</translation>
    </message>
    <message>
        <source>The file is missing: it was moved or deleted.</source>
        <translation>Falta el archivo: se ha movido o borrado.</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Etiquetas: %1</translation>
    </message>
    <message>
        <source>Type unknown</source>
        <translation>Tipo desconocido</translation>
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
        <translation>Nota raíz %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 Hz · %n channel(s)</source>
        <translation>
            <numerusform>%1 · %2 Hz · %n canal</numerusform>
            <numerusform>%1 · %2 Hz · %n canales</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>How sure MusiaIA is of the type</source>
        <translation>Cuánta certeza tiene MusiaIA sobre el tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Sure</source>
        <translation>Certeza</translation>
    </message>
    <message>
        <source>The key of a loop, or the note of a one-shot</source>
        <translation>La tonalidad de un loop, o la nota de un one-shot</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::SamplePlayer</name>
    <message>
        <source>No audio output device was found, so samples cannot be played here.</source>
        <translation>No se ha encontrado ninguna salida de audio, así que aquí no se pueden reproducir samples.</translation>
    </message>
    <message>
        <source>“%1” cannot be played: %2</source>
        <translation>No se puede reproducir «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” is missing: it was moved or deleted.</source>
        <translation>Falta «%1»: se ha movido o borrado.</translation>
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
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retorno</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Saved by %1 · %2</source>
        <translation>Guardado con %1 · %2</translation>
    </message>
    <message>
        <source>no key set</source>
        <translation>sin tonalidad</translation>
    </message>
    <message>
        <source>BPM</source>
        <translation>BPM</translation>
    </message>
    <message>
        <source>time</source>
        <translation>compás</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s)</source>
        <translation>
            <numerusform>%n compás</numerusform>
            <numerusform>%n compases</numerusform>
        </translation>
    </message>
    <message>
        <source>tracks</source>
        <translation>pistas</translation>
    </message>
    <message>
        <source>clips</source>
        <translation>clips</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>devices</source>
        <translation>dispositivos</translation>
    </message>
    <message>
        <source>Tracks (%1)</source>
        <translation>Pistas (%1)</translation>
    </message>
    <message>
        <source>Plug-ins (%1)</source>
        <translation>Plugins (%1)</translation>
    </message>
    <message>
        <source>Samples (%1)</source>
        <translation>Samples (%1)</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Pista</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Pistas</translation>
    </message>
    <message>
        <source>Plug-in</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Used on</source>
        <translation>Se usa en</translation>
    </message>
    <message>
        <source>Plug-ins</source>
        <translation>Plugins</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En este ordenador</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Falta</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::SetReportWindow</name>
    <message>
        <source>%1 — Analysis</source>
        <translation>%1 — Análisis</translation>
    </message>
    <message>
        <source>Open in Live</source>
        <translation>Abrir en Live</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
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
    <name>musiaia::gui::SongCard</name>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s)</source>
        <translation>
            <numerusform>%n compás</numerusform>
            <numerusform>%n compases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n parte</numerusform>
            <numerusform>%n partes</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Cambios: %1</translation>
    </message>
    <message>
        <source>Every part is MIDI: load your instruments in Live.</source>
        <translation>Todas las partes son MIDI: carga tus instrumentos en Live.</translation>
    </message>
    <message numerus="yes">
        <source>Uses %n sample(s) from your library, copied into the project.</source>
        <translation>
            <numerusform>Usa %n sample de tu biblioteca, copiado en el proyecto.</numerusform>
            <numerusform>Usa %n samples de tu biblioteca, copiados en el proyecto.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag into Live</source>
        <translation>Arrastrar a Live</translation>
    </message>
    <message>
        <source>Drag the set into Ableton Live&apos;s browser or arrangement, or onto the desktop</source>
        <translation>Arrastra el set al navegador o al arreglo de Ableton Live, o al escritorio</translation>
    </message>
    <message>
        <source>Drag the set into Live</source>
        <translation>Arrastrar el set a Live</translation>
    </message>
    <message>
        <source>Open in Live</source>
        <translation>Abrir en Live</translation>
    </message>
    <message>
        <source>Open the set in Live</source>
        <translation>Abrir el set en Live</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Show the set in its folder</source>
        <translation>Mostrar el set en su carpeta</translation>
    </message>
    <message>
        <source>Copy the set&apos;s path</source>
        <translation>Copiar la ruta del set</translation>
    </message>
    <message>
        <source>Song %1, version %2</source>
        <translation>Canción %1, versión %2</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::ThinkingSection</name>
    <message>
        <source>Thinking…</source>
        <translation>Pensando…</translation>
    </message>
    <message numerus="yes">
        <source>Thought for %n s</source>
        <translation>
            <numerusform>Ha pensado %n s</numerusform>
            <numerusform>Ha pensado %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>Hide the model&apos;s reasoning</source>
        <translation>Ocultar el razonamiento del modelo</translation>
    </message>
    <message>
        <source>Show the model&apos;s reasoning</source>
        <translation>Mostrar el razonamiento del modelo</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::UserBubble</name>
    <message>
        <source>You said</source>
        <translation>Has dicho</translation>
    </message>
</context>
<context>
    <name>musiaia::gui::VersionDetails</name>
    <message>
        <source>the offline composer</source>
        <translation>el compositor sin conexión</translation>
    </message>
    <message>
        <source>Drag into Live</source>
        <translation>Arrastrar a Live</translation>
    </message>
    <message>
        <source>Drag this version&apos;s set into Ableton Live, or onto the desktop</source>
        <translation>Arrastra el set de esta versión a Ableton Live o al escritorio</translation>
    </message>
    <message>
        <source>Drag the set into Live</source>
        <translation>Arrastrar el set a Live</translation>
    </message>
    <message>
        <source>Open in Live</source>
        <translation>Abrir en Live</translation>
    </message>
    <message>
        <source>Open the set with the application your system uses for Live sets</source>
        <translation>Abrir el set con la aplicación que tu sistema usa para los sets de Live</translation>
    </message>
    <message>
        <source>Open the set in Live</source>
        <translation>Abrir el set en Live</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Show the set in its folder</source>
        <translation>Mostrar el set en su carpeta</translation>
    </message>
    <message>
        <source>Export the project folder</source>
        <translation>Exportar la carpeta del proyecto</translation>
    </message>
    <message>
        <source>No song selected</source>
        <translation>Ninguna canción seleccionada</translation>
    </message>
    <message>
        <source>Version %1 of %2 · %3</source>
        <translation>Versión %1 de %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s)</source>
        <translation>
            <numerusform>%n compás</numerusform>
            <numerusform>%n compases</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;“%1”&lt;/p&gt;</source>
        <translation>&lt;p&gt;«%1»&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What changed&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qué ha cambiado&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color: %1&quot;&gt;Understood by %2.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color: %1&quot;&gt;Entendido por %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No samples from your library: every part is MIDI.</source>
        <translation>Ningún sample de tu biblioteca: todas las partes son MIDI.</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) from your library: %1</source>
        <translation>
            <numerusform>%n sample de tu biblioteca: %1</numerusform>
            <numerusform>%n samples de tu biblioteca: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Song</source>
        <translation>Borrar la canción</translation>
    </message>
    <message>
        <source>Delete Version</source>
        <translation>Borrar la versión</translation>
    </message>
    <message>
        <source>Export: copy this version&apos;s Live project folder somewhere else</source>
        <translation>Exportar: copiar la carpeta de proyecto de Live de esta versión a otro sitio</translation>
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
<context>
    <name>musiaia::music</name>
    <message>
        <source>genre profile %1: %2: %3</source>
        <translation>perfil de género %1: %2: %3</translation>
    </message>
    <message>
        <source>expected min &lt;= default &lt;= max</source>
        <translation>se esperaba mín &lt;= predeterminado &lt;= máx</translation>
    </message>
    <message>
        <source>expected objects</source>
        <translation>se esperaban objetos</translation>
    </message>
    <message>
        <source>expected 1 to 16 chords</source>
        <translation>se esperaban de 1 a 16 acordes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Roman-numeral chord</source>
        <translation>«%1» no es un acorde en números romanos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mood</source>
        <translation>«%1» no es un ambiente</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>expected [min, max] within 0..1</source>
        <translation>se esperaba [mín, máx] dentro de 0..1</translation>
    </message>
    <message>
        <source>expected at least one lane</source>
        <translation>se esperaba al menos un carril</translation>
    </message>
    <message>
        <source>unknown drum voice</source>
        <translation>voz de batería desconocida</translation>
    </message>
    <message>
        <source>expected a step string</source>
        <translation>se esperaba una cadena de pasos</translation>
    </message>
    <message>
        <source>every lane needs 16 or 32 steps, all the same</source>
        <translation>cada carril necesita 16 o 32 pasos, todos iguales</translation>
    </message>
    <message>
        <source>step %1: &apos;%2&apos; is not one of X x o g . r t</source>
        <translation>paso %1: «%2» no es ninguno de X x o g . r t</translation>
    </message>
    <message>
        <source>step %1: a triplet run needs a rest after it</source>
        <translation>paso %1: una serie de tresillos necesita un silencio detrás</translation>
    </message>
    <message>
        <source>no pattern covers energy %1</source>
        <translation>ningún patrón cubre la energía %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a fill (%2)</source>
        <translation>«%1» no es un redoble (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role</source>
        <translation>«%1» no es un papel</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used twice</source>
        <translation>«%1» se usa dos veces</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a style for %2</source>
        <translation>«%1» no es un estilo para %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a section kind</source>
        <translation>«%1» no es un tipo de sección</translation>
    </message>
    <message>
        <source>sections are whole 4-bar phrases</source>
        <translation>las secciones son frases completas de 4 compases</translation>
    </message>
    <message>
        <source>a section needs at least one part</source>
        <translation>una sección necesita al menos una parte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a part of this genre</source>
        <translation>«%1» no es una parte de este género</translation>
    </message>
    <message>
        <source>expected at least one key</source>
        <translation>se esperaba al menos una tonalidad</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key like &quot;A minor&quot;</source>
        <translation>«%1» no es una tonalidad como «A minor»</translation>
    </message>
    <message>
        <source>expected a mood mapped to a mode</source>
        <translation>se esperaba un ambiente asociado a un modo</translation>
    </message>
    <message>
        <source>expected a role mapped to a palette index 0..69</source>
        <translation>se esperaba un papel asociado a un índice de paleta 0..69</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: aliases are lower case</source>
        <translation>«%1»: los alias van en minúsculas</translation>
    </message>
    <message>
        <source>genre profile: not a JSON object (%1 at %2)</source>
        <translation>perfil de género: no es un objeto JSON (%1 en %2)</translation>
    </message>
    <message>
        <source>Drums</source>
        <translation>Batería</translation>
    </message>
    <message>
        <source>Kick</source>
        <translation>Bombo</translation>
    </message>
    <message>
        <source>Snare</source>
        <translation>Caja</translation>
    </message>
    <message>
        <source>Hats</source>
        <translation>Hi-hats</translation>
    </message>
    <message>
        <source>Percussion</source>
        <translation>Percusión</translation>
    </message>
    <message>
        <source>Bass</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Chords</source>
        <translation>Acordes</translation>
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
        <translation>Arpegio</translation>
    </message>
    <message>
        <source>FX</source>
        <translation>FX</translation>
    </message>
    <message>
        <source>invalid plan: %1</source>
        <translation>plan no válido: %1</translation>
    </message>
    <message>
        <source>invalid plan: %1: %2</source>
        <translation>plan no válido: %1: %2</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>unknown field (allowed: %1)</source>
        <translation>campo desconocido (se admiten: %1)</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>se esperaba una cadena y llegó %1</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>más largo de %1 caracteres</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2, got %3</source>
        <translation>se esperaba un número de %1 a %2 y llegó %3</translation>
    </message>
    <message>
        <source>expected an integer from %1 to %2, got %3</source>
        <translation>se esperaba un entero de %1 a %2 y llegó %3</translation>
    </message>
    <message>
        <source>expected an array of strings, got %1</source>
        <translation>se esperaba una lista de cadenas y llegó %1</translation>
    </message>
    <message>
        <source>more than %1 items</source>
        <translation>más de %1 elementos</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>se esperaba una cadena</translation>
    </message>
    <message>
        <source>expected an object {&quot;root&quot;: &quot;A&quot;, &quot;mode&quot;: &quot;minor&quot;}</source>
        <translation>se esperaba un objeto {&quot;root&quot;: &quot;A&quot;, &quot;mode&quot;: &quot;minor&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a note name (A, F#, Bb ...)</source>
        <translation>«%1» no es un nombre de nota (A, F#, Bb…)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mode (%2)</source>
        <translation>«%1» no es un modo (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a section kind (%2)</source>
        <translation>«%1» no es un tipo de sección (%2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role (%2)</source>
        <translation>«%1» no es un papel (%2)</translation>
    </message>
    <message>
        <source>expected an array, got %1</source>
        <translation>se esperaba una lista y llegó %1</translation>
    </message>
    <message>
        <source>expected 1 to %1 items, got %2</source>
        <translation>se esperaban de 1 a %1 elementos y llegaron %2</translation>
    </message>
    <message>
        <source>expected an object {&quot;bars&quot;: 64} or {&quot;seconds&quot;: 180}</source>
        <translation>se esperaba un objeto {&quot;bars&quot;: 64} o {&quot;seconds&quot;: 180}</translation>
    </message>
    <message>
        <source>give either &quot;bars&quot; or &quot;seconds&quot;</source>
        <translation>indica &quot;bars&quot; o &quot;seconds&quot;, no ambos</translation>
    </message>
    <message>
        <source>expected an object {&quot;numerator&quot;: 4, &quot;denominator&quot;: 4}</source>
        <translation>se esperaba un objeto {&quot;numerator&quot;: 4, &quot;denominator&quot;: 4}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Roman-numeral chord (i, VI, bII, iv7, VImaj7 ...)</source>
        <translation>«%1» no es un acorde en números romanos (i, VI, bII, iv7, VImaj7…)</translation>
    </message>
    <message>
        <source>the plan is not valid JSON: %1 at character %2</source>
        <translation>el plan no es JSON válido: %1 en el carácter %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>missing (one of %1)</source>
        <translation>falta (uno de %1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mood (%2)</source>
        <translation>«%1» no es un ambiente (%2)</translation>
    </message>
    <message>
        <source>expected at least one chord</source>
        <translation>se esperaba al menos un acorde</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known genre (%2)</source>
        <translation>«%1» no es un género conocido (%2)</translation>
    </message>
    <message>
        <source>%1 BPM is outside %2 to %3</source>
        <translation>%1 BPM está fuera del rango de %2 a %3</translation>
    </message>
    <message>
        <source>%1 % is outside 50 to 75</source>
        <translation>%1 % está fuera del rango de 50 a 75</translation>
    </message>
    <message>
        <source>%1/%2: the composer writes 4/4 only</source>
        <translation>%1/%2: el compositor solo escribe en 4/4</translation>
    </message>
    <message>
        <source>expected 1 to 8 bars per chord</source>
        <translation>se esperaban de 1 a 8 compases por acorde</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be lower-case letters, digits, - or _</source>
        <translation>«%1» solo puede tener minúsculas, cifras, - o _</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by two parts</source>
        <translation>«%1» lo usan dos partes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a style for %2 (%3)</source>
        <translation>«%1» no es un estilo para %2 (%3)</translation>
    </message>
    <message>
        <source>expected a palette index from 0 to 69</source>
        <translation>se esperaba un índice de paleta de 0 a 69</translation>
    </message>
    <message>
        <source>expected 1 to %1 bars</source>
        <translation>se esperaban de 1 a %1 compases</translation>
    </message>
    <message>
        <source>expected a number from 0 to 1</source>
        <translation>se esperaba un número de 0 a 1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role, and the plan defines no parts</source>
        <translation>«%1» no es un papel, y el plan no define partes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the id of a part in &quot;parts&quot;</source>
        <translation>«%1» no es el id de ninguna parte de &quot;parts&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>«%1» aparece dos veces</translation>
    </message>
    <message>
        <source>%1 bars in all: at most %2</source>
        <translation>%1 compases en total: como mucho %2</translation>
    </message>
    <message>
        <source>out of range</source>
        <translation>fuera de rango</translation>
    </message>
    <message>
        <source>section &quot;%1&quot;: %2</source>
        <translation>sección «%1»: %2</translation>
    </message>
    <message>
        <source>section &quot;%1&quot; has no chords</source>
        <translation>la sección «%1» no tiene acordes</translation>
    </message>
    <message>
        <source>the plan is not complete: complete it with completePlan() first</source>
        <translation>el plan no está completo: complétalo antes con completePlan()</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no genre profile</source>
        <translation>«%1» no tiene perfil de género</translation>
    </message>
    <message>
        <source>stopped while composing</source>
        <translation>detenido mientras componía</translation>
    </message>
    <message>
        <source>the plan has no parts to play</source>
        <translation>el plan no tiene partes que tocar</translation>
    </message>
    <message>
        <source>no genre named: made it %1</source>
        <translation>no se nombró ningún género: lo hice %1</translation>
    </message>
    <message>
        <source>found nothing musical in the request: made a %1 track</source>
        <translation>no encontré nada musical en la petición: hice un track de %1</translation>
    </message>
    <message>
        <source>%1 BPM is outside %2&apos;s usual %3 to %4 BPM: kept %1</source>
        <translation>%1 BPM está fuera del rango habitual de %2 (%3 a %4 BPM): se mantienen %1</translation>
    </message>
    <message>
        <source>every part was left out: there is nothing to play</source>
        <translation>se quitaron todas las partes: no queda nada que tocar</translation>
    </message>
    <message>
        <source>%1 has no style &quot;%2&quot;: used the genre&apos;s</source>
        <translation>%1 no tiene el estilo «%2»: se usó el del género</translation>
    </message>
    <message>
        <source>the request is empty: say what to make, e.g. &quot;house a 124 BPM en La menor&quot;</source>
        <translation>la petición está vacía: di qué hacer, p. ej. «house a 124 BPM en La menor»</translation>
    </message>
</context>
<context>
    <name>musiaia::music::ObjectReader</name>
    <message>
        <source>unknown field</source>
        <translation>campo desconocido</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>se esperaba una cadena no vacía</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>se esperaba un número de %1 a %2</translation>
    </message>
    <message>
        <source>expected an integer</source>
        <translation>se esperaba un entero</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>se esperaba true o false</translation>
    </message>
    <message>
        <source>expected an array of strings</source>
        <translation>se esperaba una lista de cadenas</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <source>expected a non-empty array</source>
        <translation>se esperaba una lista no vacía</translation>
    </message>
</context>
<context>
    <name>musiaia::music::Parser</name>
    <message>
        <source>read &quot;%1&quot; as &quot;%2&quot;</source>
        <translation>he leído «%1» como «%2»</translation>
    </message>
    <message>
        <source>asked for two keys (&quot;%1&quot; and &quot;%2&quot;): kept %3</source>
        <translation>pediste dos tonalidades («%1» y «%2»): me quedo con %3</translation>
    </message>
    <message>
        <source>%1 BPM is faster than MusiaIA writes (%2 to %3): ignored</source>
        <translation>%1 BPM es más rápido de lo que escribe MusiaIA (de %2 a %3): no lo tengo en cuenta</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is outside the tempos MusiaIA writes (%2 to %3 BPM): ignored</source>
        <translation>«%1» está fuera de los tempos que escribe MusiaIA (de %2 a %3 BPM): no lo tengo en cuenta</translation>
    </message>
    <message>
        <source>asked for two tempos (&quot;%1&quot; and &quot;%2&quot;): kept %3 BPM</source>
        <translation>pediste dos tempos («%1» y «%2»): me quedo con %3 BPM</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a length MusiaIA can write (4 to %2 bars, 15 s to 30 min): ignored</source>
        <translation>«%1» no es una duración que MusiaIA pueda escribir (de 4 a %2 compases, de 15 s a 30 min): no la tengo en cuenta</translation>
    </message>
    <message>
        <source>asked for two lengths (&quot;%1&quot; and &quot;%2&quot;): kept &quot;%1&quot;</source>
        <translation>pediste dos duraciones («%1» y «%2»): me quedo con «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: swing goes from 50 % (straight) to 75 %: ignored</source>
        <translation>«%1»: el swing va del 50 % (recto) al 75 %: no lo tengo en cuenta</translation>
    </message>
    <message>
        <source>asked for swing twice (&quot;%1&quot; and &quot;%2&quot;): kept &quot;%1&quot;</source>
        <translation>pediste swing dos veces («%1» y «%2»): me quedo con «%1»</translation>
    </message>
    <message>
        <source>named two genres (&quot;%1&quot; and &quot;%2&quot;): kept &quot;%1&quot;</source>
        <translation>nombraste dos géneros («%1» y «%2»): me quedo con «%1»</translation>
    </message>
    <message>
        <source>asked for two moods (&quot;%1&quot; and &quot;%2&quot;): kept &quot;%1&quot;</source>
        <translation>pediste dos ambientes («%1» y «%2»): me quedo con «%1»</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: MusiaIA writes no vocals yet; the lead carries the melody</source>
        <translation>«%1»: MusiaIA aún no escribe voces; el lead lleva la melodía</translation>
    </message>
    <message>
        <source>asked for &quot;%1&quot; and &quot;%2&quot;: kept &quot;%1&quot;</source>
        <translation>pediste «%1» y «%2»: me quedo con «%1»</translation>
    </message>
    <message>
        <source>asked for both &quot;%1&quot; and &quot;%2&quot;: kept the %3</source>
        <translation>pediste «%1» y también «%2»: mantengo %3</translation>
    </message>
    <message>
        <source>asked for two sizes of the %1 (&quot;%2&quot; and &quot;%3&quot;): kept &quot;%2&quot;</source>
        <translation>pediste dos tamaños para %1 («%2» y «%3»): me quedo con «%2»</translation>
    </message>
</context>
<context>
    <name>musiaia::music::planner</name>
    <message>
        <source>&quot;%1&quot; would leave no section at all: kept it</source>
        <translation>«%1» no dejaría ninguna sección: se mantiene</translation>
    </message>
    <message>
        <source>the sections asked for take %1 bars, more than the %2 of the length asked: kept the sections</source>
        <translation>las secciones pedidas ocupan %1 compases, más que los %2 de la duración pedida: se mantienen las secciones</translation>
    </message>
</context>
</TS>
