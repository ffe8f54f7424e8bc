<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppRemedies</name>
    <message>
        <source>type the dates&apos; layout in Date format, for example dd/MM/yyyy HH:mm</source>
        <translation>geben Sie unter „Datumsformat“ den Aufbau der Datumsangaben ein, zum Beispiel dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <source>type dd/MM/yyyy or MM/dd/yyyy in Date format (add the time, such as HH:mm, if the dates have one)</source>
        <translation>geben Sie unter „Datumsformat“ dd/MM/yyyy oder MM/dd/yyyy ein (mit Uhrzeit, etwa HH:mm, falls die Datumsangaben eine enthalten)</translation>
    </message>
    <message>
        <source>the currency %1 typed in Currency</source>
        <translation>die unter „Währung“ eingegebene Währung %1</translation>
    </message>
    <message>
        <source>choose “%1” as the format and pick the column for %2 under Columns</source>
        <translation>wählen Sie als Format „%1“ und unter „Spalten“ die Spalte für %2 aus</translation>
    </message>
    <message>
        <source>choose “%1” as the format and pick the columns for %2, %3, %4 and %5 under Columns</source>
        <translation>wählen Sie als Format „%1“ und unter „Spalten“ die Spalten für %2, %3, %4 und %5 aus</translation>
    </message>
