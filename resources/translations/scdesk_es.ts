<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>AnnualReport</name>
        <message>
            <source>Exchanges</source>
            <translation>Intercambios</translation>
        </message>
        <message>
            <source>The partnerships one by one</source>
            <translation>Los hermanamientos uno a uno</translation>
        </message>
        <message>
            <source>Annual report {period}</source>
            <translation>Informe anual {period}</translation>
        </message>
        <message>
            <source>January to December {year}</source>
            <translation>De enero a diciembre de {year}</translation>
        </message>
        <message>
            <source>The year at a glance</source>
            <translation>El año de un vistazo</translation>
        </message>
        <message>
            <source>No exchanges and no volunteer hours were recorded {period}.</source>
            <translation>No se registraron intercambios ni horas de voluntariado {period}.</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Hermanamientos</translation>
        </message>
        <message>
            <source>Partner city</source>
            <translation>Ciudad hermana</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Status at the end of the period</source>
            <translation>Estado al final del periodo</translation>
        </message>
        <message>
            <source>Agreement signed</source>
            <translation>Acuerdo firmado</translation>
        </message>
        <message>
            <source>No partnerships were recorded by the end of the period.</source>
            <translation>No había hermanamientos registrados al final del periodo.</translation>
        </message>
        <message>
            <source>New partnerships: {names}.</source>
            <translation>Hermanamientos nuevos: {names}.</translation>
        </message>
        <message>
            <source>Status changes</source>
            <translation>Cambios de estado</translation>
        </message>
        <message>
            <source>Agreements signed and renewed</source>
            <translation>Acuerdos firmados y renovados</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>Nuevo estado</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>No partnership changed status {period}.</source>
            <translation>Ningún hermanamiento cambió de estado {period}.</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Acuerdo</translation>
        </message>
        <message>
            <source>Signed for us by</source>
            <translation>Firmado por nuestra parte por</translation>
        </message>
        <message>
            <source>Signed for the partner by</source>
            <translation>Firmado por la otra ciudad por</translation>
        </message>
        <message>
            <source>Renewed</source>
            <translation>Renovado</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Firmado</translation>
        </message>
        <message>
            <source>No agreement was signed or renewed {period}.</source>
            <translation>No se firmó ni renovó ningún acuerdo {period}.</translation>
        </message>
        <message>
            <source>Volunteer hours</source>
            <translation>Horas de voluntariado</translation>
        </message>
        <message>
            <source>By committee</source>
            <translation>Por comité</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Comité</translation>
        </message>
        <message>
            <source>No committee</source>
            <translation>Sin comité</translation>
        </message>
        <message>
            <source>{people} gave {hours} in {entries}. An entry counts for its own committee, or else for the committee of its exchange.</source>
            <translation>Total: {hours} en {entries}, de {people}. Cada anotación cuenta para su propio comité o, si no tiene, para el comité de su intercambio.</translation>
        </message>
        <message>
            <source>One person</source>
            <translation>una persona</translation>
        </message>
        <message>
            <source>{count} people</source>
            <translation>{count} personas</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 hora</translation>
        </message>
        <message>
            <source>{count} hours</source>
            <translation>{count} horas</translation>
        </message>
        <message>
            <source>1 entry</source>
            <translation>1 anotación</translation>
        </message>
        <message>
            <source>{count} entries</source>
            <translation>{count} anotaciones</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Socios</translation>
        </message>
        <message>
            <source>No members were recorded by {year}.</source>
            <translation>No había socios registrados en {year}.</translation>
        </message>
        <message>
            <source>Membership</source>
            <translation>Afiliación</translation>
        </message>
        <message>
            <source>Members over the years</source>
            <translation>Socios a lo largo de los años</translation>
        </message>
        <message>
            <source>Members are the people with a “member since” date who had joined by the end of the period; active, inactive and lapsed are their status today. The chart counts everyone who had joined by the end of each year.</source>
            <translation>Son socios las personas con fecha de «socio desde» que se habían incorporado al final del periodo; activo, inactivo y de baja indican su situación actual. El gráfico cuenta a todos los que se habían incorporado al final de cada año.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Presidencia</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Host nights</source>
            <translation>Noches de acogida</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Reuniones</translation>
        </message>
    </context>
    <context>
        <name>BackupMover</name>
        <message>
            <source>Moving the backups of {organization}…</source>
            <translation>Moviendo las copias de seguridad de {organization}…</translation>
        </message>
        <message>
            <source>Moving the backups</source>
            <translation>Traslado de las copias de seguridad</translation>
        </message>
        <message>
            <source>Stop after this backup</source>
            <translation>Parar después de esta copia</translation>
        </message>
        <message>
            <source>Stopping after this backup; those moved stay moved…</source>
            <translation>Parando después de esta copia; las ya movidas se quedan en la carpeta nueva…</translation>
        </message>
        <message>
            <source>These stayed in the old folder, because the new one already has a different backup by the same name: {names}</source>
            <translation>Estas se quedaron en la carpeta anterior, porque la nueva ya tiene otra copia distinta con el mismo nombre: {names}</translation>
        </message>
        <message>
            <source>The move stopped: {problem}</source>
            <translation>El traslado se detuvo: {problem}</translation>
        </message>
        <message>
            <source>You stopped the move.</source>
            <translation>Usted detuvo el traslado.</translation>
        </message>
        <message>
            <source>One backup is still in the old folder, whole.</source>
            <translation>Una copia sigue en la carpeta anterior, completa.</translation>
        </message>
        <message>
            <source>{count} backups are still in the old folder, whole.</source>
            <translation>{count} copias siguen en la carpeta anterior, completas.</translation>
        </message>
        <message>
            <source>Move them now, or later by pressing OK in Preferences.</source>
            <translation>Muévalas ahora, o más tarde pulsando Aceptar en Preferencias.</translation>
        </message>
        <message>
            <source>The move stopped: {problem}

Every backup is still whole in one of the two folders.</source>
            <translation>El traslado se detuvo: {problem}

Cada copia sigue completa en una de las dos carpetas.</translation>
        </message>
        <message>
            <source>One backup was moved to the new folder.</source>
            <translation>Se movió una copia a la carpeta nueva.</translation>
        </message>
        <message>
            <source>{count} backups were moved to the new folder.</source>
            <translation>Se movieron {count} copias a la carpeta nueva.</translation>
        </message>
        <message>
            <source>&amp;Move the rest now</source>
            <translation>&amp;Mover el resto ahora</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>Más &amp;tarde</translation>
        </message>
    </context>
    <context>
        <name>BackupSchedule</name>
        <message>
            <source>Backing up</source>
            <translation>Haciendo copia de seguridad</translation>
        </message>
        <message>
            <source>Backing up what changed since the last backup…</source>
            <translation>Copiando lo que cambió desde la última copia de seguridad…</translation>
        </message>
        <message>
            <source>Backing up before closing</source>
            <translation>Copia de seguridad antes de cerrar</translation>
        </message>
        <message>
            <source>Close without backup</source>
            <translation>Cerrar sin copia de seguridad</translation>
        </message>
        <message>
            <source>The automatic backup failed: {problem}</source>
            <translation>Falló la copia de seguridad automática: {problem}</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>made by hand</source>
            <translation>hecha a mano</translation>
        </message>
        <message>
            <source>before scdesk was upgraded</source>
            <translation>antes de actualizar scdesk</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>antes de una importación</translation>
        </message>
        <message>
            <source>before two records were merged</source>
            <translation>antes de unir dos registros</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>antes de una restauración</translation>
        </message>
        <message>
            <source>when scdesk was closed</source>
            <translation>al cerrar scdesk</translation>
        </message>
        <message>
            <source>hourly, while you worked</source>
            <translation>cada hora, mientras trabajaba</translation>
        </message>
        <message>
            <source>people</source>
            <translation>personas</translation>
        </message>
        <message>
            <source>contact details</source>
            <translation>datos de contacto</translation>
        </message>
        <message>
            <source>exchanges</source>
            <translation>intercambios</translation>
        </message>
        <message>
            <source>exchange participants</source>
            <translation>participantes en intercambios</translation>
        </message>
        <message>
            <source>host placements</source>
            <translation>alojamientos</translation>
        </message>
        <message>
            <source>itinerary items</source>
            <translation>actividades del programa</translation>
        </message>
        <message>
            <source>partnerships</source>
            <translation>hermanamientos</translation>
        </message>
        <message>
            <source>committees</source>
            <translation>comités</translation>
        </message>
        <message>
            <source>committee posts</source>
            <translation>cargos en comités</translation>
        </message>
        <message>
            <source>meetings</source>
            <translation>reuniones</translation>
        </message>
        <message>
            <source>meeting attendances</source>
            <translation>asistencias a reuniones</translation>
        </message>
        <message>
            <source>volunteer hours</source>
            <translation>horas de voluntariado</translation>
        </message>
        <message>
            <source>attachments</source>
            <translation>adjuntos</translation>
        </message>
        <message>
            <source>the organization's profile</source>
            <translation>el perfil de la organización</translation>
        </message>
        <message>
            <source>The {count} changes made after {when} would be undone ({kinds}).</source>
            <translation>Se desharían los {count} cambios hechos después del {when} ({kinds}).</translation>
        </message>
        <message>
            <source>Everything changed after {when} would be lost: the damaged database cannot tell how much that is.</source>
            <translation>Se perdería todo lo cambiado después del {when}: la base de datos dañada no permite saber cuánto es.</translation>
        </message>
        <message>
            <source>Nothing was changed after {when}, so nothing would be lost.</source>
            <translation>No se cambió nada después del {when}, así que no se perdería nada.</translation>
        </message>
        <message>
            <source>The one change made after {when} would be undone ({kinds}).</source>
            <translation>Se desharía el único cambio hecho después del {when} ({kinds}).</translation>
        </message>
        <message>
            <source>{kind}: {count}</source>
            <translation>{kind}: {count}</translation>
        </message>
    </context>
    <context>
        <name>BackupsModel</name>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Por qué</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Tamaño</translation>
        </message>
    </context>
    <context>
        <name>BackupsPage</name>
        <message>
            <source>&lt;h2&gt;Backups&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Copias de seguridad&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Hacer copia ahora</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Hacer copia ahora</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurar…</translation>
        </message>
        <message>
            <source>Restore the chosen backup</source>
            <translation>Restaurar la copia elegida</translation>
        </message>
        <message>
            <source>Open the backups &amp;folder</source>
            <translation>Abrir la &amp;carpeta de copias</translation>
        </message>
        <message>
            <source>Open the backups folder</source>
            <translation>Abrir la carpeta de copias</translation>
        </message>
        <message>
            <source>&amp;Check for problems</source>
            <translation>&amp;Buscar problemas</translation>
        </message>
        <message>
            <source>Check the records for problems</source>
            <translation>Buscar problemas en los datos</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>scdesk keeps copies of your records and attached files: before every import, merge and restore, when you close it after a change, and every hour while you work. It keeps the newest {count}, then one a day for a week, one a week for five weeks and one a month for a year.</source>
            <translation>scdesk guarda copias de sus datos y de los archivos adjuntos: antes de cada importación, unión y restauración, al cerrarlo después de un cambio y cada hora mientras trabaja. Conserva las {count} más recientes y después una por día durante una semana, una por semana durante cinco semanas y una por mes durante un año.</translation>
        </message>
        <message>
            <source>They are kept in {folder}. Preferences can move them to another disk.</source>
            <translation>Se guardan en {folder}. En Preferencias puede llevarlas a otro disco.</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s), {size}</source>
            <translation>
                <numerusform>%n copia, {size}</numerusform>
                <numerusform>%n copias, {size}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attached file(s) could not be found in any backup.</source>
            <translation>
                <numerusform>No se encontró %n archivo adjunto en ninguna copia.</numerusform>
                <numerusform>No se encontraron %n archivos adjuntos en ninguna copia.</numerusform>
            </translation>
        </message>
        <message>
            <source>That did not work: {problem}</source>
            <translation>No funcionó: {problem}</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Haciendo la copia…</translation>
        </message>
        <message>
            <source>Backing up</source>
            <translation>Haciendo copia de seguridad</translation>
        </message>
        <message>
            <source>Cancelled; no backup was made.</source>
            <translation>Cancelado; no se hizo ninguna copia.</translation>
        </message>
        <message>
            <source>Backed up. The new backup is at the top of the list.</source>
            <translation>Copia hecha. La nueva copia está al principio de la lista.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurar una copia</translation>
        </message>
        <message>
            <source>Put back your records as they were on {when}?</source>
            <translation>¿Volver a dejar sus datos como estaban el {when}?</translation>
        </message>
        <message>
            <source>Your records as they are now are backed up first, so you can come back to them.</source>
            <translation>Antes se hace una copia de sus datos tal como están ahora, para que pueda volver a ellos.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurar</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restaurando…</translation>
        </message>
        <message>
            <source>Restoring a backup</source>
            <translation>Restaurando una copia</translation>
        </message>
        <message>
            <source>Restored the backup of {when}. Your records as they were just before are kept as the newest backup.</source>
            <translation>Se restauró la copia del {when}. Sus datos tal como estaban justo antes se guardan como la copia más reciente.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Comprobando…</translation>
        </message>
        <message>
            <source>Checking the records</source>
            <translation>Comprobando los datos</translation>
        </message>
        <message>
            <source>No problems found: the database, its search index and the attached files are all in order.</source>
            <translation>No se encontraron problemas: la base de datos, su índice de búsqueda y los archivos adjuntos están en orden.</translation>
        </message>
        <message>
            <source>Problems found:
{problems}
Restore the newest backup made before they appeared, or ask for help.</source>
            <translation>Se encontraron problemas:
{problems}
Restaure la copia más reciente anterior a su aparición o pida ayuda.</translation>
        </message>
    </context>
    <context>
        <name>ChooseOrganizationDialog</name>
        <message>
            <source>Welcome to scdesk</source>
            <translation>Bienvenido a scdesk</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Welcome to scdesk&lt;/h2&gt;&lt;p&gt;scdesk keeps your sister city organization's partnerships, committees, exchanges, people and volunteer hours on this computer. It works without an internet connection.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Bienvenido a scdesk&lt;/h2&gt;&lt;p&gt;scdesk guarda en este ordenador los hermanamientos, comités, intercambios, personas y horas de voluntariado de su organización de ciudades hermanas. Funciona sin conexión a internet.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>Idio&amp;ma:</translation>
        </message>
        <message>
            <source>Open an organization on this computer</source>
            <translation>Abrir una organización de este ordenador</translation>
        </message>
        <message>
            <source>Organizations on this computer</source>
            <translation>Organizaciones de este ordenador</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>There is no organization on this computer yet.</source>
            <translation>Todavía no hay ninguna organización en este ordenador.</translation>
        </message>
        <message>
            <source>Create a new organization</source>
            <translation>Crear una organización nueva</translation>
        </message>
        <message>
            <source>e.g. Springfield Sister Cities</source>
            <translation>p. ej., Springfield Sister Cities</translation>
        </message>
        <message>
            <source>Organization name</source>
            <translation>Nombre de la organización</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Crear</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>C&amp;ity:</source>
            <translation>C&amp;iudad:</translation>
        </message>
        <message>
            <source>Co&amp;untry:</source>
            <translation>&amp;País:</translation>
        </message>
        <message>
            <source>Just looking?</source>
            <translation>¿Solo quiere echar un vistazo?</translation>
        </message>
        <message>
            <source>Open the demo organization “Springfield Sister Cities”: six partnerships, about 150 people and ten years of exchanges, all made up.</source>
            <translation>Abra la organización de demostración «Springfield Sister Cities»: seis hermanamientos, unas 150 personas y diez años de intercambios, todo inventado.</translation>
        </message>
        <message>
            <source>Open the &amp;demo</source>
            <translation>Abrir la &amp;demostración</translation>
        </message>
        <message>
            <source>Create the &amp;demo</source>
            <translation>Crear la &amp;demostración</translation>
        </message>
        <message>
            <source>The organization was not created</source>
            <translation>No se creó la organización</translation>
        </message>
        <message>
            <source>The demo was not created</source>
            <translation>No se creó la demostración</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <source>Say what each column holds</source>
            <translation>Indique qué contiene cada columna</translation>
        </message>
        <message>
            <source>scdesk guessed from the column names. Change any choice; columns set to “Not imported” are left out.</source>
            <translation>scdesk lo ha deducido de los nombres de las columnas. Cambie lo que quiera; las columnas marcadas «No se importa» se dejan fuera.</translation>
        </message>
        <message>
            <source>Columns of the file</source>
            <translation>Columnas del archivo</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Columna del archivo</translation>
        </message>
        <message>
            <source>Examples</source>
            <translation>Ejemplos</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importar como</translation>
        </message>
        <message>
            <source>How dates like 01/05/2020 are read</source>
            <translation>Cómo se leen fechas como 01/05/2020</translation>
        </message>
        <message>
            <source>Kind of people in the file</source>
            <translation>Tipo de personas del archivo</translation>
        </message>
        <message>
            <source>&amp;Dates like 01/05/2020:</source>
            <translation>&amp;Fechas como 01/05/2020:</translation>
        </message>
        <message>
            <source>&amp;People in this file are:</source>
            <translation>Las &amp;personas de este archivo son:</translation>
        </message>
        <message>
            <source>&amp;Save these choices as…</source>
            <translation>&amp;Guardar estas opciones como…</translation>
        </message>
        <message>
            <source>Save the column choices under a name</source>
            <translation>Guardar las opciones de columnas con un nombre</translation>
        </message>
        <message>
            <source>Import “{column}” as</source>
            <translation>Importar «{column}» como</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>No se importa</translation>
        </message>
        <message>
            <source>Save the column choices</source>
            <translation>Guardar las opciones de columnas</translation>
        </message>
        <message>
            <source>Name for these choices (to use them again for the next file like this):</source>
            <translation>Nombre para estas opciones (para usarlas de nuevo con el próximo archivo como este):</translation>
        </message>
        <message>
            <source>The choices were not saved</source>
            <translation>No se guardaron las opciones</translation>
        </message>
        <message>
            <source>Saved as “{name}”.</source>
            <translation>Guardado como «{name}».</translation>
        </message>
    </context>
    <context>
        <name>CommitteeEditor</name>
        <message>
            <source>committee</source>
            <translation>comité</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Miembros</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Reuniones</translation>
        </message>
        <message>
            <source>The committee</source>
            <translation>El comité</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>Serves the &amp;partnership:</source>
            <translation>Trabaja en el &amp;hermanamiento:</translation>
        </message>
        <message>
            <source>(none: a standing committee)</source>
            <translation>(ninguno: comité permanente)</translation>
        </message>
        <message>
            <source>&amp;What it does:</source>
            <translation>&amp;Qué hace:</translation>
        </message>
        <message>
            <source>Members and posts</source>
            <translation>Miembros y cargos</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Nobody holds a post on this committee yet.</source>
            <translation>Todavía nadie tiene un cargo en este comité.</translation>
        </message>
        <message>
            <source>&amp;Add a member…</source>
            <translation>&amp;Añadir un miembro…</translation>
        </message>
        <message>
            <source>&amp;End term…</source>
            <translation>&amp;Terminar mandato…</translation>
        </message>
        <message>
            <source>Show &amp;past members too</source>
            <translation>Mostrar también los miembros &amp;anteriores</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Asistentes</translation>
        </message>
        <message>
            <source>No meetings recorded yet.</source>
            <translation>Aún no hay reuniones registradas.</translation>
        </message>
        <message>
            <source>&amp;Record a meeting…</source>
            <translation>&amp;Registrar una reunión…</translation>
        </message>
        <message>
            <source>&amp;Open meeting…</source>
            <translation>&amp;Abrir la reunión…</translation>
        </message>
        <message>
            <source>Remove meeting</source>
            <translation>Quitar la reunión</translation>
        </message>
        <message>
            <source>Add a member</source>
            <translation>Añadir un miembro</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Persona:</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>For a post entered by mistake; to record that a term ended, use End term</source>
            <translation>Para un cargo anotado por error; para registrar que un mandato terminó, use Terminar mandato</translation>
        </message>
        <message>
            <source>Type a name, email or phone</source>
            <translation>Escriba un nombre, correo o teléfono</translation>
        </message>
        <message>
            <source>P&amp;ost:</source>
            <translation>Car&amp;go:</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>sin indicar</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>&amp;Hasta:</translation>
        </message>
        <message>
            <source>open-ended</source>
            <translation>sin fecha de fin</translation>
        </message>
        <message>
            <source>End a term</source>
            <translation>Terminar un mandato</translation>
        </message>
        <message>
            <source>The term &amp;ends on:</source>
            <translation>El mandato &amp;termina el:</translation>
        </message>
        <message>
            <source>Remove member</source>
            <translation>Quitar miembro</translation>
        </message>
        <message>
            <source>Record a meeting</source>
            <translation>Registrar una reunión</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Fecha:</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Lugar:</translation>
        </message>
        <message>
            <source>Type a name to add who attended</source>
            <translation>Escriba un nombre para añadir a quien asistió</translation>
        </message>
        <message>
            <source>Add all current &amp;members</source>
            <translation>Añadir a todos los &amp;miembros actuales</translation>
        </message>
        <message>
            <source>&amp;Attended:</source>
            <translation>&amp;Asistentes:</translation>
        </message>
        <message>
            <source>Mi&amp;nutes:</source>
            <translation>Ac&amp;ta:</translation>
        </message>
    </context>
    <context>
        <name>CommitteesPage</name>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>Name or description</source>
            <translation>Nombre o descripción</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Cualquiera</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>&amp;Hermanamiento:</translation>
        </message>
        <message>
            <source>&amp;New committee</source>
            <translation>&amp;Nuevo comité</translation>
        </message>
        <message numerus="yes">
            <source>%Ln committee(s)</source>
            <translation>
                <numerusform>%Ln comité</numerusform>
                <numerusform>%Ln comités</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln committee(s)</source>
            <translation>
                <numerusform>{shown} de %Ln comité</numerusform>
                <numerusform>{shown} de %Ln comités</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CommitteesTableModel</name>
        <message>
            <source>Committee</source>
            <translation>Comité</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Hermanamiento</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Presidencia</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Miembros</translation>
        </message>
        <message>
            <source>Last meeting</source>
            <translation>Última reunión</translation>
        </message>
    </context>
    <context>
        <name>ContactsImport</name>
        <message>
            <source>Day first: 01/05/2020 is 1 May</source>
            <translation>Día primero: 01/05/2020 es el 1 de mayo</translation>
        </message>
        <message>
            <source>Month first: 01/05/2020 is 5 January (United States)</source>
            <translation>Mes primero: 01/05/2020 es el 5 de enero (Estados Unidos)</translation>
        </message>
        <message>
            <source>commas</source>
            <translation>comas</translation>
        </message>
        <message>
            <source>semicolons</source>
            <translation>puntos y comas</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation>tabuladores</translation>
        </message>
        <message>
            <source>vertical bars</source>
            <translation>barras verticales</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Nombre de pila</translation>
        </message>
        <message>
            <source>Middle name (added to the given name)</source>
            <translation>Segundo nombre (se añade al nombre de pila)</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Apellidos</translation>
        </message>
        <message>
            <source>Full name (“First Last” or “Last, First”)</source>
            <translation>Nombre completo («Nombre Apellido» o «Apellido, Nombre»)</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Another email</source>
            <translation>Otro correo</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Another phone</source>
            <translation>Otro teléfono</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Calle</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Region or state</source>
            <translation>Región o estado</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Código postal</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Member since</source>
            <translation>Socio desde</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Comité</translation>
        </message>
        <message>
            <source>Post on the committee</source>
            <translation>Cargo en el comité</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Habilidades</translation>
        </message>
        <message>
            <source>Kind of person</source>
            <translation>Tipo de persona</translation>
        </message>
        <message>
            <source>Central directory id</source>
            <translation>Identificador en el directorio central</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Socios</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>Voluntarios</translation>
        </message>
        <message>
            <source>Host families</source>
            <translation>Familias de acogida</translation>
        </message>
        <message>
            <source>Guests from abroad</source>
            <translation>Invitados del extranjero</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>A CSV file in {encoding}, separated by {separator}: {rows} rows.</source>
            <translation>Un archivo CSV en {encoding}, separado por {separator}: {rows} filas.</translation>
        </message>
        <message>
            <source>An Excel workbook, sheet “{sheet}”: {rows} rows.</source>
            <translation>Un libro de Excel, hoja «{sheet}»: {rows} filas.</translation>
        </message>
        <message>
            <source>An address book (vCard) in {encoding}: {rows} cards.</source>
            <translation>Una libreta de direcciones (vCard) en {encoding}: {rows} tarjetas.</translation>
        </message>
        <message>
            <source>Like someone already here: decide ({count})</source>
            <translation>Parecen personas que ya están: decida ({count})</translation>
        </message>
        <message>
            <source>To change ({count})</source>
            <translation>Por modificar ({count})</translation>
        </message>
        <message>
            <source>To add ({count})</source>
            <translation>Por añadir ({count})</translation>
        </message>
        <message>
            <source>Already up to date ({count})</source>
            <translation>Ya al día ({count})</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
    </context>
    <context>
        <name>ContactsImportDialog</name>
        <message>
            <source>Import people from a spreadsheet or address book</source>
            <translation>Importar personas de una hoja de cálculo o una libreta de direcciones</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>Comparing the file with your records</source>
            <translation>Comparando el archivo con sus datos</translation>
        </message>
        <message>
            <source>Importing people</source>
            <translation>Importando personas</translation>
        </message>
        <message>
            <source>{added} and {updated}; {posts} and {committees}. A backup was taken first.</source>
            <translation>{added} y {updated}; {posts} y {committees}. Antes se hizo una copia de seguridad.</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) added</source>
            <translation>
                <numerusform>%n persona añadida</numerusform>
                <numerusform>%n personas añadidas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed</source>
            <translation>
                <numerusform>%n modificada</numerusform>
                <numerusform>%n modificadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n post(s)</source>
            <translation>
                <numerusform>%n cargo</numerusform>
                <numerusform>%n cargos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new committee(s)</source>
            <translation>
                <numerusform>%n comité nuevo</numerusform>
                <numerusform>%n comités nuevos</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to change: your records already hold everything in this file.</source>
            <translation>Nada que cambiar: sus datos ya contienen todo lo de este archivo.</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Importación terminada</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>No se importó nada</translation>
        </message>
        <message>
            <source>{problem}

