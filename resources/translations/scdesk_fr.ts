<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>AnnualReport</name>
        <message>
            <source>Exchanges</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <source>The partnerships one by one</source>
            <translation>Les jumelages un par un</translation>
        </message>
        <message>
            <source>Annual report {period}</source>
            <translation>Rapport annuel {period}</translation>
        </message>
        <message>
            <source>January to December {year}</source>
            <translation>De janvier à décembre {year}</translation>
        </message>
        <message>
            <source>The year at a glance</source>
            <translation>L'année en un coup d'œil</translation>
        </message>
        <message>
            <source>No exchanges and no volunteer hours were recorded {period}.</source>
            <translation>Aucun échange ni aucune heure de bénévolat n'a été enregistré {period}.</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Jumelages</translation>
        </message>
        <message>
            <source>Partner city</source>
            <translation>Ville jumelle</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Status at the end of the period</source>
            <translation>État à la fin de la période</translation>
        </message>
        <message>
            <source>Agreement signed</source>
            <translation>Charte signée</translation>
        </message>
        <message>
            <source>No partnerships were recorded by the end of the period.</source>
            <translation>Aucun jumelage n'était enregistré à la fin de la période.</translation>
        </message>
        <message>
            <source>New partnerships: {names}.</source>
            <translation>Nouveaux jumelages : {names}.</translation>
        </message>
        <message>
            <source>Status changes</source>
            <translation>Changements d'état</translation>
        </message>
        <message>
            <source>Agreements signed and renewed</source>
            <translation>Chartes signées et renouvelées</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>New status</source>
            <translation>Nouvel état</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>No partnership changed status {period}.</source>
            <translation>Aucun jumelage n'a changé d'état {period}.</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Charte</translation>
        </message>
        <message>
            <source>Signed for us by</source>
            <translation>Signée pour nous par</translation>
        </message>
        <message>
            <source>Signed for the partner by</source>
            <translation>Signée pour la ville jumelle par</translation>
        </message>
        <message>
            <source>Renewed</source>
            <translation>Renouvelée</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signée</translation>
        </message>
        <message>
            <source>No agreement was signed or renewed {period}.</source>
            <translation>Aucune charte n'a été signée ni renouvelée {period}.</translation>
        </message>
        <message>
            <source>Volunteer hours</source>
            <translation>Heures de bénévolat</translation>
        </message>
        <message>
            <source>By committee</source>
            <translation>Par commission</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Commission</translation>
        </message>
        <message>
            <source>No committee</source>
            <translation>Sans commission</translation>
        </message>
        <message>
            <source>{people} gave {hours} in {entries}. An entry counts for its own committee, or else for the committee of its exchange.</source>
            <translation>Total : {hours} en {entries}, par {people}. Une saisie compte pour sa propre commission, sinon pour la commission de son échange.</translation>
        </message>
        <message>
            <source>One person</source>
            <translation>une personne</translation>
        </message>
        <message>
            <source>{count} people</source>
            <translation>{count} personnes</translation>
        </message>
        <message>
            <source>1 hour</source>
            <translation>1 heure</translation>
        </message>
        <message>
            <source>{count} hours</source>
            <translation>{count} heures</translation>
        </message>
        <message>
            <source>1 entry</source>
            <translation>1 saisie</translation>
        </message>
        <message>
            <source>{count} entries</source>
            <translation>{count} saisies</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Adhérents</translation>
        </message>
        <message>
            <source>No members were recorded by {year}.</source>
            <translation>Aucun adhérent n'était enregistré en {year}.</translation>
        </message>
        <message>
            <source>Membership</source>
            <translation>Adhésions</translation>
        </message>
        <message>
            <source>Members over the years</source>
            <translation>Les adhérents au fil des ans</translation>
        </message>
        <message>
            <source>Members are the people with a “member since” date who had joined by the end of the period; active, inactive and lapsed are their status today. The chart counts everyone who had joined by the end of each year.</source>
            <translation>Les adhérents sont les personnes dotées d'une date « adhérent depuis » qui avaient adhéré à la fin de la période ; actif, inactif et non renouvelé décrivent leur situation actuelle. Le graphique compte toutes les personnes qui avaient adhéré à la fin de chaque année.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Présidence</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Host nights</source>
            <translation>Nuitées d'accueil</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Réunions</translation>
        </message>
    </context>
    <context>
        <name>BackupMover</name>
        <message>
            <source>Moving the backups of {organization}…</source>
            <translation>Déplacement des sauvegardes : {organization}…</translation>
        </message>
        <message>
            <source>Moving the backups</source>
            <translation>Déplacement des sauvegardes</translation>
        </message>
        <message>
            <source>Stop after this backup</source>
            <translation>Arrêter après cette sauvegarde</translation>
        </message>
        <message>
            <source>Stopping after this backup; those moved stay moved…</source>
            <translation>Arrêt après cette sauvegarde ; celles déjà déplacées restent dans le nouveau dossier…</translation>
        </message>
        <message>
            <source>These stayed in the old folder, because the new one already has a different backup by the same name: {names}</source>
            <translation>Celles-ci sont restées dans l'ancien dossier, car le nouveau contient déjà une autre sauvegarde du même nom : {names}</translation>
        </message>
        <message>
            <source>The move stopped: {problem}</source>
            <translation>Le déplacement s'est arrêté : {problem}</translation>
        </message>
        <message>
            <source>You stopped the move.</source>
            <translation>Vous avez arrêté le déplacement.</translation>
        </message>
        <message>
            <source>One backup is still in the old folder, whole.</source>
            <translation>Une sauvegarde est encore dans l'ancien dossier, intacte.</translation>
        </message>
        <message>
            <source>{count} backups are still in the old folder, whole.</source>
            <translation>{count} sauvegardes sont encore dans l'ancien dossier, intactes.</translation>
        </message>
        <message>
            <source>Move them now, or later by pressing OK in Preferences.</source>
            <translation>Déplacez-les maintenant, ou plus tard en appuyant sur OK dans les Préférences.</translation>
        </message>
        <message>
            <source>The move stopped: {problem}

Every backup is still whole in one of the two folders.</source>
            <translation>Le déplacement s'est arrêté : {problem}

Chaque sauvegarde est encore intacte dans l'un des deux dossiers.</translation>
        </message>
        <message>
            <source>One backup was moved to the new folder.</source>
            <translation>Une sauvegarde a été déplacée dans le nouveau dossier.</translation>
        </message>
        <message>
            <source>{count} backups were moved to the new folder.</source>
            <translation>{count} sauvegardes ont été déplacées dans le nouveau dossier.</translation>
        </message>
        <message>
            <source>&amp;Move the rest now</source>
            <translation>&amp;Déplacer le reste maintenant</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Plus tard</translation>
        </message>
    </context>
    <context>
        <name>BackupSchedule</name>
        <message>
            <source>Backing up</source>
            <translation>Sauvegarde en cours</translation>
        </message>
        <message>
            <source>Backing up what changed since the last backup…</source>
            <translation>Sauvegarde de ce qui a changé depuis la dernière sauvegarde…</translation>
        </message>
        <message>
            <source>Backing up before closing</source>
            <translation>Sauvegarde avant la fermeture</translation>
        </message>
        <message>
            <source>Close without backup</source>
            <translation>Fermer sans sauvegarder</translation>
        </message>
        <message>
            <source>The automatic backup failed: {problem}</source>
            <translation>La sauvegarde automatique a échoué : {problem}</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>made by hand</source>
            <translation>faite à la main</translation>
        </message>
        <message>
            <source>before scdesk was upgraded</source>
            <translation>avant la mise à jour de scdesk</translation>
        </message>
        <message>
            <source>before an import</source>
            <translation>avant une importation</translation>
        </message>
        <message>
            <source>before two records were merged</source>
            <translation>avant la fusion de deux fiches</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>avant une restauration</translation>
        </message>
        <message>
            <source>when scdesk was closed</source>
            <translation>à la fermeture de scdesk</translation>
        </message>
        <message>
            <source>hourly, while you worked</source>
            <translation>toutes les heures, pendant votre travail</translation>
        </message>
        <message>
            <source>people</source>
            <translation>personnes</translation>
        </message>
        <message>
            <source>contact details</source>
            <translation>coordonnées</translation>
        </message>
        <message>
            <source>exchanges</source>
            <translation>échanges</translation>
        </message>
        <message>
            <source>exchange participants</source>
            <translation>participants aux échanges</translation>
        </message>
        <message>
            <source>host placements</source>
            <translation>hébergements</translation>
        </message>
        <message>
            <source>itinerary items</source>
            <translation>étapes de programme</translation>
        </message>
        <message>
            <source>partnerships</source>
            <translation>jumelages</translation>
        </message>
        <message>
            <source>committees</source>
            <translation>commissions</translation>
        </message>
        <message>
            <source>committee posts</source>
            <translation>fonctions dans les commissions</translation>
        </message>
        <message>
            <source>meetings</source>
            <translation>réunions</translation>
        </message>
        <message>
            <source>meeting attendances</source>
            <translation>présences aux réunions</translation>
        </message>
        <message>
            <source>volunteer hours</source>
            <translation>heures de bénévolat</translation>
        </message>
        <message>
            <source>attachments</source>
            <translation>pièces jointes</translation>
        </message>
        <message>
            <source>the organization's profile</source>
            <translation>la fiche de l'organisation</translation>
        </message>
        <message>
            <source>The {count} changes made after {when} would be undone ({kinds}).</source>
            <translation>Les {count} changements faits après le {when} seraient défaits ({kinds}).</translation>
        </message>
        <message>
            <source>Everything changed after {when} would be lost: the damaged database cannot tell how much that is.</source>
            <translation>Tout ce qui a changé après le {when} serait perdu : la base de données endommagée ne permet pas de savoir combien.</translation>
        </message>
        <message>
            <source>Nothing was changed after {when}, so nothing would be lost.</source>
            <translation>Rien n'a changé après le {when} : rien ne serait perdu.</translation>
        </message>
        <message>
            <source>The one change made after {when} would be undone ({kinds}).</source>
            <translation>Le seul changement fait après le {when} serait défait ({kinds}).</translation>
        </message>
        <message>
            <source>{kind}: {count}</source>
            <translation>{kind} : {count}</translation>
        </message>
    </context>
    <context>
        <name>BackupsModel</name>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Taille</translation>
        </message>
    </context>
    <context>
        <name>BackupsPage</name>
        <message>
            <source>&lt;h2&gt;Backups&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Sauvegardes&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>Back up now</source>
            <translation>Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restaurer…</translation>
        </message>
        <message>
            <source>Restore the chosen backup</source>
            <translation>Restaurer la sauvegarde choisie</translation>
        </message>
        <message>
            <source>Open the backups &amp;folder</source>
            <translation>Ouvrir le &amp;dossier des sauvegardes</translation>
        </message>
        <message>
            <source>Open the backups folder</source>
            <translation>Ouvrir le dossier des sauvegardes</translation>
        </message>
        <message>
            <source>&amp;Check for problems</source>
            <translation>&amp;Rechercher des problèmes</translation>
        </message>
        <message>
            <source>Check the records for problems</source>
            <translation>Rechercher des problèmes dans les données</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>scdesk keeps copies of your records and attached files: before every import, merge and restore, when you close it after a change, and every hour while you work. It keeps the newest {count}, then one a day for a week, one a week for five weeks and one a month for a year.</source>
            <translation>scdesk garde des copies de vos données et des fichiers joints : avant chaque importation, fusion et restauration, à la fermeture après un changement, et toutes les heures pendant votre travail. Il garde les {count} plus récentes, puis une par jour pendant une semaine, une par semaine pendant cinq semaines et une par mois pendant un an.</translation>
        </message>
        <message>
            <source>They are kept in {folder}. Preferences can move them to another disk.</source>
            <translation>Elles sont rangées dans {folder}. Les Préférences permettent de les placer sur un autre disque.</translation>
        </message>
        <message numerus="yes">
            <source>%n backup(s), {size}</source>
            <translation>
                <numerusform>%n sauvegarde, {size}</numerusform>
                <numerusform>%n sauvegardes, {size}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attached file(s) could not be found in any backup.</source>
            <translation>
                <numerusform>%n pièce jointe est introuvable dans toutes les sauvegardes.</numerusform>
                <numerusform>%n pièces jointes sont introuvables dans toutes les sauvegardes.</numerusform>
            </translation>
        </message>
        <message>
            <source>That did not work: {problem}</source>
            <translation>Cela n'a pas fonctionné : {problem}</translation>
        </message>
        <message>
            <source>Backing up…</source>
            <translation>Sauvegarde…</translation>
        </message>
        <message>
            <source>Backing up</source>
            <translation>Sauvegarde en cours</translation>
        </message>
        <message>
            <source>Cancelled; no backup was made.</source>
            <translation>Annulé ; aucune sauvegarde n'a été faite.</translation>
        </message>
        <message>
            <source>Backed up. The new backup is at the top of the list.</source>
            <translation>Sauvegarde faite. La nouvelle sauvegarde est en haut de la liste.</translation>
        </message>
        <message>
            <source>Restore a backup</source>
            <translation>Restaurer une sauvegarde</translation>
        </message>
        <message>
            <source>Put back your records as they were on {when}?</source>
            <translation>Remettre vos données telles qu'elles étaient le {when} ?</translation>
        </message>
        <message>
            <source>Your records as they are now are backed up first, so you can come back to them.</source>
            <translation>Vos données actuelles sont d'abord sauvegardées, pour que vous puissiez y revenir.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurer</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restaurer</translation>
        </message>
        <message>
            <source>Restoring…</source>
            <translation>Restauration…</translation>
        </message>
        <message>
            <source>Restoring a backup</source>
            <translation>Restauration d'une sauvegarde</translation>
        </message>
        <message>
            <source>Restored the backup of {when}. Your records as they were just before are kept as the newest backup.</source>
            <translation>La sauvegarde du {when} a été restaurée. Vos données telles qu'elles étaient juste avant sont gardées comme sauvegarde la plus récente.</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Vérification…</translation>
        </message>
        <message>
            <source>Checking the records</source>
            <translation>Vérification des données</translation>
        </message>
        <message>
            <source>No problems found: the database, its search index and the attached files are all in order.</source>
            <translation>Aucun problème : la base de données, son index de recherche et les fichiers joints sont en ordre.</translation>
        </message>
        <message>
            <source>Problems found:
{problems}
Restore the newest backup made before they appeared, or ask for help.</source>
            <translation>Problèmes trouvés :
{problems}
Restaurez la sauvegarde la plus récente faite avant leur apparition, ou demandez de l'aide.</translation>
        </message>
    </context>
    <context>
        <name>ChooseOrganizationDialog</name>
        <message>
            <source>Welcome to scdesk</source>
            <translation>Bienvenue dans scdesk</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Welcome to scdesk&lt;/h2&gt;&lt;p&gt;scdesk keeps your sister city organization's partnerships, committees, exchanges, people and volunteer hours on this computer. It works without an internet connection.&lt;/p&gt;</source>
            <translation>&lt;h2&gt;Bienvenue dans scdesk&lt;/h2&gt;&lt;p&gt;scdesk garde sur cet ordinateur les jumelages, commissions, échanges, personnes et heures de bénévolat de votre organisation de jumelage. Il fonctionne sans connexion à internet.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>Open an organization on this computer</source>
            <translation>Ouvrir une organisation de cet ordinateur</translation>
        </message>
        <message>
            <source>Organizations on this computer</source>
            <translation>Organisations de cet ordinateur</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <source>There is no organization on this computer yet.</source>
            <translation>Il n'y a encore aucune organisation sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Create a new organization</source>
            <translation>Créer une nouvelle organisation</translation>
        </message>
        <message>
            <source>e.g. Springfield Sister Cities</source>
            <translation>par ex. Jumelages de Springfield</translation>
        </message>
        <message>
            <source>Organization name</source>
            <translation>Nom de l'organisation</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>&amp;Créer</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>C&amp;ity:</source>
            <translation>&amp;Ville :</translation>
        </message>
        <message>
            <source>Co&amp;untry:</source>
            <translation>&amp;Pays :</translation>
        </message>
        <message>
            <source>Just looking?</source>
            <translation>Simple curiosité ?</translation>
        </message>
        <message>
            <source>Open the demo organization “Springfield Sister Cities”: six partnerships, about 150 people and ten years of exchanges, all made up.</source>
            <translation>Ouvrez l'organisation de démonstration « Springfield Sister Cities » : six jumelages, environ 150 personnes et dix ans d'échanges, le tout inventé.</translation>
        </message>
        <message>
            <source>Open the &amp;demo</source>
            <translation>Ouvrir la &amp;démonstration</translation>
        </message>
        <message>
            <source>Create the &amp;demo</source>
            <translation>Créer la &amp;démonstration</translation>
        </message>
        <message>
            <source>The organization was not created</source>
            <translation>L'organisation n'a pas été créée</translation>
        </message>
        <message>
            <source>The demo was not created</source>
            <translation>La démonstration n'a pas été créée</translation>
        </message>
    </context>
    <context>
        <name>ColumnsPage</name>
        <message>
            <source>Say what each column holds</source>
            <translation>Indiquez ce que contient chaque colonne</translation>
        </message>
        <message>
            <source>scdesk guessed from the column names. Change any choice; columns set to “Not imported” are left out.</source>
            <translation>scdesk a deviné d'après les noms des colonnes. Modifiez ce que vous voulez ; les colonnes marquées « Non importée » sont laissées de côté.</translation>
        </message>
        <message>
            <source>Columns of the file</source>
            <translation>Colonnes du fichier</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>Colonne du fichier</translation>
        </message>
        <message>
            <source>Examples</source>
            <translation>Exemples</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importer comme</translation>
        </message>
        <message>
            <source>How dates like 01/05/2020 are read</source>
            <translation>Lecture des dates comme 01/05/2020</translation>
        </message>
        <message>
            <source>Kind of people in the file</source>
            <translation>Type de personnes du fichier</translation>
        </message>
        <message>
            <source>&amp;Dates like 01/05/2020:</source>
            <translation>&amp;Dates comme 01/05/2020 :</translation>
        </message>
        <message>
            <source>&amp;People in this file are:</source>
            <translation>Les &amp;personnes de ce fichier sont :</translation>
        </message>
        <message>
            <source>&amp;Save these choices as…</source>
            <translation>&amp;Enregistrer ces choix sous…</translation>
        </message>
        <message>
            <source>Save the column choices under a name</source>
            <translation>Enregistrer les choix de colonnes sous un nom</translation>
        </message>
        <message>
            <source>Import “{column}” as</source>
            <translation>Importer « {column} » comme</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>Non importée</translation>
        </message>
        <message>
            <source>Save the column choices</source>
            <translation>Enregistrer les choix de colonnes</translation>
        </message>
        <message>
            <source>Name for these choices (to use them again for the next file like this):</source>
            <translation>Nom de ces choix (pour les réutiliser avec le prochain fichier de ce genre) :</translation>
        </message>
        <message>
            <source>The choices were not saved</source>
            <translation>Les choix n'ont pas été enregistrés</translation>
        </message>
        <message>
            <source>Saved as “{name}”.</source>
            <translation>Enregistré sous « {name} ».</translation>
        </message>
    </context>
    <context>
        <name>CommitteeEditor</name>
        <message>
            <source>committee</source>
            <translation>commission</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Réunions</translation>
        </message>
        <message>
            <source>The committee</source>
            <translation>La commission</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>Serves the &amp;partnership:</source>
            <translation>Au service du &amp;jumelage :</translation>
        </message>
        <message>
            <source>(none: a standing committee)</source>
            <translation>(aucun : commission permanente)</translation>
        </message>
        <message>
            <source>&amp;What it does:</source>
            <translation>&amp;Son rôle :</translation>
        </message>
        <message>
            <source>Members and posts</source>
            <translation>Membres et fonctions</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>Nobody holds a post on this committee yet.</source>
            <translation>Personne n'occupe encore de fonction dans cette commission.</translation>
        </message>
        <message>
            <source>&amp;Add a member…</source>
            <translation>&amp;Ajouter un membre…</translation>
        </message>
        <message>
            <source>&amp;End term…</source>
            <translation>&amp;Terminer le mandat…</translation>
        </message>
        <message>
            <source>Show &amp;past members too</source>
            <translation>Afficher aussi les &amp;anciens membres</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>Présents</translation>
        </message>
        <message>
            <source>No meetings recorded yet.</source>
            <translation>Aucune réunion enregistrée pour l'instant.</translation>
        </message>
        <message>
            <source>&amp;Record a meeting…</source>
            <translation>&amp;Enregistrer une réunion…</translation>
        </message>
        <message>
            <source>&amp;Open meeting…</source>
            <translation>&amp;Ouvrir la réunion…</translation>
        </message>
        <message>
            <source>Remove meeting</source>
            <translation>Retirer la réunion</translation>
        </message>
        <message>
            <source>Add a member</source>
            <translation>Ajouter un membre</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Personne :</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>For a post entered by mistake; to record that a term ended, use End term</source>
            <translation>Pour une fonction saisie par erreur ; pour noter la fin d'un mandat, utilisez Terminer le mandat</translation>
        </message>
        <message>
            <source>Type a name, email or phone</source>
            <translation>Tapez un nom, un courriel ou un téléphone</translation>
        </message>
        <message>
            <source>P&amp;ost:</source>
            <translation>F&amp;onction :</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>non renseigné</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>&amp;Au :</translation>
        </message>
        <message>
            <source>open-ended</source>
            <translation>sans date de fin</translation>
        </message>
        <message>
            <source>End a term</source>
            <translation>Terminer un mandat</translation>
        </message>
        <message>
            <source>The term &amp;ends on:</source>
            <translation>Le mandat &amp;se termine le :</translation>
        </message>
        <message>
            <source>Remove member</source>
            <translation>Retirer le membre</translation>
        </message>
        <message>
            <source>Record a meeting</source>
            <translation>Enregistrer une réunion</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>&amp;Date:</source>
            <translation>&amp;Date :</translation>
        </message>
        <message>
            <source>&amp;Place:</source>
            <translation>&amp;Lieu :</translation>
        </message>
        <message>
            <source>Type a name to add who attended</source>
            <translation>Tapez un nom pour ajouter une personne présente</translation>
        </message>
        <message>
            <source>Add all current &amp;members</source>
            <translation>Ajouter tous les &amp;membres actuels</translation>
        </message>
        <message>
            <source>&amp;Attended:</source>
            <translation>&amp;Présents :</translation>
        </message>
        <message>
            <source>Mi&amp;nutes:</source>
            <translation>Compte re&amp;ndu :</translation>
        </message>
    </context>
    <context>
        <name>CommitteesPage</name>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Rechercher :</translation>
        </message>
        <message>
            <source>Name or description</source>
            <translation>Nom ou description</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Indifférent</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>&amp;Jumelage :</translation>
        </message>
        <message>
            <source>&amp;New committee</source>
            <translation>&amp;Nouvelle commission</translation>
        </message>
        <message numerus="yes">
            <source>%Ln committee(s)</source>
            <translation>
                <numerusform>%Ln commission</numerusform>
                <numerusform>%Ln commissions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln committee(s)</source>
            <translation>
                <numerusform>{shown} sur %Ln commission</numerusform>
                <numerusform>{shown} sur %Ln commissions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CommitteesTableModel</name>
        <message>
            <source>Committee</source>
            <translation>Commission</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Jumelage</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Présidence</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <source>Last meeting</source>
            <translation>Dernière réunion</translation>
        </message>
    </context>
    <context>
        <name>ContactsImport</name>
        <message>
            <source>Day first: 01/05/2020 is 1 May</source>
            <translation>Jour d'abord : 01/05/2020 est le 1er mai</translation>
        </message>
        <message>
            <source>Month first: 01/05/2020 is 5 January (United States)</source>
            <translation>Mois d'abord : 01/05/2020 est le 5 janvier (États-Unis)</translation>
        </message>
        <message>
            <source>commas</source>
            <translation>virgules</translation>
        </message>
        <message>
            <source>semicolons</source>
            <translation>points-virgules</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation>tabulations</translation>
        </message>
        <message>
            <source>vertical bars</source>
            <translation>barres verticales</translation>
        </message>
        <message>
            <source>Given name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Middle name (added to the given name)</source>
            <translation>Deuxième prénom (ajouté au prénom)</translation>
        </message>
        <message>
            <source>Family name</source>
            <translation>Nom de famille</translation>
        </message>
        <message>
            <source>Full name (“First Last” or “Last, First”)</source>
            <translation>Nom complet (« Prénom Nom » ou « Nom, Prénom »)</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Another email</source>
            <translation>Autre courriel</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Another phone</source>
            <translation>Autre téléphone</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Rue</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Region or state</source>
            <translation>Région ou État</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Member since</source>
            <translation>Adhérent depuis</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Commission</translation>
        </message>
        <message>
            <source>Post on the committee</source>
            <translation>Fonction dans la commission</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <source>Skills</source>
            <translation>Compétences</translation>
        </message>
        <message>
            <source>Kind of person</source>
            <translation>Type de personne</translation>
        </message>
        <message>
            <source>Central directory id</source>
            <translation>Identifiant dans l'annuaire central</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>Adhérents</translation>
        </message>
        <message>
            <source>Volunteers</source>
            <translation>Bénévoles</translation>
        </message>
        <message>
            <source>Host families</source>
            <translation>Familles d'accueil</translation>
        </message>
        <message>
            <source>Guests from abroad</source>
            <translation>Invités de l'étranger</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>A CSV file in {encoding}, separated by {separator}: {rows} rows.</source>
            <translation>Un fichier CSV en {encoding}, séparé par des {separator} : {rows} lignes.</translation>
        </message>
        <message>
            <source>An Excel workbook, sheet “{sheet}”: {rows} rows.</source>
            <translation>Un classeur Excel, feuille « {sheet} » : {rows} lignes.</translation>
        </message>
        <message>
            <source>An address book (vCard) in {encoding}: {rows} cards.</source>
            <translation>Un carnet d'adresses (vCard) en {encoding} : {rows} fiches.</translation>
        </message>
        <message>
            <source>Like someone already here: decide ({count})</source>
            <translation>Ressemblent à des personnes déjà là : à décider ({count})</translation>
        </message>
        <message>
            <source>To change ({count})</source>
            <translation>À modifier ({count})</translation>
        </message>
        <message>
            <source>To add ({count})</source>
            <translation>À ajouter ({count})</translation>
        </message>
        <message>
            <source>Already up to date ({count})</source>
            <translation>Déjà à jour ({count})</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
    </context>
    <context>
        <name>ContactsImportDialog</name>
        <message>
            <source>Import people from a spreadsheet or address book</source>
            <translation>Importer des personnes depuis un tableur ou un carnet d'adresses</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importer</translation>
        </message>
        <message>
            <source>Comparing the file with your records</source>
            <translation>Comparaison du fichier avec vos données</translation>
        </message>
        <message>
            <source>Importing people</source>
            <translation>Importation des personnes</translation>
        </message>
        <message>
            <source>{added} and {updated}; {posts} and {committees}. A backup was taken first.</source>
            <translation>{added} et {updated} ; {posts} et {committees}. Une sauvegarde a été faite avant.</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) added</source>
            <translation>
                <numerusform>%n personne ajoutée</numerusform>
                <numerusform>%n personnes ajoutées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changed</source>
            <translation>
                <numerusform>%n modifiée</numerusform>
                <numerusform>%n modifiées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n post(s)</source>
            <translation>
                <numerusform>%n fonction</numerusform>
                <numerusform>%n fonctions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new committee(s)</source>
            <translation>
                <numerusform>%n nouvelle commission</numerusform>
                <numerusform>%n nouvelles commissions</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to change: your records already hold everything in this file.</source>
            <translation>Rien à changer : vos données contiennent déjà tout ce que contient ce fichier.</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Importation terminée</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Rien n'a été importé</translation>
        </message>
        <message>
            <source>{problem}