</context>
<context>
    <name>CustomerFigures</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Life cycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>Erste Bestellung</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Letzte Bestellung</translation>
    </message>
    <message>
        <source>Days since</source>
        <translation>Tage seitdem</translation>
    </message>
    <message>
        <source>Still a customer</source>
        <translation>Noch Kunde</translation>
    </message>
    <message>
        <source>Expected orders</source>
        <translation>Erwartete Bestellungen</translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Prognostizierter Wert</translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation>Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>Earlier group</source>
        <translation>Frühere Gruppe</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>RFM group</source>
        <translation>RFM-Gruppe</translation>
    </message>
    <message>
        <source>Next group</source>
        <translation>Nächste Gruppe</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>One Time Buyer</source>
        <translation>Einmalkäufer</translation>
    </message>
    <message>
        <source>Loyal Customer</source>
        <translation>Stammkunde</translation>
    </message>
    <message>
        <source>Frequent Buyer</source>
        <translation>Vielkäufer</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Just Ordered</source>
        <translation>Gerade bestellt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Slipping Away</source>
        <translation>Abwandernd</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>%1 (to %2)</source>
        <translation>%1 (bis %2)</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <source>Has ordered once.</source>
        <translation>Hat einmal bestellt.</translation>
    </message>
    <message>
        <source>Has ordered more than once, fewer times than a Frequent Buyer.</source>
        <translation>Hat mehr als einmal bestellt, seltener als ein Vielkäufer.</translation>
    </message>
    <message>
        <source>Orders more often than most customers: at least the month&apos;s Frequent Buyer cut-off.</source>
        <translation>Bestellt öfter als die meisten Kunden: mindestens die Vielkäufer-Schwelle des Monats.</translation>
    </message>
    <message>
        <source>Among the shop&apos;s best customers: at least the month&apos;s VIP cut-off.</source>
        <translation>Gehört zu den besten Kunden des Shops: mindestens die VIP-Schwelle des Monats.</translation>
    </message>
    <message>
        <source>Ordered in the last 30 days.</source>
        <translation>Hat in den letzten 30 Tagen bestellt.</translation>
    </message>
    <message>
        <source>Ordering at their usual pace: within twice their usual gap.</source>
        <translation>Bestellt im gewohnten Takt: innerhalb des doppelten üblichen Abstands.</translation>
    </message>
    <message>
        <source>Overdue: more than twice their usual gap since the last order.</source>
        <translation>Überfällig: mehr als der doppelte übliche Abstand seit der letzten Bestellung.</translation>
    </message>
    <message>
        <source>More than four times their usual gap since the last order.</source>
        <translation>Mehr als der vierfache übliche Abstand seit der letzten Bestellung.</translation>
    </message>
    <message>
        <source>over %1</source>
        <translation>über %1</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>unter %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Vielversprechend</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Treu</translation>
    </message>
    <message>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <source>Needs Attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Almost Lost</source>
        <translation>Fast verloren</translation>
    </message>
    <message>
        <source>At Risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Ruhend</translation>
    </message>
    <message>
        <source>Previously Loyal</source>
        <translation>Früher treu</translation>
    </message>
    <message>
        <source>Bought very recently, for the first time or little so far.</source>
        <translation>Hat vor Kurzem gekauft, zum ersten Mal oder bisher wenig.</translation>
    </message>
    <message>
        <source>Bought recently; not often or much yet.</source>
        <translation>Hat kürzlich gekauft; noch nicht oft oder viel.</translation>
    </message>
    <message>
        <source>Buying at a middling rate and spend.</source>
        <translation>Kauft mittelmäßig oft und gibt mittelmäßig viel aus.</translation>
    </message>
    <message>
        <source>Buys often and spends well, and has bought lately.</source>
        <translation>Kauft oft und gibt gut aus, und hat kürzlich gekauft.</translation>
    </message>
    <message>
        <source>Bought very recently, buys most often and spends most.</source>
        <translation>Hat vor Kurzem gekauft, kauft am häufigsten und gibt am meisten aus.</translation>
    </message>
    <message>
        <source>Neither recent nor frequent: worth a reminder.</source>
        <translation>Weder kürzlich noch häufig: eine Erinnerung wert.</translation>
    </message>
    <message>
        <source>Has not bought for a long time, and little before.</source>
        <translation>Hat lange nicht gekauft, und davor wenig.</translation>
    </message>
    <message>
        <source>Bought often and spent well, but not lately.</source>
        <translation>Hat oft gekauft und gut ausgegeben, aber nicht in letzter Zeit.</translation>
    </message>
    <message>
        <source>Bought once or little, long ago.</source>
        <translation>Hat vor langer Zeit einmal oder wenig gekauft.</translation>
    </message>
    <message>
        <source>Was among the best customers, long ago.</source>
        <translation>Gehörte vor langer Zeit zu den besten Kunden.</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>this is a folder, not a file: choose the export file inside it</source>
        <translation>dies ist ein Ordner, keine Datei: wählen Sie die Exportdatei darin aus</translation>
    </message>
    <message>
        <source>this is not a regular file (a pipe, a device or a socket): save the export as a file and choose that file</source>
        <translation>dies ist keine reguläre Datei (eine Pipe, ein Gerät oder ein Socket): speichern Sie den Export als Datei und wählen Sie diese Datei aus</translation>
    </message>
    <message>
        <source>the file is empty: export the orders again and check the export finished</source>
        <translation>die Datei ist leer: exportieren Sie die Bestellungen erneut und prüfen Sie, ob der Export vollständig abgeschlossen wurde</translation>
    </message>
    <message>
        <source>the file has a header but no rows: export the orders again</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Datenzeilen: exportieren Sie die Bestellungen erneut</translation>
    </message>
    <message>
        <source>this looks like an Excel file (.xlsx), not CSV: open it in your spreadsheet program and save or export it as CSV</source>
        <translation>dies scheint eine Excel-Datei (.xlsx) zu sein, keine CSV-Datei: öffnen Sie sie in Ihrer Tabellenkalkulation und speichern oder exportieren Sie sie als CSV</translation>
    </message>
    <message>
        <source>this looks like an Excel file (.xls), not CSV: open it in your spreadsheet program and save or export it as CSV</source>
        <translation>dies scheint eine Excel-Datei (.xls) zu sein, keine CSV-Datei: öffnen Sie sie in Ihrer Tabellenkalkulation und speichern oder exportieren Sie sie als CSV</translation>
    </message>
    <message>
        <source>this is a ZIP archive, not CSV: unpack it and import the CSV file inside</source>
        <translation>dies ist ein ZIP-Archiv, keine CSV-Datei: entpacken Sie es und importieren Sie die darin enthaltene CSV-Datei</translation>
    </message>
    <message>
        <source>this file is compressed (gzip), not CSV: unpack it and import the CSV inside</source>
        <translation>diese Datei ist komprimiert (gzip), keine CSV-Datei: entpacken Sie sie und importieren Sie die darin enthaltene CSV-Datei</translation>
    </message>
    <message>
        <source>this file is UTF-16 text: save it as CSV in UTF-8 and import it again</source>
        <translation>diese Datei enthält UTF-16-Text: speichern Sie sie als CSV in UTF-8 und importieren Sie sie erneut</translation>
    </message>
    <message>
        <source>this is a binary file, not CSV text: export the orders as CSV</source>
        <translation>dies ist eine Binärdatei, kein CSV-Text: exportieren Sie die Bestellungen als CSV</translation>
    </message>
    <message>
        <source>could not read the file: %1</source>
        <translation>die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>a quoted field that opens on this line is never closed: check that the file is complete and that quotes inside fields are doubled</source>
        <translation>ein in dieser Zeile beginnendes Feld in Anführungszeichen wird nie geschlossen: prüfen Sie, ob die Datei vollständig ist und Anführungszeichen innerhalb von Feldern verdoppelt sind</translation>
    </message>
    <message>
        <source>a field on this line is longer than %1 MB, the longest Patronage reads: check that the file is an order export and that its quotes are balanced</source>
        <translation>ein Feld in dieser Zeile ist länger als %1 MB, das Maximum, das Patronage liest: prüfen Sie, ob die Datei ein Bestellexport ist und ihre Anführungszeichen paarweise gesetzt sind</translation>
    </message>
    <message>
        <source>this line has more than %1 columns, the most Patronage reads: check that the file is an order export</source>
        <translation>diese Zeile hat mehr als %1 Spalten, das Maximum, das Patronage liest: prüfen Sie, ob die Datei ein Bestellexport ist</translation>
    </message>
    <message>
        <source>the columns do not match a Shopify, WooCommerce, Magento or transaction-line export (the header is: %1): %2</source>
        <translation>die Spalten passen zu keinem Shopify-, WooCommerce-, Magento- oder Transaktionszeilen-Export (die Kopfzeile lautet: %1): %2</translation>
    </message>
    <message>
        <source>this is WooCommerce&apos;s Analytics &gt; Orders download, which has no customer id or e-mail, so customers cannot be told apart: export the orders with an order export plugin (for example &quot;Advanced Order Export For WooCommerce&quot;) including &quot;Customer User ID&quot; or &quot;Email (Billing)&quot;, and import that file</source>
        <translation>dies ist der WooCommerce-Download „Analytics &gt; Orders“, der weder Kunden-ID noch E-Mail enthält, sodass sich die Kunden nicht unterscheiden lassen: exportieren Sie die Bestellungen mit einem Bestellexport-Plugin (zum Beispiel „Advanced Order Export For WooCommerce“) einschließlich „Customer User ID“ oder „Email (Billing)“ und importieren Sie diese Datei</translation>
    </message>
    <message>
        <source>the %1 needs a column %2 for the %3, and the file has none: export again with that column, or %4</source>
        <translation>für das Format %1 ist eine Spalte %2 für %3 nötig, und die Datei hat keine: exportieren Sie erneut mit dieser Spalte, oder %4</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; mapped to %2 is not in the file&apos;s header (%3)</source>
        <translation>die Spalte „%1“, die %2 zugeordnet ist, steht nicht in der Kopfzeile der Datei (%3)</translation>
    </message>
    <message>
        <source>the file has no column named for the %1: %2 (the file&apos;s columns are: %3)</source>
        <translation>für %1 ist keine Spalte der Datei zugeordnet: %2 (die Spalten der Datei sind: %3)</translation>
    </message>
    <message>
        <source>the WooCommerce export has neither &quot;Customer User ID&quot; nor &quot;Email (Billing)&quot;: add one of them to the export&apos;s columns, or %1</source>
        <translation>der WooCommerce-Export enthält weder „Customer User ID“ noch „Email (Billing)“: nehmen Sie eine der beiden Spalten in den Export auf, oder %1</translation>
    </message>
    <message>
        <source>map a customer column: %1 (or, for the e-mail, %2); without one every order would be a guest order</source>
        <translation>ordnen Sie eine Kundenspalte zu: %1 (oder, für die E-Mail, %2); ohne sie wäre jede Bestellung eine Gastbestellung</translation>
    </message>
    <message>
        <source>the header names the column &quot;%1&quot; twice, so it is not clear which one holds the figures: rename or remove one of them and import again</source>
        <translation>die Kopfzeile nennt die Spalte „%1“ zweimal, daher ist unklar, welche die Werte enthält: benennen Sie eine davon um oder entfernen Sie sie und importieren Sie erneut</translation>
    </message>
    <message>
        <source>the value in column &quot;%1&quot; is longer than %2 characters, the most Patronage keeps for an order number, customer, e-mail or name: check that the column holds what it should</source>
        <translation>der Wert in Spalte „%1“ ist länger als %2 Zeichen, das Maximum, das Patronage für eine Bestellnummer, einen Kunden, eine E-Mail oder einen Namen speichert: prüfen Sie, ob die Spalte das Richtige enthält</translation>
    </message>
    <message>
        <source>cannot read the date &quot;%1&quot; in column &quot;%2&quot; as %3: %4</source>
        <translation>das Datum „%1“ in Spalte „%2“ kann nicht als %3 gelesen werden: %4</translation>
    </message>
    <message>
        <source>cannot read the date &quot;%1&quot; in column &quot;%2&quot;: %3</source>
        <translation>das Datum „%1“ in Spalte „%2“ kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>the dates in column &quot;%1&quot; (such as &quot;%2&quot;) could be day/month/year or month/day/year: %3</source>
        <translation>die Datumsangaben in Spalte „%1“ (etwa „%2“) könnten Tag/Monat/Jahr oder Monat/Tag/Jahr sein: %3</translation>
    </message>
    <message>
        <source>the %1 in column &quot;%2&quot; is empty: every order needs one; fix the export or leave the row out</source>
        <translation>der Wert für %1 in Spalte „%2“ ist leer: jede Bestellung braucht einen; korrigieren Sie den Export oder lassen Sie die Zeile weg</translation>
    </message>
    <message>
        <source>cannot read the amount &quot;%1&quot; in column &quot;%2&quot; (decimal %3): write amounts as numbers such as 1234.56 or 1.234,56</source>
        <translation>der Betrag „%1“ in Spalte „%2“ kann nicht gelesen werden (Dezimalzeichen %3): schreiben Sie Beträge als Zahlen wie 1234.56 oder 1.234,56</translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; in column &quot;%2&quot; is larger than %3, the largest amount Patronage takes: check the column holds amounts</source>
        <translation>der Betrag „%1“ in Spalte „%2“ ist größer als %3, der größte Betrag, den Patronage annimmt: prüfen Sie, ob die Spalte Beträge enthält</translation>
    </message>
    <message>
        <source>the UTC offset in &quot;%1&quot; in column &quot;%2&quot; is not between -14:00 and +14:00: check the dates</source>
        <translation>der UTC-Versatz in „%1“ in Spalte „%2“ liegt nicht zwischen -14:00 und +14:00: prüfen Sie die Datumsangaben</translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; in column &quot;%2&quot; is not between 1900 and 2200: check the dates</source>
        <translation>das Datum „%1“ in Spalte „%2“ liegt nicht zwischen 1900 und 2200: prüfen Sie die Datumsangaben</translation>
    </message>
    <message>
        <source>amounts are in %1 but the store holds %2: a store holds one currency, so import this file into a store of its own</source>
        <translation>die Beträge sind in %1, aber die Shop-Datei enthält %2: eine Shop-Datei enthält nur eine Währung, importieren Sie diese Datei daher in eine eigene Shop-Datei</translation>
    </message>
    <message>
        <source>%1 was given but the store holds %2: a store holds one currency, so import into a store of its own</source>
        <translation>%1 wurde angegeben, aber die Shop-Datei enthält %2: eine Shop-Datei enthält nur eine Währung, importieren Sie daher in eine eigene Shop-Datei</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code: give a three-letter code such as EUR, USD or GBP</source>
        <translation>„%1“ ist kein Währungscode nach ISO 4217: geben Sie einen dreibuchstabigen Code wie EUR, USD oder GBP an</translation>
    </message>
    <message>
        <source>the customer &quot;%1&quot; would have more than %2 orders, the most Patronage keeps for one customer: check the customer column</source>
        <translation>der Kunde „%1“ hätte mehr als %2 Bestellungen, das Maximum, das Patronage für einen Kunden speichert: prüfen Sie die Kundenspalte</translation>
    </message>
    <message>
        <source>the store&apos;s orders would add up to more than %1, the largest total Patronage keeps exactly: check the amounts, or split the shop into stores</source>
        <translation>die Bestellungen der Shop-Datei ergäben zusammen mehr als %1, die größte Summe, die Patronage exakt speichert: prüfen Sie die Beträge oder teilen Sie den Shop auf mehrere Shop-Dateien auf</translation>
    </message>
    <message>
        <source>import cancelled: nothing was changed</source>
        <translation>Import abgebrochen: nichts wurde geändert</translation>
    </message>
    <message>
        <source>cancelled: nothing was changed</source>
        <translation>abgebrochen: nichts wurde geändert</translation>
    </message>
    <message>
        <source>no such store: import a file first to create it</source>
        <translation>diese Shop-Datei gibt es nicht: importieren Sie zuerst eine Datei, um sie anzulegen</translation>
    </message>
    <message>
        <source>not a Patronage store (it is not an SQLite database): choose a .patronage file, or a new file name to create a store</source>
        <translation>keine Patronage-Shop-Datei (es ist keine SQLite-Datenbank): wählen Sie eine .patronage-Datei oder einen neuen Dateinamen, um eine Shop-Datei anzulegen</translation>
    </message>
    <message>
        <source>an SQLite database but not a Patronage store: it was left untouched; choose a .patronage file, or a new file name</source>
        <translation>eine SQLite-Datenbank, aber keine Patronage-Shop-Datei: sie wurde nicht verändert; wählen Sie eine .patronage-Datei oder einen neuen Dateinamen</translation>
    </message>
    <message>
        <source>written by a newer Patronage (store version %1; this Patronage reads up to version %2): it was left untouched; update Patronage to open it</source>
        <translation>von einer neueren Patronage-Version geschrieben (Shop-Datei-Version %1; diese Patronage-Version liest bis Version %2): sie wurde nicht verändert; aktualisieren Sie Patronage, um sie zu öffnen</translation>
    </message>
    <message>
        <source>an older or empty store: open it for writing once to upgrade it</source>
        <translation>eine ältere oder leere Shop-Datei: öffnen Sie sie einmal zum Schreiben, um sie zu aktualisieren</translation>
    </message>
    <message>
        <source>the store is busy: another Patronage is writing to it; try again when it has finished</source>
        <translation>die Shop-Datei ist belegt: ein anderes Patronage schreibt gerade hinein; versuchen Sie es erneut, wenn es fertig ist</translation>
    </message>
    <message>
        <source>the disk is full: free some space and try again</source>
        <translation>der Datenträger ist voll: geben Sie Speicherplatz frei und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the store cannot be written (a read-only disk, or a file you may not change): copy it somewhere writable and try again</source>
        <translation>in die Shop-Datei kann nicht geschrieben werden (ein schreibgeschützter Datenträger oder eine Datei, die Sie nicht ändern dürfen): kopieren Sie sie an einen beschreibbaren Ort und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the store could not be written (%1): check the disk has space and works</source>
        <translation>die Shop-Datei konnte nicht geschrieben werden (%1): prüfen Sie, ob der Datenträger genug Platz hat und funktioniert</translation>
    </message>
    <message>
        <source>the store could not be read (%1): check the disk works, or open a backup of the store</source>
        <translation>die Shop-Datei konnte nicht gelesen werden (%1): prüfen Sie, ob der Datenträger funktioniert, oder öffnen Sie eine Sicherung der Shop-Datei</translation>
    </message>
    <message>
        <source>the store is damaged (%1): nothing was changed; open a backup of the store, or import the shop&apos;s exports into a new store</source>
        <translation>die Shop-Datei ist beschädigt (%1): nichts wurde geändert; öffnen Sie eine Sicherung der Shop-Datei oder importieren Sie die Exporte des Shops in eine neue Shop-Datei</translation>
    </message>
    <message>
        <source>the store was changed by another program (%1): Patronage does not use it, so nothing in it can run; import the shop&apos;s exports into a new store</source>
        <translation>die Shop-Datei wurde von einem anderen Programm verändert (%1): Patronage verwendet sie nicht, damit nichts darin ausgeführt werden kann; importieren Sie die Exporte des Shops in eine neue Shop-Datei</translation>
    </message>
    <message>
        <source>the store holds a value Patronage never writes (%1): it was not used; import the shop&apos;s exports into a new store</source>
        <translation>die Shop-Datei enthält einen Wert, den Patronage nie schreibt (%1): er wurde nicht verwendet; importieren Sie die Exporte des Shops in eine neue Shop-Datei</translation>
    </message>
    <message>
        <source>the file %1 beside the store does not belong to it (%2), so it was left alone and the store was not opened: move that file away (it may hold another store&apos;s unsaved changes) and open the store again</source>
        <translation>die Datei %1 neben der Shop-Datei gehört nicht zu ihr (%2), daher wurde sie nicht angerührt und die Shop-Datei nicht geöffnet: verschieben Sie diese Datei an einen anderen Ort (sie enthält möglicherweise nicht gespeicherte Änderungen einer anderen Shop-Datei) und öffnen Sie die Shop-Datei erneut</translation>
    </message>
    <message>
        <source>the file %1 beside the store, which holds its latest changes, is damaged: the store was not opened, so nothing was lost; move that file away to open the store as it was before those changes, or open a backup</source>
        <translation>die Datei %1 neben der Shop-Datei, die deren letzte Änderungen enthält, ist beschädigt: die Shop-Datei wurde nicht geöffnet, es ging also nichts verloren; verschieben Sie diese Datei an einen anderen Ort, um die Shop-Datei im Zustand vor diesen Änderungen zu öffnen, oder öffnen Sie eine Sicherung</translation>
    </message>
    <message>
        <source>this is not a store file but a folder, a device or a pipe: choose a .patronage file</source>
        <translation>dies ist keine Shop-Datei, sondern ein Ordner, ein Gerät oder eine Pipe: wählen Sie eine .patronage-Datei</translation>
    </message>
    <message>
        <source>cannot create the store: %1</source>
        <translation>die Shop-Datei kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>no customer with the key or e-mail &quot;%1&quot; in this store</source>
        <translation>in dieser Shop-Datei gibt es keinen Kunden mit dem Schlüssel oder der E-Mail „%1“</translation>
    </message>
    <message>
        <source>no customer with the e-mail %1 in this store: nothing was changed</source>
        <translation>in dieser Shop-Datei gibt es keinen Kunden mit der E-Mail %1: nichts wurde geändert</translation>
    </message>
    <message>
        <source>no customer ordered on or before %1: choose a later date</source>
        <translation>bis einschließlich %1 hat kein Kunde bestellt: wählen Sie ein späteres Datum</translation>
    </message>
    <message>
        <source>the value of a purchase cannot be predicted from the orders to %1: their values vary too widely for the mean to be known</source>
        <translation>der Wert eines Kaufs lässt sich aus den Bestellungen bis %1 nicht prognostizieren: ihre Werte schwanken zu stark, um den Mittelwert zu bestimmen</translation>
    </message>
    <message>
        <source>this is a Patronage store: a list is never written over a store; choose another file name</source>
        <translation>dies ist eine Patronage-Shop-Datei: eine Liste überschreibt nie eine Shop-Datei; wählen Sie einen anderen Dateinamen</translation>
    </message>
    <message>
        <source>this is a file the command reads: choose another file name for what it writes</source>
        <translation>diese Datei liest der Befehl ein: wählen Sie für die Ausgabe einen anderen Dateinamen</translation>
    </message>
    <message>
        <source>this is not a regular file (a folder, a device or a pipe): choose a file name to write to</source>
        <translation>dies ist keine reguläre Datei (ein Ordner, ein Gerät oder eine Pipe): wählen Sie einen Dateinamen, in den geschrieben werden soll</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>not enough repeat purchases to predict: customers who bought again by %1: %2; at least 10 are needed</source>
        <translation>zu wenige Wiederholungskäufe für eine Prognose: Kunden, die bis %1 erneut gekauft haben: %2; mindestens 10 sind nötig</translation>
    </message>
    <message>
        <source>this is PrestaShop&apos;s Orders &gt; Export list, which has no customer id or e-mail (its Customer column is an initial and a last name, shared by many people), so customers cannot be told apart: export the orders with the customer&apos;s e-mail or id (for example with a query in Advanced Parameters &gt; Database &gt; SQL Manager) and import that file</source>
        <translation>dies ist die PrestaShop-Liste „Bestellungen &gt; Exportieren“, die weder Kunden-ID noch E-Mail enthält (ihre Spalte „Kunde“ ist ein Anfangsbuchstabe und ein Nachname, den viele teilen), sodass sich die Kunden nicht unterscheiden lassen: exportieren Sie die Bestellungen mit der E-Mail oder ID des Kunden (zum Beispiel mit einer Abfrage unter „Erweiterte Einstellungen &gt; Datenbank &gt; SQL-Manager“) und importieren Sie diese Datei</translation>
    </message>
    <message>
        <source>this is not Shopify&apos;s customers export as Shopify writes it today (it has no %1 column): export your customers from Shopify again (Customers &gt; Export, all customers, as CSV) and choose that file</source>
        <translation>dies ist nicht Shopifys Kundenexport, wie Shopify ihn heute schreibt (es fehlt die Spalte %1): exportieren Sie Ihre Kunden erneut aus Shopify (Kunden &gt; Exportieren, alle Kunden, als CSV) und wählen Sie diese Datei</translation>
    </message>
    <message>
        <source>this is not Shopify&apos;s customers export as Shopify writes it (UTF-8 text with commas; a file a spreadsheet saved again may have changed zip codes or phone numbers): export your customers from Shopify (Customers &gt; Export, all customers, as CSV) and choose that file without opening it in a spreadsheet</source>
        <translation>dies ist nicht Shopifys Kundenexport, wie Shopify ihn schreibt (UTF-8-Text mit Kommas; eine von einer Tabellenkalkulation erneut gespeicherte Datei kann Postleitzahlen oder Telefonnummern verändert haben): exportieren Sie Ihre Kunden aus Shopify (Kunden &gt; Exportieren, alle Kunden, als CSV) und wählen Sie diese Datei, ohne sie in einer Tabellenkalkulation zu öffnen</translation>
    </message>
    <message>
        <source>this line has %1 fields where the header has %2: check that the file is complete, or export it again</source>
        <translation>diese Zeile hat %1 Felder, die Kopfzeile %2: prüfen Sie, ob die Datei vollständig ist, oder exportieren Sie sie erneut</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>detected from the header</source>
        <translation>aus der Kopfzeile erkannt</translation>
    </message>
    <message>
        <source>Shopify orders export</source>
        <translation>Shopify-Bestellexport</translation>
    </message>
    <message>
        <source>WooCommerce order export</source>
        <translation>WooCommerce-Bestellexport</translation>
    </message>
    <message>
        <source>Magento order grid export</source>
        <translation>Magento-Bestellraster-Export</translation>
    </message>
    <message>
        <source>transaction lines</source>
        <translation>Transaktionszeilen</translation>
    </message>
    <message>
        <source>generic CSV with a column mapping</source>
        <translation>allgemeine CSV mit Spaltenzuordnung</translation>
    </message>
    <message>
        <source>order number</source>
        <translation>Bestellnummer</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>total</source>
        <translation>Gesamtbetrag</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>erstattet</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>cancelled at</source>
        <translation>storniert am</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>WooCommerce order export (WebToffee Order Export &amp; Order Import)</source>
        <translation>WooCommerce-Bestellexport (WebToffee Order Export &amp; Order Import)</translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>no order number: the row belongs to no order</source>
        <translation>keine Bestellnummer: die Zeile gehört zu keiner Bestellung</translation>
    </message>
    <message>
        <source>no date: the row is not an order</source>
        <translation>kein Datum: die Zeile ist keine Bestellung</translation>
    </message>
    <message>
        <source>order %1 starts on line %2 with customer &quot;%3&quot;: the row is counted in that order, for that customer</source>
        <translation>Bestellung %1 beginnt in Zeile %2 mit Kunde „%3“: die Zeile wird dieser Bestellung und diesem Kunden zugerechnet</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>%1: monthly report for %2</source>
        <translation>%1: Monatsbericht für %2</translation>
    </message>
    <message>
        <source>Orders from %1 to %2</source>
        <translation>Bestellungen vom %1 bis %2</translation>
    </message>
    <message>
        <source>written %1 by Patronage</source>
        <translation>erstellt am %1 mit Patronage</translation>
    </message>
    <message>
        <source>The two years to %1</source>
        <translation>Die zwei Jahre bis %1</translation>
    </message>
    <message>
        <source>* %1 holds the orders to %2, the last day of the data.</source>
        <translation>* %1 enthält die Bestellungen bis %2, dem letzten Tag der Daten.</translation>
    </message>
    <message>
        <source>Compared with a year before</source>
        <translation>Im Vergleich zum Vorjahr</translation>
    </message>
    <message>
        <source>The data does not reach back to %1, so there is no year before to compare with.</source>
        <translation>Die Daten reichen nicht bis %1 zurück, es gibt also kein Vorjahr zum Vergleich.</translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation>%1 im Vergleich zu %2</translation>
    </message>
    <message>
        <source>Loyalty groups: A is %1, B is %2.</source>
        <translation>Treuegruppen: A ist %1, B ist %2.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Who moved</source>
        <translation>Wer gewechselt hat</translation>
    </message>
    <message>
        <source>Rows: the group in %1, or new since. Columns: the group in %2, or gone. Each cell: customers, and their revenue.</source>
        <translation>Zeilen: die Gruppe in %1 oder seitdem neu. Spalten: die Gruppe in %2 oder ausgeschieden. Jede Zelle: Kunden und ihr Umsatz.</translation>
    </message>
    <message>
        <source>From ↓ to →</source>
        <translation>Von ↓ nach →</translation>
    </message>
    <message>
        <source>Moved up most</source>
        <translation>Am meisten aufgestiegen</translation>
    </message>
    <message>
        <source>Moved down most</source>
        <translation>Am meisten abgestiegen</translation>
    </message>
    <message>
        <source>Nobody.</source>
        <translation>Niemand.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 with the most revenue so far, of %Ln customer(s).</source>
        <translation>
            <numerusform>Die %1 mit dem meisten bisherigen Umsatz, von %Ln Kunden.</numerusform>
            <numerusform>Die %1 mit dem meisten bisherigen Umsatz, von %Ln Kunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Revenue so far</source>
        <translation>Umsatz bisher</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>ausgeschieden</translation>
    </message>
    <message>
        <source>What customers are worth (at the end of %1)</source>
        <translation>Was die Kunden wert sind (Ende %1)</translation>
    </message>
    <message>
        <source>Expected in the next 52 weeks, by loyalty group</source>
        <translation>Erwartet in den nächsten 52 Wochen, nach Treuegruppe</translation>
    </message>
    <message>
        <source>… and by life cycle</source>
        <translation>… und nach Lebenszyklus</translation>
    </message>
    <message>
        <source>Life cycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Churn risk: customers by group and risk</source>
        <translation>Abwanderungsrisiko: Kunden nach Gruppe und Risiko</translation>
    </message>
    <message>
        <source>Back-test on the shop&apos;s own past</source>
        <translation>Rückblicktest an der eigenen Vergangenheit des Shops</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Kundenbindung</translation>
    </message>
    <message>
        <source>RFM groups at the end of %1</source>
        <translation>RFM-Gruppen Ende %1</translation>
    </message>
    <message>
        <source>One order from the next group</source>
        <translation>Eine Bestellung vor der nächsten Gruppe</translation>
    </message>
    <message>
        <source>Groups tested against what happened next</source>
        <translation>Gruppen im Test gegen das, was danach geschah</translation>
    </message>
    <message>
        <source>The data does not reach back to %1, so no group can be tested yet.</source>
        <translation>Die Daten reichen nicht bis %1 zurück, es lässt sich also noch keine Gruppe testen.</translation>
    </message>
    <message numerus="yes">
        <source>The customers of each group at the end of %1, and how many of them ordered again in the %Ln month(s) after.</source>
        <translation>
            <numerusform>Die Kunden jeder Gruppe Ende %1 und wie viele von ihnen im %Ln Monat danach wieder bestellt haben.</numerusform>
            <numerusform>Die Kunden jeder Gruppe Ende %1 und wie viele von ihnen in den %Ln Monaten danach wieder bestellt haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>a report is written as .pdf or .html</source>
        <translation>ein Bericht wird als .pdf oder .html gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln, the most revenue so far first.</source>
        <translation>
            <numerusform>%Ln Kunde.</numerusform>
            <numerusform>Alle %Ln, die mit dem meisten bisherigen Umsatz zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patronage::ChartPanel</name>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG or SVG picture</source>
        <translation>Dieses Diagramm als PNG- oder SVG-Bild speichern</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation>Diagramm nicht gespeichert</translation>
    </message>
    <message>
        <source>Could not write %1: check that the folder exists and that you may write there.</source>
        <translation>%1 konnte nicht geschrieben werden: prüfen Sie, ob der Ordner existiert und Sie dort schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>Patronage::CohortModel</name>
    <message>
        <source>Months after the first order</source>
        <translation>Monate nach der ersten Bestellung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Customers whose first order was in %1</source>
        <translation>Kunden, deren erste Bestellung im Monat %1 war</translation>
    </message>
    <message numerus="yes">
        <source>Customers who first ordered in %1 (%Ln), in %3 (month +%2): %4 ordered that month, revenue %5, %6 so far per customer, %7 have bought a second time. Click to list those who ordered.</source>
        <translation>
            <numerusform>Kunden mit erster Bestellung im Monat %1 (%Ln), im Monat %3 (Monat +%2): %4 haben in dem Monat bestellt, Umsatz %5, bisher %6 je Kunde, %7 haben ein zweites Mal gekauft. Klicken, um die Besteller aufzulisten.</numerusform>
            <numerusform>Kunden mit erster Bestellung im Monat %1 (%Ln), im Monat %3 (Monat +%2): %4 haben in dem Monat bestellt, Umsatz %5, bisher %6 je Kunde, %7 haben ein zweites Mal gekauft. Klicken, um die Besteller aufzulisten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patronage::ComparePage</name>
    <message>
        <source>Customers A</source>
        <translation>Kunden A</translation>
    </message>
    <message>
        <source>Customers B</source>
        <translation>Kunden B</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Revenue share A</source>
        <translation>Umsatzanteil A</translation>
    </message>
    <message>
        <source>Revenue share B</source>
        <translation>Umsatzanteil B</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Compare month A</source>
        <translation>Vergleich: Monat A</translation>
    </message>
    <message>
        <source>with month B</source>
        <translation>mit Monat B</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who moved&lt;/b&gt; (rows: group at A, or new; columns: group at B, or gone)</source>
        <translation>&lt;b&gt;Wer gewechselt ist&lt;/b&gt; (Zeilen: Gruppe in A oder neu; Spalten: Gruppe in B oder ausgeschieden)</translation>
    </message>
    <message>
        <source>Cut-offs. A, %1. B, %2.</source>
        <translation>Schwellen. A: %1. B: %2.</translation>
    </message>
    <message>
        <source>Pick an earlier month A than B to see who moved.</source>
        <translation>Wählen Sie für A einen früheren Monat als für B, um zu sehen, wer gewechselt ist.</translation>
    </message>
    <message>
        <source>%1: Frequent Buyer from %2 orders, VIP from %3</source>
        <translation>%1: Vielkäufer ab %2 Bestellungen, VIP ab %3</translation>
    </message>
    <message>
        <source>%1: F = %2, V = %3</source>
        <translation>%1: F = %2, V = %3</translation>
    </message>
    <message>
        <source>The exact cut-offs: A, %1; B, %2</source>
        <translation>Die genauen Schwellen: A, %1; B, %2</translation>
    </message>
    <message>
        <source>Click a cell of the matrix to list its customers (Ctrl or Shift for several).</source>
        <translation>Klicken Sie auf ein Feld der Matrix, um seine Kunden aufzulisten (mit Strg oder Umschalt mehrere).</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>ausgeschieden</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 to %3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2 bis %3)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 cells&lt;/b&gt; (%2 to %3)</source>
        <translation>&lt;b&gt;%1 Felder&lt;/b&gt; (%2 bis %3)</translation>
    </message>
    <message>
        <source>%1: finding them…</source>
        <translation>%1: werden gesucht…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customer(s)</source>
        <translation>
            <numerusform>%1: %Ln Kunde</numerusform>
            <numerusform>%1: %Ln Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patronage::CustomerBrowserPage</name>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>Any life cycle</source>
        <translation>Alle Lebenszyklen</translation>
    </message>
    <message>
        <source>Any churn risk</source>
        <translation>Jedes Abwanderungsrisiko</translation>
    </message>
    <message>
        <source>How likely the customer is to have stopped buying (from the customer-value model)</source>
        <translation>Wie wahrscheinlich es ist, dass der Kunde nicht mehr kauft (aus dem Kundenwertmodell)</translation>
    </message>
    <message>
        <source>Search e-mail, name or customer id</source>
        <translation>E-Mail, Name oder Kunden-ID suchen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>No customers yet.</source>
        <translation>Noch keine Kunden.</translation>
    </message>
    <message>
        <source>Finding customers…</source>
        <translation>Kunden werden gesucht…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patronage::CustomerDetailDialog</name>
    <message>
        <source>&lt;b&gt;Outlook&lt;/b&gt; from the orders to the end of %1: %2 likely still a customer (churn risk %3). Expected to order on about %4 days in the next 52 weeks, worth about %5 in all.</source>
        <translation>&lt;b&gt;Ausblick&lt;/b&gt; auf Basis der Bestellungen bis Ende %1: mit %2 Wahrscheinlichkeit noch Kunde (Abwanderungsrisiko: %3). Voraussichtlich Bestellungen an etwa %4 Tagen in den nächsten 52 Wochen, im Wert von insgesamt etwa %5.</translation>
    </message>
    <message>
        <source>Forget This Customer…</source>
        <translation>Diesen Kunden vergessen…</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Placed at</source>
        <translation>Bestellt am</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Life cycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>For a deletion request: remove the e-mail, name and key; the orders stay, anonymous</source>
        <translation>Für eine Löschanfrage: E-Mail, Name und Schlüssel entfernen; die Bestellungen bleiben anonym erhalten</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>Monat für Monat</translation>
    </message>
    <message>
        <source>Orders and credit notes</source>
        <translation>Bestellungen und Gutschriften</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why this group, at %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Warum diese Gruppe, Stand %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>From the BG/NBD and Gamma-Gamma models of the shop&apos;s customers: how often this customer has bought, how recently, and how much each time</source>
        <translation>Aus den BG/NBD- und Gamma-Gamma-Modellen der Kunden des Shops: wie oft dieser Kunde gekauft hat, wie kürzlich und wie viel jedes Mal</translation>
    </message>
    <message>
        <source>credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>, %1 refunded</source>
        <translation>, %1 erstattet</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Forget This Customer</source>
        <translation>Diesen Kunden vergessen</translation>
    </message>
    <message>
        <source>Remove %1&apos;s e-mail, name and key from this store? Their orders stay, without anything that says who they were, so the figures do not change. This cannot be undone.</source>
        <translation>E-Mail, Name und Schlüssel von %1 aus dieser Shop-Datei entfernen? Die Bestellungen bleiben erhalten, ohne Angaben dazu, von wem sie stammen, sodass sich die Zahlen nicht ändern. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Forget %1</source>
        <translation>%1 vergessen</translation>
    </message>
    <message>
        <source>Not forgotten</source>
        <translation>Vergessen fehlgeschlagen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Outlook&lt;/b&gt;: no prediction at %1 yet (it is worked out after the list, and needs ten customers who bought twice; the Customer Value page says why when there is none).</source>
        <translation>&lt;b&gt;Ausblick&lt;/b&gt;: noch keine Prognose für %1 (sie wird nach der Liste berechnet und braucht zehn Kunden, die zweimal gekauft haben; die Seite Kundenwert sagt, warum es keine gibt).</translation>
    </message>
    <message>
        <source>Show the Calculation</source>
        <translation>Berechnung zeigen</translation>
    </message>
    <message>
        <source>Not a customer at this month.</source>
        <translation>In diesem Monat kein Kunde.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a %2: %Ln order(s) so far, worth %3.</source>
        <translation>
            <numerusform>%1 ist %2: bisher %Ln Bestellung im Wert von %3.</numerusform>
            <numerusform>%1 ist %2: bisher %Ln Bestellungen im Wert von %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>In %1 a Frequent Buyer needs %2 orders or more and a VIP %3 or more</source>
        <translation>Im %1 braucht ein Vielkäufer %2 oder mehr Bestellungen und ein VIP %3 oder mehr</translation>
    </message>
    <message>
        <source> and %1 of revenue</source>
        <translation> und %1 Umsatz</translation>
    </message>
    <message>
        <source> (the typical customer has %1 orders).</source>
        <translation> (der typische Kunde hat %1 Bestellungen).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more order(s) would make them a %1.</source>
        <translation>
            <numerusform>Noch %Ln Bestellung, und der Kunde wäre %1.</numerusform>
            <numerusform>Noch %Ln Bestellungen, und der Kunde wäre %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their last order was %Ln day(s) before the month&apos;s end: %1.</source>
        <translation>
            <numerusform>Die letzte Bestellung lag %Ln Tag vor dem Monatsende: %1.</numerusform>
            <numerusform>Die letzte Bestellung lag %Ln Tage vor dem Monatsende: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patronage::CustomerTableModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Had not ordered by the earlier month</source>
        <translation>Hatte bis zum früheren Monat nicht bestellt</translation>
    </message>