Your records are as they were.</source>
            <translation>{problem}

Sus datos siguen como estaban.</translation>
        </message>
        <message>
            <source>The import was cancelled; your records are as they were.</source>
            <translation>La importación se canceló; sus registros siguen como estaban.</translation>
        </message>
    </context>
    <context>
        <name>CountedHours</name>
        <message numerus="yes">
            <source>{hours} hour(s)</source>
            <translation>
                <numerusform>{hours} hora</numerusform>
                <numerusform>{hours} horas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CountedWords</name>
        <message numerus="yes">
            <source>active partnership(s)</source>
            <translation>
                <numerusform>hermanamiento activo</numerusform>
                <numerusform>hermanamientos activos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>exchange(s)</source>
            <translation>
                <numerusform>intercambio</numerusform>
                <numerusform>intercambios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>participant(s)</source>
            <translation>
                <numerusform>participante</numerusform>
                <numerusform>participantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>volunteer hour(s)</source>
            <translation>
                <numerusform>hora de voluntariado</numerusform>
                <numerusform>horas de voluntariado</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>new member(s)</source>
            <translation>
                <numerusform>socio nuevo</numerusform>
                <numerusform>socios nuevos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>host night(s)</source>
            <translation>
                <numerusform>noche de acogida</numerusform>
                <numerusform>noches de acogida</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>meeting(s)</source>
            <translation>
                <numerusform>reunión</numerusform>
                <numerusform>reuniones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>joined in the period</source>
            <translation>
                <numerusform>incorporado en el periodo</numerusform>
                <numerusform>incorporados en el periodo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>active</source>
            <translation>
                <numerusform>activo</numerusform>
                <numerusform>activos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>inactive</source>
            <translation>
                <numerusform>inactivo</numerusform>
                <numerusform>inactivos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>lapsed</source>
            <translation>
                <numerusform>de baja</numerusform>
                <numerusform>de baja</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>hour(s)</source>
            <translation>
                <numerusform>hora</numerusform>
                <numerusform>horas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>approved hour(s)</source>
            <translation>
                <numerusform>hora aprobada</numerusform>
                <numerusform>horas aprobadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>entry/entries</source>
            <translation>
                <numerusform>anotación</numerusform>
                <numerusform>anotaciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>person/people</source>
            <translation>
                <numerusform>persona</numerusform>
                <numerusform>personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln different person/people took part</source>
            <translation>
                <numerusform>participó %Ln persona</numerusform>
                <numerusform>participaron %Ln personas distintas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln cancelled</source>
            <translation>
                <numerusform>%Ln cancelado</numerusform>
                <numerusform>%Ln cancelados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) besides the officers; the spreadsheet export of this report lists them all.</source>
            <translation>
                <numerusform>%Ln miembro además de los cargos; la exportación a hoja de cálculo de este informe los incluye a todos.</numerusform>
                <numerusform>%Ln miembros además de los cargos; la exportación a hoja de cálculo de este informe los incluye a todos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Clear the date</source>
            <translation>Borrar la fecha</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPanel</name>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Size (KB)</source>
            <translation>Tamaño (KB)</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Añadido</translation>
        </message>
        <message>
            <source>No documents yet. Add the signed agreement, photos or minutes here.</source>
            <translation>Aún no hay documentos. Añada aquí el acuerdo firmado, fotos o actas.</translation>
        </message>
        <message>
            <source>&amp;Add a document…</source>
            <translation>&amp;Añadir un documento…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>Remo&amp;ve document</source>
            <translation>&amp;Quitar el documento</translation>
        </message>
        <message>
            <source>Attach a document</source>
            <translation>Adjuntar un documento</translation>
        </message>
        <message>
            <source>Copying {name} into the documents…</source>
            <translation>Copiando {name} a los documentos…</translation>
        </message>
        <message>
            <source>Attach {name}</source>
            <translation>Adjuntar {name}</translation>
        </message>
        <message>
            <source>The document was not attached</source>
            <translation>No se adjuntó el documento</translation>
        </message>
        <message>
            <source>{file} could not be read: {reason}</source>
            <translation>No se pudo leer {file}: {reason}</translation>
        </message>
        <message>
            <source>Remove document</source>
            <translation>Quitar el documento</translation>
        </message>
    </context>
    <context>
        <name>Editors</name>
        <message>
            <source>This step cannot be repeated</source>
            <translation>Este paso no se puede repetir</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>What you were editing is still open: check it, then try again. If it happens again, the log helps whoever looks into it:
{path}</source>
            <translation>Lo que estaba editando sigue abierto: revíselo y vuelva a intentarlo. Si vuelve a ocurrir, el registro ayudará a quien lo estudie:
{path}</translation>
        </message>
        <message numerus="yes">
            <source>It happened %n more time(s) since.</source>
            <translation>
                <numerusform>Ha vuelto a ocurrir %n vez desde entonces.</numerusform>
                <numerusform>Ha vuelto a ocurrir %n veces desde entonces.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong</source>
            <translation>Algo ha fallado</translation>
        </message>
        <message>
            <source>scdesk ran into a problem it did not expect.</source>
            <translation>scdesk se encontró con un problema inesperado.</translation>
        </message>
        <message>
            <source>Open the &amp;log folder</source>
            <translation>Abrir la carpeta del &amp;registro</translation>
        </message>
        <message>
            <source>Open the log folder</source>
            <translation>Abrir la carpeta del registro</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>ExchangeEditor</name>
        <message>
            <source>exchange</source>
            <translation>intercambio</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Itinerary</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Money</source>
            <translation>Dinero</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>The exchange</source>
            <translation>El intercambio</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>&amp;Hermanamiento:</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>(elegir)</translation>
        </message>
        <message>
            <source>&amp;Committee:</source>
            <translation>&amp;Comité:</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ninguno)</translation>
        </message>
        <message>
            <source>&amp;Field:</source>
            <translation>Á&amp;mbito:</translation>
        </message>
        <message>
            <source>&amp;Direction:</source>
            <translation>&amp;Sentido:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Estado:</translation>
        </message>
        <message>
            <source>When and where</source>
            <translation>Cuándo y dónde</translation>
        </message>
        <message>
            <source>Starts &amp;on:</source>
            <translation>&amp;Empieza el:</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>sin indicar</translation>
        </message>
        <message>
            <source>&amp;Ends on:</source>
            <translation>&amp;Termina el:</translation>
        </message>
        <message>
            <source>Pl&amp;ace:</source>
            <translation>&amp;Lugar:</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Nobody takes part yet.</source>
            <translation>Todavía no participa nadie.</translation>
        </message>
        <message>
            <source>&amp;Add a participant…</source>
            <translation>&amp;Añadir un participante…</translation>
        </message>
        <message>
            <source>Add a &amp;guest from abroad…</source>
            <translation>Añadir un &amp;invitado del extranjero…</translation>
        </message>
        <message>
            <source>Remove participant</source>
            <translation>Quitar participante</translation>
        </message>
        <message>
            <source>Host families</source>
            <translation>Familias de acogida</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Invitado</translation>
        </message>
        <message>
            <source>Stays with</source>
            <translation>Se aloja con</translation>
        </message>
        <message>
            <source>Nights</source>
            <translation>Noches</translation>
        </message>
        <message>
            <source>No guest has been placed with a host family yet.</source>
            <translation>Aún no se ha alojado a ningún invitado con una familia de acogida.</translation>
        </message>
        <message>
            <source>&amp;Place a guest…</source>
            <translation>A&amp;lojar a un invitado…</translation>
        </message>
        <message>
            <source>Remove placement</source>
            <translation>Quitar alojamiento</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>No programme yet.</source>
            <translation>Aún no hay programa.</translation>
        </message>
        <message>
            <source>&amp;Add to the programme…</source>
            <translation>&amp;Añadir al programa…</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;Cambiar…</translation>
        </message>
        <message>
            <source>Remove from the programme</source>
            <translation>Quitar del programa</translation>
        </message>
        <message>
            <source>Funding and costs</source>
            <translation>Financiación y gastos</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <translation>&amp;Moneda:</translation>
        </message>
        <message>
            <source>&amp;Budget:</source>
            <translation>&amp;Presupuesto:</translation>
        </message>
        <message>
            <source>&amp;Grants received:</source>
            <translation>&amp;Subvenciones recibidas:</translation>
        </message>
        <message>
            <source>&amp;Costs so far:</source>
            <translation>&amp;Gastos hasta ahora:</translation>
        </message>
        <message>
            <source>Left in the budget:</source>
            <translation>Queda del presupuesto:</translation>
        </message>
        <message>
            <source>Costs not covered by grants:</source>
            <translation>Gastos no cubiertos por subvenciones:</translation>
        </message>
        <message>
            <source>&amp;Funding notes:</source>
            <translation>&amp;Notas sobre la financiación:</translation>
        </message>
        <message>
            <source>What came of it</source>
            <translation>Qué salió de ello</translation>
        </message>
        <message>
            <source>O&amp;utcomes:</source>
            <translation>&amp;Resultados:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notas:</translation>
        </message>
        <message>
            <source>{title} (copy)</source>
            <translation>{title} (copia)</translation>
        </message>
        <message>
            <source>Add a participant</source>
            <translation>Añadir un participante</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Persona:</translation>
        </message>
        <message>
            <source>Type a name, email or phone</source>
            <translation>Escriba un nombre, correo o teléfono</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Cargo:</translation>
        </message>
        <message>
            <source>Add a guest from abroad</source>
            <translation>Añadir un invitado del extranjero</translation>
        </message>
        <message>
            <source>The guest is recorded as a person from {country} and takes part in this exchange. More details can be added later on the People page.</source>
            <translation>El invitado se registra como persona de {country} y participa en este intercambio. Puede añadir más datos después en la página Personas.</translation>
        </message>
        <message>
            <source>&amp;Given name:</source>
            <translation>&amp;Nombre de pila:</translation>
        </message>
        <message>
            <source>&amp;Family name:</source>
            <translation>&amp;Apellidos:</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>Correo &amp;electrónico:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Teléfono:</translation>
        </message>
        <message>
            <source>&amp;Languages:</source>
            <translation>&amp;Idiomas:</translation>
        </message>
        <message>
            <source>Place a guest with a host family</source>
            <translation>Alojar a un invitado con una familia de acogida</translation>
        </message>
        <message>
            <source>&amp;Guest:</source>
            <translation>&amp;Invitado:</translation>
        </message>
        <message>
            <source>Type a name</source>
            <translation>Escriba un nombre</translation>
        </message>
        <message>
            <source>Stays &amp;with:</source>
            <translation>Se aloja &amp;con:</translation>
        </message>
        <message>
            <source>Type the host's name</source>
            <translation>Escriba el nombre del anfitrión</translation>
        </message>
        <message>
            <source>&amp;Nights:</source>
            <translation>&amp;Noches:</translation>
        </message>
        <message>
            <source>Add to the programme</source>
            <translation>Añadir al programa</translation>
        </message>
        <message>
            <source>Change the programme</source>
            <translation>Cambiar el programa</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Día:</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Hora:</translation>
        </message>
        <message>
            <source>any time</source>
            <translation>a cualquier hora</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;Qué:</translation>
        </message>
        <message>
            <source>W&amp;here:</source>
            <translation>&amp;Dónde:</translation>
        </message>
    </context>
    <context>
        <name>ExchangesPage</name>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>Title, place or outcome</source>
            <translation>Título, lugar o resultado</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Año:</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Cualquiera</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Est&amp;ado:</translation>
        </message>
        <message>
            <source>F&amp;ield:</source>
            <translation>Á&amp;mbito:</translation>
        </message>
        <message>
            <source>&amp;Direction:</source>
            <translation>&amp;Sentido:</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>&amp;Hermanamiento:</translation>
        </message>
        <message>
            <source>Co&amp;mmittee:</source>
            <translation>Co&amp;mité:</translation>
        </message>
        <message>
            <source>&amp;New exchange</source>
            <translation>&amp;Nuevo intercambio</translation>
        </message>
        <message numerus="yes">
            <source>%Ln exchange(s)</source>
            <translation>
                <numerusform>%Ln intercambio</numerusform>
                <numerusform>%Ln intercambios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln exchange(s)</source>
            <translation>
                <numerusform>{shown} de %Ln intercambio</numerusform>
                <numerusform>{shown} de %Ln intercambios</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExchangesTableModel</name>
        <message>
            <source>Exchange</source>
            <translation>Intercambio</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Empieza</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Ámbito</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Sentido</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Hermanamiento</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Comité</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export a roster file</source>
            <translation>Exportar un archivo de socios</translation>
        </message>
        <message>
            <source>What to send</source>
            <translation>Qué enviar</translation>
        </message>
        <message>
            <source>&amp;Everything (a full file)</source>
            <translation>&amp;Todo (un archivo completo)</translation>
        </message>
        <message>
            <source>Only the &amp;changes since the last file they acknowledged</source>
            <translation>Solo los &amp;cambios desde el último archivo que confirmaron</translation>
        </message>
        <message>
            <source>Possible once the directory has sent back a file acknowledging one of ours.</source>
            <translation>Posible cuando el directorio haya devuelto un archivo que confirme uno de los nuestros.</translation>
        </message>
        <message>
            <source>E&amp;ncrypt with a passphrase (for sending by email)</source>
            <translation>&amp;Cifrar con una contraseña (para enviarlo por correo)</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation>Repita la contraseña</translation>
        </message>
        <message>
            <source>&amp;Remember the passphrase in the keyring</source>
            <translation>&amp;Recordar la contraseña en el llavero</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation>&amp;Repetir:</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xportar…</translation>
        </message>
        <message>
            <source>Choose a passphrase, or export without encrypting.</source>
            <translation>Elija una contraseña o exporte sin cifrar.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Las dos contraseñas no coinciden.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the file</source>
            <translation>Elija el archivo</translation>
        </message>
        <message>
            <source>A spreadsheet (CSV, XLSX) or an address book (vCard).</source>
            <translation>Una hoja de cálculo (CSV, XLSX) o una libreta de direcciones (vCard).</translation>
        </message>
        <message>
            <source>For example a list saved from Excel, or contacts exported from Google, Outlook or Apple Contacts. Nothing is written until the last step.</source>
            <translation>Por ejemplo, una lista guardada desde Excel o contactos exportados de Google, Outlook o Contactos de Apple. No se escribe nada hasta el último paso.</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Archivo que importar</translation>
        </message>
        <message>
            <source>Type a path, or choose Browse</source>
            <translation>Escriba una ruta o pulse Examinar</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>E&amp;xaminar…</translation>
        </message>
        <message>
            <source>Encoding of a text file</source>
            <translation>Codificación de un archivo de texto</translation>
        </message>
        <message>
            <source>Detect automatically</source>
            <translation>Detectar automáticamente</translation>
        </message>
        <message>
            <source>Column choices to use</source>
            <translation>Opciones de columnas que usar</translation>
        </message>
        <message>
            <source>Guess from the column names</source>
            <translation>Deducir de los nombres de las columnas</translation>
        </message>
        <message>
            <source>Saved: {name}</source>
            <translation>Guardadas: {name}</translation>
        </message>
        <message>
            <source>No file chosen yet.</source>
            <translation>Aún no ha elegido ningún archivo.</translation>
        </message>
        <message>
            <source>What the file is</source>
            <translation>Qué es el archivo</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Archivo:</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>&amp;Codificación:</translation>
        </message>
        <message>
            <source>&amp;Columns:</source>
            <translation>C&amp;olumnas:</translation>
        </message>
        <message>
            <source>Choose the file with the people</source>
            <translation>Elija el archivo con las personas</translation>
        </message>
        <message>
            <source>Spreadsheets and address books (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;All files (*)</source>
            <translation>Hojas de cálculo y libretas de direcciones (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>This file cannot be imported: {problem}</source>
            <translation>Este archivo no se puede importar: {problem}</translation>
        </message>
    </context>
    <context>
        <name>GlobalSearch</name>
        <message>
            <source>Search people, exchanges, partnerships…</source>
            <translation>Buscar personas, intercambios, hermanamientos…</translation>
        </message>
        <message>
            <source>Search everything</source>
            <translation>Buscar en todo</translation>
        </message>
    </context>
    <context>
        <name>HelpAndPreferences</name>
        <message>
            <source>scdesk &amp;User Guide</source>
            <translation>&amp;Guía de uso de scdesk</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Preferencias…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>scdesk user guide</source>
            <translation>Guía de uso de scdesk</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Temas</translation>
        </message>
        <message>
            <source>Guide page</source>
            <translation>Página de la guía</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Atrás</translation>
        </message>
        <message>
            <source>Back to the previous page</source>
            <translation>Volver a la página anterior</translation>
        </message>
        <message>
            <source>Close the guide</source>
            <translation>Cerrar la guía</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Sent or received</source>
            <translation>Enviado o recibido</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Número</translation>
        </message>
        <message>
            <source>To or from</source>
            <translation>A o desde</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Enviado</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Recibido</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Todo</translation>
        </message>
        <message>
            <source>Changes only</source>
            <translation>Solo cambios</translation>
        </message>
        <message>
            <source> (encrypted)</source>
            <translation> (cifrado)</translation>
        </message>
        <message>
            <source>the central directory</source>
            <translation>el directorio central</translation>
        </message>
    </context>
    <context>
        <name>HoursEditor</name>
        <message>
            <source>hours entry</source>
            <translation>anotación de horas</translation>
        </message>
        <message>
            <source>Choose an entry in the list, or log new hours.</source>
            <translation>Elija una anotación de la lista o anote horas nuevas.</translation>
        </message>
        <message>
            <source>{hours} by {name}</source>
            <translation>{hours} de {name}</translation>
        </message>
        <message>
            <source>Save and &amp;next</source>
            <translation>Guardar y &amp;siguiente</translation>
        </message>
        <message>
            <source>Save and enter the next hours</source>
            <translation>Guardar y anotar las horas siguientes</translation>
        </message>
        <message>
            <source>Save, then start a new entry with the same volunteer, day and purpose</source>
            <translation>Guardar y empezar una anotación nueva con el mismo voluntario, día y motivo</translation>
        </message>
        <message>
            <source>Who gave how much time</source>
            <translation>Quién dedicó cuánto tiempo</translation>
        </message>
        <message>
            <source>&amp;Volunteer:</source>
            <translation>&amp;Voluntario:</translation>
        </message>
        <message>
            <source>Type a name, email or phone</source>
            <translation>Escriba un nombre, correo o teléfono</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Día:</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>sin indicar</translation>
        </message>
        <message>
            <source>&amp;Hours:</source>
            <translation>&amp;Horas:</translation>
        </message>
        <message>
            <source>&amp;What for:</source>
            <translation>&amp;Para qué:</translation>
        </message>
        <message>
            <source>&amp;Exchange:</source>
            <translation>&amp;Intercambio:</translation>
        </message>
        <message>
            <source>Type part of the exchange's title</source>
            <translation>Escriba parte del título del intercambio</translation>
        </message>
        <message>
            <source>&amp;Committee:</source>
            <translation>&amp;Comité:</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>(elegir)</translation>
        </message>
        <message>
            <source>&amp;Meeting:</source>
            <translation>&amp;Reunión:</translation>
        </message>
        <message>
            <source>D&amp;escription:</source>
            <translation>D&amp;escripción:</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Aprobación</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Aprobado por</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Aprobar</translation>
        </message>
        <message>
            <source>&amp;Withdraw approval</source>
            <translation>&amp;Retirar la aprobación</translation>
        </message>
        <message>
            <source>Approved &amp;by:</source>
            <translation>Aprobado &amp;por:</translation>
        </message>
        <message>
            <source>This looks like the entry already logged for {name} on {day} ({hours}). Save it again?</source>
            <translation>Parece la anotación ya registrada de {name} el {day} ({hours}). ¿Guardarla otra vez?</translation>
        </message>
        <message>
            <source>Same hours again?</source>
            <translation>¿Las mismas horas otra vez?</translation>
        </message>
        <message>
            <source>Save &amp;again</source>
            <translation>Guardar &amp;otra vez</translation>
        </message>
        <message>
            <source>&amp;Don't save</source>
            <translation>&amp;No guardar</translation>
        </message>
        <message>
            <source>Save the entry first; a chair then approves it.</source>
            <translation>Guarde primero la anotación; después la aprueba la presidencia.</translation>
        </message>
        <message>
            <source>Approved by {name} on {day}.</source>
            <translation>Aprobado por {name} el {day}.</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>alguien</translation>
        </message>
        <message>
            <source>Not approved yet.</source>
            <translation>Aún sin aprobar.</translation>
        </message>
        <message>
            <source>Approve hours</source>
            <translation>Aprobar horas</translation>
        </message>
        <message>
            <source>Withdraw approval</source>
            <translation>Retirar la aprobación</translation>
        </message>
    </context>
    <context>
        <name>HoursPage</name>
        <message>
            <source>Totals of the hours shown</source>
            <translation>Totales de las horas mostradas</translation>
        </message>
        <message>
            <source>&amp;Volunteer:</source>
            <translation>&amp;Voluntario:</translation>
        </message>
        <message>
            <source>Name, email or phone</source>
            <translation>Nombre, correo o teléfono</translation>
        </message>
        <message>
            <source>E&amp;xchange:</source>
            <translation>In&amp;tercambio:</translation>
        </message>
        <message>
            <source>Title or place</source>
            <translation>Título o lugar</translation>
        </message>
        <message>
            <source>Co&amp;mmittee:</source>
            <translation>Co&amp;mité:</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Cualquiera</translation>
        </message>
        <message>
            <source>F&amp;or:</source>
            <translation>&amp;Para:</translation>
        </message>
        <message>
            <source>Anything</source>
            <translation>Cualquier cosa</translation>
        </message>
        <message>
            <source>&amp;Approved:</source>
            <translation>&amp;Aprobadas:</translation>
        </message>
        <message>
            <source>Approved or not</source>
            <translation>Aprobadas o no</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Aprobadas</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>Pendientes de aprobación</translation>
        </message>
        <message>
            <source>Fro&amp;m:</source>
            <translation>Des&amp;de:</translation>
        </message>
        <message>
            <source>any date</source>
            <translation>cualquier fecha</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>&amp;Hasta:</translation>
        </message>
        <message>
            <source>&amp;Log hours</source>
            <translation>&amp;Anotar horas</translation>
        </message>
        <message numerus="yes">
            <source>%Ln hours entry(s)</source>
            <translation>
                <numerusform>%Ln anotación de horas</numerusform>
                <numerusform>%Ln anotaciones de horas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln hours entry(s)</source>
            <translation>
                <numerusform>{shown} de %Ln anotación de horas</numerusform>
                <numerusform>{shown} de %Ln anotaciones de horas</numerusform>
            </translation>
        </message>
        <message>
            <source>Adding up the hours…</source>
            <translation>Sumando las horas…</translation>
        </message>
        <message>
            <source>&lt;b&gt;{hours}&lt;/b&gt; in {entries}: {approved} approved, {waiting} waiting for approval</source>
            <translation>&lt;b&gt;{hours}&lt;/b&gt; en {entries}: {approved} aprobadas, {waiting} pendientes de aprobación</translation>
        </message>
        <message numerus="yes">
            <source>%Ln entry(s)</source>
            <translation>
                <numerusform>%Ln anotación</numerusform>
                <numerusform>%Ln anotaciones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HoursReport</name>
        <message>
            <source>Everyone</source>
            <translation>Todos</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Comité</translation>
        </message>
        <message>
            <source>All committees</source>
            <translation>Todos los comités</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Intercambio</translation>
        </message>
        <message>
            <source>All exchanges</source>
            <translation>Todos los intercambios</translation>
        </message>
        <message>
            <source>Entries counted</source>
            <translation>Anotaciones contadas</translation>
        </message>
        <message>
            <source>Approved only</source>
            <translation>Solo las aprobadas</translation>
        </message>
        <message>
            <source>Approved and not yet approved</source>
            <translation>Aprobadas y aún sin aprobar</translation>
        </message>
        <message>
            <source>By month</source>
            <translation>Por mes</translation>
        </message>
        <message>
            <source>By committee</source>
            <translation>Por comité</translation>
        </message>
        <message>
            <source>No committee</source>
            <translation>Sin comité</translation>
        </message>
        <message>
            <source>By person</source>
            <translation>Por persona</translation>
        </message>
        <message>
            <source>Volunteer hours</source>
            <translation>Horas de voluntariado</translation>
        </message>
    </context>
    <context>
        <name>HoursTableModel</name>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Voluntario</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>Exchange or committee</source>
            <translation>Intercambio o comité</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Qué se hizo</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Aprobadas</translation>
        </message>
    </context>
    <context>
        <name>KeyDialog</name>
        <message>
            <source>Signing key</source>
            <translation>Clave de firma</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>&amp;Clave:</translation>
        </message>
    </context>
    <context>
        <name>ListFormats</name>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <source>Records shown</source>
            <translation>Registros mostrados</translation>
        </message>
        <message>
            <source>Organization and search</source>
            <translation>Organización y búsqueda</translation>
        </message>
        <message>
            <source>Switch organization</source>
            <translation>Cambiar de organización</translation>
        </message>
        <message>
            <source>&amp;Switch organization</source>
            <translation>&amp;Cambiar de organización</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Open or create an organization…</source>
            <translation>&amp;Abrir o crear una organización…</translation>
        </message>
        <message>
            <source>Open the &amp;demo organization</source>
            <translation>Abrir la organización de &amp;demostración</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Ac&amp;tualizar</translation>
        </message>
        <message>
            <source>&amp;Check the records for problems</source>
            <translation>Buscar &amp;problemas en los datos</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>&amp;New record</source>
            <translation>&amp;Nuevo registro</translation>
        </message>
        <message>
            <source>D&amp;uplicate record</source>
            <translation>D&amp;uplicar registro</translation>
        </message>
        <message>
            <source>De&amp;lete record…</source>
            <translation>E&amp;liminar registro…</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Buscar…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;About scdesk</source>
            <translation>&amp;Acerca de scdesk</translation>
        </message>
        <message>
            <source>About scdesk</source>
            <translation>Acerca de scdesk</translation>
        </message>
        <message>
            <source>&lt;h3&gt;scdesk {version}&lt;/h3&gt;&lt;p&gt;The desktop app for sister city organizations: partnerships, committees, exchanges, people, volunteer hours, board reports and roster sync with the central directory. Works offline.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;scdesk {version}&lt;/h3&gt;&lt;p&gt;La aplicación de escritorio para organizaciones de ciudades hermanas: hermanamientos, comités, intercambios, personas, horas de voluntariado, informes para la junta e intercambio de la lista de socios con el directorio central. Funciona sin conexión.&lt;/p&gt;&lt;p&gt;Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Creating the demo organization</source>
            <translation>Creando la organización de demostración</translation>
        </message>
        <message>
            <source>Backed up automatically.</source>
            <translation>Copia de seguridad hecha automáticamente.</translation>
        </message>
        <message>
            <source>{name} — scdesk</source>
            <translation>{name} — scdesk</translation>
        </message>
        <message>
            <source>Work in progress</source>
            <translation>Trabajo en curso</translation>
        </message>
        <message>
            <source>Some work is still running. Stop it? Nothing half-done is kept.</source>
            <translation>Todavía hay trabajo en marcha. ¿Detenerlo? No se guardará nada a medias.</translation>
        </message>
        <message>
            <source>Backing up what changed…</source>
            <translation>Guardando una copia de lo que ha cambiado…</translation>
        </message>
    </context>
    <context>
        <name>MemberDirectory</name>
        <message>
            <source>{post}, {committee}</source>
            <translation>{post}, {committee}</translation>
        </message>
        <message>
            <source>One person agreed to be listed. Posts are those held on {date}. For members only: please do not pass it on.</source>
            <translation>Una persona aceptó figurar en la lista. Los cargos son los que se tenían el {date}. Solo para socios: por favor, no la difunda.</translation>
        </message>
        <message>
            <source>{count} people agreed to be listed. Posts are those held on {date}. For members only: please do not pass it on.</source>
            <translation>{count} personas aceptaron figurar en la lista. Los cargos son los que se tenían el {date}. Solo para socios: por favor, no la difunda.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Committees and posts</source>
            <translation>Comités y cargos</translation>
        </message>
        <message>
            <source>Nobody has agreed to be listed yet.</source>
            <translation>Todavía nadie ha aceptado figurar en la lista.</translation>
        </message>
        <message>
            <source>Member directory</source>
            <translation>Directorio de socios</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge two records of one person</source>
            <translation>Unir dos registros de una misma persona</translation>
        </message>
        <message>
            <source>Is “{name}” in the list twice? Find the other record. Its committee posts, exchanges, hours and everything else move to this record, and the other record is deleted. Edit ▸ Undo takes the merge back.</source>
            <translation>¿Aparece «{name}» dos veces en la lista? Busque el otro registro. Sus cargos, intercambios, horas y todo lo demás pasan a este registro, y el otro se elimina. Editar ▸ Deshacer anula la unión.</translation>
        </message>
        <message>
            <source>Type the other record's name</source>
            <translation>Escriba el nombre del otro registro</translation>
        </message>
        <message>
            <source>The &amp;other record:</source>
            <translation>El &amp;otro registro:</translation>
        </message>
        <message>
            <source>The other record</source>
            <translation>El otro registro</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Unir</translation>
        </message>
        <message>
            <source>Merge people</source>
            <translation>Unir personas</translation>
        </message>
        <message>
            <source>That is this record. Choose the other record of this person.</source>
            <translation>Ese es este mismo registro. Elija el otro registro de esta persona.</translation>
        </message>
        <message>
            <source>The two records agree in every field.</source>
            <translation>Los dos registros coinciden en todos los campos.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Ámbito</translation>
        </message>
        <message>
            <source>This record</source>
            <translation>Este registro</translation>
        </message>
        <message>
            <source>{field}: keep “{value}”</source>
            <translation>{field}: conservar «{value}»</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message numerus="yes">
            <source>%n committee post(s)</source>
            <translation>
                <numerusform>%n cargo en comités</numerusform>
                <numerusform>%n cargos en comités</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) attended</source>
            <translation>
                <numerusform>%n reunión a la que asistió</numerusform>
                <numerusform>%n reuniones a las que asistió</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exchange place(s)</source>
            <translation>
                <numerusform>%n plaza en intercambios</numerusform>
                <numerusform>%n plazas en intercambios</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stay(s) as a guest</source>
            <translation>
                <numerusform>%n estancia como invitado</numerusform>
                <numerusform>%n estancias como invitado</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n guest(s) hosted</source>
            <translation>
                <numerusform>%n invitado alojado</numerusform>
                <numerusform>%n invitados alojados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n volunteer hours entry(s)</source>
            <translation>
                <numerusform>%n anotación de horas de voluntariado</numerusform>
                <numerusform>%n anotaciones de horas de voluntariado</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hours entry(s) approved</source>
            <translation>
                <numerusform>%n anotación de horas aprobada</numerusform>
                <numerusform>%n anotaciones de horas aprobadas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n further contact detail(s)</source>
            <translation>
                <numerusform>%n dato de contacto más</numerusform>
                <numerusform>%n datos de contacto más</numerusform>
            </translation>
        </message>
        <message>
            <source>primary contact of the organization</source>
            <translation>contacto principal de la organización</translation>
        </message>
        <message>
            <source>administrator of the organization</source>
            <translation>administrador de la organización</translation>
        </message>
        <message>
            <source>Already on this record, so combined with its own: {what}.</source>
            <translation>Ya están en este registro, así que se combinan con los suyos: {what}.</translation>
        </message>
        <message>
            <source>One record hosting the other, so dropped: {what}.</source>
            <translation>Un registro alojaba al otro, así que se eliminan: {what}.</translation>
        </message>
        <message>
            <source>The other record has nothing else to move.</source>
            <translation>El otro registro no tiene nada más que trasladar.</translation>
        </message>
        <message>
            <source>Moves to this record: {what}.</source>
            <translation>Pasa a este registro: {what}.</translation>
        </message>
    </context>
    <context>
        <name>MoveBackupsDialog</name>
        <message>
            <source>Move the backups?</source>
            <translation>¿Mover las copias de seguridad?</translation>
        </message>
        <message>
            <source>one backup</source>
            <translation>una copia</translation>
        </message>
        <message>
            <source>{count} backups</source>
            <translation>{count} copias</translation>
        </message>
        <message>
            <source>The backup folder you left still holds one backup ({size}):</source>
            <translation>La carpeta de copias que dejó todavía guarda una copia de seguridad ({size}):</translation>
        </message>
        <message>
            <source>The backup folder you left still holds {count} backups ({size}):</source>
            <translation>La carpeta de copias que dejó todavía guarda {count} copias de seguridad ({size}):</translation>
        </message>
        <message>
            <source>• {organization}: {backups} ({size})</source>
            <translation>• {organization}: {backups} ({size})</translation>
        </message>
        <message>
            <source>From: {before}
To: {now}</source>
            <translation>Desde: {before}
Hacia: {now}</translation>
        </message>
        <message>
            <source>scdesk only shows and restores the backups in the new folder. Move them there to keep them in view. Each backup is copied and checked before the old one is removed, so none is lost if something goes wrong.</source>
            <translation>scdesk solo muestra y restaura las copias de la carpeta nueva. Muévalas allí para seguir viéndolas. Cada copia se copia y se comprueba antes de borrar la anterior, así que ninguna se pierde si algo sale mal.</translation>
        </message>
        <message>
            <source>&amp;Move them</source>
            <translation>&amp;Moverlas</translation>
        </message>
        <message>
            <source>Move the backups to the new folder</source>
            <translation>Mover las copias de seguridad a la carpeta nueva</translation>
        </message>
        <message>
            <source>&amp;Leave them where they are</source>
            <translation>&amp;Dejarlas donde están</translation>
        </message>
        <message>
            <source>Leave the backups in the old folder</source>
            <translation>Dejar las copias de seguridad en la carpeta anterior</translation>
        </message>
        <message>
            <source>each organization's own folder</source>
            <translation>la propia carpeta de cada organización</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Overview</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Hermanamientos</translation>
        </message>
        <message>
            <source>Committees</source>
            <translation>Comités</translation>
        </message>
        <message>
            <source>Exchanges</source>
            <translation>Intercambios</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Informes</translation>
        </message>
        <message>
            <source>Roster sync</source>
            <translation>Directorio central</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
    </context>
    <context>
        <name>Organizations</name>
        <message>
            <source>The organization cannot be opened</source>
            <translation>No se puede abrir la organización</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Organization overview</source>
            <translation>Resumen de la organización</translation>
        </message>
        <message>
            <source>Exchanges coming up</source>
            <translation>Próximos intercambios</translation>
        </message>
        <message>
            <source>At a glance</source>
            <translation>De un vistazo</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>Próximamente</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Resumen</translation>
        </message>
        <message>
            <source>Counting the records…</source>
            <translation>Contando los registros…</translation>
        </message>
        <message>
            <source>Everyday tasks</source>
            <translation>Tareas habituales</translation>
        </message>
        <message>
            <source>Record an exchange</source>
            <translation>Registrar un intercambio</translation>
        </message>
        <message>
            <source>Log volunteer hours</source>
            <translation>Anotar horas de voluntariado</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Añadir una persona</translation>
        </message>
        <message>
            <source>Prepare the board report</source>
            <translation>Preparar el informe para la junta</translation>
        </message>
        <message>
            <source>Send the roster to the directory</source>
            <translation>Enviar la lista al directorio</translation>
        </message>
        <message>
            <source>No exchange is planned yet. Record one to see it here.</source>
            <translation>Todavía no hay ningún intercambio previsto. Registre uno para verlo aquí.</translation>
        </message>
        <message>
            <source>under way</source>
            <translation>en curso</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>del {start} al {end}</translation>
        </message>
    </context>
    <context>
        <name>PartnershipEditor</name>
        <message>
            <source>partnership</source>
            <translation>hermanamiento</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historia</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>Committees and exchanges</source>
            <translation>Comités e intercambios</translation>
        </message>
        <message>
            <source>Partner city</source>
            <translation>Ciudad hermana</translation>
        </message>
        <message>
            <source>&amp;City:</source>
            <translation>&amp;Ciudad:</translation>
        </message>
        <message>
            <source>Re&amp;gion:</source>
            <translation>Re&amp;gión:</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>&amp;País:</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>(elegir)</translation>
        </message>
        <message>
            <source>The partnership</source>
            <translation>El hermanamiento</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>Es&amp;tado:</translation>
        </message>
        <message>
            <source>New status since:</source>
            <translation>Nuevo estado desde:</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>sin indicar</translation>
        </message>
        <message>
            <source>Why the status c&amp;hanged:</source>
            <translation>Por qué cambió el es&amp;tado:</translation>
        </message>
        <message>
            <source>O&amp;rigin:</source>
            <translation>O&amp;rigen:</translation>
        </message>
        <message>
            <source>How it be&amp;gan:</source>
            <translation>&amp;Cómo empezó:</translation>
        </message>
        <message>
            <source>&amp;First contact:</source>
            <translation>&amp;Primer contacto:</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>no se sabe</translation>
        </message>
        <message>
            <source>The agreement (memorandum of understanding)</source>
            <translation>El acuerdo (memorando de entendimiento)</translation>
        </message>
        <message>
            <source>Si&amp;gned on:</source>
            <translation>&amp;Firmado el:</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>sin firmar</translation>
        </message>
        <message>
            <source>Signed for &amp;us by:</source>
            <translation>Firmado por &amp;nuestra parte por:</translation>
        </message>
        <message>
            <source>Signed for the &amp;partner by:</source>
            <translation>Firmado por la &amp;otra ciudad por:</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>A sister city partnership is formal and meant to last, signed by both mayors. A friendship city is less formal, often a first step.</source>
            <translation>Un hermanamiento es formal y pensado para durar, firmado por ambos alcaldes. Una ciudad amiga es una relación menos formal, a menudo un primer paso.</translation>
        </message>
        <message>
            <source>Exploring: first talks. Proposed: an agreement is being prepared. Active: signed and alive. Inactive: signed but quiet. Ended: no longer in force.</source>
            <translation>En estudio: primeras conversaciones. Propuesto: se prepara un acuerdo. Activo: firmado y con actividad. Inactivo: firmado pero sin actividad. Terminado: ya no está en vigor.</translation>
        </message>
        <message>
            <source>What first brought the two towns together.</source>
            <translation>Lo que unió a las dos ciudades en un principio.</translation>
        </message>
        <message>
            <source>The day both mayors (or the highest elected officials) signed the memorandum of understanding.</source>
            <translation>El día en que ambos alcaldes (o las máximas autoridades electas) firmaron el memorando de entendimiento.</translation>
        </message>
        <message>
            <source>Status history</source>
            <translation>Historial de estados</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>No status recorded yet.</source>
            <translation>Aún no se ha registrado ningún estado.</translation>
        </message>
        <message>
            <source>Renewals of the agreement</source>
            <translation>Renovaciones del acuerdo</translation>
        </message>
        <message>
            <source>Renewed on</source>
            <translation>Renovado el</translation>
        </message>
        <message>
            <source>Signed for us by</source>
            <translation>Firmado por nuestra parte por</translation>
        </message>
        <message>
            <source>Signed for the partner by</source>
            <translation>Firmado por la otra ciudad por</translation>
        </message>
        <message>
            <source>The agreement has not been renewed yet.</source>
            <translation>El acuerdo aún no se ha renovado.</translation>
        </message>
        <message>
            <source>Record a rene&amp;wal…</source>
            <translation>Registrar una reno&amp;vación…</translation>
        </message>
        <message>
            <source>Remove renewal</source>
            <translation>Quitar la renovación</translation>
        </message>
        <message>
            <source>People in the partner city</source>
            <translation>Personas de la ciudad hermana</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <source>No contacts in the partner city yet.</source>
            <translation>Aún no hay contactos en la ciudad hermana.</translation>
        </message>
        <message>
            <source>&amp;Add a contact…</source>
            <translation>&amp;Añadir un contacto…</translation>
        </message>
        <message>
            <source>&amp;Edit contact…</source>
            <translation>&amp;Editar el contacto…</translation>
        </message>
        <message>
            <source>Remove contact</source>
            <translation>Quitar el contacto</translation>
        </message>
        <message>
            <source>Committees serving this partnership</source>
            <translation>Comités que trabajan en este hermanamiento</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Comité</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>No committee serves this partnership yet.</source>
            <translation>Todavía ningún comité trabaja en este hermanamiento.</translation>
        </message>
        <message>
            <source>Exchanges</source>
            <translation>Intercambios</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Empieza</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Ámbito</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Sentido</translation>
        </message>
        <message>
            <source>No exchanges with this partner city yet.</source>
            <translation>Aún no hay intercambios con esta ciudad hermana.</translation>
        </message>
        <message>
            <source>Double-click a line (or press Enter) to open it.</source>
            <translation>Haga doble clic en una línea (o pulse Intro) para abrirla.</translation>
        </message>
        <message>
            <source>Add a contact</source>
            <translation>Añadir un contacto</translation>
        </message>
        <message>
            <source>Edit contact</source>
            <translation>Editar el contacto</translation>
        </message>
        <message>
            <source>Record a renewal of the agreement</source>
            <translation>Registrar una renovación del acuerdo</translation>
        </message>
        <message>
            <source>Renewed &amp;on:</source>
            <translation>Renovado &amp;el:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Nota:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Cargo:</translation>
        </message>
        <message>
            <source>&amp;Organization:</source>
            <translation>&amp;Organización:</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>Correo &amp;electrónico:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Teléfono:</translation>
        </message>
        <message>
            <source>&amp;Languages:</source>
            <translation>&amp;Idiomas:</translation>
        </message>
        <message>
            <source>No&amp;tes:</source>
            <translation>No&amp;tas:</translation>
        </message>
    </context>
    <context>
        <name>PartnershipReport</name>
        <message>
            <source>History</source>
            <translation>Historia</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>No status changes are recorded.</source>
            <translation>No hay cambios de estado registrados.</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Acuerdos</translation>
        </message>
        <message>
            <source>The year {period}</source>
            <translation>El año {period}</translation>
        </message>
        <message>
            <source>Exchanges</source>
            <translation>Intercambios</translation>
        </message>
        <message>
            <source>Volunteer hours by month</source>
            <translation>Horas de voluntariado por mes</translation>
        </message>
        <message>
            <source>Hours count for this partnership when logged on one of its exchanges or for its committee.</source>
            <translation>Las horas cuentan para este hermanamiento cuando se anotan en uno de sus intercambios o para su comité.</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Reuniones</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Comité</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>No meetings were held {period}.</source>
            <translation>No hubo reuniones {period}.</translation>
        </message>
        <message>
            <source>Partnership with {city}</source>
            <translation>Hermanamiento con {city}</translation>
        </message>
        <message>
            <source>{country} · report for {period}</source>
            <translation>{country} · informe {period}</translation>
        </message>
        <message>
            <source>The partnership</source>
            <translation>El hermanamiento</translation>
        </message>
        <message>
            <source>Partner city</source>
            <translation>Ciudad hermana</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Status at the end of the period</source>
            <translation>Estado al final del periodo</translation>
        </message>
        <message>
            <source>Origin</source>
            <translation>Origen</translation>
        </message>
        <message>
            <source>First contact</source>
            <translation>Primer contacto</translation>
        </message>
        <message>
            <source>Agreement signed</source>
            <translation>Acuerdo firmado</translation>
        </message>
        <message>
            <source>Signed for us by</source>
            <translation>Firmado por nuestra parte por</translation>
        </message>
        <message>
            <source>Signed for the partner by</source>
            <translation>Firmado por la otra ciudad por</translation>
        </message>
        <message>
            <source>Contacts in the partner city</source>
            <translation>Contactos en la ciudad hermana</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Nobody held a post at the end of the period.</source>
            <translation>Nadie tenía un cargo al final del periodo.</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Intercambio</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Host nights</source>
            <translation>Noches de acogida</translation>
        </message>
        <message>
            <source>No exchanges were recorded {period}.</source>
            <translation>No se registró ningún intercambio {period}.</translation>
        </message>
    </context>
    <context>
        <name>PartnershipsPage</name>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>City, region or signatory</source>
            <translation>Ciudad, región o firmante</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Est&amp;ado:</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Cualquiera</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>&amp;New partnership</source>
            <translation>&amp;Nuevo hermanamiento</translation>
        </message>
        <message numerus="yes">
            <source>%Ln partnership(s)</source>
            <translation>
                <numerusform>%Ln hermanamiento</numerusform>
                <numerusform>%Ln hermanamientos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln partnership(s)</source>
            <translation>
                <numerusform>{shown} de %Ln hermanamiento</numerusform>
                <numerusform>{shown} de %Ln hermanamientos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PartnershipsTableModel</name>
        <message>
            <source>Partner city</source>
            <translation>Ciudad hermana</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>País</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Firmado</translation>
        </message>
        <message>
            <source>Exchanges</source>
            <translation>Intercambios</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Passphrase</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Contraseña:</translation>
        </message>
    </context>
    <context>
        <name>PeopleList</name>
        <message>
            <source>A&amp;dd</source>
            <translation>A&amp;ñadir</translation>
        </message>
        <message>
            <source>Add the person found</source>
            <translation>Añadir la persona encontrada</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Remove the selected person</source>
            <translation>Quitar la persona seleccionada</translation>
        </message>
        <message>
            <source>Find a person to add</source>
            <translation>Buscar una persona para añadirla</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>Name, email, phone, skill or language</source>
            <translation>Nombre, correo, teléfono, habilidad o idioma</translation>
        </message>
        <message>
            <source>Ca&amp;tegory:</source>
            <translation>Ca&amp;tegoría:</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Cualquiera</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Est&amp;ado:</translation>
        </message>
        <message>
            <source>Co&amp;mmittee:</source>
            <translation>Co&amp;mité:</translation>
        </message>
        <message>
            <source>&amp;New person</source>
            <translation>&amp;Nueva persona</translation>
        </message>
        <message numerus="yes">
            <source>%Ln person(s)</source>
            <translation>
                <numerusform>%Ln persona</numerusform>
                <numerusform>%Ln personas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln person(s)</source>
            <translation>
                <numerusform>{shown} de %Ln persona</numerusform>
                <numerusform>{shown} de %Ln personas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeopleTableModel</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Member since</source>
            <translation>Socio desde</translation>
        </message>
    </context>
    <context>
        <name>PersonEditor</name>
        <message>
            <source>person</source>
            <translation>persona</translation>
        </message>
        <message>
            <source>&amp;Merge with…</source>
            <translation>&amp;Unir con…</translation>
        </message>
        <message>
            <source>Merge with another record of this person</source>
            <translation>Unir con otro registro de esta persona</translation>
        </message>
        <message>
            <source>Two records of one person? Merge them into this one.</source>
            <translation>¿Dos registros de una misma persona? Únalos en este.</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>Consent and hosting</source>
            <translation>Consentimiento y acogida</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Actividad</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>With us</source>
            <translation>Con nosotros</translation>
        </message>
        <message>
            <source>not a member</source>
            <translation>no es socio</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>How to reach them</source>
            <translation>Cómo contactar</translation>
        </message>
        <message>
            <source>(not known)</source>
            <translation>(no se sabe)</translation>
        </message>
        <message>
            <source>In an emergency, call</source>
            <translation>En caso de emergencia, llamar a</translation>
        </message>
        <message>
            <source>They agreed to</source>
            <translation>Ha aceptado</translation>
        </message>
        <message>
            <source>Hosting guests</source>
            <translation>Acoger invitados</translation>
        </message>
        <message>
            <source>Central directory</source>
            <translation>Directorio central</translation>
        </message>
        <message>
            <source>Committees and posts</source>
            <translation>Comités y cargos</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Comité</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>No posts.</source>
            <translation>Sin cargos.</translation>
        </message>
        <message>
            <source>Exchanges</source>
            <translation>Intercambios</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Intercambio</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Empieza</translation>
        </message>
        <message>
            <source>Has not taken part in an exchange yet.</source>
            <translation>Aún no ha participado en ningún intercambio.</translation>
        </message>
        <message>
            <source>Volunteer hours</source>
            <translation>Horas de voluntariado</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Para</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Aprobadas</translation>
        </message>
        <message>
            <source>No volunteer hours recorded.</source>
            <translation>No hay horas de voluntariado registradas.</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (copia)</translation>
        </message>
        <message>
            <source>{hours} in {entries} altogether.</source>
            <translation>{hours} en {entries} en total.</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s)</source>
            <translation>
                <numerusform>%n anotación</numerusform>
                <numerusform>%n anotaciones</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Pickers</name>
        <message>
            <source>Several people match “{text}”: choose one from the list.</source>
            <translation>Varias personas coinciden con «{text}»: elija una de la lista.</translation>
        </message>
        <message>
            <source>Nobody is called “{text}”.</source>
            <translation>No hay nadie que se llame «{text}».</translation>
        </message>
        <message>
            <source>Several exchanges match “{text}”: choose one from the list.</source>
            <translation>Varios intercambios coinciden con «{text}»: elija uno de la lista.</translation>
        </message>
        <message>
            <source>No exchange is called “{text}”.</source>
            <translation>Ningún intercambio se llama «{text}».</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Preferencias</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>The system's language</source>
            <translation>El idioma del sistema</translation>
        </message>
        <message>
            <source>scdesk speaks this language from its next start.</source>
            <translation>scdesk usará este idioma a partir del próximo inicio.</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Like the system</source>
            <translation>Como el sistema</translation>
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
            <source>Organization to open at start</source>
            <translation>Organización que se abre al empezar</translation>
        </message>
        <message>
            <source>The one I used last</source>
            <translation>La última que usé</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Carpeta de copias</translation>
        </message>
        <message>
            <source>The organization's own folder</source>
            <translation>La carpeta de la propia organización</translation>
        </message>
        <message>
            <source>scdesk keeps this many of the newest backups and, older than those, one a day for a week, one a week for five weeks and one a month for a year.</source>
            <translation>scdesk conserva este número de copias más recientes y, de las anteriores, una por día durante una semana, una por semana durante cinco semanas y una por mes durante un año.</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>E&amp;legir…</translation>
        </message>
        <message>
            <source>Where scdesk keeps copies of each organization's database, one folder per organization. A folder on another disk or a USB stick protects you when this computer fails. When you choose another folder, scdesk offers to move the backups made so far.</source>
            <translation>Dónde guarda scdesk las copias de la base de datos de cada organización, una carpeta por organización. Una carpeta en otro disco o en una memoria USB le protege si este ordenador falla. Si elige otra carpeta, scdesk le ofrece mover allí las copias ya hechas.</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation>Elegir la carpeta de copias</translation>
        </message>
        <message>
            <source>Backups to keep</source>
            <translation>Copias que se conservan</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <source>A new language shows the next time scdesk starts.</source>
            <translation>El nuevo idioma se verá la próxima vez que se inicie scdesk.</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Tema:</translation>
        </message>
        <message>
            <source>&amp;Open at start:</source>
            <translation>&amp;Abrir al empezar:</translation>
        </message>
        <message>
            <source>&amp;Backup folder:</source>
            <translation>&amp;Carpeta de copias:</translation>
        </message>
        <message>
            <source>&amp;Keep:</source>
            <translation>C&amp;onservar:</translation>
        </message>
        <message>
            <source> backups</source>
            <translation> copias</translation>
        </message>
        <message>
            <source>Save the preferences</source>
            <translation>Guardar las preferencias</translation>
        </message>
        <message>
            <source>Close without saving</source>
            <translation>Cerrar sin guardar</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist. Choose an existing folder.</source>
            <translation>La carpeta {folder} no existe. Elija una carpeta que exista.</translation>
        </message>
        <message>
            <source>scdesk cannot write in {folder}. Choose a folder you can write to.</source>
            <translation>scdesk no puede escribir en {folder}. Elija una carpeta en la que pueda escribir.</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <source>Preview of {file}</source>
            <translation>Vista previa de {file}</translation>
        </message>
        <message>
            <source>Changes in the file</source>
            <translation>Cambios en el archivo</translation>
        </message>
        <message>
            <source>&amp;Conflicts ({n})</source>
            <translation>&amp;Conflictos ({n})</translation>
        </message>
        <message>
            <source>&amp;Added ({n})</source>
            <translation>&amp;Añadidos ({n})</translation>
        </message>
        <message>
            <source>C&amp;hanged ({n})</source>
            <translation>&amp;Modificados ({n})</translation>
        </message>
        <message>
            <source>&amp;Removed ({n})</source>
            <translation>&amp;Eliminados ({n})</translation>
        </message>
        <message>
            <source>Likely &amp;duplicates ({n})</source>
            <translation>Posibles &amp;duplicados ({n})</translation>
        </message>
        <message>
            <source>&amp;Notes ({n})</source>
            <translation>&amp;Notas ({n})</translation>
        </message>
        <message>
            <source>A&amp;pply</source>
            <translation>A&amp;plicar</translation>
        </message>
        <message>
            <source>Apply the changes</source>
            <translation>Aplicar los cambios</translation>
        </message>
        <message>
            <source>everything</source>
            <translation>todo</translation>
        </message>
        <message>
            <source>changes only</source>
            <translation>solo cambios</translation>
        </message>
        <message>
            <source>File number {number} from {sender} ({kind}), made {created}.
{added} to add, {changed} to change, {removed} to remove, {conflicts} to decide, {duplicates}.</source>
            <translation>Archivo número {number} de {sender} ({kind}), creado el {created}.
