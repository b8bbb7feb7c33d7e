<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackupsPage</name>
    <message numerus="yes">
        <source>%n backup(s), {size}</source>
        <translation>
            <numerusform>%n backup, {size}</numerusform>
            <numerusform>%n backups, {size}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s) could not be found in any backup.</source>
        <translation>
            <numerusform>%n attached file could not be found in any backup.</numerusform>
            <numerusform>%n attached files could not be found in any backup.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitteesPage</name>
    <message numerus="yes">
        <source>%Ln committee(s)</source>
        <translation>
            <numerusform>%Ln committee</numerusform>
            <numerusform>%Ln committees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln committee(s)</source>
        <translation>
            <numerusform>{shown} of %Ln committee</numerusform>
            <numerusform>{shown} of %Ln committees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsImportDialog</name>
    <message numerus="yes">
        <source>%n person(s) added</source>
        <translation>
            <numerusform>%n person added</numerusform>
            <numerusform>%n people added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new committee(s)</source>
        <translation>
            <numerusform>%n new committee</numerusform>
            <numerusform>%n new committees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountedHours</name>
    <message numerus="yes">
        <source>{hours} hour(s)</source>
        <translation>
            <numerusform>{hours} hour</numerusform>
            <numerusform>{hours} hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountedWords</name>
    <message numerus="yes">
        <source>active partnership(s)</source>
        <translation>
            <numerusform>active partnership</numerusform>
            <numerusform>active partnerships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>exchange(s)</source>
        <translation>
            <numerusform>exchange</numerusform>
            <numerusform>exchanges</numerusform>
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
            <numerusform>volunteer hour</numerusform>
            <numerusform>volunteer hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>new member(s)</source>
        <translation>
            <numerusform>new member</numerusform>
            <numerusform>new members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>host night(s)</source>
        <translation>
            <numerusform>host night</numerusform>
            <numerusform>host nights</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>meeting(s)</source>
        <translation>
            <numerusform>meeting</numerusform>
            <numerusform>meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>joined in the period</source>
        <translation>
            <numerusform>joined in the period</numerusform>
            <numerusform>joined in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>active</source>
        <translation>
            <numerusform>active</numerusform>
            <numerusform>active</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>inactive</source>
        <translation>
            <numerusform>inactive</numerusform>
            <numerusform>inactive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>lapsed</source>
        <translation>
            <numerusform>lapsed</numerusform>
            <numerusform>lapsed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hour(s)</source>
        <translation>
            <numerusform>hour</numerusform>
            <numerusform>hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>approved hour(s)</source>
        <translation>
            <numerusform>approved hour</numerusform>
            <numerusform>approved hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>entry/entries</source>
        <translation>
            <numerusform>entry</numerusform>
            <numerusform>entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>person/people</source>
        <translation>
            <numerusform>person</numerusform>
            <numerusform>people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln different person/people took part</source>
        <translation>
            <numerusform>%Ln person took part</numerusform>
            <numerusform>%Ln different people took part</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln cancelled</numerusform>
            <numerusform>%Ln cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s) besides the officers; the spreadsheet export of this report lists them all.</source>
        <translation>
            <numerusform>%Ln member besides the officers; the spreadsheet export of this report lists them all.</numerusform>
            <numerusform>%Ln members besides the officers; the spreadsheet export of this report lists them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message numerus="yes">
        <source>It happened %n more time(s) since.</source>
        <translation>
            <numerusform>It happened once more since.</numerusform>
            <numerusform>It happened %n more times since.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangesPage</name>
    <message numerus="yes">
        <source>%Ln exchange(s)</source>
        <translation>
            <numerusform>%Ln exchange</numerusform>
            <numerusform>%Ln exchanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln exchange(s)</source>
        <translation>
            <numerusform>{shown} of %Ln exchange</numerusform>
            <numerusform>{shown} of %Ln exchanges</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message numerus="yes">
        <source>%Ln hours entry(s)</source>
        <translation>
            <numerusform>%Ln hours entry</numerusform>
            <numerusform>%Ln hours entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln hours entry(s)</source>
        <translation>
            <numerusform>{shown} of %Ln hours entry</numerusform>
            <numerusform>{shown} of %Ln hours entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(s)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>%n committee post(s)</source>
        <translation>
            <numerusform>%n committee post</numerusform>
            <numerusform>%n committee posts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) attended</source>
        <translation>
            <numerusform>%n meeting attended</numerusform>
            <numerusform>%n meetings attended</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exchange place(s)</source>
        <translation>
            <numerusform>%n exchange place</numerusform>
            <numerusform>%n exchange places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stay(s) as a guest</source>
        <translation>
            <numerusform>%n stay as a guest</numerusform>
            <numerusform>%n stays as a guest</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) hosted</source>
        <translation>
            <numerusform>%n guest hosted</numerusform>
            <numerusform>%n guests hosted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer hours entry(s)</source>
        <translation>
            <numerusform>%n volunteer hours entry</numerusform>
            <numerusform>%n volunteer hours entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours entry(s) approved</source>
        <translation>
            <numerusform>%n hours entry approved</numerusform>
            <numerusform>%n hours entries approved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n further contact detail(s)</source>
        <translation>
            <numerusform>%n further contact detail</numerusform>
            <numerusform>%n further contact details</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartnershipsPage</name>
    <message numerus="yes">
        <source>%Ln partnership(s)</source>
        <translation>
            <numerusform>%Ln partnership</numerusform>
            <numerusform>%Ln partnerships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln partnership(s)</source>
        <translation>
            <numerusform>{shown} of %Ln partnership</numerusform>
            <numerusform>{shown} of %Ln partnerships</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln person(s)</source>
        <translation>
            <numerusform>{shown} of %Ln person</numerusform>
            <numerusform>{shown} of %Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n likely duplicate(s)</source>
        <translation>
            <numerusform>%n likely duplicate</numerusform>
            <numerusform>%n likely duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Decide the %n conflict(s) first.</source>
        <translation>
            <numerusform>Decide the conflict first.</numerusform>
            <numerusform>Decide the %n conflicts first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <source>%n new committee(s).</source>
        <translation>
            <numerusform>%n new committee.</numerusform>
            <numerusform>%n new committees.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n remark(s) on rows.</source>
        <translation>
            <numerusform>%n remark on rows.</numerusform>
            <numerusform>%n remarks on rows.</numerusform>
        </translation>
    </message>
</context>
</TS>