</context>
<context>
    <name>Patronage::DashboardPage</name>
    <message>
        <source>Months from</source>
        <translation>Monate von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Selected month</source>
        <translation>Ausgewählter Monat</translation>
    </message>
    <message>
        <source>Customers by group</source>
        <translation>Kunden nach Gruppe</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Revenue share by group</source>
        <translation>Umsatzanteil nach Gruppe</translation>
    </message>
    <message>
        <source>share of revenue</source>
        <translation>Umsatzanteil</translation>
    </message>
    <message>
        <source>All revenue so far</source>
        <translation>Gesamter bisheriger Umsatz</translation>
    </message>
    <message>
        <source>The month&apos;s revenue</source>
        <translation>Umsatz des Monats</translation>
    </message>
    <message>
        <source>Life cycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>Working out your customers&apos; groups…</source>
        <translation>Die Gruppen Ihrer Kunden werden berechnet…</translation>
    </message>
    <message>
        <source>No orders yet.
Import an order export (File › Import Orders…) to see your customers&apos; loyalty groups month by month.</source>
        <translation>Noch keine Bestellungen.
Importieren Sie einen Bestellexport (Datei › Bestellungen importieren…), um die Treuegruppen Ihrer Kunden Monat für Monat zu sehen.</translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation>Wiederkaufrate</translation>
    </message>
    <message>
        <source>VIP share of revenue</source>
        <translation>VIP-Anteil am Umsatz</translation>
    </message>
    <message>
        <source>Guest revenue</source>
        <translation>Gastumsatz</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 gegenüber %2</translation>
    </message>
    <message>
        <source>Customers so far</source>
        <translation>Kunden bisher</translation>
    </message>
    <message>
        <source>with an order by the end of %1</source>
        <translation>mit einer Bestellung bis Ende %1</translation>
    </message>
    <message>
        <source>%1 of them bought more than once</source>
        <translation>%1 davon haben mehr als einmal gekauft</translation>
    </message>
    <message>
        <source>Frequent Buyer cut-off</source>
        <translation>Vielkäufer-Schwelle</translation>
    </message>
    <message>
        <source>VIP cut-off</source>
        <translation>VIP-Schwelle</translation>
    </message>
    <message>
        <source>Loyal mean</source>
        <translation>Mittel Stammkunden</translation>
    </message>
    <message>
        <source>Frequent mean</source>
        <translation>Mittel Vielkäufer</translation>
    </message>
    <message>
        <source>VIP mean</source>
        <translation>Mittel VIPs</translation>
    </message>
    <message>
        <source>Cut-offs and group means (orders per customer)</source>
        <translation>Schwellen und Gruppenmittel (Bestellungen je Kunde)</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>* %1 holds the orders to %2, the last day of the data.</source>
        <translation>* %1 enthält die Bestellungen bis %2, dem letzten Tag der Daten.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln VIP(s), of all revenue so far</source>
        <translation>
            <numerusform>%Ln VIP, am gesamten bisherigen Umsatz</numerusform>
            <numerusform>%Ln VIPs, am gesamten bisherigen Umsatz</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln guest order(s) in %1</source>
        <translation>
            <numerusform>%Ln Gastbestellung im %1</numerusform>
            <numerusform>%Ln Gastbestellungen im %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patronage::DetectionPage</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Is this read right?</source>
        <translation>Wurde die Datei richtig gelesen?</translation>
    </message>
    <message>
        <source>Check the dates and amounts below before importing. Change what was detected if it is wrong.</source>
        <translation>Prüfen Sie vor dem Import die Datumsangaben und Beträge unten. Ändern Sie die erkannten Einstellungen, falls sie falsch sind.</translation>
    </message>
    <message>
        <source>Detect from the columns</source>
        <translation>Anhand der Spalten erkennen</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>detected; or for example dd/MM/yyyy HH:mm</source>
        <translation>erkannt; oder zum Beispiel dd/MM/yyyy HH:mm</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation>Zeichenkodierung:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation>Datumsformat:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>Erkannt:</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more: read the same way)</source>
        <translation>
            <numerusform>%1 (und %n weitere Datei, die genauso gelesen wird)</numerusform>
            <numerusform>%1 (und %n weitere Dateien, die genauso gelesen werden)</numerusform>
        </translation>
    </message>
    <message>
        <source>from the file</source>
        <translation>aus der Datei</translation>
    </message>
    <message>
        <source>%1 · %2 · %3-separated · dates %4 · decimal %5 · %6</source>
        <translation>%1 · %2 · Trennzeichen %3 · Datum %4 · Dezimalzeichen %5 · %6</translation>
    </message>
    <message>
        <source>no currency named</source>
        <translation>keine Währung angegeben</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