Por añadir: {added}; por modificar: {changed}; por eliminar: {removed}; por decidir: {conflicts}; {duplicates}.</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflicto</numerusform>
                <numerusform>%n conflictos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n likely duplicate(s)</source>
            <translation>
                <numerusform>%n posible duplicado</numerusform>
                <numerusform>%n posibles duplicados</numerusform>
            </translation>
        </message>
        <message>
            <source>This organization is empty: it becomes “{name}” from the file.</source>
            <translation>Esta organización está vacía: pasa a ser «{name}», la del archivo.</translation>
        </message>
        <message>
            <source>None of your records change; Apply records the file as received.</source>
            <translation>Ninguno de sus registros cambia; Aplicar registra el archivo como recibido.</translation>
        </message>
        <message>
            <source>None of your records change. Apply records that the directory has your file number {number}, so that your next export can hold only the changes since.</source>
            <translation>Ninguno de sus registros cambia. Aplicar registra que el directorio tiene su archivo número {number}, para que su próxima exportación contenga solo los cambios posteriores.</translation>
        </message>
        <message>
            <source>Both sides changed these since the last exchange. For each, keep yours (this organization's) or take theirs (the file's).</source>
            <translation>Ambas partes cambiaron esto desde el último intercambio. En cada caso, conserve lo suyo (lo de esta organización) o tome lo de ellos (lo del archivo).</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Registro</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Ámbito</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Lo suyo</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Lo de ellos</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decisión</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Conservar lo mío</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Tomar lo de ellos</translation>
        </message>
        <message>
            <source>Decision for {field} of {record}</source>
            <translation>Decisión sobre {field} de {record}</translation>
        </message>
        <message>
            <source>&amp;Keep mine for all</source>
            <translation>&amp;Conservar lo mío en todos</translation>
        </message>
        <message>
            <source>&amp;Take theirs for all</source>
            <translation>&amp;Tomar lo de ellos en todos</translation>
        </message>
        <message>
            <source>Records added</source>
            <translation>Registros añadidos</translation>
        </message>
        <message>
            <source>Records removed</source>
            <translation>Registros eliminados</translation>
        </message>
        <message>
            <source>Record or field</source>
            <translation>Registro o campo</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Ahora</translation>
        </message>
        <message>
            <source>After the import</source>
            <translation>Después de importar</translation>
        </message>
        <message>
            <source>Records changed</source>
            <translation>Registros modificados</translation>
        </message>
        <message>
            <source>(conflict)</source>
            <translation>(conflicto)</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… y {n} más</translation>
        </message>
        <message>
            <source>These people in the file look like people already here. Tick those that are the same person: they are merged into the existing record after the import.</source>
            <translation>Estas personas del archivo se parecen a otras que ya están. Marque las que sean la misma persona: se unirán al registro existente después de importar.</translation>
        </message>
        <message>
            <source>Likely duplicates</source>
            <translation>Posibles duplicados</translation>
        </message>
        <message>
            <source>Person in the file (tick to merge)</source>
            <translation>Persona del archivo (marque para unir)</translation>
        </message>
        <message>
            <source>Existing person</source>
            <translation>Persona existente</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Por qué</translation>
        </message>
        <message>
            <source>#{id}</source>
            <translation>n.º {id}</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Notes about the file</source>
            <translation>Notas sobre el archivo</translation>
        </message>
        <message numerus="yes">
            <source>Decide the %n conflict(s) first.</source>
            <translation>
                <numerusform>Decida primero el conflicto pendiente (%n).</numerusform>
                <numerusform>Decida primero los %n conflictos.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check, then import</source>
            <translation>Revise e importe</translation>
        </message>
        <message>
            <source>Nothing is written until you press Import.</source>
            <translation>No se escribe nada hasta que pulse Importar.</translation>
        </message>
        <message>
            <source>Comparing the file with your records…</source>
            <translation>Comparando el archivo con sus datos…</translation>
        </message>
        <message>
            <source>Summary of the import</source>
            <translation>Resumen de la importación</translation>
        </message>
        <message>
            <source>People to add and change</source>
            <translation>Personas que añadir y modificar</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Qué pasará</translation>
        </message>
        <message>
            <source>Keep the values already in scdesk for every conflict</source>
            <translation>Conservar los valores que ya tiene scdesk en cada conflicto</translation>
        </message>
        <message>
            <source>&amp;Keep what scdesk has, for all</source>
            <translation>&amp;Conservar lo que tiene scdesk, en todos</translation>
        </message>
        <message>
            <source>&amp;Take the file's, for all</source>
            <translation>&amp;Tomar lo del archivo, en todos</translation>
        </message>
        <message>
            <source>Take the file's values for every conflict</source>
            <translation>Tomar los valores del archivo en cada conflicto</translation>
        </message>
        <message>
            <source>Problems in the file's rows</source>
            <translation>Problemas en las filas del archivo</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Columna</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Qué hacer</translation>
        </message>
        <message>
            <source>&amp;Save the problems as CSV…</source>
            <translation>&amp;Guardar los problemas en CSV…</translation>
        </message>
        <message>
            <source>&amp;Changes</source>
            <translation>&amp;Cambios</translation>
        </message>
        <message>
            <source>&amp;Problems</source>
            <translation>&amp;Problemas</translation>
        </message>
        <message>
            <source>{added} to add, {changed} to change, {duplicates} to decide, {unchanged} already up to date. {committees} {problems}</source>
            <translation>Por añadir: {added}; por modificar: {changed}; por decidir: {duplicates}; ya al día: {unchanged}. {committees} {problems}</translation>
        </message>
        <message numerus="yes">
            <source>%n new committee(s).</source>
            <translation>
                <numerusform>%n comité nuevo.</numerusform>
                <numerusform>%n comités nuevos.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n remark(s) on rows.</source>
            <translation>
                <numerusform>%n observación en filas.</numerusform>
                <numerusform>%n observaciones en filas.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Problems ({count})</source>
            <translation>&amp;Problemas ({count})</translation>
        </message>
        <message>
            <source>New committees ({count})</source>
            <translation>Comités nuevos ({count})</translation>
        </message>
        <message>
            <source>{new} (was empty)</source>
            <translation>{new} (estaba vacío)</translation>
        </message>
        <message>
            <source>{person}, {field}: keep or take</source>
            <translation>{person}, {field}: conservar o tomar</translation>
        </message>
        <message>
            <source>Keep what scdesk has</source>
            <translation>Conservar lo que tiene scdesk</translation>
        </message>
        <message>
            <source>Take the file's</source>
            <translation>Tomar lo del archivo</translation>
        </message>
        <message>
            <source>In scdesk</source>
            <translation>En scdesk</translation>
        </message>
        <message>
            <source>In the file</source>
            <translation>En el archivo</translation>
        </message>
        <message>
            <source>add {value}</source>
            <translation>añadir {value}</translation>
        </message>
        <message>
            <source>the organization</source>
            <translation>la organización</translation>
        </message>
        <message>
            <source>{post}, {committee}</source>
            <translation>{post}, {committee}</translation>
        </message>
        <message>
            <source>post</source>
            <translation>cargo</translation>
        </message>
        <message>
            <source>new person</source>
            <translation>persona nueva</translation>
        </message>
        <message>
            <source>updates {name}</source>
            <translation>actualiza a {name}</translation>
        </message>
        <message>
            <source>same person?</source>
            <translation>¿la misma persona?</translation>
        </message>
        <message>
            <source>Is {person} someone already here?</source>
            <translation>¿Es {person} alguien que ya está?</translation>
        </message>
        <message>
            <source>A new person: add them</source>
            <translation>Una persona nueva: añadirla</translation>
        </message>
        <message>
            <source>The same as {name} &lt;{email}&gt;: update them</source>
            <translation>La misma que {name} &lt;{email}&gt;: actualizarla</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Save the problems</source>
            <translation>Guardar los problemas</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>The problems were not saved</source>
            <translation>No se guardaron los problemas</translation>
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <source>Erase a person</source>
            <translation>Borrar a una persona</translation>
        </message>
        <message>
            <source>Their name, contact details, emergency contact and notes are cleared everywhere and cannot be brought back. Their volunteer hours and exchanges still count, anonymously. Do this only when they asked for it.</source>
            <translation>Su nombre, datos de contacto, contacto de emergencia y notas se borran en todas partes y no se pueden recuperar. Sus horas de voluntariado e intercambios siguen contando, de forma anónima. Hágalo solo si esa persona lo pidió.</translation>
        </message>
        <message>
            <source>&amp;Erase</source>
            <translation>&amp;Borrar</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Borrar</translation>
        </message>
        <message>
            <source>The person was erased.</source>
            <translation>La persona fue borrada.</translation>
        </message>
        <message>
            <source>Older backups keep the data until they are rotated away.</source>
            <translation>Las copias de seguridad anteriores conservan los datos hasta que se descartan.</translation>
        </message>
        <message>
            <source>Please look at these, which may still name them:</source>
            <translation>Revise esto, que aún puede nombrarla:</translation>
        </message>
        <message>
            <source>Erase everything personal about {name}?</source>
            <translation>¿Borrar todo lo personal de {name}?</translation>
        </message>
        <message>
            <source>Zip archives (*.zip)</source>
            <translation>Archivos zip (*.zip)</translation>
        </message>
        <message>
            <source>Export a person's data</source>
            <translation>Exportar los datos de una persona</translation>
        </message>
        <message>
            <source>• {table} {id}, {field}</source>
            <translation>• {table} {id}, {field}</translation>
        </message>
        <message>
            <source>Save everything held about {name}</source>
            <translation>Guardar todo lo que se tiene sobre {name}</translation>
        </message>
    </context>
    <context>
        <name>ProgressWindow</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Cancelling; nothing will be kept…</source>
            <translation>Cancelando; no se guardará nada…</translation>
        </message>
    </context>
    <context>
        <name>RecordEditor</name>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>Des&amp;cartar</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Forget the changes not saved yet</source>
            <translation>Descartar los cambios sin guardar</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>D&amp;uplicar</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicar</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Eliminar</translation>
        </message>
        <message>
            <source>Choose a {noun} in the list, or create a new one.</source>
            <translation>Elija en la lista un registro ({noun}) o cree uno nuevo.</translation>
        </message>
        <message>
            <source>This {noun} was deleted.</source>
            <translation>Este registro ({noun}) se ha eliminado.</translation>
        </message>
        <message>
            <source>New {noun}</source>
            <translation>Nuevo registro: {noun}</translation>
        </message>
        <message>
            <source>Edit {noun}</source>
            <translation>Editar: {noun}</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>The {noun} “{title}” has changes that are not saved yet.</source>
            <translation>«{title}» ({noun}) tiene cambios sin guardar.</translation>
        </message>
        <message>
            <source>Duplicate {noun}</source>
            <translation>Duplicar: {noun}</translation>
        </message>
        <message>
            <source>Delete {noun}</source>
            <translation>Eliminar: {noun}</translation>
        </message>
        <message>
            <source>Delete the {noun} “{title}”?