Your records are as they were.</source>
            <translation>{problem}

Vos données sont restées telles quelles.</translation>
        </message>
        <message>
            <source>The import was cancelled; your records are as they were.</source>
            <translation>L'importation a été annulée ; vos données sont restées telles quelles.</translation>
        </message>
    </context>
    <context>
        <name>CountedHours</name>
        <message numerus="yes">
            <source>{hours} hour(s)</source>
            <translation>
                <numerusform>{hours} heure</numerusform>
                <numerusform>{hours} heures</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CountedWords</name>
        <message numerus="yes">
            <source>active partnership(s)</source>
            <translation>
                <numerusform>jumelage actif</numerusform>
                <numerusform>jumelages actifs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>exchange(s)</source>
            <translation>
                <numerusform>échange</numerusform>
                <numerusform>échanges</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>participant(s)</source>
            <translation>
                <numerusform>participant</numerusform>
                <numerusform>participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>volunteer hour(s)</source>
            <translation>
                <numerusform>heure de bénévolat</numerusform>
                <numerusform>heures de bénévolat</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>new member(s)</source>
            <translation>
                <numerusform>nouvel adhérent</numerusform>
                <numerusform>nouveaux adhérents</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>host night(s)</source>
            <translation>
                <numerusform>nuitée d'accueil</numerusform>
                <numerusform>nuitées d'accueil</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>meeting(s)</source>
            <translation>
                <numerusform>réunion</numerusform>
                <numerusform>réunions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>joined in the period</source>
            <translation>
                <numerusform>a adhéré pendant la période</numerusform>
                <numerusform>ont adhéré pendant la période</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>active</source>
            <translation>
                <numerusform>actif</numerusform>
                <numerusform>actifs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>inactive</source>
            <translation>
                <numerusform>inactif</numerusform>
                <numerusform>inactifs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>lapsed</source>
            <translation>
                <numerusform>non renouvelé</numerusform>
                <numerusform>non renouvelés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>hour(s)</source>
            <translation>
                <numerusform>heure</numerusform>
                <numerusform>heures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>approved hour(s)</source>
            <translation>
                <numerusform>heure validée</numerusform>
                <numerusform>heures validées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>entry/entries</source>
            <translation>
                <numerusform>saisie</numerusform>
                <numerusform>saisies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>person/people</source>
            <translation>
                <numerusform>personne</numerusform>
                <numerusform>personnes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln different person/people took part</source>
            <translation>
                <numerusform>%Ln personne y a pris part</numerusform>
                <numerusform>%Ln personnes différentes y ont pris part</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln cancelled</source>
            <translation>
                <numerusform>%Ln annulé</numerusform>
                <numerusform>%Ln annulés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln member(s) besides the officers; the spreadsheet export of this report lists them all.</source>
            <translation>
                <numerusform>%Ln membre en plus des responsables ; l’export tableur de ce rapport les liste tous.</numerusform>
                <numerusform>%Ln membres en plus des responsables ; l’export tableur de ce rapport les liste tous.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>Clear the date</source>
            <translation>Effacer la date</translation>
        </message>
    </context>
    <context>
        <name>DocumentsPanel</name>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Size (KB)</source>
            <translation>Taille (Ko)</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Ajouté le</translation>
        </message>
        <message>
            <source>No documents yet. Add the signed agreement, photos or minutes here.</source>
            <translation>Aucun document pour l'instant. Ajoutez ici la charte signée, des photos ou des comptes rendus.</translation>
        </message>
        <message>
            <source>&amp;Add a document…</source>
            <translation>&amp;Ajouter un document…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <source>Remo&amp;ve document</source>
            <translation>Re&amp;tirer le document</translation>
        </message>
        <message>
            <source>Attach a document</source>
            <translation>Joindre un document</translation>
        </message>
        <message>
            <source>Copying {name} into the documents…</source>
            <translation>Copie de « {name} » dans les documents…</translation>
        </message>
        <message>
            <source>Attach {name}</source>
            <translation>Joindre {name}</translation>
        </message>
        <message>
            <source>The document was not attached</source>
            <translation>Le document n'a pas été joint</translation>
        </message>
        <message>
            <source>{file} could not be read: {reason}</source>
            <translation>Impossible de lire {file} : {reason}</translation>
        </message>
        <message>
            <source>Remove document</source>
            <translation>Retirer le document</translation>
        </message>
    </context>
    <context>
        <name>Editors</name>
        <message>
            <source>This step cannot be repeated</source>
            <translation>Cette étape ne peut pas être refaite</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <source>What you were editing is still open: check it, then try again. If it happens again, the log helps whoever looks into it:
{path}</source>
            <translation>Ce que vous modifiiez est toujours ouvert : vérifiez-le, puis réessayez. Si cela se reproduit, le journal aidera la personne qui s'en occupera :
{path}</translation>
        </message>
        <message numerus="yes">
            <source>It happened %n more time(s) since.</source>
            <translation>
                <numerusform>C'est arrivé encore %n fois depuis.</numerusform>
                <numerusform>C'est arrivé encore %n fois depuis.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong</source>
            <translation>Quelque chose s'est mal passé</translation>
        </message>
        <message>
            <source>scdesk ran into a problem it did not expect.</source>
            <translation>scdesk a rencontré un problème inattendu.</translation>
        </message>
        <message>
            <source>Open the &amp;log folder</source>
            <translation>Ouvrir le dossier du &amp;journal</translation>
        </message>
        <message>
            <source>Open the log folder</source>
            <translation>Ouvrir le dossier du journal</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>ExchangeEditor</name>
        <message>
            <source>exchange</source>
            <translation>échange</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Itinerary</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Money</source>
            <translation>Budget</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>The exchange</source>
            <translation>L'échange</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>&amp;Jumelage :</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>(choisir)</translation>
        </message>
        <message>
            <source>&amp;Committee:</source>
            <translation>&amp;Commission :</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(aucune)</translation>
        </message>
        <message>
            <source>&amp;Field:</source>
            <translation>Do&amp;maine :</translation>
        </message>
        <message>
            <source>&amp;Direction:</source>
            <translation>&amp;Sens :</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>É&amp;tat :</translation>
        </message>
        <message>
            <source>When and where</source>
            <translation>Quand et où</translation>
        </message>
        <message>
            <source>Starts &amp;on:</source>
            <translation>&amp;Commence le :</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>non renseigné</translation>
        </message>
        <message>
            <source>&amp;Ends on:</source>
            <translation>&amp;Se termine le :</translation>
        </message>
        <message>
            <source>Pl&amp;ace:</source>
            <translation>&amp;Lieu :</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>Nobody takes part yet.</source>
            <translation>Personne ne participe encore.</translation>
        </message>
        <message>
            <source>&amp;Add a participant…</source>
            <translation>&amp;Ajouter un participant…</translation>
        </message>
        <message>
            <source>Add a &amp;guest from abroad…</source>
            <translation>Ajouter un &amp;invité de l'étranger…</translation>
        </message>
        <message>
            <source>Remove participant</source>
            <translation>Retirer le participant</translation>
        </message>
        <message>
            <source>Host families</source>
            <translation>Familles d'accueil</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Invité</translation>
        </message>
        <message>
            <source>Stays with</source>
            <translation>Loge chez</translation>
        </message>
        <message>
            <source>Nights</source>
            <translation>Nuits</translation>
        </message>
        <message>
            <source>No guest has been placed with a host family yet.</source>
            <translation>Aucun invité n'a encore été placé dans une famille d'accueil.</translation>
        </message>
        <message>
            <source>&amp;Place a guest…</source>
            <translation>&amp;Placer un invité…</translation>
        </message>
        <message>
            <source>Remove placement</source>
            <translation>Retirer l'hébergement</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Où</translation>
        </message>
        <message>
            <source>No programme yet.</source>
            <translation>Pas encore de programme.</translation>
        </message>
        <message>
            <source>&amp;Add to the programme…</source>
            <translation>&amp;Ajouter au programme…</translation>
        </message>
        <message>
            <source>&amp;Change…</source>
            <translation>&amp;Modifier…</translation>
        </message>
        <message>
            <source>Remove from the programme</source>
            <translation>Retirer du programme</translation>
        </message>
        <message>
            <source>Funding and costs</source>
            <translation>Financement et dépenses</translation>
        </message>
        <message>
            <source>C&amp;urrency:</source>
            <translation>&amp;Monnaie :</translation>
        </message>
        <message>
            <source>&amp;Budget:</source>
            <translation>&amp;Budget :</translation>
        </message>
        <message>
            <source>&amp;Grants received:</source>
            <translation>&amp;Subventions reçues :</translation>
        </message>
        <message>
            <source>&amp;Costs so far:</source>
            <translation>&amp;Dépenses à ce jour :</translation>
        </message>
        <message>
            <source>Left in the budget:</source>
            <translation>Reste du budget :</translation>
        </message>
        <message>
            <source>Costs not covered by grants:</source>
            <translation>Dépenses non couvertes par les subventions :</translation>
        </message>
        <message>
            <source>&amp;Funding notes:</source>
            <translation>&amp;Notes sur le financement :</translation>
        </message>
        <message>
            <source>What came of it</source>
            <translation>Ce qu'il en est sorti</translation>
        </message>
        <message>
            <source>O&amp;utcomes:</source>
            <translation>&amp;Résultats :</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Notes :</translation>
        </message>
        <message>
            <source>{title} (copy)</source>
            <translation>{title} (copie)</translation>
        </message>
        <message>
            <source>Add a participant</source>
            <translation>Ajouter un participant</translation>
        </message>
        <message>
            <source>&amp;Person:</source>
            <translation>&amp;Personne :</translation>
        </message>
        <message>
            <source>Type a name, email or phone</source>
            <translation>Tapez un nom, un courriel ou un téléphone</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Fonction :</translation>
        </message>
        <message>
            <source>Add a guest from abroad</source>
            <translation>Ajouter un invité de l'étranger</translation>
        </message>
        <message>
            <source>The guest is recorded as a person from {country} and takes part in this exchange. More details can be added later on the People page.</source>
            <translation>L'invité est enregistré comme une personne venant de {country} et participe à cet échange. D'autres détails pourront être ajoutés plus tard dans la page Personnes.</translation>
        </message>
        <message>
            <source>&amp;Given name:</source>
            <translation>&amp;Prénom :</translation>
        </message>
        <message>
            <source>&amp;Family name:</source>
            <translation>&amp;Nom de famille :</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>&amp;Courriel :</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Téléphone :</translation>
        </message>
        <message>
            <source>&amp;Languages:</source>
            <translation>&amp;Langues :</translation>
        </message>
        <message>
            <source>Place a guest with a host family</source>
            <translation>Placer un invité dans une famille d'accueil</translation>
        </message>
        <message>
            <source>&amp;Guest:</source>
            <translation>&amp;Invité :</translation>
        </message>
        <message>
            <source>Type a name</source>
            <translation>Tapez un nom</translation>
        </message>
        <message>
            <source>Stays &amp;with:</source>
            <translation>Loge &amp;chez :</translation>
        </message>
        <message>
            <source>Type the host's name</source>
            <translation>Tapez le nom de l'hôte</translation>
        </message>
        <message>
            <source>&amp;Nights:</source>
            <translation>&amp;Nuits :</translation>
        </message>
        <message>
            <source>Add to the programme</source>
            <translation>Ajouter au programme</translation>
        </message>
        <message>
            <source>Change the programme</source>
            <translation>Modifier le programme</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Jour :</translation>
        </message>
        <message>
            <source>&amp;Time:</source>
            <translation>&amp;Heure :</translation>
        </message>
        <message>
            <source>any time</source>
            <translation>à toute heure</translation>
        </message>
        <message>
            <source>&amp;What:</source>
            <translation>&amp;Quoi :</translation>
        </message>
        <message>
            <source>W&amp;here:</source>
            <translation>&amp;Où :</translation>
        </message>
    </context>
    <context>
        <name>ExchangesPage</name>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Rechercher :</translation>
        </message>
        <message>
            <source>Title, place or outcome</source>
            <translation>Titre, lieu ou résultat</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Année :</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Indifférent</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;ut :</translation>
        </message>
        <message>
            <source>F&amp;ield:</source>
            <translation>Do&amp;maine :</translation>
        </message>
        <message>
            <source>&amp;Direction:</source>
            <translation>&amp;Sens :</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>&amp;Jumelage :</translation>
        </message>
        <message>
            <source>Co&amp;mmittee:</source>
            <translation>Co&amp;mmission :</translation>
        </message>
        <message>
            <source>&amp;New exchange</source>
            <translation>&amp;Nouvel échange</translation>
        </message>
        <message numerus="yes">
            <source>%Ln exchange(s)</source>
            <translation>
                <numerusform>%Ln échange</numerusform>
                <numerusform>%Ln échanges</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln exchange(s)</source>
            <translation>
                <numerusform>{shown} sur %Ln échange</numerusform>
                <numerusform>{shown} sur %Ln échanges</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExchangesTableModel</name>
        <message>
            <source>Exchange</source>
            <translation>Échange</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Domaine</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Sens</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Jumelage</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Commission</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export a roster file</source>
            <translation>Exporter un fichier d'adhérents</translation>
        </message>
        <message>
            <source>What to send</source>
            <translation>Ce qu'il faut envoyer</translation>
        </message>
        <message>
            <source>&amp;Everything (a full file)</source>
            <translation>&amp;Tout (un fichier complet)</translation>
        </message>
        <message>
            <source>Only the &amp;changes since the last file they acknowledged</source>
            <translation>Seulement les &amp;changements depuis le dernier fichier dont ils ont accusé réception</translation>
        </message>
        <message>
            <source>Possible once the directory has sent back a file acknowledging one of ours.</source>
            <translation>Possible dès que l'annuaire a renvoyé un fichier accusant réception de l'un des nôtres.</translation>
        </message>
        <message>
            <source>E&amp;ncrypt with a passphrase (for sending by email)</source>
            <translation>&amp;Chiffrer avec une phrase secrète (pour l'envoi par courriel)</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation>Phrase secrète, à nouveau</translation>
        </message>
        <message>
            <source>&amp;Remember the passphrase in the keyring</source>
            <translation>&amp;Retenir la phrase secrète dans le trousseau</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Phrase secrète :</translation>
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation>À &amp;nouveau :</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>E&amp;xporter…</translation>
        </message>
        <message>
            <source>Choose a passphrase, or export without encrypting.</source>
            <translation>Choisissez une phrase secrète, ou exportez sans chiffrer.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>Les deux phrases secrètes diffèrent.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the file</source>
            <translation>Choisissez le fichier</translation>
        </message>
        <message>
            <source>A spreadsheet (CSV, XLSX) or an address book (vCard).</source>
            <translation>Un tableur (CSV, XLSX) ou un carnet d'adresses (vCard).</translation>
        </message>
        <message>
            <source>For example a list saved from Excel, or contacts exported from Google, Outlook or Apple Contacts. Nothing is written until the last step.</source>
            <translation>Par exemple une liste enregistrée depuis Excel, ou des contacts exportés de Google, Outlook ou Contacts d'Apple. Rien n'est écrit avant la dernière étape.</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Fichier à importer</translation>
        </message>
        <message>
            <source>Type a path, or choose Browse</source>
            <translation>Tapez un chemin ou cliquez sur Parcourir</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>Encoding of a text file</source>
            <translation>Encodage d'un fichier texte</translation>
        </message>
        <message>
            <source>Detect automatically</source>
            <translation>Détecter automatiquement</translation>
        </message>
        <message>
            <source>Column choices to use</source>
            <translation>Choix de colonnes à utiliser</translation>
        </message>
        <message>
            <source>Guess from the column names</source>
            <translation>Deviner d'après les noms des colonnes</translation>
        </message>
        <message>
            <source>Saved: {name}</source>
            <translation>Enregistrés : {name}</translation>
        </message>
        <message>
            <source>No file chosen yet.</source>
            <translation>Aucun fichier choisi pour l'instant.</translation>
        </message>
        <message>
            <source>What the file is</source>
            <translation>Nature du fichier</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fichier :</translation>
        </message>
        <message>
            <source>&amp;Encoding:</source>
            <translation>&amp;Encodage :</translation>
        </message>
        <message>
            <source>&amp;Columns:</source>
            <translation>&amp;Colonnes :</translation>
        </message>
        <message>
            <source>Choose the file with the people</source>
            <translation>Choisissez le fichier des personnes</translation>
        </message>
        <message>
            <source>Spreadsheets and address books (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;All files (*)</source>
            <translation>Tableurs et carnets d'adresses (*.csv *.txt *.tsv *.xlsx *.vcf *.vcard);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>This file cannot be imported: {problem}</source>
            <translation>Ce fichier ne peut pas être importé : {problem}</translation>
        </message>
    </context>
    <context>
        <name>GlobalSearch</name>
        <message>
            <source>Search people, exchanges, partnerships…</source>
            <translation>Rechercher des personnes, échanges, jumelages…</translation>
        </message>
        <message>
            <source>Search everything</source>
            <translation>Rechercher partout</translation>
        </message>
    </context>
    <context>
        <name>HelpAndPreferences</name>
        <message>
            <source>scdesk &amp;User Guide</source>
            <translation>&amp;Guide d'utilisation de scdesk</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>&amp;Préférences…</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
    </context>
    <context>
        <name>HelpWindow</name>
        <message>
            <source>scdesk user guide</source>
            <translation>Guide d'utilisation de scdesk</translation>
        </message>
        <message>
            <source>Topics</source>
            <translation>Sujets</translation>
        </message>
        <message>
            <source>Guide page</source>
            <translation>Page du guide</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Retour</translation>
        </message>
        <message>
            <source>Back to the previous page</source>
            <translation>Revenir à la page précédente</translation>
        </message>
        <message>
            <source>Close the guide</source>
            <translation>Fermer le guide</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Sent or received</source>
            <translation>Envoyé ou reçu</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <source>To or from</source>
            <translation>À ou de</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Envoyé</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Reçu</translation>
        </message>
        <message>
            <source>Everything</source>
            <translation>Tout</translation>
        </message>
        <message>
            <source>Changes only</source>
            <translation>Changements seulement</translation>
        </message>
        <message>
            <source> (encrypted)</source>
            <translation> (chiffré)</translation>
        </message>
        <message>
            <source>the central directory</source>
            <translation>l'annuaire central</translation>
        </message>
    </context>
    <context>
        <name>HoursEditor</name>
        <message>
            <source>hours entry</source>
            <translation>saisie d'heures</translation>
        </message>
        <message>
            <source>Choose an entry in the list, or log new hours.</source>
            <translation>Choisissez une saisie dans la liste, ou saisissez de nouvelles heures.</translation>
        </message>
        <message>
            <source>{hours} by {name}</source>
            <translation>{name} : {hours}</translation>
        </message>
        <message>
            <source>Save and &amp;next</source>
            <translation>Enregistrer et &amp;continuer</translation>
        </message>
        <message>
            <source>Save and enter the next hours</source>
            <translation>Enregistrer et saisir les heures suivantes</translation>
        </message>
        <message>
            <source>Save, then start a new entry with the same volunteer, day and purpose</source>
            <translation>Enregistrer, puis commencer une nouvelle saisie avec le même bénévole, le même jour et le même objet</translation>
        </message>
        <message>
            <source>Who gave how much time</source>
            <translation>Qui a donné combien de temps</translation>
        </message>
        <message>
            <source>&amp;Volunteer:</source>
            <translation>&amp;Bénévole :</translation>
        </message>
        <message>
            <source>Type a name, email or phone</source>
            <translation>Tapez un nom, un courriel ou un téléphone</translation>
        </message>
        <message>
            <source>&amp;Day:</source>
            <translation>&amp;Jour :</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>non renseigné</translation>
        </message>
        <message>
            <source>&amp;Hours:</source>
            <translation>&amp;Heures :</translation>
        </message>
        <message>
            <source>&amp;What for:</source>
            <translation>&amp;Pour quoi :</translation>
        </message>
        <message>
            <source>&amp;Exchange:</source>
            <translation>É&amp;change :</translation>
        </message>
        <message>
            <source>Type part of the exchange's title</source>
            <translation>Tapez une partie du titre de l'échange</translation>
        </message>
        <message>
            <source>&amp;Committee:</source>
            <translation>&amp;Commission :</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>(choisir)</translation>
        </message>
        <message>
            <source>&amp;Meeting:</source>
            <translation>&amp;Réunion :</translation>
        </message>
        <message>
            <source>D&amp;escription:</source>
            <translation>D&amp;escription :</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Validation</translation>
        </message>
        <message>
            <source>Approved by</source>
            <translation>Validé par</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Valider</translation>
        </message>
        <message>
            <source>&amp;Withdraw approval</source>
            <translation>&amp;Retirer la validation</translation>
        </message>
        <message>
            <source>Approved &amp;by:</source>
            <translation>Validé &amp;par :</translation>
        </message>
        <message>
            <source>This looks like the entry already logged for {name} on {day} ({hours}). Save it again?</source>
            <translation>Cela ressemble à la saisie déjà enregistrée pour {name} le {day} ({hours}). L’enregistrer une seconde fois ?</translation>
        </message>
        <message>
            <source>Same hours again?</source>
            <translation>Les mêmes heures à nouveau ?</translation>
        </message>
        <message>
            <source>Save &amp;again</source>
            <translation>Enregistrer &amp;quand même</translation>
        </message>
        <message>
            <source>&amp;Don't save</source>
            <translation>&amp;Ne pas enregistrer</translation>
        </message>
        <message>
            <source>Save the entry first; a chair then approves it.</source>
            <translation>Enregistrez d'abord la saisie ; la présidence la valide ensuite.</translation>
        </message>
        <message>
            <source>Approved by {name} on {day}.</source>
            <translation>Validé par {name} le {day}.</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>quelqu'un</translation>
        </message>
        <message>
            <source>Not approved yet.</source>
            <translation>Pas encore validé.</translation>
        </message>
        <message>
            <source>Approve hours</source>
            <translation>Valider les heures</translation>
        </message>
        <message>
            <source>Withdraw approval</source>
            <translation>Retirer la validation</translation>
        </message>
    </context>
    <context>
        <name>HoursPage</name>
        <message>
            <source>Totals of the hours shown</source>
            <translation>Totaux des heures affichées</translation>
        </message>
        <message>
            <source>&amp;Volunteer:</source>
            <translation>&amp;Bénévole :</translation>
        </message>
        <message>
            <source>Name, email or phone</source>
            <translation>Nom, courriel ou téléphone</translation>
        </message>
        <message>
            <source>E&amp;xchange:</source>
            <translation>É&amp;change :</translation>
        </message>
        <message>
            <source>Title or place</source>
            <translation>Titre ou lieu</translation>
        </message>
        <message>
            <source>Co&amp;mmittee:</source>
            <translation>Co&amp;mmission :</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Indifférent</translation>
        </message>
        <message>
            <source>F&amp;or:</source>
            <translation>&amp;Pour :</translation>
        </message>
        <message>
            <source>Anything</source>
            <translation>Indifférent</translation>
        </message>
        <message>
            <source>&amp;Approved:</source>
            <translation>&amp;Validées :</translation>
        </message>
        <message>
            <source>Approved or not</source>
            <translation>Validées ou non</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Validées</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>En attente de validation</translation>
        </message>
        <message>
            <source>Fro&amp;m:</source>
            <translation>D&amp;u :</translation>
        </message>
        <message>
            <source>any date</source>
            <translation>toute date</translation>
        </message>
        <message>
            <source>&amp;Until:</source>
            <translation>&amp;Au :</translation>
        </message>
        <message>
            <source>&amp;Log hours</source>
            <translation>&amp;Saisir des heures</translation>
        </message>
        <message numerus="yes">
            <source>%Ln hours entry(s)</source>
            <translation>
                <numerusform>%Ln saisie d'heures</numerusform>
                <numerusform>%Ln saisies d'heures</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln hours entry(s)</source>
            <translation>
                <numerusform>{shown} sur %Ln saisie d'heures</numerusform>
                <numerusform>{shown} sur %Ln saisies d'heures</numerusform>
            </translation>
        </message>
        <message>
            <source>Adding up the hours…</source>
            <translation>Calcul du total des heures…</translation>
        </message>
        <message>
            <source>&lt;b&gt;{hours}&lt;/b&gt; in {entries}: {approved} approved, {waiting} waiting for approval</source>
            <translation>&lt;b&gt;{hours}&lt;/b&gt; en {entries} : {approved} validées, {waiting} en attente de validation</translation>
        </message>
        <message numerus="yes">
            <source>%Ln entry(s)</source>
            <translation>
                <numerusform>%Ln saisie</numerusform>
                <numerusform>%Ln saisies</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HoursReport</name>
        <message>
            <source>Everyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Commission</translation>
        </message>
        <message>
            <source>All committees</source>
            <translation>Toutes les commissions</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Échange</translation>
        </message>
        <message>
            <source>All exchanges</source>
            <translation>Tous les échanges</translation>
        </message>
        <message>
            <source>Entries counted</source>
            <translation>Saisies comptées</translation>
        </message>
        <message>
            <source>Approved only</source>
            <translation>Validées seulement</translation>
        </message>
        <message>
            <source>Approved and not yet approved</source>
            <translation>Validées et pas encore validées</translation>
        </message>
        <message>
            <source>By month</source>
            <translation>Par mois</translation>
        </message>
        <message>
            <source>By committee</source>
            <translation>Par commission</translation>
        </message>
        <message>
            <source>No committee</source>
            <translation>Sans commission</translation>
        </message>
        <message>
            <source>By person</source>
            <translation>Par personne</translation>
        </message>
        <message>
            <source>Volunteer hours</source>
            <translation>Heures de bénévolat</translation>
        </message>
    </context>
    <context>
        <name>HoursTableModel</name>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Bénévole</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Pour</translation>
        </message>
        <message>
            <source>Exchange or committee</source>
            <translation>Échange ou commission</translation>
        </message>
        <message>
            <source>What was done</source>
            <translation>Ce qui a été fait</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Validées</translation>
        </message>
    </context>
    <context>
        <name>KeyDialog</name>
        <message>
            <source>Signing key</source>
            <translation>Clé de signature</translation>
        </message>
        <message>
            <source>&amp;Key:</source>
            <translation>&amp;Clé :</translation>
        </message>
    </context>
    <context>
        <name>ListFormats</name>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Sections</source>
            <translation>Rubriques</translation>
        </message>
        <message>
            <source>Records shown</source>
            <translation>Fiches affichées</translation>
        </message>
        <message>
            <source>Organization and search</source>
            <translation>Organisation et recherche</translation>
        </message>
        <message>
            <source>Switch organization</source>
            <translation>Changer d'organisation</translation>
        </message>
        <message>
            <source>&amp;Switch organization</source>
            <translation>&amp;Changer d'organisation</translation>
        </message>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Rechercher :</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;Open or create an organization…</source>
            <translation>&amp;Ouvrir ou créer une organisation…</translation>
        </message>
        <message>
            <source>Open the &amp;demo organization</source>
            <translation>Ouvrir l'organisation de &amp;démonstration</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>Ac&amp;tualiser</translation>
        </message>
        <message>
            <source>&amp;Check the records for problems</source>
            <translation>&amp;Rechercher des problèmes dans les données</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;New record</source>
            <translation>&amp;Nouvelle fiche</translation>
        </message>
        <message>
            <source>D&amp;uplicate record</source>
            <translation>D&amp;upliquer la fiche</translation>
        </message>
        <message>
            <source>De&amp;lete record…</source>
            <translation>&amp;Supprimer la fiche…</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Rechercher…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>A&amp;ffichage</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>&amp;About scdesk</source>
            <translation>À &amp;propos de scdesk</translation>
        </message>
        <message>
            <source>About scdesk</source>
            <translation>À propos de scdesk</translation>
        </message>
        <message>
            <source>&lt;h3&gt;scdesk {version}&lt;/h3&gt;&lt;p&gt;The desktop app for sister city organizations: partnerships, committees, exchanges, people, volunteer hours, board reports and roster sync with the central directory. Works offline.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;scdesk {version}&lt;/h3&gt;&lt;p&gt;L'application de bureau des organisations de jumelage : jumelages, commissions, échanges, personnes, heures de bénévolat, rapports au conseil et échange de la liste des adhérents avec l'annuaire central. Fonctionne hors ligne.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Creating the demo organization</source>
            <translation>Création de l'organisation de démonstration</translation>
        </message>
        <message>
            <source>Backed up automatically.</source>
            <translation>Sauvegarde faite automatiquement.</translation>
        </message>
        <message>
            <source>{name} — scdesk</source>
            <translation>{name} — scdesk</translation>
        </message>
        <message>
            <source>Work in progress</source>
            <translation>Travail en cours</translation>
        </message>
        <message>
            <source>Some work is still running. Stop it? Nothing half-done is kept.</source>
            <translation>Un travail est encore en cours. L'arrêter ? Rien de ce qui est à moitié fait n'est conservé.</translation>
        </message>
        <message>
            <source>Backing up what changed…</source>
            <translation>Sauvegarde de ce qui a changé…</translation>
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
            <translation>Une personne a accepté d'y figurer. Les fonctions sont celles occupées le {date}. Réservé aux adhérents : merci de ne pas le diffuser.</translation>
        </message>
        <message>
            <source>{count} people agreed to be listed. Posts are those held on {date}. For members only: please do not pass it on.</source>
            <translation>{count} personnes ont accepté d'y figurer. Les fonctions sont celles occupées le {date}. Réservé aux adhérents : merci de ne pas le diffuser.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Committees and posts</source>
            <translation>Commissions et fonctions</translation>
        </message>
        <message>
            <source>Nobody has agreed to be listed yet.</source>
            <translation>Personne n'a encore accepté d'y figurer.</translation>
        </message>
        <message>
            <source>Member directory</source>
            <translation>Annuaire des adhérents</translation>
        </message>
    </context>
    <context>
        <name>MergeDialog</name>
        <message>
            <source>Merge two records of one person</source>
            <translation>Fusionner deux fiches d'une même personne</translation>
        </message>
        <message>
            <source>Is “{name}” in the list twice? Find the other record. Its committee posts, exchanges, hours and everything else move to this record, and the other record is deleted. Edit ▸ Undo takes the merge back.</source>
            <translation>« {name} » figure deux fois dans la liste ? Trouvez l'autre fiche. Ses fonctions, échanges, heures et tout le reste passent sur cette fiche, et l'autre est supprimée. Édition ▸ Annuler défait la fusion.</translation>
        </message>
        <message>
            <source>Type the other record's name</source>
            <translation>Tapez le nom de l'autre fiche</translation>
        </message>
        <message>
            <source>The &amp;other record:</source>
            <translation>L'&amp;autre fiche :</translation>
        </message>
        <message>
            <source>The other record</source>
            <translation>L'autre fiche</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Fusionner</translation>
        </message>
        <message>
            <source>Merge people</source>
            <translation>Fusionner des personnes</translation>
        </message>
        <message>
            <source>That is this record. Choose the other record of this person.</source>
            <translation>C'est cette même fiche. Choisissez l'autre fiche de cette personne.</translation>
        </message>
        <message>
            <source>The two records agree in every field.</source>
            <translation>Les deux fiches concordent sur tous les champs.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Domaine</translation>
        </message>
        <message>
            <source>This record</source>
            <translation>Cette fiche</translation>
        </message>
        <message>
            <source>{field}: keep “{value}”</source>
            <translation>{field} : garder « {value} »</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message numerus="yes">
            <source>%n committee post(s)</source>
            <translation>
                <numerusform>%n fonction dans une commission</numerusform>
                <numerusform>%n fonctions dans des commissions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) attended</source>
            <translation>
                <numerusform>%n réunion suivie</numerusform>
                <numerusform>%n réunions suivies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exchange place(s)</source>
            <translation>
                <numerusform>%n place dans un échange</numerusform>
                <numerusform>%n places dans des échanges</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n stay(s) as a guest</source>
            <translation>
                <numerusform>%n séjour comme invité</numerusform>
                <numerusform>%n séjours comme invité</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n guest(s) hosted</source>
            <translation>
                <numerusform>%n invité hébergé</numerusform>
                <numerusform>%n invités hébergés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n volunteer hours entry(s)</source>
            <translation>
                <numerusform>%n saisie d'heures de bénévolat</numerusform>
                <numerusform>%n saisies d'heures de bénévolat</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hours entry(s) approved</source>
            <translation>
                <numerusform>%n saisie d'heures approuvée</numerusform>
                <numerusform>%n saisies d'heures approuvées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n further contact detail(s)</source>
            <translation>
                <numerusform>%n autre coordonnée</numerusform>
                <numerusform>%n autres coordonnées</numerusform>
            </translation>
        </message>
        <message>
            <source>primary contact of the organization</source>
            <translation>contact principal de l'organisation</translation>
        </message>
        <message>
            <source>administrator of the organization</source>
            <translation>administrateur de l'organisation</translation>
        </message>
        <message>
            <source>Already on this record, so combined with its own: {what}.</source>
            <translation>Déjà sur cette fiche, donc fusionné avec les siens : {what}.</translation>
        </message>
        <message>
            <source>One record hosting the other, so dropped: {what}.</source>
            <translation>Une fiche hébergeait l’autre, donc supprimé : {what}.</translation>
        </message>
        <message>
            <source>The other record has nothing else to move.</source>
            <translation>L'autre fiche n'a rien d'autre à transférer.</translation>
        </message>
        <message>
            <source>Moves to this record: {what}.</source>
            <translation>Passe sur cette fiche : {what}.</translation>
        </message>
    </context>
    <context>
        <name>MoveBackupsDialog</name>
        <message>
            <source>Move the backups?</source>
            <translation>Déplacer les sauvegardes ?</translation>
        </message>
        <message>
            <source>one backup</source>
            <translation>une sauvegarde</translation>
        </message>
        <message>
            <source>{count} backups</source>
            <translation>{count} sauvegardes</translation>
        </message>
        <message>
            <source>The backup folder you left still holds one backup ({size}):</source>
            <translation>Le dossier des sauvegardes que vous avez quitté contient encore une sauvegarde ({size}) :</translation>
        </message>
        <message>
            <source>The backup folder you left still holds {count} backups ({size}):</source>
            <translation>Le dossier des sauvegardes que vous avez quitté contient encore {count} sauvegardes ({size}) :</translation>
        </message>
        <message>
            <source>• {organization}: {backups} ({size})</source>
            <translation>• {organization} : {backups} ({size})</translation>
        </message>
        <message>
            <source>From: {before}
To: {now}</source>
            <translation>De : {before}
Vers : {now}</translation>
        </message>
        <message>
            <source>scdesk only shows and restores the backups in the new folder. Move them there to keep them in view. Each backup is copied and checked before the old one is removed, so none is lost if something goes wrong.</source>
            <translation>scdesk n'affiche et ne restaure que les sauvegardes du nouveau dossier. Déplacez-les-y pour continuer à les voir. Chaque sauvegarde est copiée et vérifiée avant que l'ancienne soit supprimée : aucune n'est perdue si quelque chose tourne mal.</translation>
        </message>
        <message>
            <source>&amp;Move them</source>
            <translation>&amp;Les déplacer</translation>
        </message>
        <message>
            <source>Move the backups to the new folder</source>
            <translation>Déplacer les sauvegardes dans le nouveau dossier</translation>
        </message>
        <message>
            <source>&amp;Leave them where they are</source>
            <translation>&amp;Les laisser où elles sont</translation>
        </message>
        <message>
            <source>Leave the backups in the old folder</source>
            <translation>Laisser les sauvegardes dans l'ancien dossier</translation>
        </message>
        <message>
            <source>each organization's own folder</source>
            <translation>le dossier propre à chaque organisation</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>Overview</source>
            <translation>Vue d'ensemble</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Jumelages</translation>
        </message>
        <message>
            <source>Committees</source>
            <translation>Commissions</translation>
        </message>
        <message>
            <source>Exchanges</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <source>Reports</source>
            <translation>Rapports</translation>
        </message>
        <message>
            <source>Roster sync</source>
            <translation>Annuaire central</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sauvegardes</translation>
        </message>
    </context>
    <context>
        <name>Organizations</name>
        <message>
            <source>The organization cannot be opened</source>
            <translation>Impossible d'ouvrir l'organisation</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>Organization overview</source>
            <translation>Vue d'ensemble de l'organisation</translation>
        </message>
        <message>
            <source>Exchanges coming up</source>
            <translation>Échanges à venir</translation>
        </message>
        <message>
            <source>At a glance</source>
            <translation>En un coup d'œil</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>À venir</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Vue d'ensemble</translation>
        </message>
        <message>
            <source>Counting the records…</source>
            <translation>Comptage des fiches…</translation>
        </message>
        <message>
            <source>Everyday tasks</source>
            <translation>Tâches courantes</translation>
        </message>
        <message>
            <source>Record an exchange</source>
            <translation>Enregistrer un échange</translation>
        </message>
        <message>
            <source>Log volunteer hours</source>
            <translation>Saisir des heures de bénévolat</translation>
        </message>
        <message>
            <source>Add a person</source>
            <translation>Ajouter une personne</translation>
        </message>
        <message>
            <source>Prepare the board report</source>
            <translation>Préparer le rapport au conseil</translation>
        </message>
        <message>
            <source>Send the roster to the directory</source>
            <translation>Envoyer la liste à l'annuaire</translation>
        </message>
        <message>
            <source>No exchange is planned yet. Record one to see it here.</source>
            <translation>Aucun échange n'est encore prévu. Enregistrez-en un pour le voir ici.</translation>
        </message>
        <message>
            <source>under way</source>
            <translation>en cours</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>du {start} au {end}</translation>
        </message>
    </context>
    <context>
        <name>PartnershipEditor</name>
        <message>
            <source>partnership</source>
            <translation>jumelage</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Committees and exchanges</source>
            <translation>Commissions et échanges</translation>
        </message>
        <message>
            <source>Partner city</source>
            <translation>Ville jumelle</translation>
        </message>
        <message>
            <source>&amp;City:</source>
            <translation>&amp;Ville :</translation>
        </message>
        <message>
            <source>Re&amp;gion:</source>
            <translation>Ré&amp;gion :</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>&amp;Pays :</translation>
        </message>
        <message>
            <source>(choose)</source>
            <translation>(choisir)</translation>
        </message>
        <message>
            <source>The partnership</source>
            <translation>Le jumelage</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>É&amp;tat :</translation>
        </message>
        <message>
            <source>New status since:</source>
            <translation>Nouvel état depuis le :</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>non renseigné</translation>
        </message>
        <message>
            <source>Why the status c&amp;hanged:</source>
            <translation>Pourquoi l'état a c&amp;hangé :</translation>
        </message>
        <message>
            <source>O&amp;rigin:</source>
            <translation>O&amp;rigine :</translation>
        </message>
        <message>
            <source>How it be&amp;gan:</source>
            <translation>Comment tout a &amp;commencé :</translation>
        </message>
        <message>
            <source>&amp;First contact:</source>
            <translation>&amp;Premier contact :</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>inconnu</translation>
        </message>
        <message>
            <source>The agreement (memorandum of understanding)</source>
            <translation>La charte (protocole d'accord)</translation>
        </message>
        <message>
            <source>Si&amp;gned on:</source>
            <translation>&amp;Signée le :</translation>
        </message>
        <message>
            <source>not signed</source>
            <translation>non signée</translation>
        </message>
        <message>
            <source>Signed for &amp;us by:</source>
            <translation>Signée pour &amp;nous par :</translation>
        </message>
        <message>
            <source>Signed for the &amp;partner by:</source>
            <translation>Signée pour la ville &amp;jumelle par :</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>A sister city partnership is formal and meant to last, signed by both mayors. A friendship city is less formal, often a first step.</source>
            <translation>Un jumelage est officiel et fait pour durer, signé par les deux maires. Une ville amie est un lien moins formel, souvent une première étape.</translation>
        </message>
        <message>
            <source>Exploring: first talks. Proposed: an agreement is being prepared. Active: signed and alive. Inactive: signed but quiet. Ended: no longer in force.</source>
            <translation>En réflexion : premiers contacts. Proposé : une charte se prépare. Actif : signé et vivant. Inactif : signé mais en sommeil. Terminé : n'est plus en vigueur.</translation>
        </message>
        <message>
            <source>What first brought the two towns together.</source>
            <translation>Ce qui a d'abord rapproché les deux villes.</translation>
        </message>
        <message>
            <source>The day both mayors (or the highest elected officials) signed the memorandum of understanding.</source>
            <translation>Le jour où les deux maires (ou les plus hauts élus) ont signé la charte de jumelage.</translation>
        </message>
        <message>
            <source>Status history</source>
            <translation>Historique des états</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>No status recorded yet.</source>
            <translation>Aucun état enregistré pour l'instant.</translation>
        </message>
        <message>
            <source>Renewals of the agreement</source>
            <translation>Renouvellements de la charte</translation>
        </message>
        <message>
            <source>Renewed on</source>
            <translation>Renouvelée le</translation>
        </message>
        <message>
            <source>Signed for us by</source>
            <translation>Signée pour nous par</translation>
        </message>
        <message>
            <source>Signed for the partner by</source>
            <translation>Signée pour la ville jumelle par</translation>
        </message>
        <message>
            <source>The agreement has not been renewed yet.</source>
            <translation>La charte n'a pas encore été renouvelée.</translation>
        </message>
        <message>
            <source>Record a rene&amp;wal…</source>
            <translation>Enregistrer un re&amp;nouvellement…</translation>
        </message>
        <message>
            <source>Remove renewal</source>
            <translation>Retirer le renouvellement</translation>
        </message>
        <message>
            <source>People in the partner city</source>
            <translation>Personnes dans la ville jumelle</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisme</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <source>No contacts in the partner city yet.</source>
            <translation>Aucun contact dans la ville jumelle pour l'instant.</translation>
        </message>
        <message>
            <source>&amp;Add a contact…</source>
            <translation>&amp;Ajouter un contact…</translation>
        </message>
        <message>
            <source>&amp;Edit contact…</source>
            <translation>&amp;Modifier le contact…</translation>
        </message>
        <message>
            <source>Remove contact</source>
            <translation>Retirer le contact</translation>
        </message>
        <message>
            <source>Committees serving this partnership</source>
            <translation>Commissions au service de ce jumelage</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Commission</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>No committee serves this partnership yet.</source>
            <translation>Aucune commission ne s'occupe encore de ce jumelage.</translation>
        </message>
        <message>
            <source>Exchanges</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Domaine</translation>
        </message>
        <message>
            <source>Direction</source>
            <translation>Sens</translation>
        </message>
        <message>
            <source>No exchanges with this partner city yet.</source>
            <translation>Aucun échange avec cette ville jumelle pour l'instant.</translation>
        </message>
        <message>
            <source>Double-click a line (or press Enter) to open it.</source>
            <translation>Double-cliquez sur une ligne (ou appuyez sur Entrée) pour l'ouvrir.</translation>
        </message>
        <message>
            <source>Add a contact</source>
            <translation>Ajouter un contact</translation>
        </message>
        <message>
            <source>Edit contact</source>
            <translation>Modifier le contact</translation>
        </message>
        <message>
            <source>Record a renewal of the agreement</source>
            <translation>Enregistrer un renouvellement de la charte</translation>
        </message>
        <message>
            <source>Renewed &amp;on:</source>
            <translation>Renouvelée &amp;le :</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note :</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Fonction :</translation>
        </message>
        <message>
            <source>&amp;Organization:</source>
            <translation>&amp;Organisme :</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>&amp;Courriel :</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Téléphone :</translation>
        </message>
        <message>
            <source>&amp;Languages:</source>
            <translation>&amp;Langues :</translation>
        </message>
        <message>
            <source>No&amp;tes:</source>
            <translation>No&amp;tes :</translation>
        </message>
    </context>
    <context>
        <name>PartnershipReport</name>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>No status changes are recorded.</source>
            <translation>Aucun changement d'état n'est enregistré.</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Chartes</translation>
        </message>
        <message>
            <source>The year {period}</source>
            <translation>L'année {period}</translation>
        </message>
        <message>
            <source>Exchanges</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <source>Volunteer hours by month</source>
            <translation>Heures de bénévolat par mois</translation>
        </message>
        <message>
            <source>Hours count for this partnership when logged on one of its exchanges or for its committee.</source>
            <translation>Les heures comptent pour ce jumelage quand elles sont saisies pour l'un de ses échanges ou pour sa commission.</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Réunions</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Commission</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Présence</translation>
        </message>
        <message>
            <source>No meetings were held {period}.</source>
            <translation>Aucune réunion n'a eu lieu {period}.</translation>
        </message>
        <message>
            <source>Partnership with {city}</source>
            <translation>Jumelage avec {city}</translation>
        </message>
        <message>
            <source>{country} · report for {period}</source>
            <translation>{country} · rapport {period}</translation>
        </message>
        <message>
            <source>The partnership</source>
            <translation>Le jumelage</translation>
        </message>
        <message>
            <source>Partner city</source>
            <translation>Ville jumelle</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Status at the end of the period</source>
            <translation>État à la fin de la période</translation>
        </message>
        <message>
            <source>Origin</source>
            <translation>Origine</translation>
        </message>
        <message>
            <source>First contact</source>
            <translation>Premier contact</translation>
        </message>
        <message>
            <source>Agreement signed</source>
            <translation>Charte signée</translation>
        </message>
        <message>
            <source>Signed for us by</source>
            <translation>Signée pour nous par</translation>
        </message>
        <message>
            <source>Signed for the partner by</source>
            <translation>Signée pour la ville jumelle par</translation>
        </message>
        <message>
            <source>Contacts in the partner city</source>
            <translation>Contacts dans la ville jumelle</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisme</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Nobody held a post at the end of the period.</source>
            <translation>Personne n'occupait de fonction à la fin de la période.</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Échange</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Host nights</source>
            <translation>Nuitées d'accueil</translation>
        </message>
        <message>
            <source>No exchanges were recorded {period}.</source>
            <translation>Aucun échange n'a été enregistré {period}.</translation>
        </message>
    </context>
    <context>
        <name>PartnershipsPage</name>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Rechercher :</translation>
        </message>
        <message>
            <source>City, region or signatory</source>
            <translation>Ville, région ou signataire</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;ut :</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Indifférent</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Type :</translation>
        </message>
        <message>
            <source>&amp;New partnership</source>
            <translation>&amp;Nouveau jumelage</translation>
        </message>
        <message numerus="yes">
            <source>%Ln partnership(s)</source>
            <translation>
                <numerusform>%Ln jumelage</numerusform>
                <numerusform>%Ln jumelages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln partnership(s)</source>
            <translation>
                <numerusform>{shown} sur %Ln jumelage</numerusform>
                <numerusform>{shown} sur %Ln jumelages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PartnershipsTableModel</name>
        <message>
            <source>Partner city</source>
            <translation>Ville jumelle</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signée</translation>
        </message>
        <message>
            <source>Exchanges</source>
            <translation>Échanges</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Phrase secrète :</translation>
        </message>
    </context>
    <context>
        <name>PeopleList</name>
        <message>
            <source>A&amp;dd</source>
            <translation>A&amp;jouter</translation>
        </message>
        <message>
            <source>Add the person found</source>
            <translation>Ajouter la personne trouvée</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Reti&amp;rer</translation>
        </message>
        <message>
            <source>Remove the selected person</source>
            <translation>Retirer la personne sélectionnée</translation>
        </message>
        <message>
            <source>Find a person to add</source>
            <translation>Trouver une personne à ajouter</translation>
        </message>
    </context>
    <context>
        <name>PeoplePage</name>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Rechercher :</translation>
        </message>
        <message>
            <source>Name, email, phone, skill or language</source>
            <translation>Nom, courriel, téléphone, compétence ou langue</translation>
        </message>
        <message>
            <source>Ca&amp;tegory:</source>
            <translation>Ca&amp;tégorie :</translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Indifférent</translation>
        </message>
        <message>
            <source>Stat&amp;us:</source>
            <translation>Stat&amp;ut :</translation>
        </message>
        <message>
            <source>Co&amp;mmittee:</source>
            <translation>Co&amp;mmission :</translation>
        </message>
        <message>
            <source>&amp;New person</source>
            <translation>&amp;Nouvelle personne</translation>
        </message>
        <message numerus="yes">
            <source>%Ln person(s)</source>
            <translation>
                <numerusform>%Ln personne</numerusform>
                <numerusform>%Ln personnes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln person(s)</source>
            <translation>
                <numerusform>{shown} sur %Ln personne</numerusform>
                <numerusform>{shown} sur %Ln personnes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeopleTableModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Member since</source>
            <translation>Adhérent depuis</translation>
        </message>
    </context>
    <context>
        <name>PersonEditor</name>
        <message>
            <source>person</source>
            <translation>personne</translation>
        </message>
        <message>
            <source>&amp;Merge with…</source>
            <translation>&amp;Fusionner avec…</translation>
        </message>
        <message>
            <source>Merge with another record of this person</source>
            <translation>Fusionner avec une autre fiche de cette personne</translation>
        </message>
        <message>
            <source>Two records of one person? Merge them into this one.</source>
            <translation>Deux fiches pour une même personne ? Fusionnez-les dans celle-ci.</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Consent and hosting</source>
            <translation>Consentement et accueil</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>Activité</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>With us</source>
            <translation>Chez nous</translation>
        </message>
        <message>
            <source>not a member</source>
            <translation>non adhérent</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>How to reach them</source>
            <translation>Comment la joindre</translation>
        </message>
        <message>
            <source>(not known)</source>
            <translation>(inconnu)</translation>
        </message>
        <message>
            <source>In an emergency, call</source>
            <translation>En cas d'urgence, appeler</translation>
        </message>
        <message>
            <source>They agreed to</source>
            <translation>A accepté de</translation>
        </message>
        <message>
            <source>Hosting guests</source>
            <translation>Accueil d'invités</translation>
        </message>
        <message>
            <source>Central directory</source>
            <translation>Annuaire central</translation>
        </message>
        <message>
            <source>Committees and posts</source>
            <translation>Commissions et fonctions</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Commission</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Du</translation>
        </message>
        <message>
            <source>Until</source>
            <translation>Au</translation>
        </message>
        <message>
            <source>No posts.</source>
            <translation>Aucune fonction.</translation>
        </message>
        <message>
            <source>Exchanges</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Échange</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Début</translation>
        </message>
        <message>
            <source>Has not taken part in an exchange yet.</source>
            <translation>N'a encore participé à aucun échange.</translation>
        </message>
        <message>
            <source>Volunteer hours</source>
            <translation>Heures de bénévolat</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <source>For</source>
            <translation>Pour</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Validées</translation>
        </message>
        <message>
            <source>No volunteer hours recorded.</source>
            <translation>Aucune heure de bénévolat enregistrée.</translation>
        </message>
        <message>
            <source>{name} (copy)</source>
            <translation>{name} (copie)</translation>
        </message>
        <message>
            <source>{hours} in {entries} altogether.</source>
            <translation>{hours} en {entries} au total.</translation>
        </message>
        <message numerus="yes">
            <source>%n entry(s)</source>
            <translation>
                <numerusform>%n saisie</numerusform>
                <numerusform>%n saisies</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Pickers</name>
        <message>
            <source>Several people match “{text}”: choose one from the list.</source>
            <translation>Plusieurs personnes correspondent à « {text} » : choisissez-en une dans la liste.</translation>
        </message>
        <message>
            <source>Nobody is called “{text}”.</source>
            <translation>Personne ne s’appelle « {text} ».</translation>
        </message>
        <message>
            <source>Several exchanges match “{text}”: choose one from the list.</source>
            <translation>Plusieurs échanges correspondent à « {text} » : choisissez-en un dans la liste.</translation>
        </message>
        <message>
            <source>No exchange is called “{text}”.</source>
            <translation>Aucun échange ne s’appelle « {text} ».</translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Préférences</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>The system's language</source>
            <translation>La langue du système</translation>
        </message>
        <message>
            <source>scdesk speaks this language from its next start.</source>
            <translation>scdesk parlera cette langue dès son prochain démarrage.</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>Like the system</source>
            <translation>Comme le système</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <source>Organization to open at start</source>
            <translation>Organisation à ouvrir au démarrage</translation>
        </message>
        <message>
            <source>The one I used last</source>
            <translation>La dernière utilisée</translation>
        </message>
        <message>
            <source>Backup folder</source>
            <translation>Dossier des sauvegardes</translation>
        </message>
        <message>
            <source>The organization's own folder</source>
            <translation>Le dossier de l'organisation elle-même</translation>
        </message>
        <message>
            <source>scdesk keeps this many of the newest backups and, older than those, one a day for a week, one a week for five weeks and one a month for a year.</source>
            <translation>scdesk garde ce nombre de sauvegardes parmi les plus récentes et, au-delà, une par jour pendant une semaine, une par semaine pendant cinq semaines et une par mois pendant un an.</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoisir…</translation>
        </message>
        <message>
            <source>Where scdesk keeps copies of each organization's database, one folder per organization. A folder on another disk or a USB stick protects you when this computer fails. When you choose another folder, scdesk offers to move the backups made so far.</source>
            <translation>L'endroit où scdesk garde les copies de la base de données de chaque organisation, un dossier par organisation. Un dossier sur un autre disque ou sur une clé USB vous protège si cet ordinateur tombe en panne. Si vous choisissez un autre dossier, scdesk propose d'y déplacer les sauvegardes déjà faites.</translation>
        </message>
        <message>
            <source>Choose the backup folder</source>
            <translation>Choisir le dossier des sauvegardes</translation>
        </message>
        <message>
            <source>Backups to keep</source>
            <translation>Sauvegardes à garder</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>A new language shows the next time scdesk starts.</source>
            <translation>La nouvelle langue s'affichera au prochain démarrage de scdesk.</translation>
        </message>
        <message>
            <source>&amp;Theme:</source>
            <translation>&amp;Thème :</translation>
        </message>
        <message>
            <source>&amp;Open at start:</source>
            <translation>&amp;Ouvrir au démarrage :</translation>
        </message>
        <message>
            <source>&amp;Backup folder:</source>
            <translation>&amp;Dossier des sauvegardes :</translation>
        </message>
        <message>
            <source>&amp;Keep:</source>
            <translation>&amp;Garder :</translation>
        </message>
        <message>
            <source> backups</source>
            <translation> sauvegardes</translation>
        </message>
        <message>
            <source>Save the preferences</source>
            <translation>Enregistrer les préférences</translation>
        </message>
        <message>
            <source>Close without saving</source>
            <translation>Fermer sans enregistrer</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist. Choose an existing folder.</source>
            <translation>Le dossier {folder} n'existe pas. Choisissez un dossier existant.</translation>
        </message>
        <message>
            <source>scdesk cannot write in {folder}. Choose a folder you can write to.</source>
            <translation>scdesk ne peut pas écrire dans {folder}. Choisissez un dossier où vous pouvez écrire.</translation>
        </message>
    </context>
    <context>
        <name>PreviewDialog</name>
        <message>
            <source>Preview of {file}</source>
            <translation>Aperçu : {file}</translation>
        </message>
        <message>
            <source>Changes in the file</source>
            <translation>Changements dans le fichier</translation>
        </message>
        <message>
            <source>&amp;Conflicts ({n})</source>
            <translation>&amp;Conflits ({n})</translation>
        </message>
        <message>
            <source>&amp;Added ({n})</source>
            <translation>&amp;Ajoutés ({n})</translation>
        </message>
        <message>
            <source>C&amp;hanged ({n})</source>
            <translation>&amp;Modifiés ({n})</translation>
        </message>
        <message>
            <source>&amp;Removed ({n})</source>
            <translation>&amp;Retirés ({n})</translation>
        </message>
        <message>
            <source>Likely &amp;duplicates ({n})</source>
            <translation>&amp;Doublons probables ({n})</translation>
        </message>
        <message>
            <source>&amp;Notes ({n})</source>
            <translation>&amp;Notes ({n})</translation>
        </message>
        <message>
            <source>A&amp;pply</source>
            <translation>A&amp;ppliquer</translation>
        </message>
        <message>
            <source>Apply the changes</source>
            <translation>Appliquer les changements</translation>
        </message>
        <message>
            <source>everything</source>
            <translation>tout</translation>
        </message>
        <message>
            <source>changes only</source>
            <translation>changements seulement</translation>
        </message>
        <message>
            <source>File number {number} from {sender} ({kind}), made {created}.
{added} to add, {changed} to change, {removed} to remove, {conflicts} to decide, {duplicates}.</source>
            <translation>Fichier numéro {number} de {sender} ({kind}), créé le {created}.
À ajouter : {added} ; à modifier : {changed} ; à retirer : {removed} ; à trancher : {conflicts} ; {duplicates}.</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>%n conflit</numerusform>
                <numerusform>%n conflits</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n likely duplicate(s)</source>
            <translation>
                <numerusform>%n doublon probable</numerusform>
                <numerusform>%n doublons probables</numerusform>
            </translation>
        </message>
        <message>
            <source>This organization is empty: it becomes “{name}” from the file.</source>
            <translation>Cette organisation est vide : elle devient « {name} », celle du fichier.</translation>
        </message>
        <message>
            <source>None of your records change; Apply records the file as received.</source>
            <translation>Aucune de vos données ne change ; Appliquer enregistre le fichier comme reçu.</translation>
        </message>
        <message>
            <source>None of your records change. Apply records that the directory has your file number {number}, so that your next export can hold only the changes since.</source>
            <translation>Aucune de vos données ne change. Appliquer enregistre que l'annuaire a reçu votre fichier numéro {number}, pour que votre prochain export ne contienne que les changements depuis.</translation>
        </message>
        <message>
            <source>Both sides changed these since the last exchange. For each, keep yours (this organization's) or take theirs (the file's).</source>
            <translation>Les deux côtés ont modifié ceci depuis le dernier échange. Pour chacun, gardez la vôtre (celle de cette organisation) ou prenez la leur (celle du fichier).</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflits</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Domaine</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>La vôtre</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>La leur</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>Garder la mienne</translation>
        </message>
        <message>
            <source>Take theirs</source>
            <translation>Prendre la leur</translation>
        </message>
        <message>
            <source>Decision for {field} of {record}</source>
            <translation>Décision : {field}, {record}</translation>
        </message>
        <message>
            <source>&amp;Keep mine for all</source>
            <translation>&amp;Garder la mienne partout</translation>
        </message>
        <message>
            <source>&amp;Take theirs for all</source>
            <translation>&amp;Prendre la leur partout</translation>
        </message>
        <message>
            <source>Records added</source>
            <translation>Fiches ajoutées</translation>
        </message>
        <message>
            <source>Records removed</source>
            <translation>Fiches retirées</translation>
        </message>
        <message>
            <source>Record or field</source>
            <translation>Fiche ou champ</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Maintenant</translation>
        </message>
        <message>
            <source>After the import</source>
            <translation>Après l'importation</translation>
        </message>
        <message>
            <source>Records changed</source>
            <translation>Fiches modifiées</translation>
        </message>
        <message>
            <source>(conflict)</source>
            <translation>(conflit)</translation>
        </message>
        <message>
            <source>… and {n} more</source>
            <translation>… et {n} de plus</translation>
        </message>
        <message>
            <source>These people in the file look like people already here. Tick those that are the same person: they are merged into the existing record after the import.</source>
            <translation>Ces personnes du fichier ressemblent à des personnes déjà présentes. Cochez celles qui sont la même personne : elles seront fusionnées avec la fiche existante après l'importation.</translation>
        </message>
        <message>
            <source>Likely duplicates</source>
            <translation>Doublons probables</translation>
        </message>
        <message>
            <source>Person in the file (tick to merge)</source>
            <translation>Personne du fichier (cocher pour fusionner)</translation>
        </message>
        <message>
            <source>Existing person</source>
            <translation>Personne existante</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <source>#{id}</source>
            <translation>n° {id}</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Notes about the file</source>
            <translation>Remarques sur le fichier</translation>
        </message>
        <message numerus="yes">
            <source>Decide the %n conflict(s) first.</source>
            <translation>
                <numerusform>Tranchez d'abord le conflit restant (%n).</numerusform>
                <numerusform>Tranchez d'abord les %n conflits.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check, then import</source>
            <translation>Vérifiez, puis importez</translation>
        </message>
        <message>
            <source>Nothing is written until you press Import.</source>
            <translation>Rien n'est écrit tant que vous ne cliquez pas sur Importer.</translation>
        </message>
        <message>
            <source>Comparing the file with your records…</source>
            <translation>Comparaison du fichier avec vos données…</translation>
        </message>
        <message>
            <source>Summary of the import</source>
            <translation>Résumé de l'importation</translation>
        </message>
        <message>
            <source>People to add and change</source>
            <translation>Personnes à ajouter et à modifier</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Ce qui se passera</translation>
        </message>
        <message>
            <source>Keep the values already in scdesk for every conflict</source>
            <translation>Garder les valeurs déjà dans scdesk pour chaque conflit</translation>
        </message>
        <message>
            <source>&amp;Keep what scdesk has, for all</source>
            <translation>&amp;Garder ce qu'a scdesk, pour tous</translation>
        </message>
        <message>
            <source>&amp;Take the file's, for all</source>
            <translation>&amp;Prendre celles du fichier, pour tous</translation>
        </message>
        <message>
            <source>Take the file's values for every conflict</source>
            <translation>Prendre les valeurs du fichier pour chaque conflit</translation>
        </message>
        <message>
            <source>Problems in the file's rows</source>
            <translation>Problèmes dans les lignes du fichier</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Que faire</translation>
        </message>
        <message>
            <source>&amp;Save the problems as CSV…</source>
            <translation>&amp;Enregistrer les problèmes en CSV…</translation>
        </message>
        <message>
            <source>&amp;Changes</source>
            <translation>&amp;Changements</translation>
        </message>
        <message>
            <source>&amp;Problems</source>
            <translation>&amp;Problèmes</translation>
        </message>
        <message>
            <source>{added} to add, {changed} to change, {duplicates} to decide, {unchanged} already up to date. {committees} {problems}</source>
            <translation>À ajouter : {added} ; à modifier : {changed} ; à décider : {duplicates} ; déjà à jour : {unchanged}. {committees} {problems}</translation>
        </message>
        <message numerus="yes">
            <source>%n new committee(s).</source>
            <translation>
                <numerusform>%n nouvelle commission.</numerusform>
                <numerusform>%n nouvelles commissions.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n remark(s) on rows.</source>
            <translation>
                <numerusform>%n remarque sur des lignes.</numerusform>
                <numerusform>%n remarques sur des lignes.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Problems ({count})</source>
            <translation>&amp;Problèmes ({count})</translation>
        </message>
        <message>
            <source>New committees ({count})</source>
            <translation>Nouvelles commissions ({count})</translation>
        </message>
        <message>
            <source>{new} (was empty)</source>
            <translation>{new} (était vide)</translation>
        </message>
        <message>
            <source>{person}, {field}: keep or take</source>
            <translation>{person}, {field} : garder ou prendre</translation>
        </message>
        <message>
            <source>Keep what scdesk has</source>
            <translation>Garder ce qu'a scdesk</translation>
        </message>
        <message>
            <source>Take the file's</source>
            <translation>Prendre celle du fichier</translation>
        </message>
        <message>
            <source>In scdesk</source>
            <translation>Dans scdesk</translation>
        </message>
        <message>
            <source>In the file</source>
            <translation>Dans le fichier</translation>
        </message>
        <message>
            <source>add {value}</source>
            <translation>ajouter {value}</translation>
        </message>
        <message>
            <source>the organization</source>
            <translation>l'organisation</translation>
        </message>
        <message>
            <source>{post}, {committee}</source>
            <translation>{post}, {committee}</translation>
        </message>
        <message>
            <source>post</source>
            <translation>fonction</translation>
        </message>
        <message>
            <source>new person</source>
            <translation>nouvelle personne</translation>
        </message>
        <message>
            <source>updates {name}</source>
            <translation>met à jour {name}</translation>
        </message>
        <message>
            <source>same person?</source>
            <translation>même personne ?</translation>
        </message>
        <message>
            <source>Is {person} someone already here?</source>
            <translation>{person} est-elle une personne déjà présente ?</translation>
        </message>
        <message>
            <source>A new person: add them</source>
            <translation>Une nouvelle personne : l'ajouter</translation>
        </message>
        <message>
            <source>The same as {name} &lt;{email}&gt;: update them</source>
            <translation>La même que {name} &lt;{email}&gt; : la mettre à jour</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Save the problems</source>
            <translation>Enregistrer les problèmes</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>The problems were not saved</source>
            <translation>Les problèmes n'ont pas été enregistrés</translation>
        </message>
    </context>
    <context>
        <name>Privacy</name>
        <message>
            <source>Erase a person</source>
            <translation>Effacer une personne</translation>
        </message>
        <message>
            <source>Their name, contact details, emergency contact and notes are cleared everywhere and cannot be brought back. Their volunteer hours and exchanges still count, anonymously. Do this only when they asked for it.</source>
            <translation>Son nom, ses coordonnées, son contact d'urgence et ses notes sont effacés partout et ne peuvent pas être récupérés. Ses heures de bénévolat et ses échanges comptent toujours, anonymement. Ne le faites qu'à sa demande.</translation>
        </message>
        <message>
            <source>&amp;Erase</source>
            <translation>&amp;Effacer</translation>
        </message>
        <message>
            <source>Erase</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>The person was erased.</source>
            <translation>La personne a été effacée.</translation>
        </message>
        <message>
            <source>Older backups keep the data until they are rotated away.</source>
            <translation>Les sauvegardes plus anciennes gardent les données jusqu'à leur remplacement.</translation>
        </message>
        <message>
            <source>Please look at these, which may still name them:</source>
            <translation>Vérifiez ceci, qui peut encore la nommer :</translation>
        </message>
        <message>
            <source>Erase everything personal about {name}?</source>
            <translation>Effacer tout ce qui est personnel sur {name} ?</translation>
        </message>
        <message>
            <source>Zip archives (*.zip)</source>
            <translation>Archives zip (*.zip)</translation>
        </message>
        <message>
            <source>Export a person's data</source>
            <translation>Exporter les données d'une personne</translation>
        </message>
        <message>
            <source>• {table} {id}, {field}</source>
            <translation>• {table} {id}, {field}</translation>
        </message>
        <message>
            <source>Save everything held about {name}</source>
            <translation>Enregistrer tout ce qui est conservé sur {name}</translation>
        </message>
    </context>
    <context>
        <name>ProgressWindow</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cancelling; nothing will be kept…</source>
            <translation>Annulation ; rien ne sera conservé…</translation>
        </message>
    </context>
    <context>
        <name>RecordEditor</name>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>A&amp;bandonner</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Abandonner les modifications</translation>
        </message>
        <message>
            <source>Forget the changes not saved yet</source>
            <translation>Oublier les modifications non enregistrées</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>D&amp;upliquer</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Dupliquer</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Choose a {noun} in the list, or create a new one.</source>
            <translation>Choisissez une fiche ({noun}) dans la liste, ou créez-en une nouvelle.</translation>
        </message>
        <message>
            <source>This {noun} was deleted.</source>
            <translation>Cette fiche ({noun}) a été supprimée.</translation>
        </message>
        <message>
            <source>New {noun}</source>
            <translation>Nouvelle fiche : {noun}</translation>
        </message>
        <message>
            <source>Edit {noun}</source>
            <translation>Modifier : {noun}</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>The {noun} “{title}” has changes that are not saved yet.</source>
            <translation>« {title} » ({noun}) a des modifications non enregistrées.</translation>
        </message>
        <message>
            <source>Duplicate {noun}</source>
            <translation>Dupliquer : {noun}</translation>
        </message>
        <message>
            <source>Delete {noun}</source>
            <translation>Supprimer : {noun}</translation>
        </message>
        <message>
            <source>Delete the {noun} “{title}”?

It disappears from the lists. Edit ▸ Undo brings it back.</source>
            <translation>Supprimer « {title} » ({noun}) ?

La fiche disparaît des listes. Édition ▸ Annuler la fait revenir.</translation>
        </message>
        <message>
            <source>The {noun} “{title}” was deleted.</source>
            <translation>« {title} » ({noun}) a été supprimé.</translation>
        </message>
        <message>
            <source>Not saved yet.</source>
            <translation>Pas encore enregistré.</translation>
        </message>
        <message>
            <source>Changed, not saved yet.</source>
            <translation>Modifié, pas encore enregistré.</translation>
        </message>
    </context>
    <context>
        <name>RecordListPage</name>
        <message>
            <source>List</source>
            <translation>Liste</translation>
        </message>
        <message>
            <source>&amp;Duplicate</source>
            <translation>&amp;Dupliquer</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>The records cannot be opened</source>
            <translation>Impossible d'ouvrir les données</translation>
        </message>
        <message>
            <source>&amp;Restore this backup</source>
            <translation>&amp;Restaurer cette sauvegarde</translation>
        </message>
        <message>
            <source>Restore this backup</source>
            <translation>Restaurer cette sauvegarde</translation>
        </message>
        <message>
            <source>There is no good backup to restore. Leave the organization's folder as it is and ask for help; the damaged file has not been changed.</source>
            <translation>Aucune sauvegarde intacte à restaurer. Laissez le dossier de l'organisation tel quel et demandez de l'aide ; le fichier endommagé n'a pas été modifié.</translation>
        </message>
        <message>
            <source>The damaged file is kept aside (its name ends in “.corrupt”), not deleted.</source>
            <translation>Le fichier endommagé est mis de côté (son nom se termine par « .corrupt »), pas supprimé.</translation>
        </message>
        <message>
            <source>The database of {name} is damaged.</source>
            <translation>La base de données de l'organisation « {name} » est endommagée.</translation>
        </message>
        <message>
            <source>The backup could not be restored</source>
            <translation>La sauvegarde n'a pas pu être restaurée</translation>
        </message>
        <message>
            <source>The newest good backup is from {when} ({why}).</source>
            <translation>La sauvegarde intacte la plus récente date du {when} ({why}).</translation>
        </message>
    </context>
    <context>
        <name>ReportLabels</name>
        <message>
            <source>Cultural</source>
            <translation>Culturel</translation>
        </message>
        <message>
            <source>Educational</source>
            <translation>Éducatif</translation>
        </message>
        <message>
            <source>Municipal and technical</source>
            <translation>Municipal et technique</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Économique</translation>
        </message>
        <message>
            <source>Humanitarian</source>
            <translation>Humanitaire</translation>
        </message>
        <message>
            <source>Youth</source>
            <translation>Jeunesse</translation>
        </message>
        <message>
            <source>Sports</source>
            <translation>Sportif</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Inbound</source>
            <translation>Accueil</translation>
        </message>
        <message>
            <source>Outbound</source>
            <translation>Départ</translation>
        </message>
        <message>
            <source>Virtual</source>
            <translation>Virtuel</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prévu</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmé</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Réalisé</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>Delegate</source>
            <translation>Délégué</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Élève</translation>
        </message>
        <message>
            <source>Chaperone</source>
            <translation>Accompagnateur</translation>
        </message>
        <message>
            <source>Organizer</source>
            <translation>Organisateur</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation>Interprète</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Hôte</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Présidence</translation>
        </message>
        <message>
            <source>Vice chair</source>
            <translation>Vice-présidence</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Secrétariat</translation>
        </message>
        <message>
            <source>Treasurer</source>
            <translation>Trésorerie</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <source>Sister city</source>
            <translation>Ville jumelle</translation>
        </message>
        <message>
            <source>Friendship city</source>
            <translation>Ville amie</translation>
        </message>
        <message>
            <source>Other partnership</source>
            <translation>Autre partenariat</translation>
        </message>
        <message>
            <source>Exploring</source>
            <translation>En réflexion</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Proposé</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactif</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Mayoral ties</source>
            <translation>Liens entre maires</translation>
        </message>
        <message>
            <source>Trade</source>
            <translation>Commerce</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Ancestry and diaspora</source>
            <translation>Origines et diaspora</translation>
        </message>
        <message>
            <source>Shared challenges</source>
            <translation>Défis communs</translation>
        </message>
        <message>
            <source>Faith groups</source>
            <translation>Communautés religieuses</translation>
        </message>
        <message>
            <source>Personal ties</source>
            <translation>Liens personnels</translation>
        </message>
    </context>
    <context>
        <name>ReportLogo</name>
        <message>
            <source>Logo on the title page</source>
            <translation>Logo en page de titre</translation>
        </message>
        <message>
            <source>Report logo</source>
            <translation>Logo des rapports</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>C&amp;hoisir…</translation>
        </message>
        <message>
            <source>Choose the report logo</source>
            <translation>Choisir le logo des rapports</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>Reti&amp;rer</translation>
        </message>
        <message>
            <source>Print reports without a logo</source>
            <translation>Imprimer les rapports sans logo</translation>
        </message>
        <message>
            <source>None: reports show the organization's name only.</source>
            <translation>Aucun : les rapports n’affichent que le nom de l’organisation.</translation>
        </message>
        <message>
            <source>The logo printed on the title page of reports</source>
            <translation>Le logo imprimé en page de titre des rapports</translation>
        </message>
        <message>
            <source>PNG or JPEG images (*.png *.jpg *.jpeg)</source>
            <translation>Images PNG ou JPEG (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
    <context>
        <name>ReportOptions</name>
        <message>
            <source>Choose the &amp;dates instead of a year</source>
            <translation>Choisir les &amp;dates plutôt qu'une année</translation>
        </message>
        <message>
            <source>Everyone (or type a name)</source>
            <translation>Tout le monde (ou tapez un nom)</translation>
        </message>
        <message>
            <source>Count appro&amp;ved hours only</source>
            <translation>Ne compter que les heures &amp;validées</translation>
        </message>
        <message>
            <source>&amp;Report:</source>
            <translation>&amp;Rapport :</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Rapport</translation>
        </message>
        <message>
            <source>&amp;Year:</source>
            <translation>&amp;Année :</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Choose the dates instead of a year</source>
            <translation>Choisir les dates plutôt qu'une année</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Du :</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Premier jour</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Au :</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Dernier jour</translation>
        </message>
        <message>
            <source>&amp;Partnership:</source>
            <translation>&amp;Jumelage :</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Jumelage</translation>
        </message>
        <message>
            <source>E&amp;xchange:</source>
            <translation>É&amp;change :</translation>
        </message>
        <message>
            <source>Exchange</source>
            <translation>Échange</translation>
        </message>
        <message>
            <source>&amp;Committee:</source>
            <translation>&amp;Commission :</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Commission</translation>
        </message>
        <message>
            <source>P&amp;erson:</source>
            <translation>P&amp;ersonne :</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Count approved hours only</source>
            <translation>Ne compter que les heures validées</translation>
        </message>
        <message>
            <source>Posts held &amp;on:</source>
            <translation>Fonctions occupées &amp;le :</translation>
        </message>
        <message>
            <source>Posts held on</source>
            <translation>Fonctions occupées le</translation>
        </message>
        <message>
            <source>Annual report</source>
            <translation>Rapport annuel</translation>
        </message>
        <message>
            <source>Partnership report</source>
            <translation>Rapport du jumelage</translation>
        </message>
        <message>
            <source>Volunteer hours</source>
            <translation>Heures de bénévolat</translation>
        </message>
        <message>
            <source>Trip sheet</source>
            <translation>Fiche de voyage</translation>
        </message>
        <message>
            <source>Member directory</source>
            <translation>Annuaire des adhérents</translation>
        </message>
        <message>
            <source>All committees</source>
            <translation>Toutes les commissions</translation>
        </message>
        <message>
            <source>All exchanges</source>
            <translation>Tous les échanges</translation>
        </message>
    </context>
    <context>
        <name>ReportPages</name>
        <message>
            <source>CONFIDENTIAL</source>
            <translation>CONFIDENTIEL</translation>
        </message>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message>
            <source>Prepared on {date}</source>
            <translation>Établi le {date}</translation>
        </message>
        <message>
            <source>in {year}</source>
            <translation>en {year}</translation>
        </message>
        <message>
            <source>between {start} and {end}</source>
            <translation>entre le {start} et le {end}</translation>
        </message>
        <message>
            <source>No exchanges were recorded {period}.</source>
            <translation>Aucun échange n'a été enregistré {period}.</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Domaine</translation>
        </message>
        <message>
            <source>Exchanges</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Host nights</source>
            <translation>Nuitées d'accueil</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Exchanges are counted in the period they start in. Participants counts each person once per exchange ({took_part}). Cancelled exchanges are not counted ({cancelled}).</source>
            <translation>Un échange compte dans la période où il commence. Les participants comptent chaque personne une fois par échange ({took_part}). Les échanges annulés ne sont pas comptés ({cancelled}).</translation>
        </message>
        <message>
            <source>No volunteer hours were recorded {period}.</source>
            <translation>Aucune heure de bénévolat n'a été enregistrée {period}.</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>Heures</translation>
        </message>
        <message>
            <source>Entries</source>
            <translation>Saisies</translation>
        </message>
        <message>
            <source>Approved hours</source>
            <translation>Heures validées</translation>
        </message>
        <message>
            <source>No hours match.</source>
            <translation>Aucune heure ne correspond.</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <source>Choose a report and press Preview.</source>
            <translation>Choisissez un rapport et cliquez sur Aperçu.</translation>
        </message>
        <message>
            <source>Report status</source>
            <translation>État du rapport</translation>
        </message>
        <message>
            <source>Pre&amp;view</source>
            <translation>A&amp;perçu</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimer…</translation>
        </message>
        <message>
            <source>&amp;Save as…</source>
            <translation>&amp;Enregistrer sous…</translation>
        </message>
        <message>
            <source>Preview the report</source>
            <translation>Afficher l'aperçu du rapport</translation>
        </message>
        <message>
            <source>Print the report</source>
            <translation>Imprimer le rapport</translation>
        </message>
        <message>
            <source>Save the report as a file</source>
            <translation>Enregistrer le rapport dans un fichier</translation>
        </message>
        <message>
            <source>Report preview</source>
            <translation>Aperçu du rapport</translation>
        </message>
        <message>
            <source>Still working on the last request…</source>
            <translation>La dernière demande est encore en préparation…</translation>
        </message>
        <message>
            <source>Cancelled; no file was written.</source>
            <translation>Annulé ; aucun fichier n'a été écrit.</translation>
        </message>
        <message>
            <source>Preparing the report</source>
            <translation>Préparation du rapport</translation>
        </message>
        <message>
            <source>Counting the figures…</source>
            <translation>Calcul des chiffres…</translation>
        </message>
        <message>
            <source>{pages} pages.</source>
            <translation>{pages} pages.</translation>
        </message>
        <message>
            <source>The options changed: press Preview to update.</source>
            <translation>Les options ont changé : cliquez sur Aperçu pour mettre à jour.</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Document PDF (*.pdf)</translation>
        </message>
        <message>
            <source>CSV spreadsheet tables (*.csv)</source>
            <translation>Tableaux CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>iCalendar events (*.ics)</source>
            <translation>Événements iCalendar (*.ics)</translation>
        </message>
        <message>
            <source>annual-report</source>
            <translation>rapport-annuel</translation>
        </message>
        <message>
            <source>partnership-report</source>
            <translation>rapport-du-jumelage</translation>
        </message>
        <message>
            <source>volunteer-hours</source>
            <translation>heures-de-benevolat</translation>
        </message>
        <message>
            <source>trip-sheet</source>
            <translation>fiche-de-voyage</translation>
        </message>
        <message>
            <source>member-directory</source>
            <translation>annuaire-des-adherents</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Enregistrer le rapport</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>Saved {files}.</source>
            <translation>Enregistré : {files}.</translation>
        </message>
        <message>
            <source>The report could not be made: {error}</source>
            <translation>Impossible de créer le rapport : {error}</translation>
        </message>
    </context>
    <context>
        <name>RichTextField</name>
        <message>
            <source>Bold</source>
            <translation>Gras</translation>
        </message>
        <message>
            <source>Italic</source>
            <translation>Italique</translation>
        </message>
        <message>
            <source>Bulleted list</source>
            <translation>Liste à puces</translation>
        </message>
    </context>
    <context>
        <name>RosterHistory</name>
        <message>
            <source>no changes</source>
            <translation>aucun changement</translation>
        </message>
        <message>
            <source>{added} added, {changed} changed, {removed} removed</source>
            <translation>{added} ajoutés, {changed} modifiés, {removed} retirés</translation>
        </message>
        <message>
            <source>{persons} people, {memberships} posts held</source>
            <translation>{persons} personnes, {memberships} fonctions</translation>
        </message>
        <message>
            <source>; {conflicts} conflicts settled</source>
            <translation> ; {conflicts} conflits tranchés</translation>
        </message>
    </context>
    <context>
        <name>RosterPreview</name>
        <message>
            <source>Removed</source>
            <translation>Retiré</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vide)</translation>
        </message>
        <message>
            <source>Organization</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Jumelage</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Commission</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Post held</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Contact detail</source>
            <translation>Coordonnée</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>retiré</translation>
        </message>
        <message>
            <source>present</source>
            <translation>présent</translation>
        </message>
    </context>
    <context>
        <name>RosterSyncPage</name>
        <message>
            <source>&lt;h2&gt;Roster sync with the central directory&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Échange de la liste des adhérents avec l'annuaire central&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Send your roster to the central directory as a signed file, and take the directory's file back in. Before anything changes you see what the file would add, change and remove, and you decide wherever both sides changed the same thing. A copy of the database is kept from before every import.</source>
            <translation>Envoyez votre liste d'adhérents à l'annuaire central dans un fichier signé, et reprenez ensuite le fichier de l'annuaire. Avant tout changement, vous voyez ce que le fichier ajouterait, modifierait et retirerait, et vous tranchez là où les deux côtés ont modifié la même chose. Une copie de la base de données est gardée avant chaque importation.</translation>
        </message>
        <message>
            <source>&amp;Export a roster file…</source>
            <translation>&amp;Exporter un fichier d'adhérents…</translation>
        </message>
        <message>
            <source>&amp;Import a roster file…</source>
            <translation>&amp;Importer un fichier d'adhérents…</translation>
        </message>
        <message>
            <source>Import a &amp;spreadsheet or address book…</source>
            <translation>Importer un &amp;tableur ou un carnet d'adresses…</translation>
        </message>
        <message>
            <source>Signing key</source>
            <translation>Clé de signature</translation>
        </message>
        <message>
            <source>S&amp;how the key…</source>
            <translation>&amp;Afficher la clé…</translation>
        </message>
        <message>
            <source>E&amp;nter the directory's key…</source>
            <translation>&amp;Saisir la clé de l'annuaire…</translation>
        </message>
        <message>
            <source>Files sent and received</source>
            <translation>Fichiers envoyés et reçus</translation>
        </message>
        <message>
            <source>No roster file sent or received yet. Start with Export a roster file and send it to the central directory; the file they send back comes in with Import a roster file. People from a spreadsheet or address book come in with the third button; they are not listed here.</source>
            <translation>Aucun fichier d'adhérents envoyé ni reçu pour l'instant. Commencez par Exporter un fichier d'adhérents et envoyez-le à l'annuaire central ; le fichier qu'il vous renvoie entre avec Importer un fichier d'adhérents. Les personnes d'un tableur ou d'un carnet d'adresses entrent avec le troisième bouton ; elles ne sont pas listées ici.</translation>
        </message>
        <message>
            <source>This computer has no keyring, so scdesk cannot keep the signing key. It asks for the key whenever it signs or checks a file, and never writes it anywhere.</source>
            <translation>Cet ordinateur n'a pas de trousseau : scdesk ne peut donc pas garder la clé de signature. Il la demande à chaque signature ou vérification d'un fichier, et ne l'écrit jamais nulle part.</translation>
        </message>
        <message>
            <source>The organization's signing key is kept in this computer's keyring.</source>
            <translation>La clé de signature de l'organisation est gardée dans le trousseau de cet ordinateur.</translation>
        </message>
        <message>
            <source>No signing key yet: one is made at your first export. If the central directory gave you a key, enter it.</source>
            <translation>Pas encore de clé de signature : elle est créée à votre premier export. Si l'annuaire central vous a donné une clé, saisissez-la.</translation>
        </message>
        <message>
            <source>Export a roster file</source>
            <translation>Exporter un fichier d'adhérents</translation>
        </message>
        <message>
            <source>Writing the roster file</source>
            <translation>Écriture du fichier d'adhérents</translation>
        </message>
        <message>
            <source>The roster file was not written</source>
            <translation>Le fichier d'adhérents n'a pas été écrit</translation>
        </message>
        <message>
            <source>File number {n} was written to {path}.</source>
            <translation>Le fichier numéro {n} a été écrit dans {path}.</translation>
        </message>
        <message>
            <source>A signing key was made for your organization. Give it to the central directory: Signing key, Show the key.</source>
            <translation>Une clé de signature a été créée pour votre organisation. Donnez-la à l'annuaire central : Afficher la clé.</translation>
        </message>
        <message>
            <source>Roster file written</source>
            <translation>Fichier d'adhérents écrit</translation>
        </message>
        <message>
            <source>Import a roster file</source>
            <translation>Importer un fichier d'adhérents</translation>
        </message>
        <message>
            <source>Checking the roster file</source>
            <translation>Vérification du fichier d'adhérents</translation>
        </message>
        <message>
            <source>The file cannot be imported</source>
            <translation>Le fichier ne peut pas être importé</translation>
        </message>
        <message>
            <source>Nothing to import</source>
            <translation>Rien à importer</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Rien n'a été importé</translation>
        </message>
        <message>
            <source>Roster file imported</source>
            <translation>Fichier d'adhérents importé</translation>
        </message>
        <message>
            <source>Finishing the copy of your records taken before the import…</source>
            <translation>Fin de la copie de vos données faite avant l'importation…</translation>
        </message>
        <message>
            <source>Writing the changes…</source>
            <translation>Écriture des modifications…</translation>
        </message>
        <message>
            <source>Importing the roster file</source>
            <translation>Importation du fichier d'adhérents</translation>
        </message>
        <message>
            <source>Stopping the backup</source>
            <translation>Arrêt de la sauvegarde</translation>
        </message>
        <message>
            <source>Give this key to the central directory, by phone or in person:</source>
            <translation>Donnez cette clé à l'annuaire central, par téléphone ou en personne :</translation>
        </message>
        <message>
            <source>Enter the signing key the central directory gave you. Files are then signed and checked with it; it is kept in this computer's keyring.</source>
            <translation>Saisissez la clé de signature que l'annuaire central vous a donnée. Les fichiers seront signés et vérifiés avec elle ; elle est gardée dans le trousseau de cet ordinateur.</translation>
        </message>
        <message>
            <source>The key was not kept</source>
            <translation>La clé n'a pas été gardée</translation>
        </message>
        <message>
            <source>This computer has no keyring; scdesk will ask for the key each time.</source>
            <translation>Cet ordinateur n'a pas de trousseau ; scdesk demandera la clé à chaque fois.</translation>
        </message>
    </context>
    <context>
        <name>SearchResults</name>
        <message>
            <source>Search results</source>
            <translation>Résultats de la recherche</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Trouvé</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Fiche</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>Exchanges</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Jumelages</translation>
        </message>
        <message>
            <source>Committees</source>
            <translation>Commissions</translation>
        </message>
        <message>
            <source>Nothing found for “{typed}”.</source>
            <translation>Rien trouvé pour « {typed} ».</translation>
        </message>
        <message>
            <source>Found for “{typed}”: press Enter to open the chosen one.</source>
            <translation>Résultats pour « {typed} » : appuyez sur Entrée pour ouvrir celui choisi.</translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <source>This could not be finished: {problem}

Nothing was changed.</source>
            <translation>Impossible de terminer : {problem}

Rien n'a été modifié.</translation>
        </message>
    </context>
    <context>
        <name>TimeField</name>
        <message>
            <source>Clear the time</source>
            <translation>Effacer l'heure</translation>
        </message>
    </context>
    <context>
        <name>TripSheet</name>
        <message>
            <source>None recorded</source>
            <translation>Aucun enregistré</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Jumelage</translation>
        </message>
        <message>
            <source>Committee</source>
            <translation>Commission</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>This sheet holds personal details of the people travelling and hosting. Keep it with you, share it only with the people running the trip, and destroy it afterwards.</source>
            <translation>Cette fiche contient des données personnelles des voyageurs et des hôtes. Gardez-la sur vous, ne la partagez qu'avec les organisateurs du voyage et détruisez-la ensuite.</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Courriel</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>Langues</translation>
        </message>
        <message>
            <source>No participants are recorded yet.</source>
            <translation>Aucun participant n'est encore enregistré.</translation>
        </message>
        <message>
            <source>Emergency contacts</source>
            <translation>Contacts en cas d'urgence</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Personne</translation>
        </message>
        <message>
            <source>Call</source>
            <translation>Appeler</translation>
        </message>
        <message>
            <source>Relation</source>
            <translation>Lien</translation>
        </message>
        <message>
            <source>Host placements</source>
            <translation>Hébergements</translation>
        </message>
        <message>
            <source>Guest</source>
            <translation>Invité</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Hôte</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Host's phone</source>
            <translation>Téléphone de l'hôte</translation>
        </message>
        <message>
            <source>Nights</source>
            <translation>Nuits</translation>
        </message>
        <message>
            <source>No host placements for this exchange.</source>
            <translation>Aucun hébergement pour cet échange.</translation>
        </message>
        <message>
            <source>Itinerary</source>
            <translation>Programme</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Où</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>No itinerary is recorded yet.</source>
            <translation>Aucun programme n'est encore enregistré.</translation>
        </message>
        <message>
            <source>Contacts in the partner city</source>
            <translation>Contacts dans la ville jumelle</translation>
        </message>
        <message>
            <source>Trip sheet: {title}</source>
            <translation>Fiche de voyage : {title}</translation>
        </message>
    </context>
    <context>
        <name>Vocabulary</name>
        <message>
            <source>Sister city</source>
            <translation>Ville jumelle</translation>
        </message>
        <message>
            <source>Friendship city</source>
            <translation>Ville amie</translation>
        </message>
        <message>
            <source>Other partnership</source>
            <translation>Autre partenariat</translation>
        </message>
        <message>
            <source>Exploring</source>
            <translation>En réflexion</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Proposé</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Actif</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>Inactif</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Ties between mayors</source>
            <translation>Liens entre maires</translation>
        </message>
        <message>
            <source>Trade</source>
            <translation>Commerce</translation>
        </message>
        <message>
            <source>Shared history</source>
            <translation>Histoire commune</translation>
        </message>
        <message>
            <source>Ancestry or diaspora</source>
            <translation>Origines ou diaspora</translation>
        </message>
        <message>
            <source>Shared challenges</source>
            <translation>Défis communs</translation>
        </message>
        <message>
            <source>Faith groups</source>
            <translation>Communautés religieuses</translation>
        </message>
        <message>
            <source>Personal ties</source>
            <translation>Liens personnels</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Serves one partnership</source>
            <translation>Pour un jumelage</translation>
        </message>
        <message>
            <source>Board</source>
            <translation>Conseil d'administration</translation>
        </message>
        <message>
            <source>Youth</source>
            <translation>Jeunesse</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Manifestations</translation>
        </message>
        <message>
            <source>Fundraising</source>
            <translation>Collecte de fonds</translation>
        </message>
        <message>
            <source>Other standing committee</source>
            <translation>Autre commission permanente</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Présidence</translation>
        </message>
        <message>
            <source>Vice chair</source>
            <translation>Vice-présidence</translation>
        </message>
        <message>
            <source>Secretary</source>
            <translation>Secrétariat</translation>
        </message>
        <message>
            <source>Treasurer</source>
            <translation>Trésorerie</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <source>Volunteer</source>
            <translation>Bénévole</translation>
        </message>
        <message>
            <source>Host family</source>
            <translation>Famille d'accueil</translation>
        </message>
        <message>
            <source>Guest from abroad</source>
            <translation>Invité de l'étranger</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Lapsed</source>
            <translation>Non renouvelé</translation>
        </message>
        <message>
            <source>Cultural</source>
            <translation>Culturel</translation>
        </message>
        <message>
            <source>Educational</source>
            <translation>Éducatif</translation>
        </message>
        <message>
            <source>Municipal or technical</source>
            <translation>Municipal ou technique</translation>
        </message>
        <message>
            <source>Business</source>
            <translation>Économique</translation>
        </message>
        <message>
            <source>Humanitarian</source>
            <translation>Humanitaire</translation>
        </message>
        <message>
            <source>Sports</source>
            <translation>Sportif</translation>
        </message>
        <message>
            <source>Inbound (guests come to us)</source>
            <translation>Accueil (les invités viennent chez nous)</translation>
        </message>
        <message>
            <source>Outbound (we travel)</source>
            <translation>Départ (nous voyageons)</translation>
        </message>
        <message>
            <source>Virtual</source>
            <translation>Virtuel</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Prévu</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmé</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Réalisé</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Annulé</translation>
        </message>
        <message>
            <source>Delegate</source>
            <translation>Délégué</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Élève</translation>
        </message>
        <message>
            <source>Chaperone</source>
            <translation>Accompagnateur</translation>
        </message>
        <message>
            <source>Organizer</source>
            <translation>Organisateur</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation>Interprète</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Hôte</translation>
        </message>
        <message>
            <source>An exchange</source>
            <translation>Échange</translation>
        </message>
        <message>
            <source>Committee work</source>
            <translation>Commission</translation>
        </message>
        <message>
            <source>A meeting</source>
            <translation>Réunion</translation>
        </message>
        <message>
            <source>An event</source>
            <translation>Manifestation</translation>
        </message>
        <message>
            <source>Something else</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>&amp;Given name:</source>
            <translation>&amp;Prénom :</translation>
        </message>
        <message>
            <source>&amp;Family name:</source>
            <translation>&amp;Nom de famille :</translation>
        </message>
        <message>
            <source>&amp;Category:</source>
            <translation>&amp;Catégorie :</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>É&amp;tat :</translation>
        </message>
        <message>
            <source>&amp;Member since:</source>
            <translation>&amp;Adhérent depuis :</translation>
        </message>
        <message>
            <source>&amp;Languages:</source>
            <translation>&amp;Langues :</translation>
        </message>
        <message>
            <source>S&amp;kills:</source>
            <translation>Com&amp;pétences :</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>&amp;Courriel :</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Téléphone :</translation>
        </message>
        <message>
            <source>St&amp;reet:</source>
            <translation>&amp;Rue :</translation>
        </message>
        <message>
            <source>C&amp;ity:</source>
            <translation>&amp;Ville :</translation>
        </message>
        <message>
            <source>Re&amp;gion:</source>
            <translation>Ré&amp;gion :</translation>
        </message>
        <message>
            <source>P&amp;ostal code:</source>
            <translation>Code p&amp;ostal :</translation>
        </message>
        <message>
            <source>Co&amp;untry:</source>
            <translation>&amp;Pays :</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>&amp;Téléphone :</translation>
        </message>
        <message>
            <source>Rela&amp;tion:</source>
            <translation>&amp;Lien :</translation>
        </message>
        <message>
            <source>&amp;Be listed in the member directory</source>
            <translation>&amp;Figurer dans l'annuaire des adhérents</translation>
        </message>
        <message>
            <source>Have their ph&amp;otos published</source>
            <translation>Voir ses ph&amp;otos publiées</translation>
        </message>
        <message>
            <source>Recei&amp;ve email from us</source>
            <translation>Re&amp;cevoir nos courriels</translation>
        </message>
        <message>
            <source>&amp;Guest rooms for hosting:</source>
            <translation>&amp;Chambres pour les invités :</translation>
        </message>
        <message>
            <source>Central directory &amp;id:</source>
            <translation>&amp;Identifiant dans l'annuaire central :</translation>
        </message>
        <message>
            <source>&amp;Administers the organization's directory profile</source>
            <translation>&amp;Gère la fiche de l'organisation dans l'annuaire</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>_OptionalField</name>
        <message>
            <source>Clear {field}</source>
            <translation>Effacer {field}</translation>
        </message>
    </context>
    <context>
        <name>rules</name>
        <message>
            <source>Enter how many hours were given.</source>
            <translation>Indiquez combien d'heures ont été données.</translation>
        </message>
        <message>
            <source>A person cannot host themselves.</source>
            <translation>Une personne ne peut pas s'héberger elle-même.</translation>
        </message>
        <message>
            <source>A country is required.</source>
            <translation>Un pays est obligatoire.</translation>
        </message>
        <message>
            <source>{what} is required.</source>
            <translation>{what} : ce renseignement est obligatoire.</translation>
        </message>
        <message>
            <source>“{value}” does not look like a phone number.</source>
            <translation>« {value} » ne ressemble pas à un numéro de téléphone.</translation>
        </message>
        <message>
            <source>“{code}” is not an ISO country code.</source>
            <translation>« {code} » n'est pas un code de pays ISO.</translation>
        </message>
        <message>
            <source>The partner city must be in another country than the organization's own ({country}).</source>
            <translation>La ville jumelle doit se trouver dans un autre pays que celui de l'organisation ({country}).</translation>
        </message>
        <message>
            <source>{what} ends on {end}, before it starts on {start}.</source>
            <translation>{what} se termine le {end}, avant de commencer le {start}.</translation>
        </message>
        <message>
            <source>Hours must be more than 0 and at most {limit:g} for one day.</source>
            <translation>Les heures doivent être supérieures à 0 et au plus {limit:g} pour une journée.</translation>
        </message>
        <message>
            <source>{what} cannot be in the future ({value}).</source>
            <translation>{what} : la date ne peut pas être dans le futur ({value}).</translation>
        </message>
        <message>
            <source>Nights must be between 1 and {limit}.</source>
            <translation>Le nombre de nuits doit être compris entre 1 et {limit}.</translation>
        </message>
        <message>
            <source>{what} cannot be negative.</source>
            <translation>{what} : le montant ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>“{code}” is not an ISO currency code.</source>
            <translation>« {code} » n'est pas un code de devise ISO.</translation>
        </message>
        <message>
            <source>“{value}” is not a web address (it should start with https://).</source>
            <translation>« {value} » n'est pas une adresse web (elle doit commencer par https://).</translation>
        </message>
        <message>
            <source>{what} on {day} falls outside the exchange ({start} to {end}).</source>
            <translation>{what} du {day} tombe en dehors de l'échange (du {start} au {end}).</translation>
        </message>
        <message>
            <source>Choose {what}.</source>
            <translation>Choisissez {what}.</translation>
        </message>
        <message>
            <source>“{value}” is not a valid email address ({error}).</source>
            <translation>« {value} » n'est pas une adresse électronique valide ({error}).</translation>
        </message>
        <message>
            <source>The organization's name</source>
            <translation>Le nom de l'organisation</translation>
        </message>
        <message>
            <source>The partner city</source>
            <translation>La ville jumelle</translation>
        </message>
        <message>
            <source>The partnership (first contact to signing)</source>
            <translation>Le jumelage (du premier contact à la signature)</translation>
        </message>
        <message>
            <source>The contact's name</source>
            <translation>Le nom du contact</translation>
        </message>
        <message>
            <source>The committee's name</source>
            <translation>Le nom de la commission</translation>
        </message>
        <message>
            <source>The term</source>
            <translation>Le mandat</translation>
        </message>
        <message>
            <source>Rooms</source>
            <translation>Chambres</translation>
        </message>
        <message>
            <source>Member since</source>
            <translation>Adhérent depuis</translation>
        </message>
        <message>
            <source>The contact detail</source>
            <translation>La coordonnée</translation>
        </message>
        <message>
            <source>The exchange's title</source>
            <translation>Le titre de l'échange</translation>
        </message>
        <message>
            <source>The exchange</source>
            <translation>L'échange</translation>
        </message>
        <message>
            <source>The itinerary item</source>
            <translation>L'étape du programme</translation>
        </message>
        <message>
            <source>Choose the exchange these hours were for.</source>
            <translation>Choisissez l'échange auquel ces heures ont servi.</translation>
        </message>
        <message>
            <source>Choose the committee.</source>
            <translation>Choisissez la commission.</translation>
        </message>
        <message>
            <source>Choose the meeting.</source>
            <translation>Choisissez la réunion.</translation>
        </message>
        <message>
            <source>The day worked</source>
            <translation>Le jour travaillé</translation>
        </message>
        <message>
            <source>The file name</source>
            <translation>Le nom du fichier</translation>
        </message>
        <message>
            <source>Give the date of the status change.</source>
            <translation>Indiquez la date du changement d'état.</translation>
        </message>
        <message>
            <source>Give the date of the renewal.</source>
            <translation>Indiquez la date du renouvellement.</translation>
        </message>
        <message>
            <source>Choose the partnership this committee serves.</source>
            <translation>Choisissez le jumelage dont s'occupe cette commission.</translation>
        </message>
        <message>
            <source>A standing committee does not serve one partnership.</source>
            <translation>Une commission permanente ne s'occupe pas d'un seul jumelage.</translation>
        </message>
        <message>
            <source>This committee already has a chair for these dates. End the current chair's term first.</source>
            <translation>Cette commission a déjà une présidence à ces dates. Terminez d'abord le mandat de la présidence actuelle.</translation>
        </message>
        <message>
            <source>Give the date of the meeting.</source>
            <translation>Indiquez la date de la réunion.</translation>
        </message>
        <message>
            <source>Enter a name (given name, family name or both).</source>
            <translation>Saisissez un nom (prénom, nom de famille ou les deux).</translation>
        </message>
        <message>
            <source>Choose the partnership of this exchange.</source>
            <translation>Choisissez le jumelage de cet échange.</translation>
        </message>
        <message>
            <source>The budget</source>
            <translation>Le budget</translation>
        </message>
        <message>
            <source>Grants</source>
            <translation>Subventions</translation>
        </message>
        <message>
            <source>Costs</source>
            <translation>Dépenses</translation>
        </message>
        <message>
            <source>Give the day of the itinerary item.</source>
            <translation>Indiquez le jour de l'étape du programme.</translation>
        </message>
        <message>
            <source>Give the day the hours were given.</source>
            <translation>Indiquez le jour où les heures ont été données.</translation>
        </message>
        <message>
            <source>The attachment has no valid content hash.</source>
            <translation>La pièce jointe n'a pas d'empreinte de contenu valide.</translation>
        </message>
        <message>
            <source>This person already takes part in that role.</source>
            <translation>Cette personne participe déjà dans ce rôle.</translation>
        </message>
        <message>
            <source>same email address</source>
            <translation>même adresse e-mail</translation>
        </message>
        <message>
            <source>similar name and same phone number</source>
            <translation>nom proche et même numéro de téléphone</translation>
        </message>
        <message>
            <source>Nothing changed: the file holds what is already here.</source>
            <translation>Rien n'a changé : le fichier contient ce qui est déjà ici.</translation>
        </message>
        <message>
            <source>Imported: {parts}.</source>
            <translation>Importé : {parts}.</translation>
        </message>
        <message>
            <source>The organization changed since the preview was made. Preview the file again.</source>
            <translation>L'organisation a changé depuis l'aperçu. Affichez à nouveau l'aperçu du fichier.</translation>
        </message>
        <message>
            <source>{count} added</source>
            <translation>{count} ajoutés</translation>
        </message>
        <message>
            <source>{count} changed</source>
            <translation>{count} modifiés</translation>
        </message>
        <message>
            <source>{count} removed</source>
            <translation>{count} supprimés</translation>
        </message>
        <message>
            <source>conflicts: kept yours in {kept}, took theirs in {took}</source>
            <translation>conflits : les vôtres gardés dans {kept}, ceux de l'autre côté pris dans {took}</translation>
        </message>
        <message>
            <source>this is not a roster exchange file (it is not a zip archive, nor an encrypted roster file). Choose the .zip file you received.</source>
            <translation>ce n'est pas un fichier d'échange d'adhérents (ce n'est ni une archive zip, ni un fichier d'adhérents chiffré). Choisissez le fichier .zip que vous avez reçu.</translation>
        </message>
        <message>
            <source>the archive unpacks to more than {size} MB.</source>
            <translation>l'archive décompressée dépasse {size} Mo.</translation>
        </message>
        <message>
            <source>the archive holds {count} entries; a roster file has at most {most}.</source>
            <translation>l'archive contient {count} entrées ; un fichier d'adhérents en a au plus {most}.</translation>
        </message>
        <message>
            <source>the zip archive is damaged or incomplete ({details}); it may have been cut short while downloading. Ask for the file again.</source>
            <translation>l'archive zip est endommagée ou incomplète ({details}) ; elle a peut-être été tronquée pendant le téléchargement. Redemandez le fichier.</translation>
        </message>
        <message>
            <source>the archive entry “{name}” would land outside its folder; the file is not a genuine roster file and was not opened further.</source>
            <translation>l'entrée « {name} » de l'archive atterrirait hors de son dossier ; le fichier n'est pas un vrai fichier d'adhérents et n'a pas été ouvert plus avant.</translation>
        </message>
        <message>
            <source>the archive holds “{name}” twice.</source>
            <translation>l'archive contient « {name} » deux fois.</translation>
        </message>
        <message>
            <source>the archive entry “{name}” unpacks to {size} bytes from {packed}: a zip bomb, not a roster file.</source>
            <translation>l'entrée « {name} » de l'archive passe de {packed} à {size} octets une fois décompressée : c'est une bombe zip, pas un fichier d'adhérents.</translation>
        </message>
        <message>
            <source>the archive entry “{name}” cannot be read ({details}); the file is damaged or incomplete. Ask for the file again.</source>
            <translation>l'entrée « {name} » de l'archive est illisible ({details}) ; le fichier est endommagé ou incomplet. Redemandez le fichier.</translation>
        </message>
        <message>
            <source>the archive entry “{name}” holds more than it declares; the file is damaged or forged.</source>
            <translation>l'entrée « {name} » de l'archive contient plus qu'elle ne déclare ; le fichier est endommagé ou falsifié.</translation>
        </message>
        <message>
            <source>contains control characters, which no field allows.</source>
            <translation>contient des caractères de contrôle, qu'aucun champ n'accepte.</translation>
        </message>
        <message>
            <source>“{value}” is not true or false.</source>
            <translation>« {value} » n'est ni true ni false.</translation>
        </message>
        <message>
            <source>“{value}” looks like a spreadsheet formula. Text that begins with = + - @ is written with an apostrophe in front; a spreadsheet may have changed this file.</source>
            <translation>« {value} » ressemble à une formule de tableur. Un texte qui commence par = + - @ s'écrit précédé d'une apostrophe ; un tableur a peut-être modifié ce fichier.</translation>
        </message>
        <message>
            <source>“{value}” is not a UUID (like 0c7e6a3e-2b1d-4f7a-9a55-1e2b3c4d5e6f).</source>
            <translation>« {value} » n'est pas un UUID (comme 0c7e6a3e-2b1d-4f7a-9a55-1e2b3c4d5e6f).</translation>
        </message>
        <message>
            <source>“{value}” is not one of: {choices}.</source>
            <translation>« {value} » n'est pas l'une des valeurs : {choices}.</translation>
        </message>
        <message>
            <source>“{value}” is not a two-letter country code in capitals (like US).</source>
            <translation>« {value} » n'est pas un code de pays de deux lettres majuscules (comme US).</translation>
        </message>
        <message>
            <source>“{value}” is not a date written as YYYY-MM-DD.</source>
            <translation>« {value} » n'est pas une date écrite AAAA-MM-JJ.</translation>
        </message>
        <message>
            <source>“{value}” is not a time in UTC written as YYYY-MM-DDTHH:MM:SSZ.</source>
            <translation>« {value} » n'est pas une heure UTC écrite AAAA-MM-JJTHH:MM:SSZ.</translation>
        </message>
        <message>
            <source>An empty passphrase protects nothing; choose one.</source>
            <translation>Une phrase secrète vide ne protège rien ; choisissez-en une.</translation>
        </message>
        <message>
            <source>the encrypted roster file is cut short. Ask for it again.</source>
            <translation>le fichier d'adhérents chiffré est tronqué. Demandez-le à nouveau.</translation>
        </message>
        <message>
            <source>the file's encryption settings are out of range; it is forged.</source>
            <translation>les paramètres de chiffrement du fichier sont hors limites ; il est falsifié.</translation>
        </message>
        <message>
            <source>the passphrase is wrong, or the file was changed after it was encrypted. Check the passphrase with the sender.</source>
            <translation>la phrase secrète est fausse, ou le fichier a été modifié après son chiffrement. Vérifiez la phrase secrète auprès de l'expéditeur.</translation>
        </message>
        <message>
            <source>the file is encrypted with method {method}, which this scdesk does not know. Install a newer scdesk to open it.</source>
            <translation>le fichier est chiffré avec la méthode {method}, que ce scdesk ne connaît pas. Installez un scdesk plus récent pour l'ouvrir.</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>{where}: {problem}</source>
            <translation>{where} : {problem}</translation>
        </message>
        <message>
            <source>{file}: {problem}</source>
            <translation>{file} : {problem}</translation>
        </message>
        <message>
            <source>  … and {count} more.</source>
            <translation>  … et {count} de plus.</translation>
        </message>
        <message>
            <source>{file}: {count} problems:</source>
            <translation>{file} : {count} problèmes :</translation>
        </message>
        <message>
            <source>table {table}</source>
            <translation>table {table}</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>ligne {line}</translation>
        </message>
        <message>
            <source>field {field}</source>
            <translation>champ {field}</translation>
        </message>
        <message>
            <source>A delta holds the changes since the last file the other side acknowledged, and no file of ours has been acknowledged yet. Send a full file first.</source>
            <translation>Un fichier de différences contient les modifications depuis le dernier fichier dont l'autre côté a accusé réception, et aucun des nôtres n'a encore été confirmé. Envoyez d'abord un fichier complet.</translation>
        </message>
        <message>
            <source>This computer has no keyring, so scdesk cannot keep the signing key of “{name}” and never writes it anywhere else. Enter the key to sign the file.</source>
            <translation>Cet ordinateur n'a pas de trousseau : scdesk ne peut donc pas conserver la clé de signature de « {name} », et ne l'écrit jamais ailleurs. Saisissez la clé pour signer le fichier.</translation>
        </message>
        <message>
            <source>this organization</source>
            <translation>cette organisation</translation>
        </message>
        <message>
            <source>The file is encrypted. Enter the passphrase the sender gave you.</source>
            <translation>Le fichier est chiffré. Saisissez la phrase secrète que l'expéditeur vous a donnée.</translation>
        </message>
        <message>
            <source>this file was made by this organization on this computer. Import files that come from the other side.</source>
            <translation>ce fichier a été fait par cette organisation sur cet ordinateur. Importez les fichiers qui viennent de l'autre côté.</translation>
        </message>
        <message>
            <source>This file was already imported on {moment} (UTC); there is nothing to change.</source>
            <translation>Ce fichier a déjà été importé le {moment} (UTC) ; il n'y a rien à changer.</translation>
        </message>
        <message>
            <source>This file (number {number} from {sender}) is older than one already imported (number {newest}); there is nothing to change.</source>
            <translation>Ce fichier (numéro {number} de {sender}) est plus ancien qu'un fichier déjà importé (numéro {newest}) ; il n'y a rien à changer.</translation>
        </message>
        <message>
            <source>this delta file holds only changes since a file that was never imported here. Ask the sender for a full file.</source>
            <translation>ce fichier de différences ne contient que les modifications depuis un fichier jamais importé ici. Demandez un fichier complet à l'expéditeur.</translation>
        </message>
        <message>
            <source>No signing key of {who} is kept on this computer. Enter the key the central directory gave you (or the one shown by Roster sync on the computer that made the file) to check the file's signature.</source>
            <translation>Aucune clé de signature de {who} n'est conservée sur cet ordinateur. Saisissez la clé que l'annuaire central vous a donnée (ou celle qu'affiche Liste des adhérents sur l'ordinateur qui a fait le fichier) pour vérifier la signature du fichier.</translation>
        </message>
        <message>
            <source>The file acknowledges a file of ours (number {number}) that this organization has no record of sending; was the database restored from a backup?</source>
            <translation>Le fichier accuse réception d'un fichier de notre part (numéro {number}) dont cette organisation n'a aucune trace d'envoi ; la base de données a-t-elle été restaurée depuis une sauvegarde ?</translation>
        </message>
        <message>
            <source>the file is {size} bytes, more than a roster file can be.</source>
            <translation>le fichier fait {size} octets, plus qu'un fichier d'adhérents ne peut en faire.</translation>
        </message>
        <message>
            <source>the file cannot be read ({reason}).</source>
            <translation>le fichier est illisible ({reason}).</translation>
        </message>
        <message>
            <source>the volunteer</source>
            <translation>la personne bénévole</translation>
        </message>
        <message>
            <source>organization</source>
            <translation>organisation</translation>
        </message>
        <message>
            <source>partnership</source>
            <translation>jumelage</translation>
        </message>
        <message>
            <source>partnership status change</source>
            <translation>changement de statut de jumelage</translation>
        </message>
        <message>
            <source>partnership renewal</source>
            <translation>renouvellement de jumelage</translation>
        </message>
        <message>
            <source>partner contact</source>
            <translation>contact dans la ville jumelle</translation>
        </message>
        <message>
            <source>committee</source>
            <translation>commission</translation>
        </message>
        <message>
            <source>committee post</source>
            <translation>fonction dans une commission</translation>
        </message>
        <message>
            <source>meeting</source>
            <translation>réunion</translation>
        </message>
        <message>
            <source>meeting attendance</source>
            <translation>présence à une réunion</translation>
        </message>
        <message>
            <source>person</source>
            <translation>personne</translation>
        </message>
        <message>
            <source>contact detail</source>
            <translation>coordonnée</translation>
        </message>
        <message>
            <source>exchange</source>
            <translation>échange</translation>
        </message>
        <message>
            <source>exchange participant</source>
            <translation>participant à un échange</translation>
        </message>
        <message>
            <source>host placement</source>
            <translation>hébergement</translation>
        </message>
        <message>
            <source>itinerary item</source>
            <translation>étape du programme</translation>
        </message>
        <message>
            <source>volunteer hours entry</source>
            <translation>saisie d'heures de bénévolat</translation>
        </message>
        <message>
            <source>attachment</source>
            <translation>pièce jointe</translation>
        </message>
        <message>
            <source>roster exchange identity</source>
            <translation>identité pour l'échange de listes</translation>
        </message>
        <message>
            <source>roster exchange partner</source>
            <translation>destinataire de l'échange de listes</translation>
        </message>
        <message>
            <source>roster exchange baseline</source>
            <translation>référence de l'échange de listes</translation>
        </message>
        <message>
            <source>roster exchange history</source>
            <translation>historique de l'échange de listes</translation>
        </message>
        <message>
            <source>people search index</source>
            <translation>index de recherche des personnes</translation>
        </message>
        <message>
            <source>exchanges search index</source>
            <translation>index de recherche des échanges</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>notes</translation>
        </message>
        <message>
            <source>notes on the origin</source>
            <translation>notes sur l'origine</translation>
        </message>
        <message>
            <source>our signatory</source>
            <translation>notre signataire</translation>
        </message>
        <message>
            <source>partner's signatory</source>
            <translation>signataire de la ville jumelle</translation>
        </message>
        <message>
            <source>title</source>
            <translation>titre</translation>
        </message>
        <message>
            <source>file name</source>
            <translation>nom du fichier</translation>
        </message>
        <message>
            <source>minutes</source>
            <translation>compte rendu</translation>
        </message>
        <message>
            <source>outcomes</source>
            <translation>résultats</translation>
        </message>
        <message>
            <source>description</source>
            <translation>description</translation>
        </message>
        <message>
            <source>notes on funding</source>
            <translation>notes sur le financement</translation>
        </message>
        <message>
            <source>place</source>
            <translation>lieu</translation>
        </message>
        <message>
            <source>skills</source>
            <translation>compétences</translation>
        </message>
        <message>
            <source>{problem} Nothing was imported; correct the row and import again.</source>
            <translation>{problem} Rien n'a été importé ; corrigez la ligne et importez à nouveau.</translation>
        </message>
        <message>
            <source>{name} was changed since the preview. Nothing was imported; preview the file again.</source>
            <translation>{name} a été modifié depuis l'aperçu. Rien n'a été importé ; affichez à nouveau l'aperçu du fichier.</translation>
        </message>
        <message>
            <source>{problem} Nothing was imported.</source>
            <translation>{problem} Rien n'a été importé.</translation>
        </message>
        <message>
            <source>the file holds no rows. Choose the file with the people.</source>
            <translation>le fichier ne contient aucune ligne. Choisissez le fichier avec les personnes.</translation>
        </message>
        <message>
            <source>it has {count} columns; scdesk reads at most {most}. Is this the right file?</source>
            <translation>il a {count} colonnes ; scdesk en lit au plus {most}. Est-ce le bon fichier ?</translation>
        </message>
        <message>
            <source>it has more than {count} rows. Split it into smaller files and import each.</source>
            <translation>il a plus de {count} lignes. Découpez-le en fichiers plus petits et importez chacun.</translation>
        </message>
        <message>
            <source>Check the row for a stray separator.</source>
            <translation>Cherchez un séparateur en trop dans la ligne.</translation>
        </message>
        <message>
            <source>the text cannot be split into cells ({details}). Open it in a spreadsheet, save it again as CSV, and import that.</source>
            <translation>le texte ne peut pas être découpé en cellules ({details}). Ouvrez-le dans un tableur, enregistrez-le à nouveau en CSV et importez ce fichier.</translation>
        </message>
        <message>
            <source>the row has {cells} cells but the header only {columns}; the cells beyond the last column were not read.</source>
            <translation>la ligne a {cells} cellules mais l'en-tête seulement {columns} ; les cellules au-delà de la dernière colonne n'ont pas été lues.</translation>
        </message>
        <message>
            <source>Correct the date in the file.</source>
            <translation>Corrigez la date dans le fichier.</translation>
        </message>
        <message>
            <source>If that is wrong, change how dates are read in the column mapping.</source>
            <translation>Si c'est faux, changez la lecture des dates dans la correspondance des colonnes.</translation>
        </message>
        <message>
            <source>Change the post in scdesk if it should be another.</source>
            <translation>Changez le poste dans scdesk s'il doit être différent.</translation>
        </message>
        <message>
            <source>the row has no name.</source>
            <translation>la ligne n'a pas de nom.</translation>
        </message>
        <message>
            <source>Add the name in the file, or check the column mapping, and import again.</source>
            <translation>Ajoutez le nom dans le fichier, ou vérifiez la correspondance des colonnes, puis importez à nouveau.</translation>
        </message>
        <message>
            <source>Choose the country in scdesk.</source>
            <translation>Choisissez le pays dans scdesk.</translation>
        </message>
        <message>
            <source>Nothing to do.</source>
            <translation>Rien à faire.</translation>
        </message>
        <message>
            <source>Correct it in the file and import the file again.</source>
            <translation>Corrigez-le dans le fichier et importez à nouveau le fichier.</translation>
        </message>
        <message>
            <source>Change it in scdesk if needed.</source>
            <translation>Modifiez-le dans scdesk si besoin.</translation>
        </message>
        <message>
            <source>{day} is in the future; left empty.</source>
            <translation>{day} est dans le futur ; laissé vide.</translation>
        </message>
        <message>
            <source>“{role}” is not a post scdesk knows (chair, vice chair, secretary, treasurer, member); recorded as member.</source>
            <translation>« {role} » n'est pas un poste que scdesk connaît (présidence, vice-présidence, secrétariat, trésorerie, membre) ; enregistré comme membre.</translation>
        </message>
        <message>
            <source>Check that this is what the cell should say.</source>
            <translation>Vérifiez que c'est bien ce que la cellule doit contenir.</translation>
        </message>
        <message>
            <source>“{country}” is not a country scdesk knows; left empty.</source>
            <translation>« {country} » n'est pas un pays que scdesk connaît ; laissé vide.</translation>
        </message>
        <message>
            <source>Check the dates of this column after the import.</source>
            <translation>Vérifiez les dates de cette colonne après l'importation.</translation>
        </message>
        <message>
            <source>the same person as {place} ({name}); the rows were combined.</source>
            <translation>la même personne qu'à la {place} ({name}) ; les lignes ont été combinées.</translation>
        </message>
        <message>
            <source>{problem} The row was not imported.</source>
            <translation>{problem} La ligne n'a pas été importée.</translation>
        </message>
        <message>
            <source>Correct it in the file.</source>
            <translation>Corrigez-le dans le fichier.</translation>
        </message>
        <message>
            <source>{problem} Left empty.</source>
            <translation>{problem} Laissé vide.</translation>
        </message>
        <message>
            <source>“{text}” could be {day} or {other}; read as {day} (month first).</source>
            <translation>« {text} » pourrait être le {day} ou le {other} ; lu comme le {day} (le mois d'abord).</translation>
        </message>
        <message>
            <source>“{text}” could be {day} or {other}; read as {day} (day first).</source>
            <translation>« {text} » pourrait être le {day} ou le {other} ; lu comme le {day} (le jour d'abord).</translation>
        </message>
        <message>
            <source>“{text}” is not a kind of person scdesk knows (member, volunteer, host family, guest, contact); recorded as {kind}.</source>
            <translation>« {text} » n'est pas un type de personne que scdesk connaît (membre, bénévole, famille d'accueil, invité, contact) ; enregistré comme {kind}.</translation>
        </message>
        <message>
            <source>If this row's value is right, change it in scdesk after the import.</source>
            <translation>Si la valeur de cette ligne est la bonne, modifiez-la dans scdesk après l'importation.</translation>
        </message>
        <message>
            <source>“{text}” looks like a spreadsheet formula. It is kept as plain text, and scdesk's spreadsheet exports show it as text, never run it.</source>
            <translation>« {text} » ressemble à une formule de tableur. Il est conservé comme simple texte, et les exports de scdesk vers les tableurs l'affichent comme texte, sans jamais l'exécuter.</translation>
        </message>
        <message>
            <source>{problem} It was left out.</source>
            <translation>{problem} Il a été laissé de côté.</translation>
        </message>
        <message>
            <source>this column mixes day-first and month-first dates ({first} and {second}); dates that could be either are read month first.</source>
            <translation>cette colonne mélange des dates jour d'abord et mois d'abord ({first} et {second}) ; les dates qui pourraient être l'un ou l'autre sont lues mois d'abord.</translation>
        </message>
        <message>
            <source>this column mixes day-first and month-first dates ({first} and {second}); dates that could be either are read day first.</source>
            <translation>cette colonne mélange des dates jour d'abord et mois d'abord ({first} et {second}) ; les dates qui pourraient être l'un ou l'autre sont lues jour d'abord.</translation>
        </message>
        <message>
            <source>“{value}” differs from {place} (“{mine}”); {place}'s value was kept.</source>
            <translation>« {value} » diffère de la {place} (« {mine} ») ; la valeur de la {place} a été conservée.</translation>
        </message>
        <message>
            <source>End the current chair's term in scdesk, then import again.</source>
            <translation>Mettez fin dans scdesk au mandat de la présidence actuelle, puis importez à nouveau.</translation>
        </message>
        <message>
            <source>{committee} already has a chair; {name} was not made chair.</source>
            <translation>{committee} a déjà une présidence ; {name} n'a pas été nommé à la présidence.</translation>
        </message>
        <message>
            <source>Combine the two rows in the file if they differ.</source>
            <translation>Combinez les deux lignes dans le fichier si elles diffèrent.</translation>
        </message>
        <message>
            <source>the same person as {place}; only this row's posts were added to that one.</source>
            <translation>la même personne qu'à la {place} ; seuls les postes de cette ligne ont été ajoutés à celle-là.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Colonne</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravité</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>Que faire</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>ignorée</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>avertissement</translation>
        </message>
        <message>
            <source>note</source>
            <translation>remarque</translation>
        </message>
        <message>
            <source>line {number}</source>
            <translation>ligne {number}</translation>
        </message>
        <message>
            <source>row {number}</source>
            <translation>ligne {number}</translation>
        </message>
        <message>
            <source>Save it as .xlsx or CSV from the program that made it, and import that.</source>
            <translation>Enregistrez-le en .xlsx ou en CSV depuis le programme qui l'a créé, et importez ce fichier.</translation>
        </message>
        <message>
            <source>the file is empty. Choose the file with the people.</source>
            <translation>le fichier est vide. Choisissez le fichier avec les personnes.</translation>
        </message>
        <message>
            <source>this is an old Excel (.xls) or Office file. {advice}</source>
            <translation>c'est un ancien fichier Excel (.xls) ou Office. {advice}</translation>
        </message>
        <message>
            <source>this is a PDF document, not a list of people. {advice}</source>
            <translation>c'est un document PDF, pas une liste de personnes. {advice}</translation>
        </message>
        <message>
            <source>the file is {size} MB; scdesk imports files up to {most} MB. Split it and import each part.</source>
            <translation>le fichier fait {size} Mo ; scdesk importe des fichiers jusqu'à {most} Mo. Découpez-le et importez chaque partie.</translation>
        </message>
        <message>
            <source>none saved yet</source>
            <translation>aucune enregistrée pour l'instant</translation>
        </message>
        <message>
            <source>Give the mapping a name.</source>
            <translation>Donnez un nom à la correspondance.</translation>
        </message>
        <message>
            <source>the saved column mappings were written by a newer scdesk; update scdesk.</source>
            <translation>les correspondances de colonnes enregistrées ont été écrites par un scdesk plus récent ; mettez scdesk à jour.</translation>
        </message>
        <message>
            <source>no saved column mapping called “{name}” (saved: {saved}).</source>
            <translation>aucune correspondance de colonnes enregistrée nommée « {name} » (enregistrées : {saved}).</translation>
        </message>
        <message>
            <source>the saved column mappings cannot be read ({details}). Remove this file; your records are not affected.</source>
            <translation>les correspondances de colonnes enregistrées sont illisibles ({details}). Supprimez ce fichier ; vos fiches ne sont pas touchées.</translation>
        </message>
        <message>
            <source>the saved mapping “{name}” is damaged ({details}). Save it again.</source>
            <translation>la correspondance enregistrée « {name} » est endommagée ({details}). Enregistrez-la à nouveau.</translation>
        </message>
        <message>
            <source>column “{column}”</source>
            <translation>colonne « {column} »</translation>
        </message>
        <message>
            <source>blank row, skipped.</source>
            <translation>ligne vide, ignorée.</translation>
        </message>
        <message>
            <source>blank line, skipped.</source>
            <translation>ligne vide, ignorée.</translation>
        </message>
        <message>
            <source>this is not a text file (it holds binary data). Choose a CSV, XLSX or vCard file.</source>
            <translation>ce n'est pas un fichier texte (il contient des données binaires). Choisissez un fichier CSV, XLSX ou vCard.</translation>
        </message>
        <message>
            <source>its encoding cannot be recognised: it is not text in any common encoding. Save it from your spreadsheet as “CSV UTF-8”, then import it again.</source>
            <translation>son encodage n'est pas reconnu : ce n'est du texte dans aucun encodage courant. Enregistrez-le depuis votre tableur en « CSV UTF-8 », puis importez-le à nouveau.</translation>
        </message>
        <message>
            <source>this is not valid {encoding} text ({details}). Save it from your spreadsheet as “CSV UTF-8”, or choose its encoding, then import it again.</source>
            <translation>ce n'est pas du texte {encoding} valide ({details}). Enregistrez-le depuis votre tableur en « CSV UTF-8 », ou choisissez son encodage, puis importez-le à nouveau.</translation>
        </message>
        <message>
            <source>“{text}” is not a date scdesk can read.</source>
            <translation>« {text} » n'est pas une date que scdesk sait lire.</translation>
        </message>
        <message>
            <source>“{text}” is not a real date ({details}).</source>
            <translation>« {text} » n'est pas une date réelle ({details}).</translation>
        </message>
        <message>
            <source>the address book holds no cards.</source>
            <translation>le carnet d'adresses ne contient aucune fiche.</translation>
        </message>
        <message>
            <source>the card that begins on line {line} has no END:VCARD: the file is cut off. Export it again from your address book.</source>
            <translation>la fiche qui commence à la ligne {line} n'a pas de END:VCARD : le fichier est tronqué. Exportez-le à nouveau depuis votre carnet d'adresses.</translation>
        </message>
        <message>
            <source>Check the imported person.</source>
            <translation>Vérifiez la personne importée.</translation>
        </message>
        <message>
            <source>END:VCARD without a card begun. The file is damaged: export it again.</source>
            <translation>END:VCARD sans fiche commencée. Le fichier est endommagé : exportez-le à nouveau.</translation>
        </message>
        <message>
            <source>the card that begins on line {line} has no END:VCARD before the next card. The file is damaged: export it again from your address book.</source>
            <translation>la fiche qui commence à la ligne {line} n'a pas de END:VCARD avant la fiche suivante. Le fichier est endommagé : exportez-le à nouveau depuis votre carnet d'adresses.</translation>
        </message>
        <message>
            <source>text outside any card; ignored.</source>
            <translation>texte en dehors de toute fiche ; ignoré.</translation>
        </message>
        <message>
            <source>the card says it is vCard version “{version}”; read as 4.0.</source>
            <translation>la fiche se dit en vCard version « {version} » ; lue comme 4.0.</translation>
        </message>
        <message>
            <source>it holds more than {count} cards. Split it and import each part.</source>
            <translation>il contient plus de {count} fiches. Découpez-le et importez chaque partie.</translation>
        </message>
        <message>
            <source>this line is not a vCard property (no “:”); ignored.</source>
            <translation>cette ligne n'est pas une propriété vCard (pas de « : ») ; ignorée.</translation>
        </message>
        <message>
            <source>Check the card in your address book.</source>
            <translation>Vérifiez la fiche dans votre carnet d'adresses.</translation>
        </message>
        <message>
            <source>Open it in Excel or LibreOffice, save it again as .xlsx, and import that.</source>
            <translation>Ouvrez-le dans Excel ou LibreOffice, enregistrez-le à nouveau en .xlsx, et importez ce fichier.</translation>
        </message>
        <message>
            <source>this zip file is not an Excel workbook. Choose an .xlsx, CSV or vCard file.</source>
            <translation>ce fichier zip n'est pas un classeur Excel. Choisissez un fichier .xlsx, CSV ou vCard.</translation>
        </message>
        <message>
            <source>no sheet of the workbook has a header row (a row of column names such as “Name”, “Email”). Add one above the people and import again.</source>
            <translation>aucune feuille du classeur n'a de ligne d'en-tête (une ligne de noms de colonnes comme « Nom », « E-mail »). Ajoutez-en une au-dessus des personnes et importez à nouveau.</translation>
        </message>
        <message>
            <source>the workbook unpacks to more than scdesk reads ({size} MB in at most {parts} parts). Save the sheet with the people as CSV and import that.</source>
            <translation>le classeur décompressé dépasse ce que scdesk lit ({size} Mo en {parts} parties au plus). Enregistrez la feuille avec les personnes en CSV et importez ce fichier.</translation>
        </message>
        <message>
            <source>the workbook is damaged (its part {part} is corrupt). {advice}</source>
            <translation>le classeur est endommagé (sa partie {part} est corrompue). {advice}</translation>
        </message>
        <message>
            <source>Move people on other sheets to this one, or save that sheet on its own.</source>
            <translation>Déplacez sur cette feuille les personnes des autres feuilles, ou enregistrez cette feuille à part.</translation>
        </message>
        <message>
            <source>this row above the column names (a title?) was not read.</source>
            <translation>cette ligne au-dessus des noms de colonnes (un titre ?) n'a pas été lue.</translation>
        </message>
        <message>
            <source>it has {count} columns; scdesk reads at most {most}.</source>
            <translation>il a {count} colonnes ; scdesk en lit au plus {most}.</translation>
        </message>
        <message>
            <source>a total row (it holds a formula), not a person; skipped.</source>
            <translation>une ligne de total (elle contient une formule), pas une personne ; ignorée.</translation>
        </message>
        <message>
            <source>the workbook is damaged or incomplete ({details}). {advice}</source>
            <translation>le classeur est endommagé ou incomplet ({details}). {advice}</translation>
        </message>
        <message>
            <source>the workbook cannot be read ({details}). {advice}</source>
            <translation>le classeur est illisible ({details}). {advice}</translation>
        </message>
        <message>
            <source>the sheet has more than {count} rows. Split it and import each part.</source>
            <translation>la feuille a plus de {count} lignes. Découpez-la et importez chaque partie.</translation>
        </message>
        <message>
            <source>the cell holds a formula whose result was never saved; left empty.</source>
            <translation>la cellule contient une formule dont le résultat n'a jamais été enregistré ; laissée vide.</translation>
        </message>
        <message>
            <source>Open the workbook in Excel, save it, and import it again.</source>
            <translation>Ouvrez le classeur dans Excel, enregistrez-le, et importez-le à nouveau.</translation>
        </message>
        <message>
            <source>the sheet “{other}” was not read; people are read from “{sheet}” only.</source>
            <translation>la feuille « {other} » n'a pas été lue ; les personnes ne sont lues que dans « {sheet} ».</translation>
        </message>
        <message>
            <source>1 conflicting change needs a decision: keep yours or take theirs.</source>
            <translation>1 modification en conflit attend une décision : garder la vôtre ou prendre celle du fichier.</translation>
        </message>
        <message>
            <source>{count} conflicting changes need a decision: keep yours or take theirs.</source>
            <translation>{count} modifications en conflit attendent une décision : garder les vôtres ou prendre celles du fichier.</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>rien</translation>
        </message>
        <message>
            <source>the file is incomplete: it ends in the middle of “{entry}”, its first entry. It was probably cut short while downloading or copying. Ask for the file again.</source>
            <translation>le fichier est incomplet : il s'arrête au milieu de « {entry} », sa première entrée. Il a sans doute été coupé pendant le téléchargement ou la copie. Redemandez le fichier.</translation>
        </message>
        <message>
            <source>this is an Excel workbook, not a roster exchange file. To take people in from a spreadsheet, import it as a spreadsheet or address book.</source>
            <translation>ceci est un classeur Excel, pas un fichier d'échange de la liste. Pour reprendre des personnes depuis un tableur, importez-le comme tableur ou carnet d'adresses.</translation>
        </message>
        <message>
            <source>the file is incomplete: it ends in the middle of “{entry}”, after 1 whole entry. It was probably cut short while downloading or copying. Ask for the file again.</source>
            <translation>le fichier est incomplet : il s'arrête au milieu de « {entry} », après 1 entrée complète. Il a sans doute été coupé pendant le téléchargement ou la copie. Redemandez le fichier.</translation>
        </message>
        <message>
            <source>the file is incomplete: it ends in the middle of “{entry}”, after {count} whole entries. It was probably cut short while downloading or copying. Ask for the file again.</source>
            <translation>le fichier est incomplet : il s'arrête au milieu de « {entry} », après {count} entrées complètes. Il a sans doute été coupé pendant le téléchargement ou la copie. Redemandez le fichier.</translation>
        </message>
        <message>
            <source>this zip archive holds {held}{more} but no {manifest}, so it is not a roster exchange file. Choose the .zip file the central directory sent.</source>
            <translation>cette archive zip contient {held}{more} mais pas de {manifest} : ce n'est donc pas un fichier d'échange de la liste. Choisissez le fichier .zip envoyé par l'annuaire central.</translation>
        </message>
        <message>
            <source>This computer has no keyring, so scdesk cannot keep the signing key of {who}. Enter the key to check the file's signature.</source>
            <translation>Cet ordinateur n'a pas de trousseau : scdesk ne peut donc pas conserver la clé de signature de {who}. Saisissez la clé pour vérifier la signature du fichier.</translation>
        </message>
        <message>
            <source>this file is the roster of “{name}” ({id}), another organization than this one. Open that organization, or ask the sender for your own file.</source>
            <translation>ce fichier est la liste des adhérents de « {name} » ({id}), une autre organisation que celle-ci. Ouvrez cette organisation, ou demandez à l'expéditeur votre propre fichier.</translation>
        </message>
        <message>
            <source>Our copy of file number {number} is missing or damaged, so changes the other side already knew may be shown as conflicts.</source>
            <translation>Notre copie du fichier numéro {number} manque ou est endommagée : des modifications que l'autre côté connaissait déjà peuvent apparaître comme des conflits.</translation>
        </message>
        <message>
            <source>A person who has not agreed to be listed ({id}) is not added: the file carries no name for them.</source>
            <translation>Une personne qui n'a pas accepté d'être listée ({id}) n'est pas ajoutée : le fichier ne porte pas son nom.</translation>
        </message>
        <message>
            <source>{record}: {field} is not changed: it would point at {value}, which is not here.</source>
            <translation>{record} : {field} n'est pas modifié : il pointerait vers {value}, qui n'est pas ici.</translation>
        </message>
        <message>
            <source>The {kind} {id} is not added: it refers to {other}, which is not here.</source>
            <translation>L'enregistrement {kind} {id} n'est pas ajouté : il renvoie à {other}, qui n'est pas ici.</translation>
        </message>
        <message>
            <source>(not listed)</source>
            <translation>(non listée)</translation>
        </message>
        <message>
            <source>This is not a roster signing key: use only the letters A to Z and digits 2 to 7.</source>
            <translation>Ce n'est pas une clé de signature d'adhérents : utilisez seulement les lettres A à Z et les chiffres 2 à 7.</translation>
        </message>
        <message>
            <source>This key is {length} characters long; a roster signing key has 52 (13 groups of four).</source>
            <translation>Cette clé fait {length} caractères ; une clé de signature d'adhérents en a 52 (13 groupes de quatre).</translation>
        </message>
        <message>
            <source>the signature does not match: the file was changed after it was made. Do not use it; ask the sender for the file again.</source>
            <translation>la signature ne correspond pas : le fichier a été modifié après sa création. Ne l'utilisez pas ; redemandez le fichier à l'expéditeur.</translation>
        </message>
        <message>
            <source>counts must be numbers and checksums text.</source>
            <translation>les comptes doivent être des nombres et les sommes de contrôle du texte.</translation>
        </message>
        <message>
            <source>the file is signed with another key (key id {theirs}) than the organization's key kept here (key id {ours}). Ask the sender which key they used, or set the key the directory gave you (Roster sync, Signing key).</source>
            <translation>le fichier est signé avec une autre clé (identifiant de clé {theirs}) que la clé de l'organisation conservée ici (identifiant de clé {ours}). Demandez à l'expéditeur quelle clé il a utilisée, ou définissez la clé que l'annuaire vous a donnée (Liste des adhérents, Clé de signature).</translation>
        </message>
        <message>
            <source>this is not a roster exchange file (its format is “{format}”).</source>
            <translation>ce n'est pas un fichier d'échange d'adhérents (son format est « {format} »).</translation>
        </message>
        <message>
            <source>the kind “{kind}” is neither full nor delta.</source>
            <translation>le type « {kind} » n'est ni full ni delta.</translation>
        </message>
        <message>
            <source>the format version “{version}” is not understood.</source>
            <translation>la version de format « {version} » n'est pas comprise.</translation>
        </message>
        <message>
            <source>the file uses version {version} of the roster exchange format; this scdesk reads version {known}. Install a newer scdesk to import it.</source>
            <translation>le fichier utilise la version {version} du format d'échange d'adhérents ; ce scdesk lit la version {known}. Installez un scdesk plus récent pour l'importer.</translation>
        </message>
        <message>
            <source>“{path}” is missing or not a {kind}.</source>
            <translation>« {path} » manque ou n'est pas de type {kind}.</translation>
        </message>
        <message>
            <source>the manifest is not valid JSON ({details}).</source>
            <translation>le manifeste n'est pas un JSON valide ({details}).</translation>
        </message>
        <message>
            <source>the manifest does not cover datapackage.json.</source>
            <translation>le manifeste ne couvre pas datapackage.json.</translation>
        </message>
        <message>
            <source>the file is encrypted and no passphrase was given.</source>
            <translation>le fichier est chiffré et aucune phrase secrète n'a été donnée.</translation>
        </message>
        <message>
            <source>the file is encrypted</source>
            <translation>le fichier est chiffré</translation>
        </message>
        <message>
            <source>“{name}” is not covered by the signature and was ignored.</source>
            <translation>« {name} » n'est pas couvert par la signature et a été ignoré.</translation>
        </message>
        <message>
            <source>the table is empty: it has no header row.</source>
            <translation>la table est vide : elle n'a pas de ligne d'en-tête.</translation>
        </message>
        <message>
            <source>The table “{name}” is not part of format version 1 and was ignored.</source>
            <translation>La table « {name} » ne fait pas partie de la version 1 du format et a été ignorée.</translation>
        </message>
        <message>
            <source>the table lacks the column(s) {columns}.</source>
            <translation>il manque à la table la ou les colonnes {columns}.</translation>
        </message>
        <message>
            <source>The column(s) {columns} of {table} are not part of format version 1 and were ignored.</source>
            <translation>La ou les colonnes {columns} de {table} ne font pas partie de la version 1 du format et ont été ignorées.</translation>
        </message>
        <message>
            <source>the manifest lists “{name}”, which the archive does not hold.</source>
            <translation>le manifeste mentionne « {name} », que l'archive ne contient pas.</translation>
        </message>
        <message>
            <source>the checksum of “{name}” does not match the manifest: the file was changed or damaged after it was made. Ask the sender for it again.</source>
            <translation>la somme de contrôle de « {name} » ne correspond pas au manifeste : le fichier a été modifié ou endommagé après sa création. Redemandez-le à l'expéditeur.</translation>
        </message>
        <message>
            <source>datapackage.json cannot be read ({details}).</source>
            <translation>datapackage.json est illisible ({details}).</translation>
        </message>
        <message>
            <source>the table “{name}” is missing ({path}). Every roster file holds all seven tables, empty ones included.</source>
            <translation>la table « {name} » manque ({path}). Tout fichier d'adhérents contient les sept tables, y compris les vides.</translation>
        </message>
        <message>
            <source>the table is not UTF-8 text (byte {byte}); a spreadsheet may have saved it in another encoding.</source>
            <translation>la table n'est pas du texte UTF-8 (octet {byte}) ; un tableur l'a peut-être enregistrée dans un autre encodage.</translation>
        </message>
        <message>
            <source>the header cannot be read ({details}).</source>
            <translation>l'en-tête est illisible ({details}).</translation>
        </message>
        <message>
            <source>the CSV is malformed ({details}).</source>
            <translation>le CSV est mal formé ({details}).</translation>
        </message>
        <message>
            <source>the manifest counts {expected} rows, the table holds {found}.</source>
            <translation>le manifeste compte {expected} lignes, la table en contient {found}.</translation>
        </message>
        <message>
            <source>an identifier belongs to exactly one person or organization.</source>
            <translation>un identifiant appartient à exactement une personne ou une organisation.</translation>
        </message>
        <message>
            <source>Identifiers of scheme “{scheme}” are not kept by scdesk and were skipped.</source>
            <translation>scdesk ne conserve pas les identifiants du schéma « {scheme} » ; ils ont été ignorés.</translation>
        </message>
        <message>
            <source>a value is required.</source>
            <translation>une valeur est obligatoire.</translation>
        </message>
        <message>
            <source>the organization needs a name.</source>
            <translation>l'organisation a besoin d'un nom.</translation>
        </message>
        <message>
            <source>the table must hold exactly one row of classification “{kind}”; it holds {found}.</source>
            <translation>la table doit contenir exactement une ligne de classification « {kind} » ; elle en contient {found}.</translation>
        </message>
        <message>
            <source>a partnership needs its partner city (a partner_city organization).</source>
            <translation>un jumelage a besoin de sa ville partenaire (une organisation partner_city).</translation>
        </message>
        <message>
            <source>the partnership belongs to another organization.</source>
            <translation>le jumelage appartient à une autre organisation.</translation>
        </message>
        <message>
            <source>a membership needs its person, organization and post.</source>
            <translation>une adhésion a besoin de sa personne, de son organisation et de son poste.</translation>
        </message>
        <message>
            <source>the membership's organization and role differ from its post's.</source>
            <translation>l'organisation et le rôle de l'adhésion diffèrent de ceux de son poste.</translation>
        </message>
        <message>
            <source>a contact detail needs its person, type and value.</source>
            <translation>une coordonnée a besoin de sa personne, de son type et de sa valeur.</translation>
        </message>
        <message>
            <source>the row has {cells} cells where the header has {columns}.</source>
            <translation>la ligne a {cells} cellules là où l'en-tête en a {columns}.</translation>
        </message>
        <message>
            <source>a committee's parent must be the organization.</source>
            <translation>le parent d'une commission doit être l'organisation.</translation>
        </message>
        <message>
            <source>{owner} has a second “{scheme}” identifier.</source>
            <translation>{owner} a un deuxième identifiant « {scheme} ».</translation>
        </message>
        <message>
            <source>the id {id} is also used on line {line}.</source>
            <translation>l'identifiant {id} est aussi utilisé à la ligne {line}.</translation>
        </message>
        <message>
            <source>the organization's id {id} differs from the manifest's {other}.</source>
            <translation>l'identifiant de l'organisation, {id}, diffère de celui du manifeste, {other}.</translation>
        </message>
        <message>
            <source>points at {value}, which is not in the {table} table.</source>
            <translation>pointe vers {value}, qui n'est pas dans la table {table}.</translation>
        </message>
        <message>
            <source>{problem} ({record})</source>
            <translation>{problem} ({record})</translation>
        </message>
        <message>
            <source>The committee “{name}” would have two chairs for the same dates. End one chair's term first.</source>
            <translation>La commission « {name} » aurait deux présidences aux mêmes dates. Mettez d'abord fin au mandat de l'une d'elles.</translation>
        </message>
        <message>
            <source>attachment “{name}” ({id}) is missing</source>
            <translation>la pièce jointe « {name} » ({id}) manque</translation>
        </message>
        <message>
            <source>attachment “{name}” ({id}) is damaged</source>
            <translation>la pièce jointe « {name} » ({id}) est endommagée</translation>
        </message>
        <message>
            <source>the restore</source>
            <translation>la restauration</translation>
        </message>
        <message>
            <source>the database is damaged and there is no good backup to restore. Keep the organization's folder as it is and ask for help.</source>
            <translation>la base de données est endommagée et il n'existe aucune sauvegarde saine à restaurer. Laissez le dossier de l'organisation tel quel et demandez de l'aide.</translation>
        </message>
        <message>
            <source>it lacks parts of an scdesk database: {gaps}</source>
            <translation>il manque des parties d'une base de données scdesk : {gaps}</translation>
        </message>
        <message>
            <source>there is no backup to restore yet.</source>
            <translation>il n'y a encore aucune sauvegarde à restaurer.</translation>
        </message>
        <message>
            <source>it cannot be brought up to date: {cause}</source>
            <translation>il ne peut pas être mis à jour : {cause}</translation>
        </message>
        <message>
            <source>the person</source>
            <translation>la personne</translation>
        </message>
        <message>
            <source>the day the term ends</source>
            <translation>le jour où le mandat prend fin</translation>
        </message>
        <message>
            <source>This term already ended on {day}.</source>
            <translation>Ce mandat s'est déjà terminé le {day}.</translation>
        </message>
        <message>
            <source>“{name}” already exists. Open it, or rebuild it with `scdesk demo --size {size} --replace`.</source>
            <translation>« {name} » existe déjà. Ouvrez-la, ou reconstruisez-la avec `scdesk demo --size {size} --replace`.</translation>
        </message>
        <message>
            <source>This {what} was changed since you opened it. Revert to see the current values, then make your change again.</source>
            <translation>Cet enregistrement ({what}) a été modifié depuis que vous l'avez ouvert. Abandonnez vos modifications pour voir les valeurs actuelles, puis refaites votre changement.</translation>
        </message>
        <message>
            <source>the guest</source>
            <translation>l'invité</translation>
        </message>
        <message>
            <source>the host</source>
            <translation>l'hôte</translation>
        </message>
        <message>
            <source>Enter the guest's name.</source>
            <translation>Saisissez le nom de l'invité.</translation>
        </message>
        <message>
            <source>{name} now hosts {count} guests in this exchange but has 1 guest room.</source>
            <translation>{name} héberge maintenant {count} invités dans cet échange, mais n'a qu'une chambre d'amis.</translation>
        </message>
        <message>
            <source>{name} now hosts {count} guests in this exchange but has {rooms} guest rooms.</source>
            <translation>{name} héberge maintenant {count} invités dans cet échange, mais n'a que {rooms} chambres d'amis.</translation>
        </message>
        <message>
            <source>{table} row {row} points at a missing {parent}</source>
            <translation>l'enregistrement {row} ({table}) pointe vers un enregistrement ({parent}) qui n'existe pas</translation>
        </message>
        <message>
            <source>The {what} was changed since this step was made, so it cannot be undone without losing that change.</source>
            <translation>L'enregistrement ({what}) a été modifié depuis cette étape : elle ne peut donc pas être annulée sans perdre cette modification.</translation>
        </message>
        <message>
            <source>The {what} was changed since this step was made, so it cannot be redone without losing that change.</source>
            <translation>L'enregistrement ({what}) a été modifié depuis cette étape : elle ne peut donc pas être rétablie sans perdre cette modification.</translation>
        </message>
        <message>
            <source>the chair who approves</source>
            <translation>la présidence qui approuve</translation>
        </message>
        <message>
            <source>Only a current committee chair or vice chair approves hours.</source>
            <translation>Seule la présidence ou vice-présidence actuelle d'une commission approuve les heures.</translation>
        </message>
        <message>
            <source>Partnerships</source>
            <translation>Jumelages</translation>
        </message>
        <message>
            <source>Committees</source>
            <translation>Commissions</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>Exchanges</source>
            <translation>Échanges</translation>
        </message>
        <message>
            <source>Volunteer hours entries</source>
            <translation>Saisies d'heures de bénévolat</translation>
        </message>
        <message>
            <source>This database has no organization profile.</source>
            <translation>Cette base de données n'a pas de profil d'organisation.</translation>
        </message>
        <message>
            <source>Give the date the status changed.</source>
            <translation>Indiquez la date à laquelle le statut a changé.</translation>
        </message>
        <message>
            <source>the other record of this person</source>
            <translation>l'autre fiche de cette personne</translation>
        </message>
        <message>
            <source>Choose two different people to merge.</source>
            <translation>Choisissez deux personnes différentes à fusionner.</translation>
        </message>
        <message>
            <source>the erasure</source>
            <translation>l'effacement</translation>
        </message>
        <message>
            <source>the export</source>
            <translation>l'exportation</translation>
        </message>
        <message>
            <source>Several people have the email {email}; give the record id instead.</source>
            <translation>Plusieurs personnes ont l'adresse {email} ; indiquez plutôt l'identifiant de la fiche.</translation>
        </message>
        <message>
            <source>the list of erased people cannot be read ({details}). Restore it from a copy; until then erasures are not re-applied after a restore.</source>
            <translation>la liste des personnes effacées est illisible ({details}). Restaurez-la depuis une copie ; d'ici là, les effacements ne sont pas réappliqués après une restauration.</translation>
        </message>
        <message>
            <source>No {what} with id {id}.</source>
            <translation>Aucun enregistrement ({what}) avec l'identifiant {id}.</translation>
        </message>
        <message>
            <source>Choose a PNG or JPEG image for the logo.</source>
            <translation>Choisissez une image PNG ou JPEG pour le logo.</translation>
        </message>
        <message>
            <source>{file} is not there.</source>
            <translation>{file} est introuvable.</translation>
        </message>
        <message>
            <source>{names} and {count} more</source>
            <translation>{names} et {count} de plus</translation>
        </message>
        <message>
            <source>no {what} has the id or name “{text}”.</source>
            <translation>aucun enregistrement ({what}) n'a l'identifiant ou le nom « {text} ».</translation>
        </message>
        <message>
            <source>The period ends ({end}) before it starts ({start}).</source>
            <translation>La période se termine ({end}) avant de commencer ({start}).</translation>
        </message>
        <message>
            <source>This report has no calendar to save; only the trip sheet has one.</source>
            <translation>Ce rapport n'a pas de calendrier à enregistrer ; seule la fiche de voyage en a un.</translation>
        </message>
        <message>
            <source>Choose the partnership the report is about.</source>
            <translation>Choisissez le jumelage dont traite le rapport.</translation>
        </message>
        <message>
            <source>Choose the exchange the trip sheet is for.</source>
            <translation>Choisissez l'échange auquel correspond la fiche de voyage.</translation>
        </message>
        <message>
            <source>Choose the year or the dates the report covers.</source>
            <translation>Choisissez l'année ou les dates que couvre le rapport.</translation>
        </message>
        <message>
            <source>The {index} holds {indexed} entries for {live} {table} records; searches may miss some</source>
            <translation>L'{index} contient {indexed} entrées pour {live} enregistrements ({table}) ; les recherches peuvent en manquer</translation>
        </message>
        <message>
            <source>The {index} is damaged, so searches may miss records or find wrong ones (SQLite says: {detail})</source>
            <translation>L'{index} est endommagé : les recherches peuvent manquer des enregistrements ou en trouver de faux (SQLite indique : {detail})</translation>
        </message>
        <message>
            <source>it is not a database at all</source>
            <translation>ce n'est pas du tout une base de données</translation>
        </message>
        <message>
            <source>there is no backup by that name. List them with `scdesk backup list`.</source>
            <translation>aucune sauvegarde ne porte ce nom. Affichez-les avec `scdesk backup list`.</translation>
        </message>
        <message>
            <source>it is a database of another program</source>
            <translation>c'est la base de données d'un autre programme</translation>
        </message>
        <message>
            <source>the backup folder chosen in Preferences is not there (is its disk connected?), so no backup was made and nothing was changed. Connect the disk, or choose another folder in Preferences.</source>
            <translation>le dossier de sauvegarde choisi dans les Préférences est introuvable (son disque est-il branché ?) : aucune sauvegarde n'a été faite et rien n'a été modifié. Branchez le disque ou choisissez un autre dossier dans les Préférences.</translation>
        </message>
        <message>
            <source>the backup</source>
            <translation>la sauvegarde</translation>
        </message>
        <message>
            <source>there is no such file to restore from.</source>
            <translation>ce fichier à restaurer n'existe pas.</translation>
        </message>
        <message>
            <source>several {what} records match “{text}”: {names}. Give the id instead.</source>
            <translation>plusieurs enregistrements ({what}) correspondent à « {text} » : {names}. Indiquez plutôt l'identifiant.</translation>
        </message>
        <message>
            <source>it holds no scdesk records</source>
            <translation>il ne contient aucun enregistrement scdesk</translation>
        </message>
        <message>
            <source>the restored database failed its check.</source>
            <translation>la base de données restaurée n'a pas passé sa vérification.</translation>
        </message>
        <message>
            <source>this backup is damaged ({details}), so it cannot be restored; nothing was changed. Choose another backup.</source>
            <translation>cette sauvegarde est endommagée ({details}), elle ne peut donc pas être restaurée ; rien n'a été modifié. Choisissez une autre sauvegarde.</translation>
        </message>
        <message>
            <source>this file is not an scdesk backup ({reason}), so it cannot be restored; nothing was changed. Choose a .sqlite3 file from the organization's backups folder.</source>
            <translation>ce fichier n'est pas une sauvegarde scdesk ({reason}), il ne peut donc pas être restauré ; rien n'a été modifié. Choisissez un fichier .sqlite3 dans le dossier des sauvegardes de l'organisation.</translation>
        </message>
        <message>
            <source>the database is damaged ({details}), so it could not be copied; nothing was changed. Restore the newest good backup.</source>
            <translation>la base de données est endommagée ({details}), elle n'a donc pas pu être copiée ; rien n'a été modifié. Restaurez la dernière sauvegarde saine.</translation>
        </message>
        <message>
            <source>it fails SQLite's check</source>
            <translation>elle échoue à la vérification de SQLite</translation>
        </message>
        <message>
            <source>this backup was made by a newer version of scdesk (schema {revision}). Install the newest scdesk to restore it; nothing was changed.</source>
            <translation>cette sauvegarde a été faite par une version plus récente de scdesk (schéma {revision}). Installez la dernière version de scdesk pour la restaurer ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>the new backup folder {folder} is not there (is its disk connected?), so no backup was moved. Connect the disk and move the backups again.</source>
            <translation>le nouveau dossier des sauvegardes {folder} est introuvable (son disque est-il branché ?) : aucune sauvegarde n'a été déplacée. Branchez le disque et déplacez de nouveau les sauvegardes.</translation>
        </message>
        <message>
            <source>the copy of {file} read back from {folder} differs from the original, so the original was kept. The disk there may be failing: check it, or choose another folder.</source>
            <translation>la copie de {file} relue dans {folder} diffère de l'original, donc l'original a été conservé. Ce disque est peut-être défaillant : vérifiez-le ou choisissez un autre dossier.</translation>
        </message>
        <message>
            <source>{file} could not be moved to {folder} ({reason}). Every backup is still whole in one of the two folders. Check that the disk is connected and has room, then move the backups again.</source>
            <translation>{file} n'a pas pu être déplacé dans {folder} ({reason}). Chaque sauvegarde est encore intacte dans l'un des deux dossiers. Vérifiez que le disque est branché et a de la place, puis déplacez de nouveau les sauvegardes.</translation>
        </message>
        <message>
            <source>saving</source>
            <translation>l'enregistrement</translation>
        </message>
        <message>
            <source>scdesk cannot write in its data folder ({reason}). Give your user write access to it, or set SCDESK_HOME to a folder you can write to.</source>
            <translation>scdesk ne peut pas écrire dans son dossier de données ({reason}). Donnez à votre utilisateur le droit d'y écrire, ou faites pointer SCDESK_HOME vers un dossier où vous pouvez écrire.</translation>
        </message>
        <message>
            <source>the disk is full, so {what} could not be finished. Nothing was changed; free some space (empty the trash, remove large files) and try again.</source>
            <translation>le disque est plein : {what} n'a donc pas pu aboutir. Rien n'a été modifié ; libérez de la place (videz la corbeille, supprimez de gros fichiers) et réessayez.</translation>
        </message>
        <message>
            <source>another program is holding the database, so {what} could not be finished. Nothing was changed; close the other program (a database browser, a sync or backup tool) and try again.</source>
            <translation>un autre programme retient la base de données : {what} n'a donc pas pu aboutir. Rien n'a été modifié ; fermez l'autre programme (un explorateur de bases de données, un outil de synchronisation ou de sauvegarde) et réessayez.</translation>
        </message>
        <message>
            <source>the database is damaged ({details}), so {what} could not be finished. Run `scdesk check`, then restore the newest good backup.</source>
            <translation>la base de données est endommagée ({details}) : {what} n'a donc pas pu aboutir. Lancez `scdesk check`, puis restaurez la dernière sauvegarde saine.</translation>
        </message>
        <message>
            <source>{explanation} (SQLite says: {detail})</source>
            <translation>{explanation} (SQLite indique : {detail})</translation>
        </message>
        <message>
            <source>The index SQLite keeps to find {kind} records quickly no longer matches them: the records are there, but searches and lists may miss some.</source>
            <translation>L'index que SQLite tient pour retrouver vite les enregistrements ({kind}) ne leur correspond plus : les enregistrements sont là, mais les recherches et les listes peuvent en manquer.</translation>
        </message>
        <message>
            <source>Two {kind} records share a value that must be unique, so one of them may be shown or exported in place of the other.</source>
            <translation>Deux enregistrements ({kind}) partagent une valeur qui doit être unique : l'un peut être affiché ou exporté à la place de l'autre.</translation>
        </message>
        <message>
            <source>A {kind} record has no {field}, which every {kind} record needs.</source>
            <translation>Un enregistrement ({kind}) n'a pas de valeur pour « {field} », que tout enregistrement ({kind}) doit avoir.</translation>
        </message>
        <message>
            <source>Unused space inside the database file is not recorded as it should be. No records are affected, but the file is not as SQLite left it.</source>
            <translation>L'espace inutilisé du fichier de la base de données n'est pas noté comme il le devrait. Aucun enregistrement n'est touché, mais le fichier n'est plus tel que SQLite l'a laissé.</translation>
        </message>
        <message>
            <source>Part of the database file itself is damaged, so some records may be missing or unreadable.</source>
            <translation>Une partie du fichier de la base de données est elle-même endommagée : des enregistrements peuvent manquer ou être illisibles.</translation>
        </message>
        <message>
            <source>A {kind} record holds a value its rules do not allow.</source>
            <translation>Un enregistrement ({kind}) contient une valeur que ses règles n'autorisent pas.</translation>
        </message>
        <message>
            <source>This organization</source>
            <translation>Cette organisation</translation>
        </message>
        <message>
            <source>{name} is already open by process {pid} on {host}. Close scdesk there first; only one window or command can change an organization at a time.</source>
            <translation>{name} est déjà ouverte par le processus {pid} sur {host}. Fermez d'abord scdesk là-bas ; une seule fenêtre ou commande à la fois peut modifier une organisation.</translation>
        </message>
        <message>
            <source>{name} is already open. Close scdesk there first; only one window or command can change an organization at a time.</source>
            <translation>{name} est déjà ouverte. Fermez d'abord scdesk là-bas ; une seule fenêtre ou commande à la fois peut modifier une organisation.</translation>
        </message>
        <message>
            <source>this database was written by a newer version of scdesk (schema {revision}). Install the newest scdesk to open it; the file has not been changed.</source>
            <translation>cette base de données a été écrite par une version plus récente de scdesk (schéma {revision}). Installez la dernière version de scdesk pour l'ouvrir ; le fichier n'a pas été modifié.</translation>
        </message>
        <message>
            <source>none yet</source>
            <translation>aucune pour l'instant</translation>
        </message>
        <message>
            <source>an organization needs a name.</source>
            <translation>une organisation a besoin d'un nom.</translation>
        </message>
        <message>
            <source>no organization called “{name}” on this computer (known: {known}).</source>
            <translation>aucune organisation nommée « {name} » sur cet ordinateur (connues : {known}).</translation>
        </message>
        <message>
            <source>an organization called “{name}” already exists.</source>
            <translation>une organisation nommée « {name} » existe déjà.</translation>
        </message>
        <message>
            <source>the list of organizations cannot be read ({details}). Fix or remove this file; the organizations' own folders are untouched.</source>
            <translation>la liste des organisations est illisible ({details}). Corrigez ou supprimez ce fichier ; les dossiers des organisations eux-mêmes sont intacts.</translation>
        </message>
        <message>
            <source>this file is not an scdesk database (it is not an SQLite file at all). Choose the organization's .sqlite3 file, or restore it from a backup.</source>
            <translation>ce fichier n'est pas une base de données scdesk (ce n'est pas du tout un fichier SQLite). Choisissez le fichier .sqlite3 de l'organisation, ou restaurez-le depuis une sauvegarde.</translation>
        </message>
        <message>
            <source>the database's header is damaged (file format {write}/{read}). Restore the newest backup; the damaged file has not been changed.</source>
            <translation>l'en-tête de la base de données est endommagé (format de fichier {write}/{read}). Restaurez la dernière sauvegarde ; le fichier endommagé n'a pas été modifié.</translation>
        </message>
        <message>
            <source>this SQLite file was not made by scdesk (it has no schema version). Choose the organization's own database file.</source>
            <translation>ce fichier SQLite n'a pas été créé par scdesk (il n'a pas de version de schéma). Choisissez le fichier de base de données de l'organisation elle-même.</translation>
        </message>
        <message>
            <source>the database cannot be read ({details}). Restore the newest backup; the damaged file has not been changed.</source>
            <translation>la base de données est illisible ({details}). Restaurez la dernière sauvegarde ; le fichier endommagé n'a pas été modifié.</translation>
        </message>
        <message>
            <source>the database is damaged ({details}). Restore the newest backup; the damaged file has not been changed.</source>
            <translation>la base de données est endommagée ({details}). Restaurez la dernière sauvegarde ; le fichier endommagé n'a pas été modifié.</translation>
        </message>
    </context>
</TS>