</context>
<context>
    <name>Patronage::ExportDialog</name>
    <message>
        <source>Export Customers</source>
        <translation>Kunden exportieren</translation>
    </message>
    <message>
        <source>Patronage columns (CSV)</source>
        <translation>Patronage-Spalten (CSV)</translation>
    </message>
    <message>
        <source>Klaviyo list import</source>
        <translation>Klaviyo-Listenimport</translation>
    </message>
    <message>
        <source>Mailchimp audience import</source>
        <translation>Mailchimp-Zielgruppenimport</translation>
    </message>
    <message>
        <source>Hashed e-mails for ad audiences (SHA-256)</source>
        <translation>Gehashte E-Mail-Adressen für Werbezielgruppen (SHA-256)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) will be written.</source>
        <translation>
            <numerusform>%Ln Kunde wird exportiert.</numerusform>
            <numerusform>%Ln Kunden werden exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without an e-mail address are left out.</source>
        <translation>
            <numerusform>%Ln Kunde ohne E-Mail-Adresse wird ausgelassen.</numerusform>
            <numerusform>%Ln Kunden ohne E-Mail-Adresse werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Customers exported</source>
        <translation>Kunden exportiert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) written to %1.</source>
        <translation>
            <numerusform>%Ln Kunde nach %1 geschrieben.</numerusform>
            <numerusform>%Ln Kunden nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every figure Patronage shows of each customer.</source>
        <translation>Jede Zahl, die Patronage zu jedem Kunden zeigt.</translation>
    </message>
    <message>
        <source>Each Patronage column becomes a profile property; next month&apos;s import replaces it.</source>
        <translation>Jede Patronage-Spalte wird zu einer Profileigenschaft; der Import im nächsten Monat ersetzt sie.</translation>
    </message>
    <message>
        <source>For a custom audience of an ad platform: no names, no figures.</source>
        <translation>Für eine eigene Zielgruppe einer Werbeplattform: keine Namen, keine Zahlen.</translation>
    </message>
    <message>
        <source>Group, life cycle, churn risk and RFM group are audience fields, not tags, which imports would pile up. Tick “Update any existing contacts” when you import: each field then replaces last month&apos;s value.</source>
        <translation>Gruppe, Lebenszyklus, Abwanderungsrisiko und RFM-Gruppe sind Zielgruppenfelder, keine Tags, die sich mit jedem Import anhäufen würden. Setzen Sie beim Import das Häkchen bei „Update any existing contacts“: dann ersetzt jedes Feld den Wert des Vormonats.</translation>
    </message>
    <message>
        <source>Choose Your Shopify Customers Export…</source>
        <translation>Ihren Shopify-Kundenexport wählen…</translation>
    </message>
    <message>
        <source>Shopify customer tags</source>
        <translation>Shopify-Kunden-Tags</translation>
    </message>
    <message>
        <source>Your Shopify Customers Export</source>
        <translation>Ihr Shopify-Kundenexport</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customer(s) of your shop.</source>
        <translation>
            <numerusform>%1: %Ln Kunde Ihres Shops.</numerusform>
            <numerusform>%1: %Ln Kunden Ihres Shops.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shopify&apos;s customer import, with each customer&apos;s group, life cycle, RFM group and churn risk as tags beside the shop&apos;s own. Export your customers from Shopify (Customers › Export, all customers, CSV) and choose that file: every other field is written as Shopify exported it. Import the file in Shopify with “Overwrite existing customers” ticked: last month&apos;s Patronage tags are replaced.</source>
        <translation>Shopifys Kundenimport, mit Gruppe, Lebenszyklus, RFM-Gruppe und Abwanderungsrisiko jedes Kunden als Tags neben den eigenen des Shops. Exportieren Sie Ihre Kunden aus Shopify (Kunden › Exportieren, alle Kunden, CSV) und wählen Sie diese Datei: jedes andere Feld wird so geschrieben, wie Shopify es exportiert hat. Importieren Sie die Datei in Shopify mit „Bestehende Kunden überschreiben“: die Patronage-Tags des Vormonats werden ersetzt.</translation>
    </message>
    <message>
        <source>Choose your Shopify customers export first.</source>
        <translation>Wählen Sie zuerst Ihren Shopify-Kundenexport.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) will be tagged.</source>
        <translation>
            <numerusform>%Ln Kunde wird getaggt.</numerusform>
            <numerusform>%Ln Kunden werden getaggt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln listed customer(s) are not in your Shopify export and are left out.</source>
        <translation>
            <numerusform>%Ln aufgeführter Kunde ist nicht in Ihrem Shopify-Export und wird ausgelassen.</numerusform>
            <numerusform>%Ln aufgeführte Kunden sind nicht in Ihrem Shopify-Export und werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln would have more than Shopify&apos;s 250 tags and are left out.</source>
        <translation>
            <numerusform>%Ln hätte mehr als Shopifys 250 Tags und wird ausgelassen.</numerusform>
            <numerusform>%Ln hätten mehr als Shopifys 250 Tags und werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other customer(s) of your shop lose their older Patronage tags.</source>
        <translation>
            <numerusform>%Ln weiterer Kunde Ihres Shops verliert seine älteren Patronage-Tags.</numerusform>
            <numerusform>%Ln weitere Kunden Ihres Shops verlieren ihre älteren Patronage-Tags.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other customer(s) of your shop keep older Patronage tags: export the month&apos;s whole list, without filters, to replace theirs.</source>
        <translation>
            <numerusform>%Ln weiterer Kunde Ihres Shops behält ältere Patronage-Tags: exportieren Sie die ganze Liste des Monats, ohne Filter, um sie zu ersetzen.</numerusform>
            <numerusform>%Ln weitere Kunden Ihres Shops behalten ältere Patronage-Tags: exportieren Sie die ganze Liste des Monats, ohne Filter, um sie zu ersetzen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patronage::ExportReportDialog</name>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation>Name des Shops</translation>
    </message>
    <message>
        <source>Paper (PDF)</source>
        <translation>Papier (PDF)</translation>
    </message>
    <message>
        <source>Four pages to hand on: the month&apos;s figures and charts, the comparison with a year before and who moved most, what customers are worth, and retention. Save as PDF to print, or as HTML for a browser or an e-mail.</source>
        <translation>Vier Seiten zum Weitergeben: die Zahlen und Diagramme des Monats, der Vergleich mit dem Vorjahr und wer am meisten gewechselt hat, was die Kunden wert sind und die Kundenbindung. Als PDF zum Drucken oder als HTML für einen Browser oder eine E-Mail.</translation>
    </message>
    <message>
        <source>%1 report %2</source>
        <translation>%1 Bericht %2</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Working out the report of %1…</source>
        <translation>Bericht für %1 wird erstellt…</translation>
    </message>
    <message>
        <source>The store changed while the report was worked out: save it again.</source>
        <translation>Der Speicher hat sich geändert, während der Bericht erstellt wurde: bitte erneut speichern.</translation>
    </message>
    <message>
        <source>Drawing the charts and writing %1…</source>
        <translation>Diagramme werden gezeichnet und %1 geschrieben…</translation>
    </message>
    <message>
        <source>The report was not saved. %1</source>
        <translation>Der Bericht wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht gespeichert unter %1.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Abgebrochen: nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>Patronage::FilesPage</name>
    <message>
        <source>Which exports?</source>
        <translation>Welche Exporte?</translation>
    </message>
    <message>
        <source>Order exports from Shopify, WooCommerce, Magento, transaction lines or any CSV. Add files, or drop them here. Importing a file again never counts an order twice.</source>
        <translation>Bestellexporte aus Shopify, WooCommerce, Magento, Transaktionszeilen oder beliebige CSV-Dateien. Fügen Sie Dateien hinzu oder ziehen Sie sie hierher. Wird eine Datei erneut importiert, wird keine Bestellung doppelt gezählt.</translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add Order Exports</source>
        <translation>Bestellexporte hinzufügen</translation>
    </message>
    <message>
        <source>CSV exports (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Exporte (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Patronage::HowItWorksDialog</name>
    <message>
        <source>In &lt;b&gt;%1&lt;/b&gt;, the latest month of this shop, %2 customers have ordered so far, %3 of them more than once; the typical customer has %4 orders.</source>
        <translation>Im &lt;b&gt;%1&lt;/b&gt;, dem neuesten Monat dieses Shops, haben bisher %2 Kunden bestellt, %3 davon mehr als einmal; der typische Kunde hat %4 Bestellungen.</translation>
    </message>
    <message>
        <source>A Frequent Buyer needs &lt;b&gt;%1 orders&lt;/b&gt; or more (the cut-off is %2) and a VIP &lt;b&gt;%3 or more&lt;/b&gt; (the cut-off is %4).</source>
        <translation>Ein Vielkäufer braucht &lt;b&gt;%1 Bestellungen&lt;/b&gt; oder mehr (die Schwelle liegt bei %2) und ein VIP &lt;b&gt;%3 oder mehr&lt;/b&gt; (die Schwelle liegt bei %4).</translation>
    </message>
    <message>
        <source>A VIP has also spent at least %1.</source>
        <translation>Ein VIP hat außerdem mindestens %1 ausgegeben.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Customers in each group: %1.</source>
        <translation>Kunden je Gruppe: %1.</translation>
    </message>
    <message>
        <source>How Groups and Life Cycles Work</source>
        <translation>So entstehen Gruppen und Lebenszyklen</translation>
    </message>
    <message>
        <source>Loyalty groups</source>
        <translation>Treuegruppen</translation>
    </message>
    <message>
        <source>Every month, each customer who has ordered so far is put in one of four groups by the number of valid orders they have placed (cancelled orders do not count; a refund lowers the revenue, not the orders).</source>
        <translation>Jeden Monat kommt jeder Kunde, der bis dahin bestellt hat, nach der Zahl seiner gültigen Bestellungen in eine von vier Gruppen (stornierte Bestellungen zählen nicht; eine Erstattung senkt den Umsatz, nicht die Zahl der Bestellungen).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: one order.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: eine Bestellung.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: two orders or more, fewer than a Frequent Buyer.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: zwei Bestellungen oder mehr, weniger als ein Vielkäufer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: at least the month&apos;s Frequent Buyer cut-off.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: mindestens die Vielkäufer-Schwelle des Monats.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: at least the month&apos;s VIP cut-off.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: mindestens die VIP-Schwelle des Monats.</translation>
    </message>
    <message>
        <source>The cut-offs move with the shop&apos;s customers. The Frequent Buyer cut-off is the average number of orders per customer plus one standard deviation (how widely the customers differ), and never under %1 orders; the VIP cut-off is the average plus two standard deviations, and never under %2.</source>
        <translation>Die Schwellen bewegen sich mit den Kunden des Shops. Die Vielkäufer-Schwelle ist die durchschnittliche Zahl der Bestellungen je Kunde plus eine Standardabweichung (wie stark sich die Kunden unterscheiden), nie weniger als %1 Bestellungen; die VIP-Schwelle ist der Durchschnitt plus zwei Standardabweichungen, nie weniger als %2.</translation>
    </message>
    <message>
        <source>The cut-offs come from the customers who have ordered more than once: a Frequent Buyer has at least as many orders as %1% of them, and at least %2; a VIP has at least as many orders as %3% of them and has spent as much as %3% of them.</source>
        <translation>Die Schwellen ergeben sich aus den Kunden, die mehr als einmal bestellt haben: ein Vielkäufer hat mindestens so viele Bestellungen wie %1 % von ihnen und mindestens %2; ein VIP hat mindestens so viele Bestellungen wie %3 % von ihnen und so viel ausgegeben wie %3 % von ihnen.</translation>
    </message>
    <message>
        <source>Life cycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: ordered in the last %2 days.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: hat in den letzten %2 Tagen bestellt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: within %2 times their rhythm.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: innerhalb des %2-fachen Rhythmus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: longer than that.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: länger.</translation>
    </message>
    <message>
        <source>The orders run to %1, before the month&apos;s end: its days are counted to that day, so nobody looks as if they had been away for the rest of the month.</source>
        <translation>Die Bestellungen reichen bis %1, vor dem Monatsende: die Tage werden bis zu diesem Tag gezählt, damit niemand so aussieht, als wäre er den Rest des Monats weg gewesen.</translation>
    </message>
    <message>
        <source>Open a store to see its own cut-offs here.</source>
        <translation>Öffnen Sie eine Shop-Datei, um hier ihre eigenen Schwellen zu sehen.</translation>
    </message>
    <message>
        <source>Beside the group, each customer has a life cycle that says how recently they ordered, measured against their own rhythm: the average time between their orders. For a customer with one order, the rhythm is the shop&apos;s: the time within which %1% of its repeat orders follow the order before.</source>
        <translation>Neben der Gruppe hat jeder Kunde einen Lebenszyklus, der sagt, wie kürzlich er bestellt hat, gemessen an seinem eigenen Rhythmus: der durchschnittlichen Zeit zwischen seinen Bestellungen. Für einen Kunden mit einer Bestellung gilt der Rhythmus des Shops: die Zeit, innerhalb der %1 % seiner Folgebestellungen auf die vorige Bestellung folgen.</translation>
    </message>
    <message>
        <source>In %1, %3% of the shop&apos;s repeat orders came within %2 days of the order before.</source>
        <translation>Im %1 kamen %3 % der Folgebestellungen des Shops innerhalb von %2 Tagen nach der vorigen Bestellung.</translation>
    </message>
    <message numerus="yes">
        <source>Only the orders of the last %n month(s) count, so a customer who stops ordering moves down in time.</source>
        <translation>
            <numerusform>Nur die Bestellungen des letzten %n Monats zählen, sodass ein Kunde, der nicht mehr bestellt, mit der Zeit absteigt.</numerusform>
            <numerusform>Nur die Bestellungen der letzten %n Monate zählen, sodass ein Kunde, der nicht mehr bestellt, mit der Zeit absteigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patronage::ImportHistoryModel</name>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>New orders</source>
        <translation>Neue Bestellungen</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <source>Guest orders</source>
        <translation>Gastbestellungen</translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation>Übersprungene Zeilen</translation>
    </message>
</context>
<context>
    <name>Patronage::ImportProgressPage</name>
    <message>
        <source>Cancel Import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation>Bericht kopieren</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)…</source>
        <translation>%1 wird gelesen (%2 von %3)…</translation>
    </message>
    <message>
        <source>Cancelling: the file being read is rolled back…</source>
        <translation>Wird abgebrochen: Die gerade gelesene Datei wird zurückgenommen…</translation>
    </message>
    <message>
        <source>Cancelled. The store is as it was before the cancelled file.</source>
        <translation>Abgebrochen. Die Shop-Datei ist wieder so wie vor der abgebrochenen Datei.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>  not imported: %1
  The store is unchanged by this file.

</source>
        <translation>  nicht importiert: %1
  Die Shop-Datei wurde durch diese Datei nicht verändert.

</translation>
    </message>
    <message>
        <source>  %1 · %2 · dates %3 · decimal %4
</source>
        <translation>  %1 · %2 · Datum %3 · Dezimalzeichen %4
</translation>
    </message>
    <message>
        <source>  rows read %1
  new orders %2
  updated orders %3
  unchanged orders %4
  credit notes %5
  guest orders %6
  rows skipped %7
</source>
        <translation>  gelesene Zeilen %1
  neue Bestellungen %2
  aktualisierte Bestellungen %3
  unveränderte Bestellungen %4
  Gutschriften %5
  Gastbestellungen %6
  übersprungene Zeilen %7
</translation>
    </message>
    <message>
        <source>    skipped line %1, column %2 (&quot;%3&quot;): %4
</source>
        <translation>    übersprungen: Zeile %1, Spalte %2 („%3“): %4
</translation>
    </message>
    <message>
        <source>    note on line %1, column %2 (&quot;%3&quot;): %4
</source>
        <translation>    Hinweis zu Zeile %1, Spalte %2 („%3“): %4
</translation>
    </message>
    <message>
        <source>  This file was imported before (%1): nothing was counted twice.
</source>
        <translation>  Diese Datei wurde bereits importiert (%1): nichts wurde doppelt gezählt.
</translation>
    </message>
    <message>
        <source>The import was cancelled before any file was read: the store is unchanged.</source>
        <translation>Der Import wurde abgebrochen, bevor eine Datei gelesen wurde: die Shop-Datei ist unverändert.</translation>
    </message>
</context>
<context>
    <name>Patronage::ImportWizard</name>
    <message>
        <source>Import Orders</source>
        <translation>Bestellungen importieren</translation>
    </message>
</context>
<context>
    <name>Patronage::ImportsPage</name>
    <message>
        <source>Import Orders…</source>
        <translation>Bestellungen importieren…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Import history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Importverlauf&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; orders (%3 from customers, %4 guest orders, %5 cancelled) · &lt;b&gt;%6&lt;/b&gt; credit notes · &lt;b&gt;%7&lt;/b&gt; customers with orders · net revenue &lt;b&gt;%8&lt;/b&gt;&lt;br&gt;%9 to %10&lt;/p&gt;</source>
        <translation>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; Bestellungen (%3 von Kunden, %4 Gastbestellungen, %5 storniert) · &lt;b&gt;%6&lt;/b&gt; Gutschriften · &lt;b&gt;%7&lt;/b&gt; Kunden mit Bestellungen · Nettoumsatz &lt;b&gt;%8&lt;/b&gt;&lt;br&gt;%9 bis %10&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Patronage::ListedCustomers</name>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Click a cell or a row above to list its customers.</source>
        <translation>Klicken Sie oben auf ein Feld oder eine Zeile, um die Kunden aufzulisten.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: finding them…</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: werden gesucht…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %Ln customer(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln Kunde</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patronage::MainWindow</name>
    <message>
        <source>Patronage</source>
        <translation>Patronage</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Compare Months</source>
        <translation>Monate vergleichen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Customer Value</source>
        <translation>Kundenwert</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>The store was changed by another program: updating…</source>
        <translation>Die Shop-Datei wurde von einem anderen Programm geändert: wird aktualisiert…</translation>
    </message>
    <message>
        <source>Working out groups…</source>
        <translation>Gruppen werden berechnet…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s) of results</source>
        <translation>
            <numerusform>Ergebnisse für %Ln Monat</numerusform>
            <numerusform>Ergebnisse für %Ln Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not work out the groups: %1</source>
        <translation>Die Gruppen konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Store…</source>
        <translation>&amp;Neue Shop-Datei…</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>Shop-Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Shop</source>
        <translation>Beispiel-S&amp;hop öffnen</translation>
    </message>
    <message>
        <source>&amp;Import Orders…</source>
        <translation>Bestellungen &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Close Store</source>
        <translation>Shop-Datei &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Segments</source>
        <translation>&amp;Segmente</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Patronage</source>
        <translation>Ü&amp;ber Patronage</translation>
    </message>
    <message>
        <source>About Patronage</source>
        <translation>Über Patronage</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Patronage %1&lt;/h3&gt;&lt;p&gt;Customer loyalty analytics for online shops. Your orders stay on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Patronage %1&lt;/h3&gt;&lt;p&gt;Kundentreue-Analysen für Onlineshops. Ihre Bestellungen bleiben auf diesem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the sample shop, or import your own orders to begin.</source>
        <translation>Öffnen Sie den Beispiel-Shop oder importieren Sie Ihre eigenen Bestellungen, um zu beginnen.</translation>
    </message>
    <message>
        <source>%1 - Patronage</source>
        <translation>%1 - Patronage</translation>
    </message>
    <message>
        <source>Cannot open the sample shop</source>
        <translation>Beispiel-Shop kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The sample shop was not found next to the program.</source>
        <translation>Der Beispiel-Shop wurde nicht neben dem Programm gefunden.</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>Shop-Datei öffnen</translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation>Shop-Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>New Store</source>
        <translation>Neue Shop-Datei</translation>
    </message>
    <message>
        <source>my-shop.patronage</source>
        <translation>mein-shop.patronage</translation>
    </message>
    <message>
        <source>Cannot create the store</source>
        <translation>Shop-Datei kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Find Customers</source>
        <translation>Kunden &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;How Groups and Life Cycles Work</source>
        <translation>&amp;So entstehen Gruppen und Lebenszyklen</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Kundenbindung</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>A report needs orders: import an order export first (File › Import Orders…).</source>
        <translation>Ein Bericht braucht Bestellungen: importieren Sie zuerst einen Bestellexport (Datei › Bestellungen importieren…).</translation>
    </message>
</context>
<context>
    <name>Patronage::MatrixModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Ausgeschieden</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s), revenue %1: click to list them (Ctrl+click to add the cell to the list)</source>
        <translation>
            <numerusform>%Ln Kunde, Umsatz %1: klicken, um ihn aufzulisten (Strg+Klick fügt das Feld der Liste hinzu)</numerusform>
            <numerusform>%Ln Kunden, Umsatz %1: klicken, um sie aufzulisten (Strg+Klick fügt das Feld der Liste hinzu)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patronage::MonthTableModel</name>
    <message>
        <source>%1: mean orders</source>
        <translation>%1: mittlere Bestellzahl</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Frequent Buyer from (F)</source>
        <translation>Vielkäufer ab (F)</translation>
    </message>
    <message>
        <source>VIP from (V)</source>
        <translation>VIP ab (V)</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation>Wiederkehrende Kunden</translation>
    </message>
    <message>
        <source>Guest orders</source>
        <translation>Gastbestellungen</translation>
    </message>
    <message>
        <source>Guest revenue</source>
        <translation>Gastumsatz</translation>
    </message>
