<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppRemedies</name>
    <message>
        <source>type the dates&apos; layout in Date format, for example dd/MM/yyyy HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type dd/MM/yyyy or MM/dd/yyyy in Date format (add the time, such as HH:mm, if the dates have one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the currency %1 typed in Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose “%1” as the format and pick the column for %2 under Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose “%1” as the format and pick the columns for %2, %3, %4 and %5 under Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerFigures</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One Time Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequent Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slipping Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has ordered once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has ordered more than once, fewer times than a Frequent Buyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders more often than most customers: at least the month&apos;s Frequent Buyer cut-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Among the shop&apos;s best customers: at least the month&apos;s VIP cut-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered in the last 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordering at their usual pace: within twice their usual gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: more than twice their usual gap since the last order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than four times their usual gap since the last order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Almost Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previously Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought very recently, for the first time or little so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought recently; not often or much yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying at a middling rate and spend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buys often and spends well, and has bought lately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought very recently, buys most often and spends most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither recent nor frequent: worth a reminder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has not bought for a long time, and little before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought often and spent well, but not lately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought once or little, long ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was among the best customers, long ago.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a folder, not a file: choose the export file inside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a regular file (a pipe, a device or a socket): save the export as a file and choose that file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty: export the orders again and check the export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has a header but no rows: export the orders again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like an Excel file (.xlsx), not CSV: open it in your spreadsheet program and save or export it as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this looks like an Excel file (.xls), not CSV: open it in your spreadsheet program and save or export it as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a ZIP archive, not CSV: unpack it and import the CSV file inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is compressed (gzip), not CSV: unpack it and import the CSV inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is UTF-16 text: save it as CSV in UTF-8 and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a binary file, not CSV text: export the orders as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field that opens on this line is never closed: check that the file is complete and that quotes inside fields are doubled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field on this line is longer than %1 MB, the longest Patronage reads: check that the file is an order export and that its quotes are balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this line has more than %1 columns, the most Patronage reads: check that the file is an order export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the columns do not match a Shopify, WooCommerce, Magento or transaction-line export (the header is: %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is WooCommerce&apos;s Analytics &gt; Orders download, which has no customer id or e-mail, so customers cannot be told apart: export the orders with an order export plugin (for example &quot;Advanced Order Export For WooCommerce&quot;) including &quot;Customer User ID&quot; or &quot;Email (Billing)&quot;, and import that file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 needs a column %2 for the %3, and the file has none: export again with that column, or %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; mapped to %2 is not in the file&apos;s header (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no column named for the %1: %2 (the file&apos;s columns are: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WooCommerce export has neither &quot;Customer User ID&quot; nor &quot;Email (Billing)&quot;: add one of them to the export&apos;s columns, or %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map a customer column: %1 (or, for the e-mail, %2); without one every order would be a guest order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header names the column &quot;%1&quot; twice, so it is not clear which one holds the figures: rename or remove one of them and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value in column &quot;%1&quot; is longer than %2 characters, the most Patronage keeps for an order number, customer, e-mail or name: check that the column holds what it should</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the date &quot;%1&quot; in column &quot;%2&quot; as %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the date &quot;%1&quot; in column &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dates in column &quot;%1&quot; (such as &quot;%2&quot;) could be day/month/year or month/day/year: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 in column &quot;%2&quot; is empty: every order needs one; fix the export or leave the row out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the amount &quot;%1&quot; in column &quot;%2&quot; (decimal %3): write amounts as numbers such as 1234.56 or 1.234,56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount &quot;%1&quot; in column &quot;%2&quot; is larger than %3, the largest amount Patronage takes: check the column holds amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the UTC offset in &quot;%1&quot; in column &quot;%2&quot; is not between -14:00 and +14:00: check the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date &quot;%1&quot; in column &quot;%2&quot; is not between 1900 and 2200: check the dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amounts are in %1 but the store holds %2: a store holds one currency, so import this file into a store of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was given but the store holds %2: a store holds one currency, so import into a store of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code: give a three-letter code such as EUR, USD or GBP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer &quot;%1&quot; would have more than %2 orders, the most Patronage keeps for one customer: check the customer column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store&apos;s orders would add up to more than %1, the largest total Patronage keeps exactly: check the amounts, or split the shop into stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import cancelled: nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled: nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such store: import a file first to create it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Patronage store (it is not an SQLite database): choose a .patronage file, or a new file name to create a store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SQLite database but not a Patronage store: it was left untouched; choose a .patronage file, or a new file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer Patronage (store version %1; this Patronage reads up to version %2): it was left untouched; update Patronage to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an older or empty store: open it for writing once to upgrade it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store is busy: another Patronage is writing to it; try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full: free some space and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store cannot be written (a read-only disk, or a file you may not change): copy it somewhere writable and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store could not be written (%1): check the disk has space and works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store could not be read (%1): check the disk works, or open a backup of the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store is damaged (%1): nothing was changed; open a backup of the store, or import the shop&apos;s exports into a new store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store was changed by another program (%1): Patronage does not use it, so nothing in it can run; import the shop&apos;s exports into a new store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store holds a value Patronage never writes (%1): it was not used; import the shop&apos;s exports into a new store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 beside the store does not belong to it (%2), so it was left alone and the store was not opened: move that file away (it may hold another store&apos;s unsaved changes) and open the store again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 beside the store, which holds its latest changes, is damaged: the store was not opened, so nothing was lost; move that file away to open the store as it was before those changes, or open a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a store file but a folder, a device or a pipe: choose a .patronage file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer with the key or e-mail &quot;%1&quot; in this store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer with the e-mail %1 in this store: nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no customer ordered on or before %1: choose a later date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of a purchase cannot be predicted from the orders to %1: their values vary too widely for the mean to be known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a Patronage store: a list is never written over a store; choose another file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a file the command reads: choose another file name for what it writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a regular file (a folder, a device or a pipe): choose a file name to write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough repeat purchases to predict: customers who bought again by %1: %2; at least 10 are needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is PrestaShop&apos;s Orders &gt; Export list, which has no customer id or e-mail (its Customer column is an initial and a last name, shared by many people), so customers cannot be told apart: export the orders with the customer&apos;s e-mail or id (for example with a query in Advanced Parameters &gt; Database &gt; SQL Manager) and import that file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not Shopify&apos;s customers export as Shopify writes it today (it has no %1 column): export your customers from Shopify again (Customers &gt; Export, all customers, as CSV) and choose that file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not Shopify&apos;s customers export as Shopify writes it (UTF-8 text with commas; a file a spreadsheet saved again may have changed zip codes or phone numbers): export your customers from Shopify (Customers &gt; Export, all customers, as CSV) and choose that file without opening it in a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this line has %1 fields where the header has %2: check that the file is complete, or export it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>detected from the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify orders export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WooCommerce order export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magento order grid export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generic CSV with a column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WooCommerce order export (WebToffee Order Export &amp; Order Import)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportText</name>
    <message>
        <source>no order number: the row belongs to no order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date: the row is not an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1 starts on line %2 with customer &quot;%3&quot;: the row is counted in that order, for that customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <source>%1: monthly report for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written %1 by Patronage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two years to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* %1 holds the orders to %2, the last day of the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with a year before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data does not reach back to %1, so there is no year before to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 compared with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty groups: A is %1, B is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: the group in %1, or new since. Columns: the group in %2, or gone. Each cell: customers, and their revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From ↓ to →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved up most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved down most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %1 with the most revenue so far, of %Ln customer(s).</source>
        <translation>
            <numerusform>The %1 with the most revenue so far, of %Ln customer.</numerusform>
            <numerusform>The %1 with the most revenue so far, of %Ln customers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What customers are worth (at the end of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected in the next 52 weeks, by loyalty group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and by life cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn risk: customers by group and risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-test on the shop&apos;s own past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM groups at the end of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One order from the next group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups tested against what happened next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data does not reach back to %1, so no group can be tested yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The customers of each group at the end of %1, and how many of them ordered again in the %Ln month(s) after.</source>
        <translation>
            <numerusform>The customers of each group at the end of %1, and how many of them ordered again in the %Ln month after.</numerusform>
            <numerusform>The customers of each group at the end of %1, and how many of them ordered again in the %Ln months after.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a report is written as .pdf or .html</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %Ln, the most revenue so far first.</source>
        <translation>
            <numerusform>%Ln customer.</numerusform>
            <numerusform>All %Ln, the most revenue so far first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patronage::ChartPanel</name>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a PNG or SVG picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: check that the folder exists and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patronage::CohortModel</name>
    <message>
        <source>Months after the first order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers whose first order was in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Customers who first ordered in %1 (%Ln), in %3 (month +%2): %4 ordered that month, revenue %5, %6 so far per customer, %7 have bought a second time. Click to list those who ordered.</source>
        <translation>
            <numerusform>Customers who first ordered in %1 (%Ln), in %3 (month +%2): %4 ordered that month, revenue %5, %6 so far per customer, %7 have bought a second time. Click to list those who ordered.</numerusform>
            <numerusform>Customers who first ordered in %1 (%Ln), in %3 (month +%2): %4 ordered that month, revenue %5, %6 so far per customer, %7 have bought a second time. Click to list those who ordered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patronage::ComparePage</name>
    <message>
        <source>Customers A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue share A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue share B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare month A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with month B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Who moved&lt;/b&gt; (rows: group at A, or new; columns: group at B, or gone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut-offs. A, %1. B, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick an earlier month A than B to see who moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Frequent Buyer from %2 orders, VIP from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: F = %2, V = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact cut-offs: A, %1; B, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell of the matrix to list its customers (Ctrl or Shift for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 cells&lt;/b&gt; (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: finding them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customer(s)</source>
        <translation>
            <numerusform>%1: %Ln customer</numerusform>
            <numerusform>%1: %Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patronage::CustomerBrowserPage</name>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any life cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely the customer is to have stopped buying (from the customer-value model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search e-mail, name or customer id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patronage::CustomerDetailDialog</name>
    <message>
        <source>&lt;b&gt;Outlook&lt;/b&gt; from the orders to the end of %1: %2 likely still a customer (churn risk %3). Expected to order on about %4 days in the next 52 weeks, worth about %5 in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget This Customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a deletion request: remove the e-mail, name and key; the orders stay, anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders and credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Why this group, at %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the BG/NBD and Gamma-Gamma models of the shop&apos;s customers: how often this customer has bought, how recently, and how much each time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget This Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1&apos;s e-mail, name and key from this store? Their orders stay, without anything that says who they were, so the figures do not change. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Outlook&lt;/b&gt;: no prediction at %1 yet (it is worked out after the list, and needs ten customers who bought twice; the Customer Value page says why when there is none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a customer at this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is a %2: %Ln order(s) so far, worth %3.</source>
        <translation>
            <numerusform>%1 is a %2: %Ln order so far, worth %3.</numerusform>
            <numerusform>%1 is a %2: %Ln orders so far, worth %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>In %1 a Frequent Buyer needs %2 orders or more and a VIP %3 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the typical customer has %1 orders).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln more order(s) would make them a %1.</source>
        <translation>
            <numerusform>%Ln more order would make them a %1.</numerusform>
            <numerusform>%Ln more orders would make them a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their last order was %Ln day(s) before the month&apos;s end: %1.</source>
        <translation>
            <numerusform>Their last order was %Ln day before the month&apos;s end: %1.</numerusform>
            <numerusform>Their last order was %Ln days before the month&apos;s end: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patronage::CustomerTableModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Had not ordered by the earlier month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patronage::DashboardPage</name>
    <message>
        <source>Months from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue share by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All revenue so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month&apos;s revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out your customers&apos; groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders yet.
Import an order export (File › Import Orders…) to see your customers&apos; loyalty groups month by month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP share of revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with an order by the end of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of them bought more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequent Buyer cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequent mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut-offs and group means (orders per customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* %1 holds the orders to %2, the last day of the data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln VIP(s), of all revenue so far</source>
        <translation>
            <numerusform>%Ln VIP, of all revenue so far</numerusform>
            <numerusform>%Ln VIPs, of all revenue so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln guest order(s) in %1</source>
        <translation>
            <numerusform>%Ln guest order in %1</numerusform>
            <numerusform>%Ln guest orders in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patronage::DetectionPage</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this read right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the dates and amounts below before importing. Change what was detected if it is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect from the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected; or for example dd/MM/yyyy HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more: read the same way)</source>
        <translation>
            <numerusform>%1 (and %n more: read the same way)</numerusform>
            <numerusform>%1 (and %n more: read the same way)</numerusform>
        </translation>
    </message>
    <message>
        <source>from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3-separated · dates %4 · decimal %5 · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no currency named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patronage::ExportDialog</name>
    <message>
        <source>Export Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patronage columns (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Klaviyo list import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailchimp audience import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashed e-mails for ad audiences (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) will be written.</source>
        <translation>
            <numerusform>%Ln customer will be written.</numerusform>
            <numerusform>%Ln customers will be written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without an e-mail address are left out.</source>
        <translation>
            <numerusform>%Ln without an e-mail address is left out.</numerusform>
            <numerusform>%Ln without an e-mail address are left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) written to %1.</source>
        <translation>
            <numerusform>%Ln customer written to %1.</numerusform>
            <numerusform>%Ln customers written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every figure Patronage shows of each customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each Patronage column becomes a profile property; next month&apos;s import replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a custom audience of an ad platform: no names, no figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group, life cycle, churn risk and RFM group are audience fields, not tags, which imports would pile up. Tick “Update any existing contacts” when you import: each field then replaces last month&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Your Shopify Customers Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopify customer tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Shopify Customers Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln customer(s) of your shop.</source>
        <translation>
            <numerusform>%1: %Ln customer of your shop.</numerusform>
            <numerusform>%1: %Ln customers of your shop.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shopify&apos;s customer import, with each customer&apos;s group, life cycle, RFM group and churn risk as tags beside the shop&apos;s own. Export your customers from Shopify (Customers › Export, all customers, CSV) and choose that file: every other field is written as Shopify exported it. Import the file in Shopify with “Overwrite existing customers” ticked: last month&apos;s Patronage tags are replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your Shopify customers export first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) will be tagged.</source>
        <translation>
            <numerusform>%Ln customer will be tagged.</numerusform>
            <numerusform>%Ln customers will be tagged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln listed customer(s) are not in your Shopify export and are left out.</source>
        <translation>
            <numerusform>%Ln listed customer is not in your Shopify export and is left out.</numerusform>
            <numerusform>%Ln listed customers are not in your Shopify export and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln would have more than Shopify&apos;s 250 tags and are left out.</source>
        <translation>
            <numerusform>%Ln would have more than Shopify&apos;s 250 tags and is left out.</numerusform>
            <numerusform>%Ln would have more than Shopify&apos;s 250 tags and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other customer(s) of your shop lose their older Patronage tags.</source>
        <translation>
            <numerusform>%Ln other customer of your shop loses their older Patronage tags.</numerusform>
            <numerusform>%Ln other customers of your shop lose their older Patronage tags.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other customer(s) of your shop keep older Patronage tags: export the month&apos;s whole list, without filters, to replace theirs.</source>
        <translation>
            <numerusform>%Ln other customer of your shop keeps older Patronage tags: export the month&apos;s whole list, without filters, to replace theirs.</numerusform>
            <numerusform>%Ln other customers of your shop keep older Patronage tags: export the month&apos;s whole list, without filters, to replace theirs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patronage::ExportReportDialog</name>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four pages to hand on: the month&apos;s figures and charts, the comparison with a year before and who moved most, what customers are worth, and retention. Save as PDF to print, or as HTML for a browser or an e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 report %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the report of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store changed while the report was worked out: save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the charts and writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patronage::FilesPage</name>
    <message>
        <source>Which exports?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order exports from Shopify, WooCommerce, Magento, transaction lines or any CSV. Add files, or drop them here. Importing a file again never counts an order twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Order Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV exports (*.csv *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patronage::HowItWorksDialog</name>
    <message>
        <source>In &lt;b&gt;%1&lt;/b&gt;, the latest month of this shop, %2 customers have ordered so far, %3 of them more than once; the typical customer has %4 orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Frequent Buyer needs &lt;b&gt;%1 orders&lt;/b&gt; or more (the cut-off is %2) and a VIP &lt;b&gt;%3 or more&lt;/b&gt; (the cut-off is %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A VIP has also spent at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers in each group: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How Groups and Life Cycles Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month, each customer who has ordered so far is put in one of four groups by the number of valid orders they have placed (cancelled orders do not count; a refund lowers the revenue, not the orders).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: one order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: two orders or more, fewer than a Frequent Buyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: at least the month&apos;s Frequent Buyer cut-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: at least the month&apos;s VIP cut-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cut-offs move with the shop&apos;s customers. The Frequent Buyer cut-off is the average number of orders per customer plus one standard deviation (how widely the customers differ), and never under %1 orders; the VIP cut-off is the average plus two standard deviations, and never under %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cut-offs come from the customers who have ordered more than once: a Frequent Buyer has at least as many orders as %1% of them, and at least %2; a VIP has at least as many orders as %3% of them and has spent as much as %3% of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: ordered in the last %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: within %2 times their rhythm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: longer than that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orders run to %1, before the month&apos;s end: its days are counted to that day, so nobody looks as if they had been away for the rest of the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a store to see its own cut-offs here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beside the group, each customer has a life cycle that says how recently they ordered, measured against their own rhythm: the average time between their orders. For a customer with one order, the rhythm is the shop&apos;s: the time within which %1% of its repeat orders follow the order before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, %3% of the shop&apos;s repeat orders came within %2 days of the order before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only the orders of the last %n month(s) count, so a customer who stops ordering moves down in time.</source>
        <translation>
            <numerusform>Only the orders of the last %n month count, so a customer who stops ordering moves down in time.</numerusform>
            <numerusform>Only the orders of the last %n months count, so a customer who stops ordering moves down in time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patronage::ImportHistoryModel</name>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patronage::ImportProgressPage</name>
    <message>
        <source>Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the file being read is rolled back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. The store is as it was before the cancelled file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  not imported: %1
  The store is unchanged by this file.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 · %2 · dates %3 · decimal %4
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    skipped line %1, column %2 (&quot;%3&quot;): %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    note on line %1, column %2 (&quot;%3&quot;): %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  This file was imported before (%1): nothing was counted twice.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled before any file was read: the store is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patronage::ImportWizard</name>
    <message>
        <source>Import Orders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patronage::ImportsPage</name>
    <message>
        <source>Import Orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Import history&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;%1&lt;/h2&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; orders (%3 from customers, %4 guest orders, %5 cancelled) · &lt;b&gt;%6&lt;/b&gt; credit notes · &lt;b&gt;%7&lt;/b&gt; customers with orders · net revenue &lt;b&gt;%8&lt;/b&gt;&lt;br&gt;%9 to %10&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patronage::ListedCustomers</name>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell or a row above to list its customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: finding them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt;: %Ln customer(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln customer</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt;: %Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patronage::MainWindow</name>
    <message>
        <source>Patronage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store was changed by another program: updating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln month(s) of results</source>
        <translation>
            <numerusform>%Ln month of results</numerusform>
            <numerusform>%Ln months of results</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not work out the groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Sample Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Patronage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Patronage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Patronage %1&lt;/h3&gt;&lt;p&gt;Customer loyalty analytics for online shops. Your orders stay on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sample shop, or import your own orders to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Patronage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the sample shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample shop was not found next to the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>my-shop.patronage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How Groups and Life Cycles Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report needs orders: import an order export first (File › Import Orders…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patronage::MatrixModel</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s), revenue %1: click to list them (Ctrl+click to add the cell to the list)</source>
        <translation>
            <numerusform>%Ln customer, revenue %1: click to list them (Ctrl+click to add the cell to the list)</numerusform>
            <numerusform>%Ln customers, revenue %1: click to list them (Ctrl+click to add the cell to the list)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Patronage::MonthTableModel</name>
    <message>
        <source>%1: mean orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequent Buyer from (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP from (V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest revenue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patronage::OneOrderAwayModel</name>
    <message>
        <source>One more order, worth their average order, makes each of them a %1. Click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One order away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their revenue so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 with one more order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patronage::PreviewModel</name>
    <message>
        <source>guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patronage::RetentionPage</name>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention (share who ordered that month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per customer so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat rate (bought a second time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention: the share who have bought again in any month so far; revenue: all of it so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: the month of the first order (customers); columns: months after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bought again in the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups Tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R: how recently; FM: how often and how much (5 is best). Click a cell or a group to list its customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With this month&apos;s cut-offs, one more order worth their average order would move these customers up. Click a row to list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One Order Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers whose first order was in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who first ordered in %1 and ordered in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who were %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R %1, FM %2 in %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who were %1 in %2 and bought again by %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patronage::RfmGridModel</name>
    <message>
        <source>%1
%2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency: 5 bought most recently, 1 longest ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency and monetary value together: 5 most orders and spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FM %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R %1, FM %2: %3 Customers: %4, revenue %5. Click to list them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patronage::RfmGroupsModel</name>
    <message>
        <source>RFM group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patronage::SegmentationSettingsDialog</name>
    <message>
        <source>Segmentation Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean and spread of order counts (Clerk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentiles of orders and revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut-offs from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequent Buyer percentile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP percentile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequent Buyer at least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With these settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Customers per group in %1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patronage::StartPage</name>
    <message>
        <source>None yet. A store is one file per shop (.patronage) that keeps your imported orders; it is made when you first import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;Patronage&lt;/h1&gt;&lt;p&gt;See who your loyal customers are, month by month, from your shop&apos;s order exports. Everything stays on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Sample Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A made-up shop with two years of orders, to look around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a store from your Shopify, WooCommerce, Magento or spreadsheet export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent stores&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patronage::TestedModel</name>
    <message>
        <source>The data ends in %1: nothing after it to test %2 against yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the customers who were %1 in %2 (%3), %4 bought again by %5, worth %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their revenue in the months after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to list those who bought again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to list them all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Patronage::ValuePage</name>
    <message>
        <source>No customer seems to have stopped buying for good yet, so everyone is taken to be still a customer and predictions follow each one&apos;s own buying rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each repeat customer spends about the same every time: their own average is their expected order value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers spend alike: every one is expected to spend the shop&apos;s average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every order has had the same value, and so has every prediction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely customers are still customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-test: repeat purchase days after the as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a cell to list those customers, ready to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Expected in the next 52 weeks, by loyalty group&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;… and by life cycle&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Churn risk&lt;/b&gt;: customers by group and risk (click to list them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out what customers are worth…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No prediction yet.&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 expected from today&apos;s %2 in the next 52 weeks&lt;/b&gt;, from the orders to %3. %4 of them are at high risk of having stopped buying. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Predicted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted value %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s history is too short for a back-test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model was close: its predictions can be trusted for this shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers bought more than the model expected (%1 more), as in a busy season: treat its predictions as a floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers bought less than the model expected (%1 less): treat its predictions as a ceiling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted on the orders to %1, the model expected %2 repeat purchase days by %3; %4 happened. %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
