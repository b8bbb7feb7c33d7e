<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnnualReport</name>
    <message>
        <source>Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partnerships one by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual report {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January to December {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volunteer hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchanges and no volunteer hours were recorded {period}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status at the end of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partnerships were recorded by the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New partnerships: {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreements signed and renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partnership changed status {period}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed for us by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed for the partner by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agreement was signed or renewed {period}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{people} people gave {hours} hours in {entries} entries. An entry counts for its own committee, or else for the committee of its exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members were recorded by {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>joined in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members over the years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members are the people with a “member since” date who had joined by the end of the period; active, inactive and lapsed are their status today. The chart counts everyone who had joined by the end of each year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseOrganizationDialog</name>
    <message>
        <source>Welcome to scdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to scdesk&lt;/h2&gt;&lt;p&gt;scdesk keeps your sister city organization&apos;s partnerships, committees, exchanges, people and volunteer hours on this computer. It works without an internet connection.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an organization on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no organization on this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Springfield Sister Cities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just looking?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo organization “Springfield Sister Cities”: six partnerships, about 150 people and ten years of exchanges, all made up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo was not created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Clear the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear {field}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size (KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents yet. Add the signed agreement, photos or minutes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document was not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>This step cannot be repeated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpAndPreferences</name>
    <message>
        <source>scdesk &amp;User Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>scdesk user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{organization} — scdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About scdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About scdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;scdesk {version}&lt;/h3&gt;&lt;p&gt;The desktop app for sister city organizations: partnerships, committees, exchanges, people, volunteer hours, board reports and roster sync with the central directory. Works offline.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Organization overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnershipEditor</name>
    <message>
        <source>partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committees and exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New status since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the status c&amp;hanged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;rigin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it be&amp;gan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement (memorandum of understanding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gned on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed for &amp;us by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed for the &amp;partner by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals of the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed for us by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed for the partner by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement has not been renewed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a rene&amp;wal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in the partner city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contacts in the partner city yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committees serving this partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No committee serves this partnership yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchanges with this partner city yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a line (or press Enter) to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a renewal of the agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, email, phone, skill or language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmittee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{shown} of {total} people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scdesk speaks this language from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization to open at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one I used last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s own folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where scdesk keeps copies of each organization&apos;s database. A folder on another disk or a USB stick protects you when this computer fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When there are more backups than this, scdesk deletes the oldest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language shows the next time scdesk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open at start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scdesk cannot write in {folder}. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressWindow</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling; nothing will be kept…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the changes not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a {noun} in the list, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {noun} was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {noun} “{title}” has changes that are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {noun}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the {noun} “{title}”?

It disappears from the lists. Edit ▸ Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {noun} “{title}” was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>Records shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
    <message>
        <source>Cultural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Educational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal and technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Humanitarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaperone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treasurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sister city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friendship city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other partnership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exploring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mayoral ties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ancestry and diaspora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faith groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal ties</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPages</name>
    <message>
        <source>CONFIDENTIAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Prepared on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between {start} and {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exchanges were recorded {period}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges are counted in the period they start in. Participants counts each person once per exchange ({people} different people took part). Cancelled exchanges are not counted ({cancelled} cancelled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No volunteer hours were recorded {period}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hours match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RichTextField</name>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>This could not be finished: {problem}

Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The organization cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Enter how many hours were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person cannot host themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A country is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” does not look like a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{code}” is not an ISO country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner city must be in another country than the organization&apos;s own ({country}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} ends on {end}, before it starts on {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours must be more than 0 and at most {limit:g} for one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} cannot be in the future ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nights must be between 1 and {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{code}” is not an ISO currency code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a web address (it should start with https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} on {day} falls outside the exchange ({start} to {end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a valid email address ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organization&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partner city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partnership (first contact to signing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The itinerary item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the exchange these hours were for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the status change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the partnership this committee serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standing committee does not serve one partnership.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This committee already has a chair for these dates. End the current chair&apos;s term first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the date of the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name (given name, family name or both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the partnership of this exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day of the itinerary item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the hours were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment has no valid content hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person already takes part in that role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This term already ended on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partnerships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer hours entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