</context>
<context>
    <name>Patronage::OneOrderAwayModel</name>
    <message>
        <source>One more order, worth their average order, makes each of them a %1. Click to list them.</source>
        <translation>Eine weitere Bestellung im Wert ihrer durchschnittlichen Bestellung macht jeden von ihnen zu: %1. Klicken, um sie aufzulisten.</translation>
    </message>
    <message>
        <source>One order away</source>
        <translation>Eine Bestellung entfernt</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Their revenue so far</source>
        <translation>Ihr bisheriger Umsatz</translation>
    </message>
    <message>
        <source>%1 → %2 with one more order</source>
        <translation>%1 → %2 mit einer weiteren Bestellung</translation>
    </message>
</context>
<context>
    <name>Patronage::PreviewModel</name>
    <message>
        <source>guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Placed at</source>
        <translation>Bestellt am</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Patronage::RetentionPage</name>
    <message>
        <source>Cumulative</source>
        <translation>Kumuliert</translation>
    </message>
    <message>
        <source>Retention (share who ordered that month)</source>
        <translation>Kundenbindung (Anteil, der in dem Monat bestellt hat)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Revenue per customer so far</source>
        <translation>Bisheriger Umsatz je Kunde</translation>
    </message>
    <message>
        <source>Repeat rate (bought a second time)</source>
        <translation>Wiederkaufrate (ein zweites Mal gekauft)</translation>
    </message>
    <message>
        <source>Retention: the share who have bought again in any month so far; revenue: all of it so far</source>
        <translation>Kundenbindung: der Anteil, der bisher in irgendeinem Monat erneut gekauft hat; Umsatz: alles bisher</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monaten</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Rows: the month of the first order (customers); columns: months after</source>
        <translation>Zeilen: Monat der ersten Bestellung (Kunden); Spalten: Monate danach</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <source>Groups at</source>
        <translation>Gruppen im</translation>
    </message>
    <message>
        <source>bought again in the next</source>
        <translation>erneut gekauft in den nächsten</translation>
    </message>
    <message>
        <source>Groups Tested</source>
        <translation>Gruppen im Test</translation>
    </message>
    <message>
        <source>R: how recently; FM: how often and how much (5 is best). Click a cell or a group to list its customers.</source>
        <translation>R: wie kürzlich; FM: wie oft und wie viel (5 ist am besten). Klicken Sie auf ein Feld oder eine Gruppe, um die Kunden aufzulisten.</translation>
    </message>
    <message>
        <source>RFM</source>
        <translation>RFM</translation>
    </message>
    <message>
        <source>With this month&apos;s cut-offs, one more order worth their average order would move these customers up. Click a row to list them.</source>
        <translation>Mit den Schwellen dieses Monats würde eine weitere Bestellung im Wert ihrer durchschnittlichen Bestellung diese Kunden aufsteigen lassen. Klicken Sie auf eine Zeile, um sie aufzulisten.</translation>
    </message>
    <message>
        <source>One Order Away</source>
        <translation>Eine Bestellung entfernt</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Customers whose first order was in %1</source>
        <translation>Kunden, deren erste Bestellung im Monat %1 war</translation>
    </message>
    <message>
        <source>Customers who first ordered in %1 and ordered in %2</source>
        <translation>Kunden mit erster Bestellung im Monat %1, die im Monat %2 bestellt haben</translation>
    </message>
    <message>
        <source>Customers who were %1 in %2</source>
        <translation>Kunden, die im Monat %2 %1 waren</translation>
    </message>
    <message>
        <source>R %1, FM %2 in %3 (%4)</source>
        <translation>R %1, FM %2 im Monat %3 (%4)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 im Monat %2</translation>
    </message>
    <message>
        <source>Customers who were %1 in %2 and bought again by %3</source>
        <translation>Kunden, die im Monat %2 %1 waren und bis %3 erneut gekauft haben</translation>
    </message>