It disappears from the lists. Edit ▸ Undo brings it back.</source>
            <translation>¿Eliminar «{title}» ({noun})?

Desaparecerá de las listas. Editar ▸ Deshacer lo recupera.</translation>
        </message>
        <message>
            <source>The {noun} “{title}” was deleted.</source>
            <translation>Se ha eliminado «{title}» ({noun}).</translation>
        </message>
        <message>
            <source>Not saved yet.</source>
            <translation>Aún sin guardar.</translation>
        </message>
        <message>
            <source>Changed, not saved yet.</source>
            <translation>Modificado, aún sin guardar.</translation>
        </message>
    </context>
    <context>
        <name>RecordListPage</name>
        <message>
            <source>List</source>
            <translation>Lista</translation>
        </message>
        <message>
            <source>&amp;Duplicate</source>
            <translation>&amp;Duplicar</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>E&amp;liminar…</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>The records cannot be opened</source>
            <translation>No se pueden abrir los datos</translation>
        </message>
        <message>
            <source>&amp;Restore this backup</source>
            <translation>&amp;Restaurar esta copia</translation>
        </message>
        <message>
            <source>Restore this backup</source>
            <translation>Restaurar esta copia</translation>
        </message>
        <message>
            <source>There is no good backup to restore. Leave the organization's folder as it is and ask for help; the damaged file has not been changed.</source>
            <translation>No hay ninguna copia en buen estado que restaurar. Deje la carpeta de la organización como está y pida ayuda; el archivo dañado no se ha modificado.</translation>
        </message>
        <message>
            <source>The damaged file is kept aside (its name ends in “.corrupt”), not deleted.</source>
            <translation>El archivo dañado se aparta (su nombre termina en «.corrupt»), no se borra.</translation>
        </message>
        <message>
            <source>The database of {name} is damaged.</source>
            <translation>La base de datos de {name} está dañada.</translation>
        </message>
        <message>
            <source>The backup could not be restored</source>
            <translation>No se pudo restaurar la copia</translation>
        </message>
        <message>
            <source>The newest good backup is from {when} ({why}).</source>
            <translation>La copia en buen estado más reciente es del {when} ({why}).</translation>
        </message>
    </context>
    <context>
        <name>ReportLabels</name>
        <message>
            <source>Cultural</source>
            <translation>Cultural</translation>
        </message>
        <message>
            <source>Educational</source>
            <translation>Educativo</translation>
        </message>
        <message>
            <source>Municipal and technical</source>
            <translation>Municipal y técnico</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Empresarial</translation>
        </message>
        <message>
            <source>Humanitarian</source>
            <translation>Humanitario</translation>
        </message>
        <message>
            <source>Youth</source>
            <translation>Juvenil</translation>
        </message>
        <message>
            <source>Sports</source>
            <translation>Deportivo</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>Inbound</source>
            <translation>Entrante</translation>
        </message>
        <message>
            <source>Outbound</source>
            <translation>Saliente</translation>
        </message>
        <message>
            <source>Virtual</source>
            <translation>Virtual</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Previsto</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmado</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Realizado</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <source>Delegate</source>
            <translation>Delegado</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>Chaperone</source>
            <translation>Acompañante</translation>
        </message>
        <message>
            <source>Organizer</source>
            <translation>Organizador</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation>Intérprete</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Anfitrión</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Presidencia</translation>
        </message>
        <message>
            <source>Vice chair</source>
            <translation>Vicepresidencia</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Secretaría</translation>
        </message>
        <message>
            <source>Treasurer</source>
            <translation>Tesorería</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Socio</translation>
        </message>
        <message>
            <source>Sister city</source>
            <translation>Ciudad hermana</translation>
        </message>
        <message>
            <source>Friendship city</source>
            <translation>Ciudad amiga</translation>
        </message>
        <message>
            <source>Other partnership</source>
            <translation>Otro tipo de hermanamiento</translation>
        </message>
        <message>
            <source>Exploring</source>
            <translation>En estudio</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Propuesto</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactivo</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Terminado</translation>
        </message>
        <message>
            <source>Mayoral ties</source>
            <translation>Relación entre alcaldes</translation>
        </message>
        <message>
            <source>Trade</source>
            <translation>Comercio</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historia</translation>
        </message>
        <message>
            <source>Ancestry and diaspora</source>
            <translation>Ascendencia y diáspora</translation>
        </message>
        <message>
            <source>Shared challenges</source>
            <translation>Retos compartidos</translation>
        </message>
        <message>
            <source>Faith groups</source>
            <translation>Comunidades religiosas</translation>
        </message>
        <message>
            <source>Personal ties</source>
            <translation>Lazos personales</translation>
        </message>
    </context>
    <context>
        <name>ReportLogo</name>
        <message>
            <source>Logo on the title page</source>
            <translation>Logotipo en la portada</translation>
        </message>
        <message>
            <source>Report logo</source>
            <translation>Logotipo de los informes</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>E&amp;legir…</translation>
        </message>
        <message>
            <source>Choose the report logo</source>
            <translation>Elegir el logotipo de los informes</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Print reports without a logo</source>
            <translation>Imprimir los informes sin logotipo</translation>
        </message>
        <message>
            <source>None: reports show the organization's name only.</source>
            <translation>Ninguno: los informes muestran solo el nombre de la organización.</translation>
        </message>
        <message>
            <source>The logo printed on the title page of reports</source>
            <translation>El logotipo impreso en la portada de los informes</translation>
        </message>
        <message>
            <source>PNG or JPEG images (*.png *.jpg *.jpeg)</source>
            <translation>Imágenes PNG o JPEG (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
    <context>
        <name>ReportOptions</name>
        <message>
            <source>Choose the &amp;dates instead of a year</source>
            <translation>Elegir las &amp;fechas en vez de un año</translation>
        </message>
        <message>
            <source>Everyone (or type a name)</source>
            <translation>Todos (o escriba un nombre)</translation>
        </message>
        <message>
            <source>Count appro&amp;ved hours only</source>
            <translation>Contar solo las horas apro&amp;badas</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>&amp;Informe:</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Informe</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Año:</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>Choose the dates instead of a year</source>
            <translation>Elegir las fechas en vez de un año</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Primer día</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Hasta:</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Último día</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>&amp;Hermanamiento:</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Hermanamiento</translation>
        </message>
        <message>
            <source>E&amp;xchange:</source>
            <translation>In&amp;tercambio:</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Intercambio</translation>
        </message>
        <message>
            <source>&amp;Committee:</source>
            <translation>&amp;Comité:</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Comité</translation>
        </message>
        <message>
            <source>P&amp;erson:</source>
            <translation>P&amp;ersona:</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Count approved hours only</source>
            <translation>Contar solo las horas aprobadas</translation>
        </message>
        <message>
            <source>Posts held &amp;on:</source>
            <translation>Cargos a fecha &amp;de:</translation>
        </message>
        <message>
            <source>Posts held on</source>
            <translation>Cargos a fecha de</translation>
        </message>
        <message>
            <source>Annual report</source>
            <translation>Informe anual</translation>
        </message>
        <message>
            <source>Partnership report</source>
            <translation>Informe del hermanamiento</translation>
        </message>
        <message>
            <source>Volunteer hours</source>
            <translation>Horas de voluntariado</translation>
        </message>
        <message>
            <source>Trip sheet</source>
            <translation>Hoja de viaje</translation>
        </message>
        <message>
            <source>Member directory</source>
            <translation>Directorio de socios</translation>
        </message>
        <message>
            <source>All committees</source>
            <translation>Todos los comités</translation>
        </message>
        <message>
            <source>All exchanges</source>
            <translation>Todos los intercambios</translation>
        </message>
    </context>
    <context>
        <name>ReportPages</name>
        <message>
            <source>CONFIDENTIAL</source>
            <translation>CONFIDENCIAL</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Página {page} de {pages}</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Prepared on {date}</source>
            <translation>Preparado el {date}</translation>
        </message>
        <message>
            <source>in {year}</source>
            <translation>en {year}</translation>
        </message>
        <message>
            <source>between {start} and {end}</source>
            <translation>entre el {start} y el {end}</translation>
        </message>
        <message>
            <source>No exchanges were recorded {period}.</source>
            <translation>No se registró ningún intercambio {period}.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Ámbito</translation>
        </message>
        <message>
            <source>Exchanges</source>
            <translation>Intercambios</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Host nights</source>
            <translation>Noches de acogida</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Exchanges are counted in the period they start in. Participants counts each person once per exchange ({took_part}). Cancelled exchanges are not counted ({cancelled}).</source>
            <translation>Cada intercambio cuenta en el periodo en que empieza. En participantes, cada persona cuenta una vez por intercambio ({took_part}). Los intercambios cancelados no se cuentan ({cancelled}).</translation>
        </message>
        <message>
            <source>No volunteer hours were recorded {period}.</source>
            <translation>No se registraron horas de voluntariado {period}.</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Horas</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Anotaciones</translation>
        </message>
        <message>
            <source>Approved hours</source>
            <translation>Horas aprobadas</translation>
        </message>
        <message>
            <source>No hours match.</source>
            <translation>Ninguna anotación de horas coincide.</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Choose a report and press Preview.</source>
            <translation>Elija un informe y pulse Vista previa.</translation>
        </message>
        <message>
            <source>Report status</source>
            <translation>Estado del informe</translation>
        </message>
        <message>
            <source>Pre&amp;view</source>
            <translation>&amp;Vista previa</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Im&amp;primir…</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>&amp;Guardar como…</translation>
        </message>
        <message>
            <source>Preview the report</source>
            <translation>Ver la vista previa del informe</translation>
        </message>
        <message>
            <source>Print the report</source>
            <translation>Imprimir el informe</translation>
        </message>
        <message>
            <source>Save the report as a file</source>
            <translation>Guardar el informe en un archivo</translation>
        </message>
        <message>
            <source>Report preview</source>
            <translation>Vista previa del informe</translation>
        </message>
        <message>
            <source>Still working on the last request…</source>
            <translation>Aún se está preparando lo último que pidió…</translation>
        </message>
        <message>
            <source>Cancelled; no file was written.</source>
            <translation>Cancelado; no se escribió ningún archivo.</translation>
        </message>
        <message>
            <source>Preparing the report</source>
            <translation>Preparando el informe</translation>
        </message>
        <message>
            <source>Counting the figures…</source>
            <translation>Calculando las cifras…</translation>
        </message>
        <message>
            <source>{pages} pages.</source>
            <translation>{pages} páginas.</translation>
        </message>
        <message>
            <source>The options changed: press Preview to update.</source>
            <translation>Las opciones cambiaron: pulse Vista previa para actualizar.</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Documento PDF (*.pdf)</translation>
        </message>
        <message>
            <source>CSV spreadsheet tables (*.csv)</source>
            <translation>Tablas de hoja de cálculo CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Libro de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>iCalendar events (*.ics)</source>
            <translation>Eventos iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>annual-report</source>
            <translation>informe-anual</translation>
        </message>
        <message>
            <source>partnership-report</source>
            <translation>informe-del-hermanamiento</translation>
        </message>
        <message>
            <source>volunteer-hours</source>
            <translation>horas-de-voluntariado</translation>
        </message>
        <message>
            <source>trip-sheet</source>
            <translation>hoja-de-viaje</translation>
        </message>
        <message>
            <source>member-directory</source>
            <translation>directorio-de-socios</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Guardar el informe</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Guardando…</translation>
        </message>
        <message>
            <source>Saved {files}.</source>
            <translation>Guardado: {files}.</translation>
        </message>
        <message>
            <source>The report could not be made: {error}</source>
            <translation>No se pudo crear el informe: {error}</translation>
        </message>
    </context>
    <context>
        <name>RichTextField</name>
        <message>
            <source>Bold</source>
            <translation>Negrita</translation>
        </message>
        <message>
            <source>Italic</source>
            <translation>Cursiva</translation>
        </message>
        <message>
            <source>Bulleted list</source>
            <translation>Lista con viñetas</translation>
        </message>
    </context>
    <context>
        <name>RosterHistory</name>
        <message>
            <source>no changes</source>
            <translation>sin cambios</translation>
        </message>
        <message>
            <source>{added} added, {changed} changed, {removed} removed</source>
            <translation>{added} añadidos, {changed} modificados, {removed} eliminados</translation>
        </message>
        <message>
            <source>{persons} people, {memberships} posts held</source>
            <translation>{persons} personas, {memberships} cargos</translation>
        </message>
        <message>
            <source>; {conflicts} conflicts settled</source>
            <translation>; {conflicts} conflictos resueltos</translation>
        </message>
    </context>
    <context>
        <name>RosterPreview</name>
        <message>
            <source>Removed</source>
            <translation>Eliminado</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organización</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Hermanamiento</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Comité</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Post held</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Contact detail</source>
            <translation>Dato de contacto</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>eliminado</translation>
        </message>
        <message>
            <source>present</source>
            <translation>presente</translation>
        </message>
    </context>
    <context>
        <name>RosterSyncPage</name>
        <message>
            <source>&lt;h2&gt;Roster sync with the central directory&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Intercambio de la lista de socios con el directorio central&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Send your roster to the central directory as a signed file, and take the directory's file back in. Before anything changes you see what the file would add, change and remove, and you decide wherever both sides changed the same thing. A copy of the database is kept from before every import.</source>
            <translation>Envíe su lista de socios al directorio central en un archivo firmado y reciba después el archivo del directorio. Antes de cambiar nada verá lo que el archivo añadiría, modificaría y eliminaría, y decidirá allí donde ambas partes cambiaron lo mismo. Antes de cada importación se guarda una copia de la base de datos.</translation>
        </message>
        <message>
            <source>&amp;Export a roster file…</source>
            <translation>&amp;Exportar un archivo de socios…</translation>
        </message>
        <message>
            <source>&amp;Import a roster file…</source>
            <translation>&amp;Importar un archivo de socios…</translation>
        </message>
        <message>
            <source>Import a &amp;spreadsheet or address book…</source>
            <translation>Importar una &amp;hoja de cálculo o libreta de direcciones…</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>Clave de firma</translation>
        </message>
        <message>
            <source>S&amp;how the key…</source>
            <translation>&amp;Mostrar la clave…</translation>
        </message>
        <message>
            <source>E&amp;nter the directory's key…</source>
            <translation>I&amp;ntroducir la clave del directorio…</translation>
        </message>
        <message>
            <source>Files sent and received</source>
            <translation>Archivos enviados y recibidos</translation>
        </message>
        <message>
            <source>No roster file sent or received yet. Start with Export a roster file and send it to the central directory; the file they send back comes in with Import a roster file. People from a spreadsheet or address book come in with the third button; they are not listed here.</source>
            <translation>Aún no se ha enviado ni recibido ningún archivo de socios. Empiece con Exportar un archivo de socios y envíelo al directorio central; el archivo que le devuelvan entra con Importar un archivo de socios. Las personas de una hoja de cálculo o libreta de direcciones entran con el tercer botón; no se listan aquí.</translation>
        </message>
        <message>
            <source>This computer has no keyring, so scdesk cannot keep the signing key. It asks for the key whenever it signs or checks a file, and never writes it anywhere.</source>
            <translation>Este ordenador no tiene llavero, así que scdesk no puede guardar la clave de firma. La pide cada vez que firma o comprueba un archivo, y nunca la escribe en ningún sitio.</translation>
        </message>
        <message>
            <source>The organization's signing key is kept in this computer's keyring.</source>
            <translation>La clave de firma de la organización se guarda en el llavero de este ordenador.</translation>
        </message>
        <message>
            <source>No signing key yet: one is made at your first export. If the central directory gave you a key, enter it.</source>
            <translation>Aún no hay clave de firma: se crea en la primera exportación. Si el directorio central le dio una clave, introdúzcala.</translation>
        </message>
        <message>
            <source>Export a roster file</source>
            <translation>Exportar un archivo de socios</translation>
        </message>
        <message>
            <source>Writing the roster file</source>
            <translation>Escribiendo el archivo de socios</translation>
        </message>
        <message>
            <source>The roster file was not written</source>
            <translation>No se escribió el archivo de socios</translation>
        </message>
        <message>
            <source>File number {n} was written to {path}.</source>
            <translation>Se escribió el archivo número {n} en {path}.</translation>
        </message>
        <message>
            <source>A signing key was made for your organization. Give it to the central directory: Signing key, Show the key.</source>
            <translation>Se ha creado una clave de firma para su organización. Désela al directorio central: Mostrar la clave.</translation>
        </message>
        <message>
            <source>Roster file written</source>
            <translation>Archivo de socios escrito</translation>
        </message>
        <message>
            <source>Import a roster file</source>
            <translation>Importar un archivo de socios</translation>
        </message>
        <message>
            <source>Checking the roster file</source>
            <translation>Comprobando el archivo de socios</translation>
        </message>
        <message>
            <source>The file cannot be imported</source>
            <translation>El archivo no se puede importar</translation>
        </message>
        <message>
            <source>Nothing to import</source>
            <translation>Nada que importar</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>No se importó nada</translation>
        </message>
        <message>
            <source>Roster file imported</source>
            <translation>Archivo de socios importado</translation>
        </message>
        <message>
            <source>Finishing the copy of your records taken before the import…</source>
            <translation>Terminando la copia de sus registros que se hace antes de importar…</translation>
        </message>
        <message>
            <source>Writing the changes…</source>
            <translation>Escribiendo los cambios…</translation>
        </message>
        <message>
            <source>Importing the roster file</source>
            <translation>Importando el archivo de socios</translation>
        </message>
        <message>
            <source>Stopping the backup</source>
            <translation>Deteniendo la copia de seguridad</translation>
        </message>
        <message>
            <source>Give this key to the central directory, by phone or in person:</source>
            <translation>Dé esta clave al directorio central, por teléfono o en persona:</translation>
        </message>
        <message>
            <source>Enter the signing key the central directory gave you. Files are then signed and checked with it; it is kept in this computer's keyring.</source>
            <translation>Introduzca la clave de firma que le dio el directorio central. Con ella se firmarán y comprobarán los archivos; se guarda en el llavero de este ordenador.</translation>
        </message>
        <message>
            <source>The key was not kept</source>
            <translation>No se guardó la clave</translation>
        </message>
        <message>
            <source>This computer has no keyring; scdesk will ask for the key each time.</source>
            <translation>Este ordenador no tiene llavero; scdesk pedirá la clave cada vez.</translation>
        </message>
    </context>
    <context>
        <name>SearchResults</name>
        <message>
            <source>Search results</source>
            <translation>Resultados de la búsqueda</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Encontrado</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Exchanges</source>
            <translation>Intercambios</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Hermanamientos</translation>
        </message>
        <message>
            <source>Committees</source>
            <translation>Comités</translation>
        </message>
        <message>
            <source>Nothing found for “{typed}”.</source>
            <translation>No se encontró nada para «{typed}».</translation>
        </message>
        <message>
            <source>Found for “{typed}”: press Enter to open the chosen one.</source>
            <translation>Resultados para «{typed}»: pulse Intro para abrir el elegido.</translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <source>This could not be finished: {problem}

Nothing was changed.</source>
            <translation>No se pudo terminar: {problem}

No se ha cambiado nada.</translation>
        </message>
    </context>
    <context>
        <name>TimeField</name>
        <message>
            <source>Clear the time</source>
            <translation>Borrar la hora</translation>
        </message>
    </context>
    <context>
        <name>TripSheet</name>
        <message>
            <source>None recorded</source>
            <translation>Ninguno registrado</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Fechas</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lugar</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Hermanamiento</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Comité</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>This sheet holds personal details of the people travelling and hosting. Keep it with you, share it only with the people running the trip, and destroy it afterwards.</source>
            <translation>Esta hoja contiene datos personales de quienes viajan y de quienes acogen. Llévela consigo, compártala solo con los responsables del viaje y destrúyala después.</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Idiomas</translation>
        </message>
        <message>
            <source>No participants are recorded yet.</source>
            <translation>Aún no hay participantes registrados.</translation>
        </message>
        <message>
            <source>Emergency contacts</source>
            <translation>Contactos de emergencia</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Persona</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Llamar a</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Relación</translation>
        </message>
        <message>
            <source>Host placements</source>
            <translation>Alojamientos</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Invitado</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Anfitrión</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Host's phone</source>
            <translation>Teléfono del anfitrión</translation>
        </message>
        <message>
            <source>Nights</source>
            <translation>Noches</translation>
        </message>
        <message>
            <source>No host placements for this exchange.</source>
            <translation>No hay alojamientos para este intercambio.</translation>
        </message>
        <message>
            <source>Itinerary</source>
            <translation>Programa</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Hora</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>No itinerary is recorded yet.</source>
            <translation>Aún no hay programa registrado.</translation>
        </message>
        <message>
            <source>Contacts in the partner city</source>
            <translation>Contactos en la ciudad hermana</translation>
        </message>
        <message>
            <source>Trip sheet: {title}</source>
            <translation>Hoja de viaje: {title}</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Sister city</source>
            <translation>Ciudad hermana</translation>
        </message>
        <message>
            <source>Friendship city</source>
            <translation>Ciudad amiga</translation>
        </message>
        <message>
            <source>Other partnership</source>
            <translation>Otro tipo de hermanamiento</translation>
        </message>
        <message>
            <source>Exploring</source>
            <translation>En estudio</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Propuesto</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Activo</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactivo</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Terminado</translation>
        </message>
        <message>
            <source>Ties between mayors</source>
            <translation>Relación entre alcaldes</translation>
        </message>
        <message>
            <source>Trade</source>
            <translation>Comercio</translation>
        </message>
        <message>
            <source>Shared history</source>
            <translation>Historia compartida</translation>
        </message>
        <message>
            <source>Ancestry or diaspora</source>
            <translation>Ascendencia o diáspora</translation>
        </message>
        <message>
            <source>Shared challenges</source>
            <translation>Retos compartidos</translation>
        </message>
        <message>
            <source>Faith groups</source>
            <translation>Comunidades religiosas</translation>
        </message>
        <message>
            <source>Personal ties</source>
            <translation>Lazos personales</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>Serves one partnership</source>
            <translation>De un hermanamiento</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Junta directiva</translation>
        </message>
        <message>
            <source>Youth</source>
            <translation>Juvenil</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Actos</translation>
        </message>
        <message>
            <source>Fundraising</source>
            <translation>Recaudación de fondos</translation>
        </message>
        <message>
            <source>Other standing committee</source>
            <translation>Otro comité permanente</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Presidencia</translation>
        </message>
        <message>
            <source>Vice chair</source>
            <translation>Vicepresidencia</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Secretaría</translation>
        </message>
        <message>
            <source>Treasurer</source>
            <translation>Tesorería</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Socio</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Voluntario</translation>
        </message>
        <message>
            <source>Host family</source>
            <translation>Familia de acogida</translation>
        </message>
        <message>
            <source>Guest from abroad</source>
            <translation>Invitado del extranjero</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>Lapsed</source>
            <translation>De baja</translation>
        </message>
        <message>
            <source>Cultural</source>
            <translation>Cultural</translation>
        </message>
        <message>
            <source>Educational</source>
            <translation>Educativo</translation>
        </message>
        <message>
            <source>Municipal or technical</source>
            <translation>Municipal o técnico</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Empresarial</translation>
        </message>
        <message>
            <source>Humanitarian</source>
            <translation>Humanitario</translation>
        </message>
        <message>
            <source>Sports</source>
            <translation>Deportivo</translation>
        </message>
        <message>
            <source>Inbound (guests come to us)</source>
            <translation>Entrante (los invitados vienen aquí)</translation>
        </message>
        <message>
            <source>Outbound (we travel)</source>
            <translation>Saliente (viajamos nosotros)</translation>
        </message>
        <message>
            <source>Virtual</source>
            <translation>Virtual</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Previsto</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmado</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Realizado</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelado</translation>
        </message>
        <message>
            <source>Delegate</source>
            <translation>Delegado</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>Chaperone</source>
            <translation>Acompañante</translation>
        </message>
        <message>
            <source>Organizer</source>
            <translation>Organizador</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation>Intérprete</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Anfitrión</translation>
        </message>
        <message>
            <source>An exchange</source>
            <translation>Intercambio</translation>
        </message>
        <message>
            <source>Committee work</source>
            <translation>Comité</translation>
        </message>
        <message>
            <source>A meeting</source>
            <translation>Reunión</translation>
        </message>
        <message>
            <source>An event</source>
            <translation>Acto</translation>
        </message>
        <message>
            <source>Something else</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>&amp;Given name:</source>
            <translation>&amp;Nombre de pila:</translation>
        </message>
        <message>
            <source>&amp;Family name:</source>
            <translation>&amp;Apellidos:</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Categoría:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>&amp;Estado:</translation>
        </message>
        <message>
            <source>&amp;Member since:</source>
            <translation>&amp;Socio desde:</translation>
        </message>
        <message>
            <source>&amp;Languages:</source>
            <translation>&amp;Idiomas:</translation>
        </message>
        <message>
            <source>S&amp;kills:</source>
            <translation>&amp;Habilidades:</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>Correo &amp;electrónico:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Teléfono:</translation>
        </message>
        <message>
            <source>St&amp;reet:</source>
            <translation>Ca&amp;lle:</translation>
        </message>
        <message>
            <source>C&amp;ity:</source>
            <translation>C&amp;iudad:</translation>
        </message>
        <message>
            <source>Re&amp;gion:</source>
            <translation>Re&amp;gión:</translation>
        </message>
        <message>
            <source>P&amp;ostal code:</source>
            <translation>Código p&amp;ostal:</translation>
        </message>
        <message>
            <source>Co&amp;untry:</source>
            <translation>&amp;País:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>&amp;Teléfono:</translation>
        </message>
        <message>
            <source>Rela&amp;tion:</source>
            <translation>Rela&amp;ción:</translation>
        </message>
        <message>
            <source>&amp;Be listed in the member directory</source>
            <translation>&amp;Figurar en el directorio de socios</translation>
        </message>
        <message>
            <source>Have their ph&amp;otos published</source>
            <translation>Que se publiquen sus f&amp;otos</translation>
        </message>
        <message>
            <source>Recei&amp;ve email from us</source>
            <translation>Reci&amp;bir correos nuestros</translation>
        </message>
        <message>
            <source>&amp;Guest rooms for hosting:</source>
            <translation>&amp;Habitaciones para invitados:</translation>
        </message>
        <message>
            <source>Central directory &amp;id:</source>
            <translation>&amp;Identificador en el directorio central:</translation>
        </message>
        <message>
            <source>&amp;Administers the organization's directory profile</source>
            <translation>&amp;Administra el perfil de la organización en el directorio</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
    </context>
    <context>
        <name>_OptionalField</name>
        <message>
            <source>Clear {field}</source>
            <translation>Borrar {field}</translation>
        </message>
    </context>
    <context>
        <name>rules</name>
        <message>
            <source>Enter how many hours were given.</source>
            <translation>Indique cuántas horas se dedicaron.</translation>
        </message>
        <message>
            <source>A person cannot host themselves.</source>
            <translation>Una persona no puede alojarse en su propia casa.</translation>
        </message>
        <message>
            <source>A country is required.</source>
            <translation>Hay que indicar un país.</translation>
        </message>
        <message>
            <source>{what} is required.</source>
            <translation>{what}: este dato es obligatorio.</translation>
        </message>
        <message>
            <source>“{value}” does not look like a phone number.</source>
            <translation>«{value}» no parece un número de teléfono.</translation>
        </message>
        <message>
            <source>“{code}” is not an ISO country code.</source>
            <translation>«{code}» no es un código de país ISO.</translation>
        </message>
        <message>
            <source>The partner city must be in another country than the organization's own ({country}).</source>
            <translation>La ciudad hermana debe estar en un país distinto al de la organización ({country}).</translation>
        </message>
        <message>
            <source>{what} ends on {end}, before it starts on {start}.</source>
            <translation>{what} termina el {end}, antes de empezar el {start}.</translation>
        </message>
        <message>
            <source>Hours must be more than 0 and at most {limit:g} for one day.</source>
            <translation>Las horas deben ser más de 0 y como mucho {limit:g} en un día.</translation>
        </message>
        <message>
            <source>{what} cannot be in the future ({value}).</source>
            <translation>{what}: la fecha no puede ser futura ({value}).</translation>
        </message>
        <message>
            <source>Nights must be between 1 and {limit}.</source>
            <translation>Las noches deben estar entre 1 y {limit}.</translation>
        </message>
        <message>
            <source>{what} cannot be negative.</source>
            <translation>{what}: no puede ser una cantidad negativa.</translation>
        </message>
        <message>
            <source>“{code}” is not an ISO currency code.</source>
            <translation>«{code}» no es un código de moneda ISO.</translation>
        </message>
        <message>
            <source>“{value}” is not a web address (it should start with https://).</source>
            <translation>«{value}» no es una dirección web (debe empezar por https://).</translation>
        </message>
        <message>
            <source>{what} on {day} falls outside the exchange ({start} to {end}).</source>
            <translation>{what} del {day} cae fuera de las fechas del intercambio (del {start} al {end}).</translation>
        </message>
        <message>
            <source>Choose {what}.</source>
            <translation>Elija {what}.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid email address ({error}).</source>
            <translation>«{value}» no es una dirección de correo válida ({error}).</translation>
        </message>
        <message>
            <source>The organization's name</source>
            <translation>El nombre de la organización</translation>
        </message>
        <message>
            <source>The partner city</source>
            <translation>La ciudad hermana</translation>
        </message>
        <message>
            <source>The partnership (first contact to signing)</source>
            <translation>El hermanamiento (del primer contacto a la firma)</translation>
        </message>
        <message>
            <source>The contact's name</source>
            <translation>El nombre del contacto</translation>
        </message>
        <message>
            <source>The committee's name</source>
            <translation>El nombre del comité</translation>
        </message>
        <message>
            <source>The term</source>
            <translation>El mandato</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>Habitaciones</translation>
        </message>
        <message>
            <source>Member since</source>
            <translation>Socio desde</translation>
        </message>
        <message>
            <source>The contact detail</source>
            <translation>El dato de contacto</translation>
        </message>
        <message>
            <source>The exchange's title</source>
            <translation>El título del intercambio</translation>
        </message>
        <message>
            <source>The exchange</source>
            <translation>El intercambio</translation>
        </message>
        <message>
            <source>The itinerary item</source>
            <translation>La actividad del programa</translation>
        </message>
        <message>
            <source>Choose the exchange these hours were for.</source>
            <translation>Elija el intercambio al que corresponden estas horas.</translation>
        </message>
        <message>
            <source>Choose the committee.</source>
            <translation>Elija el comité.</translation>
        </message>
        <message>
            <source>Choose the meeting.</source>
            <translation>Elija la reunión.</translation>
        </message>
        <message>
            <source>The day worked</source>
            <translation>El día trabajado</translation>
        </message>
        <message>
            <source>The file name</source>
            <translation>El nombre del archivo</translation>
        </message>
        <message>
            <source>Give the date of the status change.</source>
            <translation>Indique la fecha del cambio de estado.</translation>
        </message>
        <message>
            <source>Give the date of the renewal.</source>
            <translation>Indique la fecha de la renovación.</translation>
        </message>
        <message>
            <source>Choose the partnership this committee serves.</source>
            <translation>Elija el hermanamiento en el que trabaja este comité.</translation>
        </message>
        <message>
            <source>A standing committee does not serve one partnership.</source>
            <translation>Un comité permanente no trabaja en un solo hermanamiento.</translation>
        </message>
        <message>
            <source>This committee already has a chair for these dates. End the current chair's term first.</source>
            <translation>Este comité ya tiene presidencia en esas fechas. Termine antes el mandato de la presidencia actual.</translation>
        </message>
        <message>
            <source>Give the date of the meeting.</source>
            <translation>Indique la fecha de la reunión.</translation>
        </message>
        <message>
            <source>Enter a name (given name, family name or both).</source>
            <translation>Escriba un nombre (nombre de pila, apellidos o ambos).</translation>
        </message>
        <message>
            <source>Choose the partnership of this exchange.</source>
            <translation>Elija el hermanamiento de este intercambio.</translation>
        </message>
        <message>
            <source>The budget</source>
            <translation>El presupuesto</translation>
        </message>
        <message>
            <source>Grants</source>
            <translation>Subvenciones</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Gastos</translation>
        </message>
        <message>
            <source>Give the day of the itinerary item.</source>
            <translation>Indique el día de la actividad del programa.</translation>
        </message>
        <message>
            <source>Give the day the hours were given.</source>
            <translation>Indique el día en que se dedicaron las horas.</translation>
        </message>
        <message>
            <source>The attachment has no valid content hash.</source>
            <translation>El adjunto no tiene una huella de contenido válida.</translation>
        </message>
        <message>
            <source>This person already takes part in that role.</source>
            <translation>Esta persona ya participa con ese papel.</translation>
        </message>
        <message>
            <source>same email address</source>
            <translation>misma dirección de correo</translation>
        </message>
        <message>
            <source>similar name and same phone number</source>
            <translation>nombre parecido y mismo número de teléfono</translation>
        </message>
        <message>
            <source>Nothing changed: the file holds what is already here.</source>
            <translation>No ha cambiado nada: el archivo contiene lo que ya está aquí.</translation>
        </message>
        <message>
            <source>Imported: {parts}.</source>
            <translation>Importado: {parts}.</translation>
        </message>
        <message>
            <source>The organization changed since the preview was made. Preview the file again.</source>
            <translation>La organización ha cambiado desde que se hizo la vista previa. Vuelva a previsualizar el archivo.</translation>
        </message>
        <message>
            <source>{count} added</source>
            <translation>{count} añadidos</translation>
        </message>
        <message>
            <source>{count} changed</source>
            <translation>{count} modificados</translation>
        </message>
        <message>
            <source>{count} removed</source>
            <translation>{count} eliminados</translation>
        </message>
        <message>
            <source>conflicts: kept yours in {kept}, took theirs in {took}</source>
            <translation>conflictos: se conservaron los suyos en {kept} y se aceptaron los del otro lado en {took}</translation>
        </message>
        <message>
            <source>this is not a roster exchange file (it is not a zip archive, nor an encrypted roster file). Choose the .zip file you received.</source>
            <translation>este no es un archivo de intercambio de socios (no es un archivo zip ni un archivo de socios cifrado). Elija el archivo .zip que recibió.</translation>
        </message>
        <message>
            <source>the archive unpacks to more than {size} MB.</source>
            <translation>el archivo comprimido ocupa más de {size} MB al descomprimirse.</translation>
        </message>
        <message>
            <source>the archive holds {count} entries; a roster file has at most {most}.</source>
            <translation>el archivo comprimido contiene {count} entradas; un archivo de socios tiene como máximo {most}.</translation>
        </message>
        <message>
            <source>the zip archive is damaged or incomplete ({details}); it may have been cut short while downloading. Ask for the file again.</source>
            <translation>el archivo zip está dañado o incompleto ({details}); puede que se cortara durante la descarga. Pida el archivo de nuevo.</translation>
        </message>
        <message>
            <source>the archive entry “{name}” would land outside its folder; the file is not a genuine roster file and was not opened further.</source>
            <translation>la entrada «{name}» del archivo comprimido acabaría fuera de su carpeta; el archivo no es un archivo de socios auténtico y no se ha seguido abriendo.</translation>
        </message>
        <message>
            <source>the archive holds “{name}” twice.</source>
            <translation>el archivo comprimido contiene «{name}» dos veces.</translation>
        </message>
        <message>
            <source>the archive entry “{name}” unpacks to {size} bytes from {packed}: a zip bomb, not a roster file.</source>
            <translation>la entrada «{name}» del archivo comprimido pasa de {packed} a {size} bytes al descomprimirse: es una bomba zip, no un archivo de socios.</translation>
        </message>
        <message>
            <source>the archive entry “{name}” cannot be read ({details}); the file is damaged or incomplete. Ask for the file again.</source>
            <translation>no se puede leer la entrada «{name}» del archivo comprimido ({details}); el archivo está dañado o incompleto. Pida el archivo de nuevo.</translation>
        </message>
        <message>
            <source>the archive entry “{name}” holds more than it declares; the file is damaged or forged.</source>
            <translation>la entrada «{name}» del archivo comprimido contiene más de lo que declara; el archivo está dañado o falsificado.</translation>
        </message>
        <message>
            <source>contains control characters, which no field allows.</source>
            <translation>contiene caracteres de control, que ningún campo admite.</translation>
        </message>
        <message>
            <source>“{value}” is not true or false.</source>
            <translation>«{value}» no es true ni false.</translation>
        </message>
        <message>
            <source>“{value}” looks like a spreadsheet formula. Text that begins with = + - @ is written with an apostrophe in front; a spreadsheet may have changed this file.</source>
            <translation>«{value}» parece una fórmula de hoja de cálculo. El texto que empieza por = + - @ se escribe con un apóstrofo delante; puede que una hoja de cálculo haya modificado este archivo.</translation>
        </message>
        <message>
            <source>“{value}” is not a UUID (like 0c7e6a3e-2b1d-4f7a-9a55-1e2b3c4d5e6f).</source>
            <translation>«{value}» no es un UUID (como 0c7e6a3e-2b1d-4f7a-9a55-1e2b3c4d5e6f).</translation>
        </message>
        <message>
            <source>“{value}” is not one of: {choices}.</source>
            <translation>«{value}» no es ninguno de: {choices}.</translation>
        </message>
        <message>
            <source>“{value}” is not a two-letter country code in capitals (like US).</source>
            <translation>«{value}» no es un código de país de dos letras en mayúsculas (como US).</translation>
        </message>
        <message>
            <source>“{value}” is not a date written as YYYY-MM-DD.</source>
            <translation>«{value}» no es una fecha escrita como AAAA-MM-DD.</translation>
        </message>
        <message>
            <source>“{value}” is not a time in UTC written as YYYY-MM-DDTHH:MM:SSZ.</source>
            <translation>«{value}» no es una hora UTC escrita como AAAA-MM-DDTHH:MM:SSZ.</translation>
        </message>
        <message>
            <source>An empty passphrase protects nothing; choose one.</source>
            <translation>Una contraseña vacía no protege nada; elija una.</translation>
        </message>
        <message>
            <source>the encrypted roster file is cut short. Ask for it again.</source>
            <translation>el archivo de socios cifrado está incompleto. Pídalo de nuevo.</translation>
        </message>
        <message>
            <source>the file's encryption settings are out of range; it is forged.</source>
            <translation>los parámetros de cifrado del archivo están fuera de rango; es una falsificación.</translation>
        </message>
        <message>
            <source>the passphrase is wrong, or the file was changed after it was encrypted. Check the passphrase with the sender.</source>
            <translation>la contraseña es incorrecta, o el archivo se modificó después de cifrarlo. Compruebe la contraseña con el remitente.</translation>
        </message>
        <message>
            <source>the file is encrypted with method {method}, which this scdesk does not know. Install a newer scdesk to open it.</source>
            <translation>el archivo está cifrado con el método {method}, que esta versión de scdesk no conoce. Instale un scdesk más reciente para abrirlo.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>No se ha cambiado nada.</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where}: {problem}</translation>
        </message>
        <message>
            <source>{file}: {problem}</source>
            <translation>{file}: {problem}</translation>
        </message>
        <message>
            <source>  … and {count} more.</source>
            <translation>  … y {count} más.</translation>
        </message>
        <message>
            <source>{file}: {count} problems:</source>
            <translation>{file}: {count} problemas:</translation>
        </message>
        <message>
            <source>table {table}</source>
            <translation>tabla {table}</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>línea {line}</translation>
        </message>
        <message>
            <source>field {field}</source>
            <translation>campo {field}</translation>
        </message>
        <message>
            <source>A delta holds the changes since the last file the other side acknowledged, and no file of ours has been acknowledged yet. Send a full file first.</source>
            <translation>Un archivo de cambios contiene lo cambiado desde el último archivo cuya recepción confirmó el otro lado, y todavía no se ha confirmado ninguno de los nuestros. Envíe primero un archivo completo.</translation>
        </message>
        <message>
            <source>This computer has no keyring, so scdesk cannot keep the signing key of “{name}” and never writes it anywhere else. Enter the key to sign the file.</source>
            <translation>Este equipo no tiene llavero, así que scdesk no puede guardar la clave de firma de «{name}», y nunca la escribe en ningún otro sitio. Escriba la clave para firmar el archivo.</translation>
        </message>
        <message>
            <source>this organization</source>
            <translation>esta organización</translation>
        </message>
        <message>
            <source>The file is encrypted. Enter the passphrase the sender gave you.</source>
            <translation>El archivo está cifrado. Escriba la contraseña que le dio el remitente.</translation>
        </message>
        <message>
            <source>this file was made by this organization on this computer. Import files that come from the other side.</source>
            <translation>este archivo lo hizo esta organización en este equipo. Importe los archivos que vienen del otro lado.</translation>
        </message>
        <message>
            <source>This file was already imported on {moment} (UTC); there is nothing to change.</source>
            <translation>Este archivo ya se importó el {moment} (UTC); no hay nada que cambiar.</translation>
        </message>
        <message>
            <source>This file (number {number} from {sender}) is older than one already imported (number {newest}); there is nothing to change.</source>
            <translation>Este archivo (número {number} de {sender}) es más antiguo que uno ya importado (número {newest}); no hay nada que cambiar.</translation>
        </message>
        <message>
            <source>this delta file holds only changes since a file that was never imported here. Ask the sender for a full file.</source>
            <translation>este archivo de cambios solo contiene lo cambiado desde un archivo que nunca se importó aquí. Pida al remitente un archivo completo.</translation>
        </message>
        <message>
            <source>No signing key of {who} is kept on this computer. Enter the key the central directory gave you (or the one shown by Roster sync on the computer that made the file) to check the file's signature.</source>
            <translation>Este equipo no guarda ninguna clave de firma de {who}. Escriba la clave que le dio el directorio central (o la que muestra Lista de socios en el equipo que hizo el archivo) para comprobar la firma del archivo.</translation>
        </message>
        <message>
            <source>The file acknowledges a file of ours (number {number}) that this organization has no record of sending; was the database restored from a backup?</source>
            <translation>El archivo confirma la recepción de un archivo nuestro (número {number}) que esta organización no tiene constancia de haber enviado; ¿se restauró la base de datos desde una copia de seguridad?</translation>
        </message>
        <message>
            <source>the file is {size} bytes, more than a roster file can be.</source>
            <translation>el archivo ocupa {size} bytes, más de lo que puede ocupar un archivo de socios.</translation>
        </message>
        <message>
            <source>the file cannot be read ({reason}).</source>
            <translation>no se puede leer el archivo ({reason}).</translation>
        </message>
        <message>
            <source>the volunteer</source>
            <translation>la persona voluntaria</translation>
        </message>
        <message>
            <source>organization</source>
            <translation>organización</translation>
        </message>
        <message>
            <source>partnership</source>
            <translation>hermanamiento</translation>
        </message>
        <message>
            <source>partnership status change</source>
            <translation>cambio de estado de hermanamiento</translation>
        </message>
        <message>
            <source>partnership renewal</source>
            <translation>renovación de hermanamiento</translation>
        </message>
        <message>
            <source>partner contact</source>
            <translation>contacto en la ciudad hermana</translation>
        </message>
        <message>
            <source>committee</source>
            <translation>comité</translation>
        </message>
        <message>
            <source>committee post</source>
            <translation>cargo en un comité</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>reunión</translation>
        </message>
        <message>
            <source>meeting attendance</source>
            <translation>asistencia a una reunión</translation>
        </message>
        <message>
            <source>person</source>
            <translation>persona</translation>
        </message>
        <message>
            <source>contact detail</source>
            <translation>dato de contacto</translation>
        </message>
        <message>
            <source>exchange</source>
            <translation>intercambio</translation>
        </message>
        <message>
            <source>exchange participant</source>
            <translation>participante en un intercambio</translation>
        </message>
        <message>
            <source>host placement</source>
            <translation>alojamiento</translation>
        </message>
        <message>
            <source>itinerary item</source>
            <translation>actividad del programa</translation>
        </message>
        <message>
            <source>volunteer hours entry</source>
            <translation>anotación de horas de voluntariado</translation>
        </message>
        <message>
            <source>attachment</source>
            <translation>documento adjunto</translation>
        </message>
        <message>
            <source>roster exchange identity</source>
            <translation>identidad para el intercambio de listas</translation>
        </message>
        <message>
            <source>roster exchange partner</source>
            <translation>destinatario del intercambio de listas</translation>
        </message>
        <message>
            <source>roster exchange baseline</source>
            <translation>referencia del intercambio de listas</translation>
        </message>
        <message>
            <source>roster exchange history</source>
            <translation>historial del intercambio de listas</translation>
        </message>
        <message>
            <source>people search index</source>
            <translation>índice de búsqueda de personas</translation>
        </message>
        <message>
            <source>exchanges search index</source>
            <translation>índice de búsqueda de intercambios</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notas</translation>
        </message>
        <message>
            <source>notes on the origin</source>
            <translation>notas sobre el origen</translation>
        </message>
        <message>
            <source>our signatory</source>
            <translation>nuestro firmante</translation>
        </message>
        <message>
            <source>partner's signatory</source>
            <translation>firmante de la ciudad hermana</translation>
        </message>
        <message>
            <source>title</source>
            <translation>título</translation>
        </message>
        <message>
            <source>file name</source>
            <translation>nombre del archivo</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>acta</translation>
        </message>
        <message>
            <source>outcomes</source>
            <translation>resultados</translation>
        </message>
        <message>
            <source>description</source>
            <translation>descripción</translation>
        </message>
        <message>
            <source>notes on funding</source>
            <translation>notas sobre la financiación</translation>
        </message>
        <message>
            <source>place</source>
            <translation>lugar</translation>
        </message>
        <message>
            <source>skills</source>
            <translation>habilidades</translation>
        </message>
        <message>
            <source>{problem} Nothing was imported; correct the row and import again.</source>
            <translation>{problem} No se ha importado nada; corrija la fila e impórtelo de nuevo.</translation>
        </message>
        <message>
            <source>{name} was changed since the preview. Nothing was imported; preview the file again.</source>
            <translation>{name} se modificó después de la vista previa. No se ha importado nada; vuelva a previsualizar el archivo.</translation>
        </message>
        <message>
            <source>{problem} Nothing was imported.</source>
            <translation>{problem} No se ha importado nada.</translation>
        </message>
        <message>
            <source>the file holds no rows. Choose the file with the people.</source>
            <translation>el archivo no tiene filas. Elija el archivo con las personas.</translation>
        </message>
        <message>
            <source>it has {count} columns; scdesk reads at most {most}. Is this the right file?</source>
            <translation>tiene {count} columnas; scdesk lee como máximo {most}. ¿Es el archivo correcto?</translation>
        </message>
        <message>
            <source>it has more than {count} rows. Split it into smaller files and import each.</source>
            <translation>tiene más de {count} filas. Divídalo en archivos más pequeños e importe cada uno.</translation>
        </message>
        <message>
            <source>Check the row for a stray separator.</source>
            <translation>Busque en la fila un separador de más.</translation>
        </message>
        <message>
            <source>the text cannot be split into cells ({details}). Open it in a spreadsheet, save it again as CSV, and import that.</source>
            <translation>el texto no se puede dividir en celdas ({details}). Ábralo en una hoja de cálculo, guárdelo de nuevo como CSV e importe ese archivo.</translation>
        </message>
        <message>
            <source>the row has {cells} cells but the header only {columns}; the cells beyond the last column were not read.</source>
            <translation>la fila tiene {cells} celdas pero el encabezado solo {columns}; las celdas posteriores a la última columna no se han leído.</translation>
        </message>
        <message>
            <source>Correct the date in the file.</source>
            <translation>Corrija la fecha en el archivo.</translation>
        </message>
        <message>
            <source>If that is wrong, change how dates are read in the column mapping.</source>
            <translation>Si no es así, cambie cómo se leen las fechas en la asignación de columnas.</translation>
        </message>
        <message>
            <source>Change the post in scdesk if it should be another.</source>
            <translation>Cambie el cargo en scdesk si debe ser otro.</translation>
        </message>
        <message>
            <source>the row has no name.</source>
            <translation>la fila no tiene nombre.</translation>
        </message>
        <message>
            <source>Add the name in the file, or check the column mapping, and import again.</source>
            <translation>Añada el nombre en el archivo, o revise la asignación de columnas, e importe de nuevo.</translation>
        </message>
        <message>
            <source>Choose the country in scdesk.</source>
            <translation>Elija el país en scdesk.</translation>
        </message>
        <message>
            <source>Nothing to do.</source>
            <translation>No hay nada que hacer.</translation>
        </message>
        <message>
            <source>Correct it in the file and import the file again.</source>
            <translation>Corríjalo en el archivo e importe el archivo de nuevo.</translation>
        </message>
        <message>
            <source>Change it in scdesk if needed.</source>
            <translation>Cámbielo en scdesk si hace falta.</translation>
        </message>
        <message>
            <source>{day} is in the future; left empty.</source>
            <translation>{day} está en el futuro; se deja vacío.</translation>
        </message>
        <message>
            <source>“{role}” is not a post scdesk knows (chair, vice chair, secretary, treasurer, member); recorded as member.</source>
            <translation>«{role}» no es un cargo que scdesk conozca (presidencia, vicepresidencia, secretaría, tesorería, miembro); se registra como miembro.</translation>
        </message>
        <message>
            <source>Check that this is what the cell should say.</source>
            <translation>Compruebe que esto es lo que debe decir la celda.</translation>
        </message>
        <message>
            <source>“{country}” is not a country scdesk knows; left empty.</source>
            <translation>«{country}» no es un país que scdesk conozca; se deja vacío.</translation>
        </message>
        <message>
            <source>Check the dates of this column after the import.</source>
            <translation>Revise las fechas de esta columna después de la importación.</translation>
        </message>
        <message>
            <source>the same person as {place} ({name}); the rows were combined.</source>
            <translation>la misma persona que en la {place} ({name}); se han combinado las filas.</translation>
        </message>
        <message>
            <source>{problem} The row was not imported.</source>
            <translation>{problem} La fila no se ha importado.</translation>
        </message>
        <message>
            <source>Correct it in the file.</source>
            <translation>Corríjalo en el archivo.</translation>
        </message>
        <message>
            <source>{problem} Left empty.</source>
            <translation>{problem} Se deja vacío.</translation>
        </message>
        <message>
            <source>“{text}” could be {day} or {other}; read as {day} (month first).</source>
            <translation>«{text}» podría ser {day} o {other}; se lee como {day} (primero el mes).</translation>
        </message>
        <message>
            <source>“{text}” could be {day} or {other}; read as {day} (day first).</source>
            <translation>«{text}» podría ser {day} o {other}; se lee como {day} (primero el día).</translation>
        </message>
        <message>
            <source>“{text}” is not a kind of person scdesk knows (member, volunteer, host family, guest, contact); recorded as {kind}.</source>
            <translation>«{text}» no es un tipo de persona que scdesk conozca (miembro, voluntario, familia anfitriona, invitado, contacto); se registra como {kind}.</translation>
        </message>
        <message>
            <source>If this row's value is right, change it in scdesk after the import.</source>
            <translation>Si el valor de esta fila es el correcto, cámbielo en scdesk después de la importación.</translation>
        </message>
        <message>
            <source>“{text}” looks like a spreadsheet formula. It is kept as plain text, and scdesk's spreadsheet exports show it as text, never run it.</source>
            <translation>«{text}» parece una fórmula de hoja de cálculo. Se guarda como texto sin más, y las exportaciones de scdesk a hojas de cálculo lo muestran como texto, nunca lo ejecutan.</translation>
        </message>
        <message>
            <source>{problem} It was left out.</source>
            <translation>{problem} Se ha omitido.</translation>
        </message>
        <message>
            <source>this column mixes day-first and month-first dates ({first} and {second}); dates that could be either are read month first.</source>
            <translation>esta columna mezcla fechas con el día primero y con el mes primero ({first} y {second}); las fechas que podrían ser de ambas formas se leen con el mes primero.</translation>
        </message>
        <message>
            <source>this column mixes day-first and month-first dates ({first} and {second}); dates that could be either are read day first.</source>
            <translation>esta columna mezcla fechas con el día primero y con el mes primero ({first} y {second}); las fechas que podrían ser de ambas formas se leen con el día primero.</translation>
        </message>
        <message>
            <source>“{value}” differs from {place} (“{mine}”); {place}'s value was kept.</source>
            <translation>«{value}» difiere de la {place} («{mine}»); se ha conservado el valor de la {place}.</translation>
        </message>
        <message>
            <source>End the current chair's term in scdesk, then import again.</source>
            <translation>Termine en scdesk el mandato de la presidencia actual y luego importe de nuevo.</translation>
        </message>
        <message>
            <source>{committee} already has a chair; {name} was not made chair.</source>
            <translation>{committee} ya tiene presidencia; {name} no ha pasado a ocuparla.</translation>
        </message>
        <message>
            <source>Combine the two rows in the file if they differ.</source>
            <translation>Combine las dos filas en el archivo si difieren.</translation>
        </message>
        <message>
            <source>the same person as {place}; only this row's posts were added to that one.</source>
            <translation>la misma persona que en la {place}; solo se han añadido a aquella los cargos de esta fila.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Columna</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Qué hacer</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>omitida</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>aviso</translation>
        </message>
        <message>
            <source>note</source>
            <translation>nota</translation>
        </message>
        <message>
            <source>line {number}</source>
            <translation>línea {number}</translation>
        </message>
        <message>
            <source>row {number}</source>
            <translation>fila {number}</translation>
        </message>
        <message>
            <source>Save it as .xlsx or CSV from the program that made it, and import that.</source>
            <translation>Guárdelo como .xlsx o CSV desde el programa que lo creó e importe ese archivo.</translation>
        </message>
        <message>
            <source>the file is empty. Choose the file with the people.</source>
            <translation>el archivo está vacío. Elija el archivo con las personas.</translation>
        </message>
        <message>
            <source>this is an old Excel (.xls) or Office file. {advice}</source>
            <translation>este es un archivo antiguo de Excel (.xls) o de Office. {advice}</translation>
        </message>
        <message>
            <source>this is a PDF document, not a list of people. {advice}</source>
            <translation>este es un documento PDF, no una lista de personas. {advice}</translation>
        </message>
        <message>
            <source>the file is {size} MB; scdesk imports files up to {most} MB. Split it and import each part.</source>
            <translation>el archivo ocupa {size} MB; scdesk importa archivos de hasta {most} MB. Divídalo e importe cada parte.</translation>
        </message>
        <message>
            <source>none saved yet</source>
            <translation>ninguna guardada todavía</translation>
        </message>
        <message>
            <source>Give the mapping a name.</source>
            <translation>Dé un nombre a la asignación.</translation>
        </message>
        <message>
            <source>the saved column mappings were written by a newer scdesk; update scdesk.</source>
            <translation>las asignaciones de columnas guardadas las escribió un scdesk más reciente; actualice scdesk.</translation>
        </message>
        <message>
            <source>no saved column mapping called “{name}” (saved: {saved}).</source>
            <translation>no hay ninguna asignación de columnas guardada llamada «{name}» (guardadas: {saved}).</translation>
        </message>
        <message>
            <source>the saved column mappings cannot be read ({details}). Remove this file; your records are not affected.</source>
            <translation>no se pueden leer las asignaciones de columnas guardadas ({details}). Elimine este archivo; sus registros no se ven afectados.</translation>
        </message>
        <message>
            <source>the saved mapping “{name}” is damaged ({details}). Save it again.</source>
            <translation>la asignación guardada «{name}» está dañada ({details}). Guárdela de nuevo.</translation>
        </message>
        <message>
            <source>column “{column}”</source>
            <translation>columna «{column}»</translation>
        </message>
        <message>
            <source>blank row, skipped.</source>
            <translation>fila en blanco, omitida.</translation>
        </message>
        <message>
            <source>blank line, skipped.</source>
            <translation>línea en blanco, omitida.</translation>
        </message>
        <message>
            <source>this is not a text file (it holds binary data). Choose a CSV, XLSX or vCard file.</source>
            <translation>este no es un archivo de texto (contiene datos binarios). Elija un archivo CSV, XLSX o vCard.</translation>
        </message>
        <message>
            <source>its encoding cannot be recognised: it is not text in any common encoding. Save it from your spreadsheet as “CSV UTF-8”, then import it again.</source>
            <translation>no se reconoce su codificación: no es texto en ninguna codificación habitual. Guárdelo desde su hoja de cálculo como «CSV UTF-8» e impórtelo de nuevo.</translation>
        </message>
        <message>
            <source>this is not valid {encoding} text ({details}). Save it from your spreadsheet as “CSV UTF-8”, or choose its encoding, then import it again.</source>
            <translation>esto no es texto {encoding} válido ({details}). Guárdelo desde su hoja de cálculo como «CSV UTF-8», o elija su codificación, e impórtelo de nuevo.</translation>
        </message>
        <message>
            <source>“{text}” is not a date scdesk can read.</source>
            <translation>«{text}» no es una fecha que scdesk pueda leer.</translation>
        </message>
        <message>
            <source>“{text}” is not a real date ({details}).</source>
            <translation>«{text}» no es una fecha real ({details}).</translation>
        </message>
        <message>
            <source>the address book holds no cards.</source>
            <translation>la libreta de direcciones no contiene ninguna tarjeta.</translation>
        </message>
        <message>
            <source>the card that begins on line {line} has no END:VCARD: the file is cut off. Export it again from your address book.</source>
            <translation>la tarjeta que empieza en la línea {line} no tiene END:VCARD: el archivo está cortado. Expórtelo de nuevo desde su libreta de direcciones.</translation>
        </message>
        <message>
            <source>Check the imported person.</source>
            <translation>Revise la persona importada.</translation>
        </message>
        <message>
            <source>END:VCARD without a card begun. The file is damaged: export it again.</source>
            <translation>END:VCARD sin ninguna tarjeta empezada. El archivo está dañado: expórtelo de nuevo.</translation>
        </message>
        <message>
            <source>the card that begins on line {line} has no END:VCARD before the next card. The file is damaged: export it again from your address book.</source>
            <translation>la tarjeta que empieza en la línea {line} no tiene END:VCARD antes de la siguiente tarjeta. El archivo está dañado: expórtelo de nuevo desde su libreta de direcciones.</translation>
        </message>
        <message>
            <source>text outside any card; ignored.</source>
            <translation>texto fuera de cualquier tarjeta; se ignora.</translation>
        </message>
        <message>
            <source>the card says it is vCard version “{version}”; read as 4.0.</source>
            <translation>la tarjeta dice ser vCard versión «{version}»; se lee como 4.0.</translation>
        </message>
        <message>
            <source>it holds more than {count} cards. Split it and import each part.</source>
            <translation>contiene más de {count} tarjetas. Divídalo e importe cada parte.</translation>
        </message>
        <message>
            <source>this line is not a vCard property (no “:”); ignored.</source>
            <translation>esta línea no es una propiedad vCard (no tiene «:»); se ignora.</translation>
        </message>
        <message>
            <source>Check the card in your address book.</source>
            <translation>Revise la tarjeta en su libreta de direcciones.</translation>
        </message>
        <message>
            <source>Open it in Excel or LibreOffice, save it again as .xlsx, and import that.</source>
            <translation>Ábralo en Excel o LibreOffice, guárdelo de nuevo como .xlsx e importe ese archivo.</translation>
        </message>
        <message>
            <source>this zip file is not an Excel workbook. Choose an .xlsx, CSV or vCard file.</source>
            <translation>este archivo zip no es un libro de Excel. Elija un archivo .xlsx, CSV o vCard.</translation>
        </message>
        <message>
            <source>no sheet of the workbook has a header row (a row of column names such as “Name”, “Email”). Add one above the people and import again.</source>
            <translation>ninguna hoja del libro tiene fila de encabezado (una fila con nombres de columna como «Nombre», «Correo»). Añada una encima de las personas e importe de nuevo.</translation>
        </message>
        <message>
            <source>the workbook unpacks to more than scdesk reads ({size} MB in at most {parts} parts). Save the sheet with the people as CSV and import that.</source>
            <translation>el libro ocupa al descomprimirse más de lo que scdesk lee ({size} MB en {parts} partes como máximo). Guarde la hoja con las personas como CSV e importe ese archivo.</translation>
        </message>
        <message>
            <source>the workbook is damaged (its part {part} is corrupt). {advice}</source>
            <translation>el libro está dañado (su parte {part} está corrupta). {advice}</translation>
        </message>
        <message>
            <source>Move people on other sheets to this one, or save that sheet on its own.</source>
            <translation>Mueva a esta hoja las personas de las otras, o guarde esa hoja por separado.</translation>
        </message>
        <message>
            <source>this row above the column names (a title?) was not read.</source>
            <translation>esta fila situada encima de los nombres de columna (¿un título?) no se ha leído.</translation>
        </message>
        <message>
            <source>it has {count} columns; scdesk reads at most {most}.</source>
            <translation>tiene {count} columnas; scdesk lee como máximo {most}.</translation>
        </message>
        <message>
            <source>a total row (it holds a formula), not a person; skipped.</source>
            <translation>una fila de totales (contiene una fórmula), no una persona; omitida.</translation>
        </message>
        <message>
            <source>the workbook is damaged or incomplete ({details}). {advice}</source>
            <translation>el libro está dañado o incompleto ({details}). {advice}</translation>
        </message>
        <message>
            <source>the workbook cannot be read ({details}). {advice}</source>
            <translation>no se puede leer el libro ({details}). {advice}</translation>
        </message>
        <message>
            <source>the sheet has more than {count} rows. Split it and import each part.</source>
            <translation>la hoja tiene más de {count} filas. Divídala e importe cada parte.</translation>
        </message>
        <message>
            <source>the cell holds a formula whose result was never saved; left empty.</source>
            <translation>la celda contiene una fórmula cuyo resultado nunca se guardó; se deja vacía.</translation>
        </message>
        <message>
            <source>Open the workbook in Excel, save it, and import it again.</source>
            <translation>Abra el libro en Excel, guárdelo e impórtelo de nuevo.</translation>
        </message>
        <message>
            <source>the sheet “{other}” was not read; people are read from “{sheet}” only.</source>
            <translation>la hoja «{other}» no se ha leído; las personas se leen solo de «{sheet}».</translation>
        </message>
        <message>
            <source>1 conflicting change needs a decision: keep yours or take theirs.</source>
            <translation>1 cambio en conflicto necesita una decisión: conservar el suyo o aceptar el del archivo.</translation>
        </message>
        <message>
            <source>{count} conflicting changes need a decision: keep yours or take theirs.</source>
            <translation>{count} cambios en conflicto necesitan una decisión: conservar los suyos o aceptar los del archivo.</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nada</translation>
        </message>
        <message>
            <source>the file is incomplete: it ends in the middle of “{entry}”, its first entry. It was probably cut short while downloading or copying. Ask for the file again.</source>
            <translation>el archivo está incompleto: termina en medio de «{entry}», su primera entrada. Probablemente se cortó al descargarlo o copiarlo. Pida el archivo de nuevo.</translation>
        </message>
        <message>
            <source>this is an Excel workbook, not a roster exchange file. To take people in from a spreadsheet, import it as a spreadsheet or address book.</source>
            <translation>esto es un libro de Excel, no un archivo de intercambio de la lista. Para incorporar personas desde una hoja de cálculo, impórtela como hoja de cálculo o libreta de direcciones.</translation>
        </message>
        <message>
            <source>the file is incomplete: it ends in the middle of “{entry}”, after 1 whole entry. It was probably cut short while downloading or copying. Ask for the file again.</source>
            <translation>el archivo está incompleto: termina en medio de «{entry}», tras 1 entrada completa. Probablemente se cortó al descargarlo o copiarlo. Pida el archivo de nuevo.</translation>
        </message>
        <message>
            <source>the file is incomplete: it ends in the middle of “{entry}”, after {count} whole entries. It was probably cut short while downloading or copying. Ask for the file again.</source>
            <translation>el archivo está incompleto: termina en medio de «{entry}», tras {count} entradas completas. Probablemente se cortó al descargarlo o copiarlo. Pida el archivo de nuevo.</translation>
        </message>
        <message>
            <source>this zip archive holds {held}{more} but no {manifest}, so it is not a roster exchange file. Choose the .zip file the central directory sent.</source>
            <translation>este archivo zip contiene {held}{more} pero no {manifest}, así que no es un archivo de intercambio de la lista. Elija el archivo .zip que envió el directorio central.</translation>
        </message>
        <message>
            <source>This computer has no keyring, so scdesk cannot keep the signing key of {who}. Enter the key to check the file's signature.</source>
            <translation>Este equipo no tiene llavero, así que scdesk no puede guardar la clave de firma de {who}. Escriba la clave para comprobar la firma del archivo.</translation>
        </message>
        <message>
            <source>this file is the roster of “{name}” ({id}), another organization than this one. Open that organization, or ask the sender for your own file.</source>
            <translation>este archivo es la lista de socios de «{name}» ({id}), una organización distinta de esta. Abra esa organización, o pida al remitente su propio archivo.</translation>
        </message>
        <message>
            <source>Our copy of file number {number} is missing or damaged, so changes the other side already knew may be shown as conflicts.</source>
            <translation>Nuestra copia del archivo número {number} falta o está dañada, así que los cambios que el otro lado ya conocía pueden aparecer como conflictos.</translation>
        </message>
        <message>
            <source>A person who has not agreed to be listed ({id}) is not added: the file carries no name for them.</source>
            <translation>No se añade a una persona que no ha aceptado figurar en la lista ({id}): el archivo no trae su nombre.</translation>
        </message>
        <message>
            <source>{record}: {field} is not changed: it would point at {value}, which is not here.</source>
            <translation>{record}: {field} no se cambia: apuntaría a {value}, que no está aquí.</translation>
        </message>
        <message>
            <source>The {kind} {id} is not added: it refers to {other}, which is not here.</source>
            <translation>No se añade el registro {kind} {id}: remite a {other}, que no está aquí.</translation>
        </message>
        <message>
            <source>(not listed)</source>
            <translation>(no figura en la lista)</translation>
        </message>
        <message>
            <source>This is not a roster signing key: use only the letters A to Z and digits 2 to 7.</source>
            <translation>Esto no es una clave de firma de socios: use solo las letras de la A a la Z y las cifras del 2 al 7.</translation>
        </message>
        <message>
            <source>This key is {length} characters long; a roster signing key has 52 (13 groups of four).</source>
            <translation>Esta clave tiene {length} caracteres; una clave de firma de socios tiene 52 (13 grupos de cuatro).</translation>
        </message>
        <message>
            <source>the signature does not match: the file was changed after it was made. Do not use it; ask the sender for the file again.</source>
            <translation>la firma no coincide: el archivo se modificó después de crearse. No lo use; pida el archivo de nuevo al remitente.</translation>
        </message>
        <message>
            <source>counts must be numbers and checksums text.</source>
            <translation>los recuentos deben ser números y las sumas de comprobación, texto.</translation>
        </message>
        <message>
            <source>the file is signed with another key (key id {theirs}) than the organization's key kept here (key id {ours}). Ask the sender which key they used, or set the key the directory gave you (Roster sync, Signing key).</source>
            <translation>el archivo está firmado con otra clave (id de clave {theirs}) distinta de la clave de la organización guardada aquí (id de clave {ours}). Pregunte al remitente qué clave usó, o ponga la clave que le dio el directorio (Lista de socios, Clave de firma).</translation>
        </message>
        <message>
            <source>this is not a roster exchange file (its format is “{format}”).</source>
            <translation>este no es un archivo de intercambio de socios (su formato es «{format}»).</translation>
        </message>
        <message>
            <source>the kind “{kind}” is neither full nor delta.</source>
            <translation>el tipo «{kind}» no es ni full ni delta.</translation>
        </message>
        <message>
            <source>the format version “{version}” is not understood.</source>
            <translation>no se entiende la versión de formato «{version}».</translation>
        </message>
        <message>
            <source>the file uses version {version} of the roster exchange format; this scdesk reads version {known}. Install a newer scdesk to import it.</source>
            <translation>el archivo usa la versión {version} del formato de intercambio de socios; esta versión de scdesk lee la versión {known}. Instale un scdesk más reciente para importarlo.</translation>
        </message>
        <message>
            <source>“{path}” is missing or not a {kind}.</source>
            <translation>«{path}» falta o no es de tipo {kind}.</translation>
        </message>
        <message>
            <source>the manifest is not valid JSON ({details}).</source>
            <translation>el manifiesto no es JSON válido ({details}).</translation>
        </message>
        <message>
            <source>the manifest does not cover datapackage.json.</source>
            <translation>el manifiesto no cubre datapackage.json.</translation>
        </message>
        <message>
            <source>the file is encrypted and no passphrase was given.</source>
            <translation>el archivo está cifrado y no se ha dado ninguna contraseña.</translation>
        </message>
        <message>
            <source>the file is encrypted</source>
            <translation>el archivo está cifrado</translation>
        </message>
        <message>
            <source>“{name}” is not covered by the signature and was ignored.</source>
            <translation>«{name}» no está cubierto por la firma y se ha ignorado.</translation>
        </message>
        <message>
            <source>the table is empty: it has no header row.</source>
            <translation>la tabla está vacía: no tiene fila de encabezado.</translation>
        </message>
        <message>
            <source>The table “{name}” is not part of format version 1 and was ignored.</source>
            <translation>La tabla «{name}» no forma parte de la versión 1 del formato y se ha ignorado.</translation>
        </message>
        <message>
            <source>the table lacks the column(s) {columns}.</source>
            <translation>a la tabla le faltan las columnas {columns}.</translation>
        </message>
        <message>
            <source>The column(s) {columns} of {table} are not part of format version 1 and were ignored.</source>
            <translation>Las columnas {columns} de {table} no forman parte de la versión 1 del formato y se han ignorado.</translation>
        </message>
        <message>
            <source>the manifest lists “{name}”, which the archive does not hold.</source>
            <translation>el manifiesto incluye «{name}», que no está en el archivo comprimido.</translation>
        </message>
        <message>
            <source>the checksum of “{name}” does not match the manifest: the file was changed or damaged after it was made. Ask the sender for it again.</source>
            <translation>la suma de comprobación de «{name}» no coincide con el manifiesto: el archivo se modificó o dañó después de crearse. Pídalo de nuevo al remitente.</translation>
        </message>
        <message>
            <source>datapackage.json cannot be read ({details}).</source>
            <translation>no se puede leer datapackage.json ({details}).</translation>
        </message>
        <message>
            <source>the table “{name}” is missing ({path}). Every roster file holds all seven tables, empty ones included.</source>
            <translation>falta la tabla «{name}» ({path}). Todo archivo de socios contiene las siete tablas, incluidas las vacías.</translation>
        </message>
        <message>
            <source>the table is not UTF-8 text (byte {byte}); a spreadsheet may have saved it in another encoding.</source>
            <translation>la tabla no es texto UTF-8 (byte {byte}); puede que una hoja de cálculo la haya guardado con otra codificación.</translation>
        </message>
        <message>
            <source>the header cannot be read ({details}).</source>
            <translation>no se puede leer el encabezado ({details}).</translation>
        </message>
        <message>
            <source>the CSV is malformed ({details}).</source>
            <translation>el CSV está mal formado ({details}).</translation>
        </message>
        <message>
            <source>the manifest counts {expected} rows, the table holds {found}.</source>
            <translation>el manifiesto cuenta {expected} filas y la tabla tiene {found}.</translation>
        </message>
        <message>
            <source>an identifier belongs to exactly one person or organization.</source>
            <translation>un identificador pertenece a exactamente una persona u organización.</translation>
        </message>
        <message>
            <source>Identifiers of scheme “{scheme}” are not kept by scdesk and were skipped.</source>
            <translation>scdesk no guarda los identificadores del esquema «{scheme}» y se han omitido.</translation>
        </message>
        <message>
            <source>a value is required.</source>
            <translation>se necesita un valor.</translation>
        </message>
        <message>
            <source>the organization needs a name.</source>
            <translation>la organización necesita un nombre.</translation>
        </message>
        <message>
            <source>the table must hold exactly one row of classification “{kind}”; it holds {found}.</source>
            <translation>la tabla debe tener exactamente una fila de clasificación «{kind}»; tiene {found}.</translation>
        </message>
        <message>
            <source>a partnership needs its partner city (a partner_city organization).</source>
            <translation>un hermanamiento necesita su ciudad socia (una organización partner_city).</translation>
        </message>
        <message>
            <source>the partnership belongs to another organization.</source>
            <translation>el hermanamiento pertenece a otra organización.</translation>
        </message>
        <message>
            <source>a membership needs its person, organization and post.</source>
            <translation>una pertenencia necesita su persona, su organización y su cargo.</translation>
        </message>
        <message>
            <source>the membership's organization and role differ from its post's.</source>
            <translation>la organización y el papel de la pertenencia difieren de los de su cargo.</translation>
        </message>
        <message>
            <source>a contact detail needs its person, type and value.</source>
            <translation>un dato de contacto necesita su persona, su tipo y su valor.</translation>
        </message>
        <message>
            <source>the row has {cells} cells where the header has {columns}.</source>
            <translation>la fila tiene {cells} celdas donde el encabezado tiene {columns}.</translation>
        </message>
        <message>
            <source>a committee's parent must be the organization.</source>
            <translation>el elemento superior de un comité debe ser la organización.</translation>
        </message>
        <message>
            <source>{owner} has a second “{scheme}” identifier.</source>
            <translation>{owner} tiene un segundo identificador «{scheme}».</translation>
        </message>
        <message>
            <source>the id {id} is also used on line {line}.</source>
            <translation>el id {id} también se usa en la línea {line}.</translation>
        </message>
        <message>
            <source>the organization's id {id} differs from the manifest's {other}.</source>
            <translation>el id de la organización, {id}, difiere del del manifiesto, {other}.</translation>
        </message>
        <message>
            <source>points at {value}, which is not in the {table} table.</source>
            <translation>apunta a {value}, que no está en la tabla {table}.</translation>
        </message>
        <message>
            <source>{problem} ({record})</source>
            <translation>{problem} ({record})</translation>
        </message>
        <message>
            <source>The committee “{name}” would have two chairs for the same dates. End one chair's term first.</source>
            <translation>El comité «{name}» tendría dos presidencias en las mismas fechas. Termine primero el mandato de una de ellas.</translation>
        </message>
        <message>
            <source>attachment “{name}” ({id}) is missing</source>
            <translation>falta el documento adjunto «{name}» ({id})</translation>
        </message>
        <message>
            <source>attachment “{name}” ({id}) is damaged</source>
            <translation>el documento adjunto «{name}» ({id}) está dañado</translation>
        </message>
        <message>
            <source>the restore</source>
            <translation>la restauración</translation>
        </message>
        <message>
            <source>the database is damaged and there is no good backup to restore. Keep the organization's folder as it is and ask for help.</source>
            <translation>la base de datos está dañada y no hay ninguna copia de seguridad válida que restaurar. Deje la carpeta de la organización tal como está y pida ayuda.</translation>
        </message>
        <message>
            <source>it lacks parts of an scdesk database: {gaps}</source>
            <translation>le faltan partes de una base de datos de scdesk: {gaps}</translation>
        </message>
        <message>
            <source>there is no backup to restore yet.</source>
            <translation>todavía no hay ninguna copia de seguridad que restaurar.</translation>
        </message>
        <message>
            <source>it cannot be brought up to date: {cause}</source>
            <translation>no se puede poner al día: {cause}</translation>
        </message>
        <message>
            <source>the person</source>
            <translation>la persona</translation>
        </message>
        <message>
            <source>the day the term ends</source>
            <translation>el día en que termina el mandato</translation>
        </message>
        <message>
            <source>This term already ended on {day}.</source>
            <translation>Este mandato ya terminó el {day}.</translation>
        </message>
        <message>
            <source>“{name}” already exists. Open it, or rebuild it with `scdesk demo --size {size} --replace`.</source>
            <translation>«{name}» ya existe. Ábrala, o vuelva a crearla con `scdesk demo --size {size} --replace`.</translation>
        </message>
        <message>
            <source>This {what} was changed since you opened it. Revert to see the current values, then make your change again.</source>
            <translation>Este registro ({what}) se modificó después de que lo abriera. Descarte los cambios para ver los valores actuales y luego vuelva a hacer su cambio.</translation>
        </message>
        <message>
            <source>the guest</source>
            <translation>el invitado</translation>
        </message>
        <message>
            <source>the host</source>
            <translation>el anfitrión</translation>
        </message>
        <message>
            <source>Enter the guest's name.</source>
            <translation>Escriba el nombre del invitado.</translation>
        </message>
        <message>
            <source>{name} now hosts {count} guests in this exchange but has 1 guest room.</source>
            <translation>{name} aloja ahora a {count} invitados en este intercambio, pero tiene 1 habitación para invitados.</translation>
        </message>
        <message>
            <source>{name} now hosts {count} guests in this exchange but has {rooms} guest rooms.</source>
            <translation>{name} aloja ahora a {count} invitados en este intercambio, pero tiene {rooms} habitaciones para invitados.</translation>
        </message>
        <message>
            <source>{table} row {row} points at a missing {parent}</source>
            <translation>el registro {row} ({table}) apunta a un registro ({parent}) que no existe</translation>
        </message>
        <message>
            <source>The {what} was changed since this step was made, so it cannot be undone without losing that change.</source>
            <translation>El registro ({what}) se modificó después de este paso, así que no se puede deshacer sin perder ese cambio.</translation>
        </message>
        <message>
            <source>The {what} was changed since this step was made, so it cannot be redone without losing that change.</source>
            <translation>El registro ({what}) se modificó después de este paso, así que no se puede rehacer sin perder ese cambio.</translation>
        </message>
        <message>
            <source>the chair who approves</source>
            <translation>la presidencia que aprueba</translation>
        </message>
        <message>
            <source>Only a current committee chair or vice chair approves hours.</source>
            <translation>Solo quien ocupa actualmente la presidencia o vicepresidencia de un comité aprueba horas.</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Hermanamientos</translation>
        </message>
        <message>
            <source>Committees</source>
            <translation>Comités</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Exchanges</source>
            <translation>Intercambios</translation>
        </message>
        <message>
            <source>Volunteer hours entries</source>
            <translation>Anotaciones de horas de voluntariado</translation>
        </message>
        <message>
            <source>This database has no organization profile.</source>
            <translation>Esta base de datos no tiene perfil de organización.</translation>
        </message>
        <message>
            <source>Give the date the status changed.</source>
            <translation>Indique la fecha en que cambió el estado.</translation>
        </message>
        <message>
            <source>the other record of this person</source>
            <translation>el otro registro de esta persona</translation>
        </message>
        <message>
            <source>Choose two different people to merge.</source>
            <translation>Elija dos personas distintas para fusionar.</translation>
        </message>
        <message>
            <source>the erasure</source>
            <translation>el borrado</translation>
        </message>
        <message>
            <source>the export</source>
            <translation>la exportación</translation>
        </message>
        <message>
            <source>Several people have the email {email}; give the record id instead.</source>
            <translation>Varias personas tienen el correo {email}; indique en su lugar el id del registro.</translation>
        </message>
        <message>
            <source>the list of erased people cannot be read ({details}). Restore it from a copy; until then erasures are not re-applied after a restore.</source>
            <translation>no se puede leer la lista de personas borradas ({details}). Restáurela desde una copia; mientras tanto, los borrados no se vuelven a aplicar tras una restauración.</translation>
        </message>
        <message>
            <source>No {what} with id {id}.</source>
            <translation>No hay ningún registro ({what}) con el id {id}.</translation>
        </message>
        <message>
            <source>Choose a PNG or JPEG image for the logo.</source>
            <translation>Elija una imagen PNG o JPEG para el logotipo.</translation>
        </message>
        <message>
            <source>{file} is not there.</source>
            <translation>{file} no existe.</translation>
        </message>
        <message>
            <source>{names} and {count} more</source>
            <translation>{names} y {count} más</translation>
        </message>
        <message>
            <source>no {what} has the id or name “{text}”.</source>
            <translation>ningún registro ({what}) tiene el id o el nombre «{text}».</translation>
        </message>
        <message>
            <source>The period ends ({end}) before it starts ({start}).</source>
            <translation>El periodo termina ({end}) antes de empezar ({start}).</translation>
        </message>
        <message>
            <source>This report has no calendar to save; only the trip sheet has one.</source>
            <translation>Este informe no tiene calendario que guardar; solo la hoja de viaje lo tiene.</translation>
        </message>
        <message>
            <source>Choose the partnership the report is about.</source>
            <translation>Elija el hermanamiento del que trata el informe.</translation>
        </message>
        <message>
            <source>Choose the exchange the trip sheet is for.</source>
            <translation>Elija el intercambio al que corresponde la hoja de viaje.</translation>
        </message>
        <message>
            <source>Choose the year or the dates the report covers.</source>
            <translation>Elija el año o las fechas que abarca el informe.</translation>
        </message>
        <message>
            <source>The {index} holds {indexed} entries for {live} {table} records; searches may miss some</source>
            <translation>El {index} tiene {indexed} entradas para {live} registros ({table}); las búsquedas pueden pasar algunos por alto</translation>
        </message>
        <message>
            <source>The {index} is damaged, so searches may miss records or find wrong ones (SQLite says: {detail})</source>
            <translation>El {index} está dañado, así que las búsquedas pueden pasar registros por alto o encontrar otros equivocados (SQLite dice: {detail})</translation>
        </message>
        <message>
            <source>it is not a database at all</source>
            <translation>no es una base de datos en absoluto</translation>
        </message>
        <message>
            <source>there is no backup by that name. List them with `scdesk backup list`.</source>
            <translation>no hay ninguna copia de seguridad con ese nombre. Consulte la lista con `scdesk backup list`.</translation>
        </message>
        <message>
            <source>it is a database of another program</source>
            <translation>es una base de datos de otro programa</translation>
        </message>
        <message>
            <source>the backup folder chosen in Preferences is not there (is its disk connected?), so no backup was made and nothing was changed. Connect the disk, or choose another folder in Preferences.</source>
            <translation>la carpeta de copias elegida en Preferencias no está (¿está conectado su disco?), así que no se hizo ninguna copia y no se cambió nada. Conecte el disco o elija otra carpeta en Preferencias.</translation>
        </message>
        <message>
            <source>the backup</source>
            <translation>la copia de seguridad</translation>
        </message>
        <message>
            <source>there is no such file to restore from.</source>
            <translation>no existe ese archivo para restaurar.</translation>
        </message>
        <message>
            <source>several {what} records match “{text}”: {names}. Give the id instead.</source>
            <translation>varios registros ({what}) coinciden con «{text}»: {names}. Indique el id en su lugar.</translation>
        </message>
        <message>
            <source>it holds no scdesk records</source>
            <translation>no contiene registros de scdesk</translation>
        </message>
        <message>
            <source>the restored database failed its check.</source>
            <translation>la base de datos restaurada no superó su comprobación.</translation>
        </message>
        <message>
            <source>this backup is damaged ({details}), so it cannot be restored; nothing was changed. Choose another backup.</source>
            <translation>esta copia de seguridad está dañada ({details}), así que no se puede restaurar; no se ha cambiado nada. Elija otra copia.</translation>
        </message>
        <message>
            <source>this file is not an scdesk backup ({reason}), so it cannot be restored; nothing was changed. Choose a .sqlite3 file from the organization's backups folder.</source>
            <translation>este archivo no es una copia de seguridad de scdesk ({reason}), así que no se puede restaurar; no se ha cambiado nada. Elija un archivo .sqlite3 de la carpeta de copias de la organización.</translation>
        </message>
        <message>
            <source>the database is damaged ({details}), so it could not be copied; nothing was changed. Restore the newest good backup.</source>
            <translation>la base de datos está dañada ({details}), así que no se pudo copiar; no se ha cambiado nada. Restaure la copia de seguridad válida más reciente.</translation>
        </message>
        <message>
            <source>it fails SQLite's check</source>
            <translation>no supera la comprobación de SQLite</translation>
        </message>
        <message>
            <source>this backup was made by a newer version of scdesk (schema {revision}). Install the newest scdesk to restore it; nothing was changed.</source>
            <translation>esta copia de seguridad se hizo con una versión más reciente de scdesk (esquema {revision}). Instale la última versión de scdesk para restaurarla; no se ha cambiado nada.</translation>
        </message>
        <message>
            <source>the new backup folder {folder} is not there (is its disk connected?), so no backup was moved. Connect the disk and move the backups again.</source>
            <translation>la nueva carpeta de copias {folder} no está (¿está conectado su disco?), así que no se movió ninguna copia. Conecte el disco y vuelva a mover las copias.</translation>
        </message>
        <message>
            <source>the copy of {file} read back from {folder} differs from the original, so the original was kept. The disk there may be failing: check it, or choose another folder.</source>
            <translation>la copia de {file} leída de nuevo en {folder} no es igual al original, así que se conservó el original. Puede que ese disco esté fallando: revíselo o elija otra carpeta.</translation>
        </message>
        <message>
            <source>{file} could not be moved to {folder} ({reason}). Every backup is still whole in one of the two folders. Check that the disk is connected and has room, then move the backups again.</source>
            <translation>no se pudo mover {file} a {folder} ({reason}). Cada copia sigue completa en una de las dos carpetas. Compruebe que el disco está conectado y tiene espacio, y vuelva a mover las copias.</translation>
        </message>
        <message>
            <source>saving</source>
            <translation>el guardado</translation>
        </message>
        <message>
            <source>scdesk cannot write in its data folder ({reason}). Give your user write access to it, or set SCDESK_HOME to a folder you can write to.</source>
            <translation>scdesk no puede escribir en su carpeta de datos ({reason}). Dé a su usuario permiso de escritura en ella, o haga que SCDESK_HOME apunte a una carpeta en la que pueda escribir.</translation>
        </message>
        <message>
            <source>the disk is full, so {what} could not be finished. Nothing was changed; free some space (empty the trash, remove large files) and try again.</source>
            <translation>el disco está lleno, así que no se pudo terminar {what}. No se ha cambiado nada; libere espacio (vacíe la papelera, elimine archivos grandes) y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>another program is holding the database, so {what} could not be finished. Nothing was changed; close the other program (a database browser, a sync or backup tool) and try again.</source>
            <translation>otro programa está usando la base de datos, así que no se pudo terminar {what}. No se ha cambiado nada; cierre el otro programa (un explorador de bases de datos, una herramienta de sincronización o de copias) y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>the database is damaged ({details}), so {what} could not be finished. Run `scdesk check`, then restore the newest good backup.</source>
            <translation>la base de datos está dañada ({details}), así que no se pudo terminar {what}. Ejecute `scdesk check` y luego restaure la copia de seguridad válida más reciente.</translation>
        </message>
        <message>
            <source>{explanation} (SQLite says: {detail})</source>
            <translation>{explanation} (SQLite dice: {detail})</translation>
        </message>
        <message>
            <source>The index SQLite keeps to find {kind} records quickly no longer matches them: the records are there, but searches and lists may miss some.</source>
            <translation>El índice que SQLite mantiene para encontrar rápido los registros ({kind}) ya no coincide con ellos: los registros están, pero las búsquedas y las listas pueden pasar algunos por alto.</translation>
        </message>
        <message>
            <source>Two {kind} records share a value that must be unique, so one of them may be shown or exported in place of the other.</source>
            <translation>Dos registros ({kind}) comparten un valor que debe ser único, así que uno puede mostrarse o exportarse en lugar del otro.</translation>
        </message>
        <message>
            <source>A {kind} record has no {field}, which every {kind} record needs.</source>
            <translation>Un registro ({kind}) no tiene {field}, y todo registro ({kind}) lo necesita.</translation>
        </message>
        <message>
            <source>Unused space inside the database file is not recorded as it should be. No records are affected, but the file is not as SQLite left it.</source>
            <translation>El espacio sin usar dentro del archivo de la base de datos no está anotado como debería. Ningún registro está afectado, pero el archivo no está como SQLite lo dejó.</translation>
        </message>
        <message>
            <source>Part of the database file itself is damaged, so some records may be missing or unreadable.</source>
            <translation>Parte del propio archivo de la base de datos está dañada, así que puede que falten registros o que no se puedan leer.</translation>
        </message>
        <message>
            <source>A {kind} record holds a value its rules do not allow.</source>
            <translation>Un registro ({kind}) tiene un valor que sus reglas no permiten.</translation>
        </message>
        <message>
            <source>This organization</source>
            <translation>Esta organización</translation>
        </message>
        <message>
            <source>{name} is already open by process {pid} on {host}. Close scdesk there first; only one window or command can change an organization at a time.</source>
            <translation>{name} ya está abierta en el proceso {pid} del equipo {host}. Cierre scdesk allí primero; solo una ventana u orden a la vez puede modificar una organización.</translation>
        </message>
        <message>
            <source>{name} is already open. Close scdesk there first; only one window or command can change an organization at a time.</source>
            <translation>{name} ya está abierta. Cierre scdesk allí primero; solo una ventana u orden a la vez puede modificar una organización.</translation>
        </message>
        <message>
            <source>this database was written by a newer version of scdesk (schema {revision}). Install the newest scdesk to open it; the file has not been changed.</source>
            <translation>esta base de datos la escribió una versión más reciente de scdesk (esquema {revision}). Instale la última versión de scdesk para abrirla; el archivo no se ha modificado.</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>ninguna todavía</translation>
        </message>
        <message>
            <source>an organization needs a name.</source>
            <translation>una organización necesita un nombre.</translation>
        </message>
        <message>
            <source>no organization called “{name}” on this computer (known: {known}).</source>
            <translation>no hay ninguna organización llamada «{name}» en este equipo (conocidas: {known}).</translation>
        </message>
        <message>
            <source>an organization called “{name}” already exists.</source>
            <translation>ya existe una organización llamada «{name}».</translation>
        </message>
        <message>
            <source>the list of organizations cannot be read ({details}). Fix or remove this file; the organizations' own folders are untouched.</source>
            <translation>no se puede leer la lista de organizaciones ({details}). Corrija o elimine este archivo; las carpetas de las organizaciones no se han tocado.</translation>
        </message>
        <message>
            <source>this file is not an scdesk database (it is not an SQLite file at all). Choose the organization's .sqlite3 file, or restore it from a backup.</source>
            <translation>este archivo no es una base de datos de scdesk (ni siquiera es un archivo SQLite). Elija el archivo .sqlite3 de la organización, o restáurelo desde una copia de seguridad.</translation>
        </message>
        <message>
            <source>the database's header is damaged (file format {write}/{read}). Restore the newest backup; the damaged file has not been changed.</source>
            <translation>la cabecera de la base de datos está dañada (formato de archivo {write}/{read}). Restaure la copia de seguridad más reciente; el archivo dañado no se ha modificado.</translation>
        </message>
        <message>
            <source>this SQLite file was not made by scdesk (it has no schema version). Choose the organization's own database file.</source>
            <translation>este archivo SQLite no lo creó scdesk (no tiene versión de esquema). Elija el archivo de base de datos de la propia organización.</translation>
        </message>
        <message>
            <source>the database cannot be read ({details}). Restore the newest backup; the damaged file has not been changed.</source>
            <translation>no se puede leer la base de datos ({details}). Restaure la copia de seguridad más reciente; el archivo dañado no se ha modificado.</translation>
        </message>
        <message>
            <source>the database is damaged ({details}). Restore the newest backup; the damaged file has not been changed.</source>
            <translation>la base de datos está dañada ({details}). Restaure la copia de seguridad más reciente; el archivo dañado no se ha modificado.</translation>
        </message>
    </context>
</TS>
