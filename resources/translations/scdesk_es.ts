<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
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
</context>
</TS>