</context>
<context>
    <name>Patronage::RfmGridModel</name>
    <message>
        <source>%1
%2
%3</source>
        <translation>%1
%2
%3</translation>
    </message>
    <message>
        <source>Recency: 5 bought most recently, 1 longest ago</source>
        <translation>Aktualität: 5 hat zuletzt gekauft, 1 am längsten nicht</translation>
    </message>
    <message>
        <source>Frequency and monetary value together: 5 most orders and spend</source>
        <translation>Häufigkeit und Umsatz zusammen: 5 die meisten Bestellungen und Ausgaben</translation>
    </message>
    <message>
        <source>R %1</source>
        <translation>R %1</translation>
    </message>
    <message>
        <source>FM %1</source>
        <translation>FM %1</translation>
    </message>
    <message>
        <source>R %1, FM %2: %3 Customers: %4, revenue %5. Click to list them.</source>
        <translation>R %1, FM %2: %3 Kunden: %4, Umsatz %5. Klicken, um sie aufzulisten.</translation>
    </message>
</context>
<context>
    <name>Patronage::RfmGroupsModel</name>
    <message>
        <source>RFM group</source>
        <translation>RFM-Gruppe</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
</context>
<context>
    <name>Patronage::SegmentationSettingsDialog</name>
    <message>
        <source>Segmentation Settings</source>
        <translation>Einstellungen der Segmentierung</translation>
    </message>
    <message>
        <source>Mean and spread of order counts (Clerk)</source>
        <translation>Mittelwert und Streuung der Bestellzahlen (Clerk)</translation>
    </message>
    <message>
        <source>Percentiles of orders and revenue</source>
        <translation>Perzentile von Bestellungen und Umsatz</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>all history</source>
        <translation>gesamter Verlauf</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> orders</source>
        <translation> Bestellungen</translation>
    </message>
    <message>
        <source>Cut-offs from:</source>
        <translation>Schwellen nach:</translation>
    </message>
    <message>
        <source>Look back:</source>
        <translation>Rückblick:</translation>
    </message>
    <message>
        <source>Frequent Buyer percentile:</source>
        <translation>Vielkäufer-Perzentil:</translation>
    </message>
    <message>
        <source>VIP percentile:</source>
        <translation>VIP-Perzentil:</translation>
    </message>
    <message>
        <source>Frequent Buyer at least:</source>
        <translation>Vielkäufer ab:</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>With these settings</source>
        <translation>Mit diesen Einstellungen</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Einstellungen nicht gespeichert</translation>
    </message>
    <message>
        <source>&lt;b&gt;Customers per group in %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kunden pro Gruppe im Monat %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>Patronage::StartPage</name>
    <message>
        <source>None yet. A store is one file per shop (.patronage) that keeps your imported orders; it is made when you first import.</source>
        <translation>Noch keine. Eine Shop-Datei ist eine Datei pro Shop (.patronage), die Ihre importierten Bestellungen speichert; sie wird beim ersten Import angelegt.</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Patronage&lt;/h1&gt;&lt;p&gt;See who your loyal customers are, month by month, from your shop&apos;s order exports. Everything stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Patronage&lt;/h1&gt;&lt;p&gt;Sehen Sie Monat für Monat, wer Ihre treuen Kunden sind – anhand der Bestellexporte Ihres Shops. Alles bleibt auf diesem Computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open the Sample Shop</source>
        <translation>Beispiel-Shop öffnen</translation>
    </message>
    <message>
        <source>Import Orders…</source>
        <translation>Bestellungen importieren…</translation>
    </message>
    <message>
        <source>Open a Store…</source>
        <translation>Shop-Datei öffnen…</translation>
    </message>
    <message>
        <source>A made-up shop with two years of orders, to look around</source>
        <translation>Ein erfundener Shop mit Bestellungen aus zwei Jahren, zum Ausprobieren</translation>
    </message>
    <message>
        <source>Start a store from your Shopify, WooCommerce, Magento or spreadsheet export</source>
        <translation>Legen Sie eine Shop-Datei aus Ihrem Shopify-, WooCommerce-, Magento- oder Tabellenexport an</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent stores&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zuletzt verwendete Shop-Dateien&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Patronage::TestedModel</name>
    <message>
        <source>The data ends in %1: nothing after it to test %2 against yet.</source>
        <translation>Die Daten enden im %1: danach gibt es noch nichts, woran sich %2 prüfen ließe.</translation>
    </message>
    <message>
        <source>Of the customers who were %1 in %2 (%3), %4 bought again by %5, worth %6.</source>
        <translation>Von den Kunden, die im Monat %2 %1 waren (%3), haben %4 bis %5 erneut gekauft, im Wert von %6.</translation>
    </message>
    <message>
        <source>Loyalty group</source>
        <translation>Treuegruppe</translation>
    </message>
    <message>
        <source>Life cycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <source>RFM group</source>
        <translation>RFM-Gruppe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Bought again</source>
        <translation>Erneut gekauft</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Their revenue in the months after</source>
        <translation>Ihr Umsatz in den Monaten danach</translation>
    </message>
    <message>
        <source>Click to list those who bought again</source>
        <translation>Klicken, um die aufzulisten, die erneut gekauft haben</translation>
    </message>
    <message>
        <source>Click to list them all.</source>
        <translation>Klicken, um alle aufzulisten.</translation>
    </message>
</context>
<context>
    <name>Patronage::ValuePage</name>
    <message>
        <source>No customer seems to have stopped buying for good yet, so everyone is taken to be still a customer and predictions follow each one&apos;s own buying rate.</source>
        <translation>Anscheinend hat noch kein Kunde endgültig aufgehört zu kaufen, daher gelten alle noch als Kunden, und die Prognosen folgen der eigenen Kaufrate jedes Einzelnen.</translation>
    </message>
    <message>
        <source>Each repeat customer spends about the same every time: their own average is their expected order value.</source>
        <translation>Jeder wiederkehrende Kunde gibt jedes Mal etwa gleich viel aus: sein eigener Durchschnitt ist sein erwarteter Bestellwert.</translation>
    </message>
    <message>
        <source>Customers spend alike: every one is expected to spend the shop&apos;s average.</source>
        <translation>Die Kunden geben ähnlich viel aus: von jedem wird erwartet, dass er den Durchschnitt des Shops ausgibt.</translation>
    </message>
    <message>
        <source>Every order has had the same value, and so has every prediction.</source>
        <translation>Jede Bestellung hatte denselben Wert, und damit auch jede Prognose.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Prognostiziert</translation>
    </message>
    <message>
        <source>How likely customers are still customers</source>
        <translation>Wahrscheinlichkeit, noch Kunde zu sein</translation>
    </message>
    <message>
        <source>Back-test: repeat purchase days after the as-of date</source>
        <translation>Rückblicktest: Tage mit Wiederholungskäufen nach dem Stichtag</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Kumuliert</translation>
    </message>
    <message>
        <source>Click a cell to list those customers, ready to export</source>
        <translation>Klicken Sie auf eine Zelle, um diese Kunden exportbereit aufzulisten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Expected in the next 52 weeks, by loyalty group&lt;/b&gt;</source>
        <translation>&lt;b&gt;Erwartet in den nächsten 52 Wochen, nach Treuegruppe&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;… and by life cycle&lt;/b&gt;</source>
        <translation>&lt;b&gt;… und nach Lebenszyklus&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Churn risk&lt;/b&gt;: customers by group and risk (click to list them)</source>
        <translation>&lt;b&gt;Abwanderungsrisiko&lt;/b&gt;: Kunden nach Gruppe und Risiko (zum Auflisten klicken)</translation>
    </message>
    <message>
        <source>Working out what customers are worth…</source>
        <translation>Der Wert der Kunden wird berechnet…</translation>
    </message>
    <message>
        <source>&lt;b&gt;No prediction yet.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Noch keine Prognose.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 expected from today&apos;s %2 in the next 52 weeks&lt;/b&gt;, from the orders to %3. %4 of them are at high risk of having stopped buying. %5</source>
        <translation>&lt;b&gt;%1 erwartet von den heutigen %2 in den nächsten 52 Wochen&lt;/b&gt;, auf Basis der Bestellungen bis %3. Bei %4 davon ist das Risiko hoch, dass sie nicht mehr kaufen. %5</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation>Prognostizierter Wert</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation>Pro Kunde</translation>
    </message>
    <message>
        <source>%1 risk</source>
        <translation>Risiko: %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Predicted value %1</source>
        <translation>Prognostizierter Wert: %1</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>Woche %1</translation>
    </message>
    <message>
        <source>The shop&apos;s history is too short for a back-test.</source>
        <translation>Die Historie des Shops ist zu kurz für einen Rückblicktest.</translation>
    </message>
    <message>
        <source>The model was close: its predictions can be trusted for this shop.</source>
        <translation>Das Modell lag nah dran: Seinen Prognosen kann man für diesen Shop vertrauen.</translation>
    </message>
    <message>
        <source>Customers bought more than the model expected (%1 more), as in a busy season: treat its predictions as a floor.</source>
        <translation>Die Kunden haben mehr gekauft, als das Modell erwartet hat (%1 mehr), wie in einer starken Saison: Betrachten Sie seine Prognosen als Untergrenze.</translation>
    </message>
    <message>
        <source>Customers bought less than the model expected (%1 less): treat its predictions as a ceiling.</source>
        <translation>Die Kunden haben weniger gekauft, als das Modell erwartet hat (%1 weniger): Betrachten Sie seine Prognosen als Obergrenze.</translation>
    </message>
    <message>
        <source>Fitted on the orders to %1, the model expected %2 repeat purchase days by %3; %4 happened. %5</source>
        <translation>Angepasst an die Bestellungen bis %1, erwartete das Modell %2 Tage mit Wiederholungskäufen bis zum %3; tatsächlich waren es %4. %5</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the store</source>
        <translation>Shop-Datei kann nicht geöffnet werden</translation>
    </message>
</context>
</TS>
