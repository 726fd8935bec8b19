<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppleProfile</name>
    <message>
        <source>L2TP/IPsec connection to %1</source>
        <translation>L2TP/IPsec-Verbindung zu %1</translation>
    </message>
    <message>
        <source>Adds the VPN connection &quot;%1&quot; for %2. Made with tunnelwright from project %3.</source>
        <translation>Fügt die VPN-Verbindung „%1“ für %2 hinzu. Erstellt mit tunnelwright aus dem Projekt %3.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>a passphrase is never taken from the command line (other users can see it in the process list); use --passphrase-file FILE or TUNNELWRIGHT_PASSPHRASE</source>
        <translation>eine Passphrase wird nie von der Befehlszeile genommen (andere Benutzer sehen sie in der Prozessliste); verwenden Sie --passphrase-file DATEI oder TUNNELWRIGHT_PASSPHRASE</translation>
    </message>
    <message>
        <source>%1: cannot read the passphrase file: %2</source>
        <translation>%1: die Passphrase-Datei ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: the passphrase file is over 4096 bytes; it holds one line</source>
        <translation>%1: die Passphrase-Datei ist größer als 4096 Byte; sie enthält eine Zeile</translation>
    </message>
    <message>
        <source>%1: the passphrase file is empty (its first line is the passphrase)</source>
        <translation>%1: die Passphrase-Datei ist leer (ihre erste Zeile ist die Passphrase)</translation>
    </message>
    <message>
        <source>the project is encrypted: give its passphrase with --passphrase-file FILE or the environment variable TUNNELWRIGHT_PASSPHRASE</source>
        <translation>das Projekt ist verschlüsselt: Geben Sie seine Passphrase mit --passphrase-file DATEI oder der Umgebungsvariablen TUNNELWRIGHT_PASSPHRASE an</translation>
    </message>
    <message>
        <source>check: unexpected argument &quot;%1&quot;</source>
        <translation>check: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>check: which project? (tunnelwright-cli check PROJECT)</source>
        <translation>check: welches Projekt? (tunnelwright-cli check PROJEKT)</translation>
    </message>
    <message>
        <source>render: unexpected argument &quot;%1&quot;</source>
        <translation>render: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>render: needs a project and --out DIR</source>
        <translation>render: braucht ein Projekt und --out VERZ</translation>
    </message>
    <message>
        <source>render: --sheet-language must be one of %1, not &quot;%2&quot;</source>
        <translation>render: --sheet-language muss eines von %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1: unerwartetes Argument „%2“</translation>
    </message>
    <message>
        <source>encrypt: needs a project and --out FILE</source>
        <translation>encrypt: braucht ein Projekt und --out DATEI</translation>
    </message>
    <message>
        <source>decrypt: needs an encrypted project and --out PROJECT</source>
        <translation>decrypt: braucht ein verschlüsseltes Projekt und --out PROJEKT</translation>
    </message>
    <message>
        <source>%1: is not encrypted; nothing to decrypt</source>
        <translation>%1: ist nicht verschlüsselt; nichts zu entschlüsseln</translation>
    </message>
    <message>
        <source>wrote %1 (encrypted)
</source>
        <translation>%1 geschrieben (verschlüsselt)
</translation>
    </message>
    <message>
        <source>wrote %1 (plain, owner-only)
</source>
        <translation>%1 geschrieben (unverschlüsselt, nur für den Eigentümer lesbar)
</translation>
    </message>
    <message>
        <source>psk: unexpected argument &quot;%1&quot;</source>
        <translation>psk: unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>psk: --length must be a number from %1 to %2</source>
        <translation>psk: --length muss eine Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>tunnelwright-cli: matched IPsec configurations for MikroTik RouterOS and Cisco IOS.

</source>
        <translation>tunnelwright-cli: zueinander passende IPsec-Konfigurationen für MikroTik RouterOS und Cisco IOS.

</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Usage:
  tunnelwright-cli check PROJECT [--json]      print every finding; exit 1 on errors
  tunnelwright-cli render PROJECT --out DIR    write both ends&apos; configs and DIR/manifest.json
      [--paper a4|letter] [--no-passwords]     setup sheets: paper (default from the locale) and
                                               without users&apos; passwords (sheets and Apple profiles)
      [--sheet-language de|es|en]              the setup sheets&apos; language (default: the system&apos;s
                                               when Tunnelwright has it, else English)
  tunnelwright-cli encrypt PROJECT --out FILE  write PROJECT encrypted with a passphrase
  tunnelwright-cli decrypt FILE --out PROJECT  write an encrypted project as a plain one
  tunnelwright-cli psk [--length N]            print a new random pre-shared key (default 32)
  tunnelwright-cli --help | --version

check and render open encrypted projects too. The passphrase is read from
--passphrase-file FILE (its first line) or else from the environment variable
TUNNELWRIGHT_PASSPHRASE; never from the command line, where other users could see it.

Exit codes: 0 no errors, 1 the project has errors (nothing is written), 2 unreadable,
malformed or damaged project, wrong passphrase, or bad usage (nothing is written).
</source>
        <translation>Aufruf:
  tunnelwright-cli check PROJEKT [--json]       jeden Befund ausgeben; Exit-Code 1 bei Fehlern
  tunnelwright-cli render PROJEKT --out VERZ    die Konfigurationen beider Enden und
                                                VERZ/manifest.json schreiben
      [--paper a4|letter] [--no-passwords]      Einrichtungsblätter: Papier (Vorgabe nach dem
                                                Gebietsschema) und ohne Passwörter der Benutzer
                                                (Blätter und Apple-Profile)
      [--sheet-language de|es|en]               Sprache der Einrichtungsblätter (Vorgabe: die
                                                des Systems, wenn vorhanden, sonst Englisch)
  tunnelwright-cli encrypt PROJEKT --out DATEI  PROJEKT mit einer Passphrase verschlüsselt schreiben
  tunnelwright-cli decrypt DATEI --out PROJEKT  ein verschlüsseltes Projekt unverschlüsselt schreiben
  tunnelwright-cli psk [--length N]             einen neuen zufälligen Pre-shared Key ausgeben
                                                (Vorgabe 32 Zeichen)
  tunnelwright-cli --help | --version

check und render öffnen auch verschlüsselte Projekte. Die Passphrase wird aus
--passphrase-file DATEI (deren erster Zeile) gelesen, sonst aus der Umgebungsvariablen
TUNNELWRIGHT_PASSPHRASE; nie von der Befehlszeile, wo andere Benutzer sie sehen könnten.

Exit-Codes: 0 keine Fehler, 1 das Projekt hat Fehler (nichts wird geschrieben), 2 unlesbares,
fehlerhaftes oder beschädigtes Projekt, falsche Passphrase oder falscher Aufruf (nichts wird
geschrieben).
</translation>
    </message>
    <message>
        <source>render: --paper takes a4 or letter, not &quot;%1&quot;</source>
        <translation>render: --paper nimmt a4 oder letter, nicht „%1“</translation>
    </message>
    <message numerus="yes">
        <source>files written to %1: %n (list: %1/manifest.json)
</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben (Liste: %1/manifest.json)
</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben (Liste: %1/manifest.json)
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IPhoneSheet</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>VPN &amp; Device Management</source>
        <translation>VPN und Geräteverwaltung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Shared Secret</translation>
    </message>
    <message>
        <source>Send All Traffic</source>
        <translation>Gesamten Verkehr senden</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>The Proxy choice as iOS shows it (capitalised)</extracomment>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Add Configuration</source>
        <translation>Konfiguration hinzufügen</translation>
    </message>
    <message>
        <source>VPN on your iPhone or iPad</source>
        <translation>VPN auf Ihrem iPhone oder iPad</translation>
    </message>
    <message>
        <source>iPhone or iPad</source>
        <extracomment>Completes &quot;...add the VPN connection X to your %1 with...&quot;</extracomment>
        <translation>iPhone oder iPad</translation>
    </message>
    <message>
        <source>off</source>
        <extracomment>A switch&apos;s state in the settings table</extracomment>
        <translation>aus</translation>
    </message>
    <message>
        <source>on</source>
        <extracomment>A switch&apos;s state in the settings table</extracomment>
        <translation>ein</translation>
    </message>
    <message>
        <source>Open </source>
        <translation>Öffnen Sie </translation>
    </message>
    <message>
        <source>. (iOS 14 and older: </source>
        <translation>. (iOS 14 und älter: </translation>
    </message>
    <message>
        <source>%1: type %2</source>
        <extracomment>%1: a field&apos;s name, %2: what to type in it</extracomment>
        <translation>%1: %2 eingeben</translation>
    </message>
    <message>
        <source>%1: type the password you were given separately</source>
        <translation>%1: das Passwort eingeben, das Sie separat erhalten haben</translation>
    </message>
    <message>
        <source>Tap %1; the screen %2 opens.</source>
        <translation>Tippen Sie auf %1; der Bildschirm %2 öffnet sich.</translation>
    </message>
    <message>
        <source>Add VPN Configuration</source>
        <translation>VPN-Konfiguration hinzufügen</translation>
    </message>
    <message>
        <source>Tap %1, choose %2 and go back to %3.</source>
        <translation>Tippen Sie auf %1, wählen Sie %2 und kehren Sie zu %3 zurück.</translation>
    </message>
    <message>
        <source>%1: leave it off.</source>
        <translation>%1: ausgeschaltet lassen.</translation>
    </message>
    <message>
        <source>%1: leave it on.</source>
        <translation>%1: eingeschaltet lassen.</translation>
    </message>
    <message>
        <source>%1: leave it on %2.</source>
        <translation>%1: auf %2 lassen.</translation>
    </message>
    <message>
        <source>Tap %1 (top right). You are back on the %2 screen.</source>
        <translation>Tippen Sie auf %1 (oben rechts). Sie sind wieder auf dem Bildschirm %2.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Check that %1 is ticked, then turn on the switch at the top of that screen (%2) to connect.</source>
        <translation>Prüfen Sie, dass %1 mit einem Häkchen markiert ist, und schalten Sie dann oben auf diesem Bildschirm den Schalter (%2) ein, um die Verbindung herzustellen.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>If your administrator also gave you the file %1, it can replace steps 1 to 12: open it on the iPhone (from Mail, AirDrop or Files), then go to </source>
        <translation>Wenn Ihr Administrator Ihnen auch die Datei %1 gegeben hat, ersetzt sie die Schritte 1 bis 12: Öffnen Sie sie auf dem iPhone (aus Mail, AirDrop oder Dateien) und gehen Sie dann zu </translation>
    </message>
    <message>
        <source>, tap the downloaded profile and tap %1. iOS may call it not verified because it is not signed; install it only if it came from your administrator.</source>
        <translation>, tippen Sie auf das geladene Profil und dann auf %1. iOS nennt es eventuell nicht überprüft, weil es nicht signiert ist; installieren Sie es nur, wenn es von Ihrem Administrator stammt.</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <source> The profile does not hold your password: type it when the iPhone asks.</source>
        <translation> Das Profil enthält Ihr Passwort nicht: Geben Sie es ein, wenn das iPhone danach fragt.</translation>
    </message>
    <message>
        <source>Or install the profile</source>
        <translation>Oder das Profil installieren</translation>
    </message>
    <message>
        <source>%1 off and %2 %3: this VPN uses neither.</source>
        <translation>%1 aus und %2 %3: Dieses VPN nutzt beides nicht.</translation>
    </message>
    <message>
        <source>%1 on: everything you do online goes through the VPN while it is connected. Turn it off only if your administrator says so.</source>
        <translation>%1 ein: Alles, was Sie online tun, läuft durch das VPN, solange es verbunden ist. Schalten Sie es nur aus, wenn Ihr Administrator es sagt.</translation>
    </message>
    <message>
        <source>There is nothing to choose about encryption: the iPhone agrees on it with the server by itself.</source>
        <translation>Zur Verschlüsselung ist nichts zu wählen: Das iPhone vereinbart sie selbst mit dem Server.</translation>
    </message>
    <message>
        <source>Under %1 the %2 screen shows %3.</source>
        <translation>Unter %1 zeigt der Bildschirm %2 den Status %3.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>A %1 badge appears in the status bar at the top of the screen.</source>
        <translation>In der Statusleiste oben auf dem Bildschirm erscheint das Symbol %1.</translation>
    </message>
    <message>
        <source>%1check that %2 reads exactly %3 and that the iPhone is online. Some guest and hotel Wi-Fi networks block VPNs: try mobile data.</source>
        <translation>%1Prüfen Sie, dass bei %2 genau %3 steht und dass das iPhone online ist. Manche Gäste- und Hotel-WLANs sperren VPNs: Versuchen Sie es über mobile Daten.</translation>
    </message>
    <message>
        <source>No answer from the server: </source>
        <translation>Keine Antwort vom Server: </translation>
    </message>
    <message>
        <source>%1type %2 again, exactly as printed.</source>
        <translation>%1Geben Sie %2 erneut ein, genau wie gedruckt.</translation>
    </message>
    <message>
        <source>A message about the shared secret: </source>
        <translation>Eine Meldung zum Shared Secret: </translation>
    </message>
    <message>
        <source>%1type %2 and %3 again.</source>
        <translation>%1Geben Sie %2 und %3 erneut ein.</translation>
    </message>
    <message>
        <source>Authentication failed: </source>
        <translation>Authentifizierung fehlgeschlagen: </translation>
    </message>
    <message>
        <source>%1this kind of VPN does that; turn it on again when you need it.</source>
        <translation>%1Diese Art VPN verhält sich so; schalten Sie es wieder ein, wenn Sie es brauchen.</translation>
    </message>
    <message>
        <source>It disconnects when the iPhone sleeps: </source>
        <translation>Die Verbindung endet, wenn das iPhone in den Ruhezustand geht: </translation>
    </message>
</context>
<context>
    <name>SetupSheet</name>
    <message>
        <source>not printed here: you get it separately</source>
        <translation>hier nicht gedruckt: Sie erhalten es separat</translation>
    </message>
    <message>
        <source>These steps add the VPN connection %1 to your %2 with its built-in VPN client (L2TP/IPsec); no app is needed. Type every value exactly as printed: upper and lower case matter.</source>
        <extracomment>%1: the connection&apos;s name, %2: &quot;iPhone or iPad&quot; or &quot;Windows 10 or 11 PC&quot;</extracomment>
        <translation>Mit diesen Schritten richten Sie die VPN-Verbindung %1 auf Ihrem %2 mit dem eingebauten VPN-Client (L2TP/IPsec) ein; eine App ist nicht nötig. Geben Sie jeden Wert genau so ein, wie er gedruckt ist: Groß- und Kleinschreibung zählen.</translation>
    </message>
    <message>
        <source>Keep this sheet private. </source>
        <translation>Halten Sie dieses Blatt geheim. </translation>
    </message>
    <message>
        <source>It holds your password and the VPN&apos;s shared secret. Once the VPN works, store it safely or shred it.</source>
        <translation>Es enthält Ihr Passwort und das gemeinsame Geheimnis des VPN. Sobald das VPN funktioniert, bewahren Sie es sicher auf oder vernichten Sie es.</translation>
    </message>
    <message>
        <source>It holds the VPN&apos;s shared secret. Your password is not printed here: you get it separately.</source>
        <translation>Es enthält das gemeinsame Geheimnis des VPN. Ihr Passwort ist hier nicht gedruckt: Sie erhalten es separat.</translation>
    </message>
    <message>
        <source>0 is the digit zero and O the capital letter o</source>
        <translation>0 ist die Ziffer Null und O der Großbuchstabe O</translation>
    </message>
    <message>
        <source>1 is the digit one, l the small letter L and I the capital letter i</source>
        <translation>1 ist die Ziffer Eins, l der Kleinbuchstabe L und I der Großbuchstabe i</translation>
    </message>
    <message>
        <source>In the values above, %1.</source>
        <extracomment>%1: one or two of the notes above, joined by &quot;; &quot;</extracomment>
        <translation>In den Werten oben: %1.</translation>
    </message>
    <message>
        <source>Your password contains characters this sheet cannot print; each is shown as [U+code], its Unicode number. Ask your administrator how to type them on your device.</source>
        <translation>Ihr Passwort enthält Zeichen, die dieses Blatt nicht drucken kann; jedes erscheint als [U+Code], seine Unicode-Nummer. Fragen Sie Ihren Administrator, wie Sie sie auf Ihrem Gerät eingeben.</translation>
    </message>
    <message>
        <source>Your password contains spaces: type a space for each gap.</source>
        <translation>Ihr Passwort enthält Leerzeichen: Tippen Sie für jede Lücke ein Leerzeichen.</translation>
    </message>
    <message>
        <source>keep this sheet private</source>
        <translation>dieses Blatt geheim halten</translation>
    </message>
    <message>
        <source>%1 for %2, server %3</source>
        <extracomment>%1: the connection&apos;s name, %2: the user, %3: the server&apos;s address</extracomment>
        <translation>%1 für %2, Server %3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>The right part of each page&apos;s footer: &quot;Page 1 of 2&quot;</extracomment>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation>Ihre Einstellungen</translation>
    </message>
    <message>
        <source>Set up the connection</source>
        <translation>Die Verbindung einrichten</translation>
    </message>
    <message>
        <source>Leave these as they are</source>
        <translation>Lassen Sie diese unverändert</translation>
    </message>
    <message>
        <source>How to tell it works</source>
        <translation>Woran Sie sehen, dass es funktioniert</translation>
    </message>
    <message>
        <source>Services of the network behind the VPN open as if you were there.</source>
        <translation>Dienste des Netzwerks hinter dem VPN öffnen sich, als wären Sie vor Ort.</translation>
    </message>
    <message>
        <source>If it does not connect</source>
        <translation>Wenn keine Verbindung zustande kommt</translation>
    </message>
    <message>
        <source>%1tell your administrator when you tried, so that they can find the attempt in the router&apos;s log.</source>
        <translation>%1Sagen Sie Ihrem Administrator, wann Sie es versucht haben, damit er den Versuch im Protokoll des Routers findet.</translation>
    </message>
    <message>
        <source>Still no luck: </source>
        <translation>Klappt es immer noch nicht: </translation>
    </message>
</context>
<context>
    <name>WindowsSheet</name>
    <message>
        <source>Microsoft CHAP Version 2 (MS-CHAP v2)</source>
        <translation>Microsoft CHAP Version 2 (MS-CHAP v2)</translation>
    </message>
    <message>
        <source>Challenge Handshake Authentication Protocol (CHAP)</source>
        <translation>Challenge Handshake Authentication-Protokoll (CHAP)</translation>
    </message>
    <message>
        <source>Unencrypted password (PAP)</source>
        <translation>Unverschlüsseltes Kennwort (PAP)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>VPN provider</source>
        <translation>VPN-Anbieter</translation>
    </message>
    <message>
        <source>Windows (built-in)</source>
        <translation>Windows (integriert)</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Verbindungsname</translation>
    </message>
    <message>
        <source>Server name or address</source>
        <translation>Servername oder -adresse</translation>
    </message>
    <message>
        <source>VPN type</source>
        <translation>VPN-Typ</translation>
    </message>
    <message>
        <source>L2TP/IPsec with pre-shared key</source>
        <translation>L2TP/IPsec mit vorinstalliertem Schlüssel</translation>
    </message>
    <message>
        <source>Pre-shared key</source>
        <translation>Vorinstallierter Schlüssel</translation>
    </message>
    <message>
        <source>Type of sign-in info</source>
        <translation>Typ der Anmeldeinformationen</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Benutzername und Kennwort</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kennwort</translation>
    </message>
    <message>
        <source>Terminal (Admin)</source>
        <translation>Terminal (Administrator)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Connect</source>
        <comment>section heading</comment>
        <extracomment>The heading of the section, quoted in the text (keep both the same)</extracomment>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>The NAT setting</source>
        <translation>Die NAT-Einstellung</translation>
    </message>
    <message>
        <source>VPN on your Windows PC</source>
        <translation>VPN auf Ihrem Windows-PC</translation>
    </message>
    <message>
        <source>Windows 10 or 11 PC</source>
        <extracomment>Completes &quot;...add the VPN connection X to your %1 with...&quot;</extracomment>
        <translation>PC mit Windows 10 oder 11</translation>
    </message>
    <message>
        <source>Right-click the %1 button and choose %2 (Windows 11) or %3 (Windows 10). Answer %4 when Windows asks for permission.</source>
        <translation>Klicken Sie mit der rechten Maustaste auf die Schaltfläche %1 und wählen Sie %2 (Windows 11) oder %3 (Windows 10). Antworten Sie mit %4, wenn Windows um Erlaubnis fragt.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Windows PowerShell (Admin)</source>
        <translation>Windows PowerShell (Administrator)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>%1 lets this one script run where Windows blocks scripts; it changes no setting. Without administrator rights, use a normal window and add %2 to the second line: the connection is made, the NAT setting (below) is not.</source>
        <translation>%1 lässt nur dieses eine Skript laufen, wo Windows Skripte sperrt; es ändert keine Einstellung. Ohne Administratorrechte nehmen Sie ein normales Fenster und hängen %2 an die zweite Zeile an: Die Verbindung wird eingerichtet, die NAT-Einstellung (unten) nicht.</translation>
    </message>
    <message>
        <source>Quick setup with the script</source>
        <translation>Schnell eingerichtet mit dem Skript</translation>
    </message>
    <message>
        <source>Save the file %1 in your %2 folder.</source>
        <translation>Speichern Sie die Datei %1 in Ihrem Ordner %2.</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Type these two lines, each followed by Enter:</source>
        <translation>Geben Sie diese zwei Zeilen ein, jede gefolgt von der Eingabetaste:</translation>
    </message>
    <message>
        <source>If the script asks you to, restart Windows.</source>
        <translation>Wenn das Skript Sie dazu auffordert, starten Sie Windows neu.</translation>
    </message>
    <message>
        <source>Connect as described under %1 below.</source>
        <translation>Verbinden Sie sich wie unten unter %1 beschrieben.</translation>
    </message>
    <message>
        <source>Windows 11: open </source>
        <translation>Windows 11: Öffnen Sie </translation>
    </message>
    <message>
        <source>Network &amp; internet</source>
        <translation>Netzwerk und Internet</translation>
    </message>
    <message>
        <source> and click %1. Windows 10: open </source>
        <translation> und klicken Sie auf %1. Windows 10: Öffnen Sie </translation>
    </message>
    <message>
        <source>Add VPN</source>
        <translation>VPN hinzufügen</translation>
    </message>
    <message>
        <source>Network &amp; Internet</source>
        <translation>Netzwerk und Internet</translation>
    </message>
    <message>
        <source> and click %1.</source>
        <translation> und klicken Sie auf %1.</translation>
    </message>
    <message>
        <source>Add a VPN connection</source>
        <translation>VPN-Verbindung hinzufügen</translation>
    </message>
    <message>
        <source>%1: type %2</source>
        <extracomment>%1: a field&apos;s name, %2: what to type in it</extracomment>
        <translation>%1: %2 eingeben</translation>
    </message>
    <message>
        <source>%1: choose %2</source>
        <extracomment>%1: a field&apos;s name, %2: the choice to make in it</extracomment>
        <translation>%1: %2 wählen</translation>
    </message>
    <message>
        <source>%1: type the password you were given separately</source>
        <translation>%1: das Kennwort eingeben, das Sie separat erhalten haben</translation>
    </message>
    <message>
        <source>Tick %1 and click %2.</source>
        <translation>Setzen Sie das Häkchen bei %1 und klicken Sie auf %2.</translation>
    </message>
    <message>
        <source>Remember my sign-in info</source>
        <translation>Anmeldeinformationen speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Make the NAT setting below if it is not made yet.</source>
        <translation>Nehmen Sie die NAT-Einstellung unten vor, falls noch nicht geschehen.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Press Windows key + R, type %1 and press Enter. Right-click %2, choose %3 and open the %4 tab. Set %5 to %6 and under %7 tick only </source>
        <extracomment>%1..%7: labels and values; %8: the authentication methods, joined</extracomment>
        <translation>Drücken Sie Windows-Taste + R, geben Sie %1 ein und drücken Sie die Eingabetaste. Klicken Sie mit der rechten Maustaste auf %2, wählen Sie %3 und öffnen Sie die Registerkarte %4. Stellen Sie %5 auf %6 und setzen Sie unter %7 nur die Häkchen bei </translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Data encryption</source>
        <translation>Datenverschlüsselung</translation>
    </message>
    <message>
        <source>Optional encryption (connect even if no encryption)</source>
        <translation>Optional (Verbindung auch ohne Verschlüsselung)</translation>
    </message>
    <message>
        <source>Allow these protocols</source>
        <translation>Folgende Protokolle zulassen</translation>
    </message>
    <message>
        <source>. Click %1.</source>
        <translation>. Klicken Sie auf %1.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Or set it up by hand</source>
        <translation>Oder von Hand einrichten</translation>
    </message>
    <message>
        <source>Windows connects to a VPN server behind a router that translates addresses (NAT) only once this setting is made, else it fails with error 809. It does no harm otherwise, so the script always makes it. By hand: type these two lines in %1, then restart Windows:</source>
        <translation>Mit einem VPN-Server hinter einem Router, der Adressen umsetzt (NAT), verbindet sich Windows erst, wenn diese Einstellung gesetzt ist; sonst scheitert es mit Fehler 809. Andernfalls schadet sie nicht, darum setzt das Skript sie immer. Von Hand: Geben Sie diese zwei Zeilen in %1 ein und starten Sie Windows dann neu:</translation>
    </message>
    <message>
        <source>%1 (once per PC)</source>
        <translation>%1 (einmal pro PC)</translation>
    </message>
    <message>
        <source>Open </source>
        <translation>Öffnen Sie </translation>
    </message>
    <message>
        <source>, click %1 and then %2. (Quicker: the network icon at the right of the taskbar, then %3.)</source>
        <translation>, klicken Sie auf %1 und dann auf %2. (Schneller: das Netzwerksymbol rechts in der Taskleiste, dann %3.)</translation>
    </message>
    <message>
        <source>The first time after the script, Windows asks for your sign-in info: %1 %2 and your %3. Windows remembers them.</source>
        <translation>Beim ersten Mal nach dem Skript fragt Windows nach Ihren Anmeldeinformationen: %1 %2 und Ihr %3. Windows merkt sie sich.</translation>
    </message>
    <message>
        <source>In %1, %2 shows %3, and services of the network behind the VPN open as if you were there.</source>
        <translation>In %1 zeigt %2 den Status %3, und Dienste des Netzwerks hinter dem VPN öffnen sich, als wären Sie vor Ort.</translation>
    </message>
    <message>
        <source>%1 stays %2; %3 does not work with this server.</source>
        <translation>%1 bleibt %2; %3 funktioniert mit diesem Server nicht.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Everything else, such as the connection&apos;s %1 tab, stays as the script or the steps above left it.</source>
        <translation>Alles andere, etwa die Registerkarte %1 der Verbindung, bleibt so, wie das Skript oder die Schritte oben es hinterlassen haben.</translation>
    </message>
    <message>
        <source>%1the server did not answer. Usually the NAT setting is missing: run the script again as administrator (or the two lines under %2) and restart Windows. Otherwise the network you are on blocks VPNs (UDP ports 500 and 4500): try another one.</source>
        <translation>%1Der Server hat nicht geantwortet. Meist fehlt die NAT-Einstellung: Führen Sie das Skript erneut als Administrator aus (oder die zwei Zeilen unter %2) und starten Sie Windows neu. Sonst sperrt das Netzwerk, in dem Sie sind, VPNs (UDP-Ports 500 und 4500): Versuchen Sie ein anderes.</translation>
    </message>
    <message>
        <source>Error %1: </source>
        <translation>Fehler %1: </translation>
    </message>
    <message>
        <source>%1the security check with the server failed. Type the %2 again; check the NAT setting; if both are right, tell your administrator.</source>
        <translation>%1Die Sicherheitsprüfung mit dem Server ist fehlgeschlagen. Geben Sie den %2 erneut ein; prüfen Sie die NAT-Einstellung; wenn beides stimmt, sagen Sie es Ihrem Administrator.</translation>
    </message>
    <message>
        <source>%1user name or password not accepted. Connect again and type them carefully; if they are right, tell your administrator.</source>
        <translation>%1Benutzername oder Kennwort nicht akzeptiert. Verbinden Sie sich erneut und geben Sie beides sorgfältig ein; wenn es stimmt, sagen Sie es Ihrem Administrator.</translation>
    </message>
    <message>
        <source>%1%2 is not %3 or the key is missing: set both again.</source>
        <translation>%1%2 ist nicht %3 oder der Schlüssel fehlt: Stellen Sie beides erneut ein.</translation>
    </message>
    <message>
        <source>Error 628 or 766: </source>
        <translation>Fehler 628 oder 766: </translation>
    </message>
    <message>
        <source>Still no luck? Tell your administrator the error number and when you tried.</source>
        <translation>Klappt es immer noch nicht? Nennen Sie Ihrem Administrator die Fehlernummer und wann Sie es versucht haben.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Matched IPsec configurations for MikroTik RouterOS and Cisco IOS.</source>
        <translation>Zueinander passende IPsec-Konfigurationen für MikroTik RouterOS und Cisco IOS.</translation>
    </message>
    <message>
        <source>A project file (.twproj) to open.</source>
        <translation>Eine Projektdatei (.twproj), die geöffnet wird.</translation>
    </message>
    <message>
        <source>[PROJECT]</source>
        <translation>[PROJEKT]</translation>
    </message>
    <message>
        <source>Project not opened</source>
        <translation>Projekt nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>tw::Findings</name>
    <message>
        <source>accepts none of the phase-1 proposals that the built-in L2TP client of %1 offers (%2), so it cannot connect; add aes256-cbc with sha1 and DH group 14, which the iPhone and Windows clients both offer</source>
        <translation>akzeptiert keinen der Phase-1-Vorschläge, die der eingebaute L2TP-Client von %1 anbietet (%2), er kann sich also nicht verbinden; fügen Sie aes256-cbc mit sha1 und DH-Gruppe 14 hinzu, die iPhone- und Windows-Clients beide anbieten</translation>
    </message>
    <message>
        <source>the built-in L2TP client of %1 does not use PFS, so phase 2 with %2 fails; use null</source>
        <translation>der eingebaute L2TP-Client von %1 nutzt kein PFS, daher scheitert Phase 2 mit %2; verwenden Sie null</translation>
    </message>
    <message>
        <source>accepts none of the phase-2 proposals that the built-in L2TP client of %1 offers (%2), so it cannot connect; add aes256-cbc with sha1</source>
        <translation>akzeptiert keinen der Phase-2-Vorschläge, die der eingebaute L2TP-Client von %1 anbietet (%2), er kann sich also nicht verbinden; fügen Sie aes256-cbc mit sha1 hinzu</translation>
    </message>
    <message>
        <source>%1 is listed twice; list each client platform once</source>
        <translation>%1 ist doppelt aufgeführt; führen Sie jede Client-Plattform nur einmal auf</translation>
    </message>
    <message>
        <source>contains characters the printed setup sheet cannot show (outside Western European letters); the sheet prints them as Unicode numbers such as [U+0141]. Letters, digits and ASCII punctuation print as they are</source>
        <translation>enthält Zeichen, die das gedruckte Einrichtungsblatt nicht zeigen kann (außerhalb der westeuropäischen Buchstaben); das Blatt druckt sie als Unicode-Nummern wie [U+0141]. Buchstaben, Ziffern und ASCII-Satzzeichen werden unverändert gedruckt</translation>
    </message>
    <message>
        <source>lists no %1; give at least one</source>
        <translation>enthält keinen Eintrag (%1); geben Sie mindestens einen an</translation>
    </message>
    <message>
        <source>%1 is listed twice; list each %2 once</source>
        <translation>%1 ist doppelt aufgeführt; führen Sie jeden Eintrag (%2) nur einmal auf</translation>
    </message>
    <message>
        <source>%1 is weak; keep it only for equipment that offers nothing better</source>
        <translation>%1 ist schwach; behalten Sie es nur für Geräte, die nichts Besseres anbieten</translation>
    </message>
    <message>
        <source>%1 s is outside %2..%3 s, the range both vendors accept (common: 28800 for IKE, 3600 for ESP)</source>
        <translation>%1 s liegt außerhalb von %2..%3 s, dem Bereich, den beide Hersteller akzeptieren (üblich: 28800 für IKE, 3600 für ESP)</translation>
    </message>
    <message>
        <source>is empty; name the router&apos;s interface, e.g. ether1 or GigabitEthernet0/0</source>
        <translation>ist leer; nennen Sie die Schnittstelle des Routers, z. B. ether1 oder GigabitEthernet0/0</translation>
    </message>
    <message>
        <source>contains a control character (tab, newline ...); type the interface name alone</source>
        <translation>enthält ein Steuerzeichen (Tabulator, Zeilenumbruch ...); geben Sie nur den Schnittstellennamen ein</translation>
    </message>
    <message>
        <source>is %1 characters long; interface names are at most 64</source>
        <translation>ist %1 Zeichen lang; Schnittstellennamen haben höchstens 64</translation>
    </message>
    <message>
        <source>%1 is not a unicast host address; give the router&apos;s own address</source>
        <translation>%1 ist keine Unicast-Hostadresse; geben Sie die eigene Adresse des Routers an</translation>
    </message>
    <message>
        <source>site name</source>
        <translation>Standortname</translation>
    </message>
    <message>
        <source>lists no network; give at least one protected network in CIDR, e.g. 192.168.88.0/24</source>
        <translation>enthält kein Netz; geben Sie mindestens ein geschütztes Netz in CIDR-Schreibweise an, z. B. 192.168.88.0/24</translation>
    </message>
    <message>
        <source>%1 protects every address, including the Internet; name the networks behind the router instead</source>
        <translation>%1 schützt jede Adresse, auch das Internet; nennen Sie stattdessen die Netze hinter dem Router</translation>
    </message>
    <message>
        <source>%1 is listed twice (also lan_subnets[%2]); list it once</source>
        <translation>%1 ist doppelt aufgeführt (auch lan_subnets[%2]); führen Sie es nur einmal auf</translation>
    </message>
    <message>
        <source>%1 overlaps lan_subnets[%2] (%3); list only the larger network</source>
        <translation>%1 überschneidet sich mit lan_subnets[%2] (%3); führen Sie nur das größere Netz auf</translation>
    </message>
    <message>
        <source>link name</source>
        <translation>Verbindungsname</translation>
    </message>
    <message>
        <source>no perfect forward secrecy: a key stolen later decrypts recorded traffic; set a group such as 14 (both sides get the same setting)</source>
        <translation>keine Perfect Forward Secrecy: Ein später gestohlener Schlüssel entschlüsselt aufgezeichneten Verkehr; setzen Sie eine Gruppe wie 14 (beide Seiten erhalten dieselbe Einstellung)</translation>
    </message>
    <message>
        <source>both sites are called &quot;%1&quot;; give each end its own name (it names the files)</source>
        <translation>beide Standorte heißen „%1“; geben Sie jedem Ende einen eigenen Namen (er benennt die Dateien)</translation>
    </message>
    <message>
        <source>is the same as a.wan_address (%1); each router needs its own public address</source>
        <translation>ist gleich a.wan_address (%1); jeder Router braucht seine eigene öffentliche Adresse</translation>
    </message>
    <message>
        <source>is %1 but a.wan_address is %2; both ends of a tunnel use one address family</source>
        <translation>ist %1, aber a.wan_address ist %2; beide Enden eines Tunnels verwenden eine Adressfamilie</translation>
    </message>
    <message>
        <source>%1 is %2 but the WAN addresses are %3; a tunnel carries one address family (make a second link for the other)</source>
        <translation>%1 ist %2, aber die WAN-Adressen sind %3; ein Tunnel trägt eine Adressfamilie (legen Sie für die andere eine zweite Verbindung an)</translation>
    </message>
    <message>
        <source>%1 contains %2.wan_address (%3): the tunnel would try to carry its own IKE packets; protect only the networks behind the routers</source>
        <translation>%1 enthält %2.wan_address (%3): Der Tunnel würde versuchen, seine eigenen IKE-Pakete zu tragen; schützen Sie nur die Netze hinter den Routern</translation>
    </message>
    <message>
        <source>%1 overlaps a.lan_subnets[%2] (%3): both sites cannot route the same addresses through the tunnel; renumber one side or use NAT</source>
        <translation>%1 überschneidet sich mit a.lan_subnets[%2] (%3): Beide Standorte können nicht dieselben Adressen durch den Tunnel routen; nummerieren Sie eine Seite um oder verwenden Sie NAT</translation>
    </message>
    <message>
        <source>server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>is empty; give what clients dial: an IP address or a DNS name such as vpn.example.com</source>
        <translation>ist leer; geben Sie an, was Clients anwählen: eine IP-Adresse oder einen DNS-Namen wie vpn.example.com</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a DNS name; e.g. 203.0.113.7 or vpn.example.com</source>
        <translation>„%1“ ist weder eine IP-Adresse noch ein DNS-Name; z. B. 203.0.113.7 oder vpn.example.com</translation>
    </message>
    <message>
        <source>is %1 but local_address is %2; use one family</source>
        <translation>ist %1, aber local_address ist %2; verwenden Sie eine Adressfamilie</translation>
    </message>
    <message>
        <source>contains local_address %1; the server&apos;s own tunnel address must lie outside the client pool</source>
        <translation>enthält local_address %1; die eigene Tunneladresse des Servers muss außerhalb des Client-Pools liegen</translation>
    </message>
    <message>
        <source>has %1 addresses for %2 users; users beyond that cannot connect at the same time</source>
        <translation>hat %1 Adressen für %2 Benutzer; weitere Benutzer können sich nicht gleichzeitig verbinden</translation>
    </message>
    <message>
        <source>lists no method; use [&quot;mschap2&quot;]</source>
        <translation>enthält kein Verfahren; verwenden Sie [&quot;mschap2&quot;]</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>PAP sends passwords in the clear inside the tunnel; prefer mschap2</source>
        <translation>PAP sendet Passwörter im Klartext durch den Tunnel; bevorzugen Sie mschap2</translation>
    </message>
    <message>
        <source>does not include mschap2, the only method the iPhone&apos;s L2TP client uses</source>
        <translation>enthält mschap2 nicht, das einzige Verfahren, das der L2TP-Client des iPhone verwendet</translation>
    </message>
    <message>
        <source>%1 is outside %2..%3; 1460 suits most links, 1400 links with PPPoE</source>
        <translation>%1 liegt außerhalb von %2..%3; 1460 passt zu den meisten Leitungen, 1400 zu Leitungen mit PPPoE</translation>
    </message>
    <message>
        <source>L2TP/IPsec clients speak IKEv1 only; use version 1</source>
        <translation>L2TP/IPsec-Clients sprechen nur IKEv1; verwenden Sie Version 1</translation>
    </message>
    <message>
        <source>the iPhone and Windows L2TP clients use main mode; remove &quot;mode&quot; or use &quot;main&quot;</source>
        <translation>die L2TP-Clients von iPhone und Windows verwenden den Main Mode; entfernen Sie &quot;mode&quot; oder verwenden Sie &quot;main&quot;</translation>
    </message>
    <message>
        <source>lists no user; nobody can log in until you add one</source>
        <translation>enthält keinen Benutzer; niemand kann sich anmelden, bis Sie einen hinzufügen</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already users[%2]; user names must be unique (ignoring case)</source>
        <translation>„%1“ ist bereits users[%2]; Benutzernamen müssen eindeutig sein (ohne Beachtung der Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <source>is empty; set a password (the wizard can generate one)</source>
        <translation>ist leer; legen Sie ein Passwort fest (der Assistent kann eines erzeugen)</translation>
    </message>
    <message>
        <source>contains a control character (tab, newline ...); passwords must be typeable</source>
        <translation>enthält ein Steuerzeichen (Tabulator, Zeilenumbruch ...); Passwörter müssen eintippbar sein</translation>
    </message>
    <message>
        <source>is %1 characters long; use at most 64</source>
        <translation>ist %1 Zeichen lang; verwenden Sie höchstens 64</translation>
    </message>
    <message>
        <source>is shorter than 10 characters; generated passwords have 20</source>
        <translation>ist kürzer als 10 Zeichen; erzeugte Passwörter haben 20</translation>
    </message>
    <message>
        <source>%1 cannot host this L2TP/IPsec server; choose routeros-7, routeros-6 or routeros-6-legacy</source>
        <translation>%1 kann diesen L2TP/IPsec-Server nicht betreiben; wählen Sie routeros-7, routeros-6 oder routeros-6-legacy</translation>
    </message>
    <message>
        <source>is &quot;%1&quot; but %2 puts the same router&apos;s WAN address %3 on &quot;%4&quot;; use one interface name for that address</source>
        <translation>ist „%1“, aber %2 legt die WAN-Adresse %3 desselben Routers auf „%4“; verwenden Sie für diese Adresse einen Schnittstellennamen</translation>
    </message>
    <message>
        <source>is empty; give a %1: a letter, then up to 31 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>ist leer; geben Sie einen Namen (%1) an: ein Buchstabe, dann bis zu 31 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2: start with a letter, then up to 31 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (no spaces)</source>
        <translation>„%1“ ist kein gültiger Name (%2): zuerst ein Buchstabe, dann bis zu 31 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; (keine Leerzeichen)</translation>
    </message>
    <message>
        <source>has %1 characters; a pre-shared key has %2 to %3 (generate one with `tunnelwright-cli psk`)</source>
        <translation>hat %1 Zeichen; ein Pre-shared Key hat %2 bis %3 (erzeugen Sie einen mit `tunnelwright-cli psk`)</translation>
    </message>
    <message>
        <source>contains a space (position %1); a pre-shared key is printable ASCII without spaces</source>
        <translation>enthält ein Leerzeichen (Position %1); ein Pre-shared Key besteht aus druckbarem ASCII ohne Leerzeichen</translation>
    </message>
    <message>
        <source>contains a character outside printable ASCII (position %1); use letters, digits and ASCII punctuation</source>
        <translation>enthält ein Zeichen außerhalb des druckbaren ASCII (Position %1); verwenden Sie Buchstaben, Ziffern und ASCII-Satzzeichen</translation>
    </message>
    <message>
        <source>is guessable: about %1 bits of strength, under %2; use at least 20 random letters and digits (`tunnelwright-cli psk` gives 32)</source>
        <translation>ist erratbar: etwa %1 Bit Stärke, unter %2; verwenden Sie mindestens 20 zufällige Buchstaben und Ziffern (`tunnelwright-cli psk` liefert 32)</translation>
    </message>
    <message>
        <source>encryption algorithm</source>
        <translation>Verschlüsselungsalgorithmus</translation>
    </message>
    <message>
        <source>integrity algorithm</source>
        <translation>Integritätsalgorithmus</translation>
    </message>
    <message>
        <source>DH group</source>
        <translation>DH-Gruppe</translation>
    </message>
    <message>
        <source>%1 needs IKEv2; IKEv1 has no AEAD ciphers. Use aes256-cbc or set version 2</source>
        <translation>%1 braucht IKEv2; IKEv1 hat keine AEAD-Verschlüsselungen. Verwenden Sie aes256-cbc oder setzen Sie Version 2</translation>
    </message>
    <message>
        <source>applies to IKEv1 only; remove it for IKEv2</source>
        <translation>gilt nur für IKEv1; entfernen Sie es für IKEv2</translation>
    </message>
    <message>
        <source>aggressive mode with a pre-shared key lets an eavesdropper test key guesses offline; use main mode unless a peer has a dynamic address</source>
        <translation>der Aggressive Mode mit Pre-shared Key lässt einen Lauscher Schlüssel offline raten; verwenden Sie den Main Mode, außer eine Gegenstelle hat eine dynamische Adresse</translation>
    </message>
    <message>
        <source>must be [] when every encryption is AES-GCM: GCM authenticates by itself</source>
        <translation>muss [] sein, wenn jede Verschlüsselung AES-GCM ist: GCM authentifiziert selbst</translation>
    </message>
    <message>
        <source>lists no integrity algorithm, which %1 needs; add sha256</source>
        <translation>enthält keinen Integritätsalgorithmus, den %1 braucht; fügen Sie sha256 hinzu</translation>
    </message>
    <message>
        <source>the CBC ciphers</source>
        <translation>die CBC-Verschlüsselungen</translation>
    </message>
    <message>
        <source>CBC encryption</source>
        <translation>die CBC-Verschlüsselung</translation>
    </message>
    <message>
        <source>%1 is weak; use 14 or 19 where both peers can</source>
        <translation>%1 ist schwach; verwenden Sie 14 oder 19, wo beide Gegenstellen es können</translation>
    </message>
    <message>
        <source>project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>the project has no link and no L2TP server: nothing to render</source>
        <translation>das Projekt hat keine Verbindung und keinen L2TP-Server: nichts zu erzeugen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by %2; links and servers need distinct names (ignoring case): each names an output folder</source>
        <translation>„%1“ wird bereits von %2 verwendet; Verbindungen und Server brauchen verschiedene Namen (ohne Beachtung der Groß-/Kleinschreibung): Jeder benennt einen Ausgabeordner</translation>
    </message>
    <message>
        <source>is empty; expected an IP address such as 203.0.113.7</source>
        <translation>ist leer; erwartet wird eine IP-Adresse wie 203.0.113.7</translation>
    </message>
    <message>
        <source>has spaces around it; write the address alone</source>
        <translation>hat Leerzeichen davor oder danach; schreiben Sie nur die Adresse</translation>
    </message>
    <message>
        <source>carries a scope id (%...); write the global IPv6 address</source>
        <translation>trägt eine Scope-ID (%...); schreiben Sie die globale IPv6-Adresse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address (example: 2001:db8::1)</source>
        <translation>„%1“ ist keine IPv6-Adresse (Beispiel: 2001:db8::1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address: each of the four numbers must be 0-255, written without leading zeros</source>
        <translation>„%1“ ist keine IPv4-Adresse: Jede der vier Zahlen muss 0-255 sein, ohne führende Nullen geschrieben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address: expected four decimal numbers 0-255 without leading zeros, such as 203.0.113.7</source>
        <translation>„%1“ ist keine IPv4-Adresse: erwartet werden vier Dezimalzahlen 0-255 ohne führende Nullen, etwa 203.0.113.7</translation>
    </message>
    <message>
        <source>has no prefix length; write a network in CIDR such as %1/%2 (a single host is /%2)</source>
        <translation>hat keine Präfixlänge; schreiben Sie ein Netz in CIDR-Schreibweise wie %1/%2 (ein einzelner Host ist /%2)</translation>
    </message>
    <message>
        <source>prefix length &quot;%1&quot; is not a number from 0 to %2</source>
        <translation>Präfixlänge „%1“ ist keine Zahl von 0 bis %2</translation>
    </message>
    <message>
        <source>has host bits set; the network is %1/%2</source>
        <translation>hat gesetzte Host-Bits; das Netz ist %1/%2</translation>
    </message>
    <message>
        <source>is not a range; write FIRST-LAST such as 172.31.86.1-172.31.86.14</source>
        <translation>ist kein Bereich; schreiben Sie ERSTE-LETZTE wie 172.31.86.1-172.31.86.14</translation>
    </message>
    <message>
        <source>first address %1</source>
        <translation>erste Adresse: %1</translation>
    </message>
    <message>
        <source>last address %1</source>
        <translation>letzte Adresse: %1</translation>
    </message>
    <message>
        <source>mixes %1 and %2; both ends must be of one family</source>
        <translation>mischt %1 und %2; beide Enden müssen derselben Familie angehören</translation>
    </message>
    <message>
        <source>runs backwards; write %1-%2</source>
        <translation>läuft rückwärts; schreiben Sie %1-%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cisco-ios interface name: write the type and number without spaces, e.g. GigabitEthernet0/0, Gi0/0.10 or Dialer1</source>
        <translation>„%1“ ist kein cisco-ios-Schnittstellenname: Schreiben Sie Typ und Nummer ohne Leerzeichen, z. B. GigabitEthernet0/0, Gi0/0.10 oder Dialer1</translation>
    </message>
    <message>
        <source>%1 cannot be written in a cisco-ios `crypto isakmp policy`: IOS 15.x offers groups 1, 2, 5, 14, 15, 16, 19, 20 and 24 there (21 only on IOS-XE). Use 20 (ECP 384) or 19 (ECP 256)</source>
        <translation>%1 lässt sich in einer cisco-ios-`crypto isakmp policy` nicht schreiben: IOS 15.x bietet dort die Gruppen 1, 2, 5, 14, 15, 16, 19, 20 und 24 (21 nur bei IOS-XE). Verwenden Sie 20 (ECP 384) oder 19 (ECP 256)</translation>
    </message>
    <message>
        <source>%1 cannot be written in a cisco-ios IKEv2 proposal: IOS-XE offers groups 1, 2, 14, 15, 16, 19, 20, 21 and 24 there. Use 14 (MODP 2048)</source>
        <translation>%1 lässt sich in einem cisco-ios-IKEv2-Vorschlag nicht schreiben: IOS-XE bietet dort die Gruppen 1, 2, 14, 15, 16, 19, 20, 21 und 24. Verwenden Sie 14 (MODP 2048)</translation>
    </message>
    <message>
        <source>%1 cannot be written in a cisco-ios IKEv2 proposal on every image: IOS 15.x stops at group 20 (21 only on IOS-XE). Use 20 (ECP 384) or 19 (ECP 256)</source>
        <translation>%1 lässt sich nicht auf jedem Image in einem cisco-ios-IKEv2-Vorschlag schreiben: IOS 15.x endet bei Gruppe 20 (21 nur bei IOS-XE). Verwenden Sie 20 (ECP 384) oder 19 (ECP 256)</translation>
    </message>
    <message>
        <source>%1 cannot be written in a cisco-ios `set pfs`: IOS 15.x offers group1, 2, 5, 14, 15, 16, 19, 20 and 24 (group21 only on IOS-XE). Use 20 (ECP 384) or 19 (ECP 256)</source>
        <translation>%1 lässt sich in einem cisco-ios-`set pfs` nicht schreiben: IOS 15.x bietet group1, 2, 5, 14, 15, 16, 19, 20 und 24 (group21 nur bei IOS-XE). Verwenden Sie 20 (ECP 384) oder 19 (ECP 256)</translation>
    </message>
    <message>
        <source>IKEv2 proposal</source>
        <translation>IKEv2-Vorschlag</translation>
    </message>
    <message>
        <source>aggressive mode: cisco-ios starts it only from a `crypto isakmp peer` block holding a second copy of the key (`set aggressive-mode password`), which Tunnelwright does not write. Both ends of a link have fixed addresses, so use &quot;main&quot; (or IKE version 2)</source>
        <translation>Aggressive Mode: cisco-ios startet ihn nur aus einem `crypto isakmp peer`-Block mit einer zweiten Kopie des Schlüssels (`set aggressive-mode password`), den Tunnelwright nicht schreibt. Beide Enden einer Verbindung haben feste Adressen, verwenden Sie also &quot;main&quot; (oder IKE-Version 2)</translation>
    </message>
    <message>
        <source>IKEv2 over IPv6 on cisco-ios is not supported by Tunnelwright yet (the IPv6 forms of the IKEv2 keyring, profile and policy are unverified); use version 1 for this IPv6 link, or IPv4 WAN addresses</source>
        <translation>IKEv2 über IPv6 auf cisco-ios unterstützt Tunnelwright noch nicht (die IPv6-Formen von IKEv2-Keyring, -Profil und -Policy sind ungeprüft); verwenden Sie für diese IPv6-Verbindung Version 1 oder IPv4-WAN-Adressen</translation>
    </message>
    <message>
        <source>%1 cannot be written in a cisco-ios %2</source>
        <translation>%1 lässt sich in cisco-ios nicht schreiben (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be written in a cisco-ios transform set</source>
        <translation>%1 lässt sich in einem cisco-ios-Transform-Set nicht schreiben</translation>
    </message>
    <message>
        <source>makes %1 transform sets (each CBC encryption with each integrity, each GCM alone); a cisco-ios crypto map entry takes at most %2 in `set transform-set`. List fewer algorithms</source>
        <translation>ergibt %1 Transform-Sets (jede CBC-Verschlüsselung mit jeder Integrität, jedes GCM allein); ein cisco-ios-Crypto-Map-Eintrag nimmt in `set transform-set` höchstens %2. Führen Sie weniger Algorithmen auf</translation>
    </message>
    <message>
        <source>is missing: on cisco-ios nat_bypass needs the LAN interface for `ip nat inside` (e.g. GigabitEthernet0/1); or set nat_bypass to false if this router does no NAT</source>
        <translation>fehlt: Auf cisco-ios braucht nat_bypass die LAN-Schnittstelle für `ip nat inside` (z. B. GigabitEthernet0/1); oder setzen Sie nat_bypass auf false, wenn dieser Router kein NAT macht</translation>
    </message>
    <message>
        <source> (without &quot;ike&quot; the server gets the client-compatible default, which lists more than one: write &quot;ike&quot; with one value; aes256-cbc, sha1 and group 14 suit both iPhone and Windows)</source>
        <translation> (ohne &quot;ike&quot; erhält der Server die client-kompatible Vorgabe, die mehr als einen Wert enthält: schreiben Sie &quot;ike&quot; mit einem Wert; aes256-cbc, sha1 und Gruppe 14 passen zu iPhone und Windows)</translation>
    </message>
    <message>
        <source>%1 cannot use %2 for IKE: %3 enc-algorithm offers aes-128, aes-192, aes-256 and 3des only; use aes256-cbc for phase 1 (GCM remains possible in esp)</source>
        <translation>%1 kann %2 nicht für IKE verwenden: %3 enc-algorithm bietet nur aes-128, aes-192, aes-256 und 3des; verwenden Sie aes256-cbc für Phase 1 (GCM bleibt in esp möglich)</translation>
    </message>
    <message>
        <source>%1 takes one phase-1 enc-algorithm (on /ip ipsec peer), but %2 are listed; keep the one the other end uses, e.g. [&quot;%3&quot;]%4</source>
        <translation>%1 nimmt einen enc-algorithm für Phase 1 (in /ip ipsec peer), aber %2 sind aufgeführt; behalten Sie den, den das andere Ende verwendet, z. B. [&quot;%3&quot;]%4</translation>
    </message>
    <message>
        <source>%1 takes one phase-1 dh-group (on /ip ipsec peer), but %2 are listed; keep the one the other end uses, e.g. [%3]%4</source>
        <translation>%1 nimmt eine dh-group für Phase 1 (in /ip ipsec peer), aber %2 sind aufgeführt; behalten Sie die, die das andere Ende verwendet, z. B. [%3]%4</translation>
    </message>
    <message>
        <source>%1 takes exactly one phase-1 hash-algorithm (%2 has a single value), but %3 are listed (%4); keep the one the peer uses, e.g. [&quot;%5&quot;]</source>
        <translation>%1 nimmt genau einen hash-algorithm für Phase 1 (%2 hat einen einzigen Wert), aber %3 sind aufgeführt (%4); behalten Sie den, den die Gegenstelle verwendet, z. B. [&quot;%5&quot;]</translation>
    </message>
    <message>
        <source>%1 has no %2 phase-1 hash-algorithm (RouterOS 6 offers md5, sha1, sha256 and sha512; sha384 needs RouterOS 7); use sha256 or sha512, or platform routeros-7</source>
        <translation>%1 hat keinen hash-algorithm %2 für Phase 1 (RouterOS 6 bietet md5, sha1, sha256 und sha512; sha384 braucht RouterOS 7); verwenden Sie sha256 oder sha512 oder die Plattform routeros-7</translation>
    </message>
    <message>
        <source>%1 has no DH %2; use 14, 19 or 20</source>
        <translation>%1 hat kein DH %2; verwenden Sie 14, 19 oder 20</translation>
    </message>
    <message>
        <source>%1 proposals cannot use %2; use aes256-cbc</source>
        <translation>%1-Vorschläge können %2 nicht verwenden; verwenden Sie aes256-cbc</translation>
    </message>
    <message>
        <source>%1: %2 exists only in later RouterOS 6 releases; if this router&apos;s /ip ipsec proposal does not offer %3, use aes256-cbc with sha256, or upgrade to 6.43 or later and choose routeros-6</source>
        <translation>%1: %2 gibt es erst in späteren RouterOS-6-Versionen; wenn /ip ipsec proposal dieses Routers %3 nicht anbietet, verwenden Sie aes256-cbc mit sha256 oder aktualisieren Sie auf 6.43 oder neuer und wählen routeros-6</translation>
    </message>
    <message>
        <source>%1 proposals have no %2 (auth-algorithms offers md5, sha1, sha256 and sha512); use sha256 or sha512 on both sides</source>
        <translation>%1-Vorschläge haben kein %2 (auth-algorithms bietet md5, sha1, sha256 und sha512); verwenden Sie sha256 oder sha512 auf beiden Seiten</translation>
    </message>
    <message>
        <source>%1 has no PFS %2; use 14, 19 or 20</source>
        <translation>%1 hat kein PFS %2; verwenden Sie 14, 19 oder 20</translation>
    </message>
    <message>
        <source>starts with &quot;0x&quot;: %1 reads such a secret as hexadecimal bytes, not as text, so the two ends would hold different keys; change the first two characters or generate a new key (`tunnelwright-cli psk`)</source>
        <translation>beginnt mit &quot;0x&quot;: %1 liest ein solches Geheimnis als hexadezimale Bytes, nicht als Text, daher hätten die beiden Enden verschiedene Schlüssel; ändern Sie die ersten beiden Zeichen oder erzeugen Sie einen neuen Schlüssel (`tunnelwright-cli psk`)</translation>
    </message>
    <message>
        <source>is IPv6, but on %1 the PPP profile&apos;s local-address is IPv4; use an IPv4 address outside the LAN, e.g. 172.31.86.254</source>
        <translation>ist IPv6, aber auf %1 ist die local-address des PPP-Profils IPv4; verwenden Sie eine IPv4-Adresse außerhalb des LAN, z. B. 172.31.86.254</translation>
    </message>
    <message>
        <source>is IPv6, but %1 hands out client addresses from /ip pool, which is IPv4 only; use an IPv4 range such as 172.31.86.1-172.31.86.14</source>
        <translation>ist IPv6, aber %1 vergibt Client-Adressen aus /ip pool, das nur IPv4 kennt; verwenden Sie einen IPv4-Bereich wie 172.31.86.1-172.31.86.14</translation>
    </message>
    <message>
        <source>is IPv6, but the %1 PPP profile&apos;s dns-server takes IPv4 addresses only</source>
        <translation>ist IPv6, aber dns-server des PPP-Profils von %1 nimmt nur IPv4-Adressen</translation>
    </message>
    <message>
        <source>%1 cannot use IKE version 2: RouterOS has IKEv2 from 6.38 on, and this platform stands for every version before 6.43. Upgrade the router to 6.43 or later and choose routeros-6, or set ike.version to 1</source>
        <translation>%1 kann IKE-Version 2 nicht verwenden: RouterOS hat IKEv2 ab 6.38, und diese Plattform steht für jede Version vor 6.43. Aktualisieren Sie den Router auf 6.43 oder neuer und wählen Sie routeros-6, oder setzen Sie ike.version auf 1</translation>
    </message>
    <message>
        <source>is used on Cisco IOS only (ip nat inside); %1 does not need it and ignores it</source>
        <translation>wird nur bei Cisco IOS verwendet (ip nat inside); %1 braucht es nicht und ignoriert es</translation>
    </message>
    <message>
        <source>connects the same two routers as %1 (%2 and %3); a router keeps one key per peer address, so one link would break the other: put the networks of both into one link</source>
        <translation>verbindet dieselben zwei Router wie %1 (%2 und %3); ein Router hält einen Schlüssel pro Peer-Adresse, daher würde eine Verbindung die andere stören: legen Sie die Netze beider in eine Verbindung</translation>
    </message>
    <message>
        <source>differs from %1.ike in encryption, integrity or DH groups, and both are IKEv2 links of the Cisco router at %2: IOS answers every peer of one address with one IKEv2 proposal; give both links the same ones</source>
        <translation>unterscheidet sich von %1.ike in Verschlüsselung, Integrität oder DH-Gruppen, und beide sind IKEv2-Verbindungen des Cisco-Routers bei %2: IOS antwortet allen Peers einer Adresse mit einem IKEv2-Vorschlag; geben Sie beiden Verbindungen dieselben</translation>
    </message>
    <message>
        <source>gives the router at %1 an object named &quot;%2&quot;, which %3 already uses; rename one of the two links</source>
        <translation>gibt dem Router bei %1 ein Objekt namens „%2“, das %3 bereits verwendet; benennen Sie eine der beiden Verbindungen um</translation>
    </message>
    <message>
        <source>is false, but %1 on the same Cisco router at %2 has nat_bypass: its route-map %3 translates %4 towards any address, this link&apos;s tunnel traffic too, before the crypto map sees it; set nat_bypass to true here as well</source>
        <translation>ist false, aber %1 auf demselben Cisco-Router bei %2 hat nat_bypass: dessen Route-Map %3 übersetzt %4 zu jeder Adresse, auch den Tunnelverkehr dieser Verbindung, bevor die Crypto Map ihn sieht; setzen Sie nat_bypass auch hier auf true</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IPv4 address written as IPv6 (IPv4-mapped); write %2</source>
        <translation>„%1“ ist eine als IPv6 geschriebene IPv4-Adresse (IPv4-mapped); schreiben Sie %2</translation>
    </message>
    <message>
        <source>%1: IOS XE 17.11 and later refuse it unless weak algorithms are allowed again on that router (Cisco Field Notice FN72510), and the tunnel does not come up; choose a stronger one if the Cisco end runs such a release</source>
        <translation>%1: IOS XE ab 17.11 lehnt es ab, solange schwache Algorithmen auf diesem Router nicht ausdrücklich wieder erlaubt sind (Cisco Field Notice FN72510), und der Tunnel kommt nicht zustande; wählen Sie einen stärkeren, wenn das Cisco-Ende ein solches Release verwendet</translation>
    </message>
    <message>
        <source>makes %1 isakmp policies (encryption x integrity x groups); cisco-ios numbers at most %2 per link (priorities %3+10*(link+1)+0..9). List fewer algorithms</source>
        <translation>ergibt %1 isakmp-Policies (Verschlüsselung x Integrität x Gruppen); cisco-ios nummeriert höchstens %2 pro Verbindung (Prioritäten %3+10*(link+1)+0..9). Führen Sie weniger Algorithmen auf</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names the same interface as wan_interface &quot;%2&quot; (IOS reads abbreviations); cisco-ios NAT needs `ip nat inside` and `ip nat outside` on two different interfaces</source>
        <translation>„%1“ bezeichnet dieselbe Schnittstelle wie wan_interface „%2“ (IOS liest Abkürzungen); cisco-ios-NAT braucht `ip nat inside` und `ip nat outside` auf zwei verschiedenen Schnittstellen</translation>
    </message>
    <message>
        <source>contains U+%1, a space that prints like a plain one: a user who types it from the setup sheet types another character; use a plain space or none</source>
        <translation>enthält U+%1, ein Leerzeichen, das wie ein gewöhnliches gedruckt wird: wer es vom Einrichtungsblatt abtippt, tippt ein anderes Zeichen; verwenden Sie ein gewöhnliches Leerzeichen oder keines</translation>
    </message>
    <message>
        <source>starts or ends with a space, or has two in a row: the setup sheet cannot show that clearly and users will type it wrong; use single spaces inside the password, or none</source>
        <translation>beginnt oder endet mit einem Leerzeichen oder hat zwei hintereinander: das Einrichtungsblatt kann das nicht deutlich zeigen, und die Benutzer tippen es falsch; verwenden Sie im Passwort nur einzelne Leerzeichen oder keine</translation>
    </message>
    <message>
        <source>contains a character that is not text (half of a surrogate pair, or a non-character such as U+FFFF); type the interface name alone</source>
        <translation>enthält ein Zeichen, das kein Text ist (die Hälfte eines Surrogatpaars oder ein Nichtzeichen wie U+FFFF); geben Sie nur den Schnittstellennamen ein</translation>
    </message>
    <message>
        <source>contains a character that is not text (half of a surrogate pair, or a non-character such as U+FFFF); passwords must be typeable</source>
        <translation>enthält ein Zeichen, das kein Text ist (die Hälfte eines Surrogatpaars oder ein Nichtzeichen wie U+FFFF); Passwörter müssen eintippbar sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot;: one site&apos;s name is the other&apos;s followed by a dot, so their files can have the same name (hq.rollback.rsc is the rollback of hq and the script of hq.rollback); rename one end</source>
        <translation>„%1“ und „%2“: der Name der einen Seite ist der der anderen mit einem Punkt dahinter, daher können ihre Dateien gleich heißen (hq.rollback.rsc ist der Rollback von hq und das Skript von hq.rollback); benennen Sie ein Ende um</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of the render&apos;s list of files; a link or server with it would put its folder where manifest.json goes: choose another name</source>
        <translation>„%1“ ist der Name der Dateiliste des Renderns; eine Verbindung oder ein Server mit diesem Namen legte seinen Ordner dorthin, wo manifest.json hingehört: wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>makes %1 pairs of protected networks with a.lan_subnets (%2 x %3); each becomes a policy, firewall rules and ACL lines on both routers: at most %4 per link. Summarise networks (one /16 instead of 256 /24s)</source>
        <translation>ergibt mit a.lan_subnets %1 Paare geschützter Netze (%2 x %3); aus jedem werden eine Policy, Firewall-Regeln und ACL-Zeilen auf beiden Routern: höchstens %4 pro Verbindung. Fassen Sie Netze zusammen (ein /16 statt 256 /24)</translation>
    </message>
    <message>
        <source>make %1 pairs of protected networks in all; at most %2 per project, about %3 MB of output. Summarise networks, or split the project</source>
        <translation>ergeben zusammen %1 Paare geschützter Netze; höchstens %2 pro Projekt, etwa %3 MB Ausgabe. Fassen Sie Netze zusammen oder teilen Sie das Projekt</translation>
    </message>
    <message>
        <source>%1 is a link-local address, usable only on its own network segment; give the global address</source>
        <translation>%1 ist eine link-lokale Adresse, nur im eigenen Netzsegment nutzbar; geben Sie die globale Adresse an</translation>
    </message>
    <message>
        <source>%1 is listed twice; clients get each DNS server once</source>
        <translation>%1 ist doppelt aufgeführt; die Clients bekommen jeden DNS-Server einmal</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; at %3 would carry more than %4 links, the most Tunnelwright can number on one router; end the other links on another router</source>
        <translation>%1 „%2“ bei %3 würde mehr als %4 Verbindungen tragen, die meisten, die Tunnelwright auf einem Router nummerieren kann; lassen Sie die übrigen Verbindungen auf einem anderen Router enden</translation>
    </message>
    <message>
        <source>protects traffic that %1 protects too on the router at %2 (their local networks overlap, and so do their remote ones): that router sends such packets into the tunnel it finds first, so one of the two links would never carry them. Give the links networks that do not overlap</source>
        <translation>schützt Verkehr, den %1 auf dem Router bei %2 ebenfalls schützt (ihre lokalen Netze überschneiden sich, ihre entfernten ebenso): dieser Router schickt solche Pakete in den Tunnel, den er zuerst findet, sodass eine der beiden Verbindungen sie nie trägt. Geben Sie den Verbindungen Netze, die sich nicht überschneiden</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, but %2, the same Cisco router by its site name &quot;%3&quot;, exempts NAT on &quot;%4&quot;: the router gets one route-map %5 and IOS keeps one NAT statement per route-map, so pasting this link would move the other&apos;s translation to this interface. Two routers: give them different site names. One router with two uplinks: end these links on one, or set nat_bypass to false and exempt the tunnel traffic in your own NAT rules</source>
        <translation>ist „%1“, aber %2, nach seinem Standortnamen „%3“ derselbe Cisco-Router, nimmt den Verkehr auf „%4“ von NAT aus: der Router bekommt eine Route-Map %5, und IOS hält eine NAT-Anweisung pro Route-Map, daher würde das Einfügen dieser Verbindung die Übersetzung der anderen auf diese Schnittstelle verlegen. Zwei Router: geben Sie ihnen verschiedene Standortnamen. Ein Router mit zwei Uplinks: lassen Sie diese Verbindungen auf einem enden, oder setzen Sie nat_bypass auf false und nehmen Sie den Tunnelverkehr in Ihren eigenen NAT-Regeln aus</translation>
    </message>
    <message>
        <source>%1 is a private address: right for a lab. Behind NAT, give the address the peer sees and keep nat_traversal on; then, after applying, put the router&apos;s own address where the files use wan_address as this router&apos;s (RouterOS local-address, Cisco IKEv2 `match address local`)</source>
        <translation>%1 ist eine private Adresse: richtig für ein Labor. Hinter NAT geben Sie die Adresse an, die die Gegenstelle sieht, und lassen nat_traversal eingeschaltet; tragen Sie dann nach dem Anwenden die eigene Adresse des Routers dort ein, wo die Dateien wan_address als Adresse dieses Routers verwenden (RouterOS local-address, Cisco IKEv2 `match address local`)</translation>
    </message>
    <message>
        <source>starts with &quot;!&quot;, which %1 firewall rules read as &quot;not&quot;: in-interface=%2 would match every interface but %3; give the interface&apos;s name without it</source>
        <translation>beginnt mit „!“, das %1-Firewallregeln als „nicht“ lesen: in-interface=%2 träfe jede Schnittstelle außer %3; geben Sie den Namen der Schnittstelle ohne es an</translation>
    </message>
    <message>
        <source>starts with &quot;*&quot;, which %1 reads as an internal item number, not a name; give the name that /interface print shows</source>
        <translation>beginnt mit „*“, das %1 als interne Eintragsnummer liest, nicht als Namen; geben Sie den Namen an, den /interface print zeigt</translation>
    </message>
    <message>
        <source>begins or ends with a space, which %1 keeps as part of the name, so the firewall rules would name an interface that does not exist; remove it</source>
        <translation>beginnt oder endet mit einem Leerzeichen, das %1 als Teil des Namens behält, sodass die Firewallregeln eine Schnittstelle nennen würden, die es nicht gibt; entfernen Sie es</translation>
    </message>
    <message>
        <source>cisco-ios cannot turn NAT traversal off for one peer (no crypto ipsec nat-transparency udp-encapsulation turns it off for the whole router); set nat_traversal to true: while no NAT sits between the routers it is never used</source>
        <translation>cisco-ios kann NAT-Traversal nicht für eine einzelne Gegenstelle abschalten (no crypto ipsec nat-transparency udp-encapsulation schaltet es für den ganzen Router ab); setzen Sie nat_traversal auf true: solange kein NAT zwischen den Routern liegt, wird es nie benutzt</translation>
    </message>
    <message>
        <source>%1 cannot turn NAT traversal off for IKEv2: the profile&apos;s nat-traversal applies to IKEv1 only, and IKEv2 detects NAT by itself; set nat_traversal to true, or use IKE version 1</source>
        <translation>%1 kann NAT-Traversal für IKEv2 nicht abschalten: nat-traversal im Profil gilt nur für IKEv1, und IKEv2 erkennt NAT von selbst; setzen Sie nat_traversal auf true oder verwenden Sie IKE-Version 1</translation>
    </message>
    <message>
        <source>contains a character outside ASCII (position %1): clients hash an MS-CHAPv2 password as UTF-16, %2 stores it as UTF-8 bytes, and the two need not match, so the login may fail; use ASCII letters, digits and punctuation</source>
        <translation>enthält ein Zeichen außerhalb von ASCII (Position %1): Clients hashen ein MS-CHAPv2-Passwort als UTF-16, %2 speichert es als UTF-8-Bytes, und beides muss nicht übereinstimmen, sodass die Anmeldung fehlschlagen kann; verwenden Sie ASCII-Buchstaben, Ziffern und Satzzeichen</translation>
    </message>
    <message>
        <source>%1 is no address clients can dial (unspecified, loopback, link-local, multicast or broadcast); give the address clients reach the server at, or its DNS name</source>
        <translation>%1 ist keine Adresse, die Clients wählen können (unspezifiziert, Loopback, link-lokal, Multicast oder Broadcast); geben Sie die Adresse an, unter der Clients den Server erreichen, oder seinen DNS-Namen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads as an IP address in a short or hexadecimal form, which clients may dial as another address; write four decimal numbers such as 203.0.113.7, or a DNS name</source>
        <translation>„%1“ liest sich als IP-Adresse in Kurz- oder Hexadezimalschreibweise, die Clients als eine andere Adresse wählen können; schreiben Sie vier Dezimalzahlen wie 203.0.113.7 oder einen DNS-Namen</translation>
    </message>
    <message>
        <source>is IPv6, but the %1 server this renders takes L2TP/IPsec clients over IPv4 only (its firewall openings and IPsec peer are IPv4); give the router&apos;s public IPv4 address, or a DNS name with an A record</source>
        <translation>ist IPv6, aber der hier erzeugte %1-Server nimmt L2TP/IPsec-Clients nur über IPv4 an (seine Firewall-Freigaben und sein IPsec-Peer sind IPv4); geben Sie die öffentliche IPv4-Adresse des Routers an oder einen DNS-Namen mit A-Eintrag</translation>
    </message>
    <message>
        <source>%1 lies inside the client pool %2, so a client may be given that address; give a DNS server outside it, e.g. local_address</source>
        <translation>%1 liegt im Client-Pool %2, sodass ein Client diese Adresse bekommen kann; geben Sie einen DNS-Server außerhalb an, z. B. local_address</translation>
    </message>
    <message>
        <source>is one DNS server too many: PPP hands clients two at most (a primary and a secondary); list one or two</source>
        <translation>ist ein DNS-Server zu viel: PPP gibt Clients höchstens zwei (einen primären und einen sekundären); geben Sie einen oder zwei an</translation>
    </message>
</context>
<context>
    <name>tw::OutputWriter</name>
    <message>
        <source>%1: cannot write: something other than a file is in the way</source>
        <translation>%1: Schreiben nicht möglich: etwas anderes als eine Datei steht im Weg</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: Schreiben nicht möglich: %2</translation>
    </message>
    <message>
        <source>refusing to write outside %1: %2</source>
        <translation>Schreiben außerhalb von %1 wird verweigert: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the output directory</source>
        <translation>%1: das Ausgabeverzeichnis lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>%1: cannot create directory</source>
        <translation>%1: Verzeichnis lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>%1: a symbolic link is in the way inside the output directory; refusing to write through it</source>
        <translation>%1: im Ausgabeverzeichnis steht ein symbolischer Link im Weg; es wird nicht durch ihn hindurch geschrieben</translation>
    </message>
    <message>
        <source>%1: cannot remove the earlier render&apos;s list: %2</source>
        <translation>%1: die Dateiliste des früheren Renderns lässt sich nicht entfernen: %2</translation>
    </message>
</context>
<context>
    <name>tw::ProjectCrypto</name>
    <message>
        <source>not enough memory for the key derivation (%1 MiB)</source>
        <translation>nicht genug Speicher für die Schlüsselableitung (%1 MiB)</translation>
    </message>
    <message>
        <source>the key derivation failed</source>
        <translation>die Schlüsselableitung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the passphrase is too short: use at least %1 characters</source>
        <translation>die Passphrase ist zu kurz: verwenden Sie mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>the project is %1 bytes; at most %2 are accepted</source>
        <translation>das Projekt hat %1 Byte; höchstens %2 werden akzeptiert</translation>
    </message>
    <message>
        <source>the system random number generator failed</source>
        <translation>der Zufallszahlengenerator des Systems ist ausgefallen</translation>
    </message>
    <message>
        <source>encryption failed</source>
        <translation>die Verschlüsselung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the encrypted project is %1 bytes; at most %2 are accepted</source>
        <translation>das verschlüsselte Projekt hat %1 Byte; höchstens %2 werden akzeptiert</translation>
    </message>
    <message>
        <source>this is not an encrypted Tunnelwright project</source>
        <translation>das ist kein verschlüsseltes Tunnelwright-Projekt</translation>
    </message>
    <message>
        <source>the encrypted project is damaged or not supported: </source>
        <translation>das verschlüsselte Projekt ist beschädigt oder wird nicht unterstützt: </translation>
    </message>
    <message>
        <source>no passphrase given</source>
        <translation>keine Passphrase angegeben</translation>
    </message>
    <message>
        <source>wrong passphrase, or the file was changed or damaged (its authentication check failed); nothing was read</source>
        <translation>falsche Passphrase, oder die Datei wurde verändert oder beschädigt (ihre Authentifizierungsprüfung ist fehlgeschlagen); nichts wurde gelesen</translation>
    </message>
</context>
<context>
    <name>tw::ProjectFile</name>
    <message>
        <source>a boolean</source>
        <translation>einen Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>erwartet wird ein Objekt, gefunden: %1</translation>
    </message>
    <message>
        <source>missing (required)</source>
        <translation>fehlt (erforderlich)</translation>
    </message>
    <message>
        <source>unknown key; allowed here: %1</source>
        <translation>unbekannter Schlüssel; hier erlaubt: %1</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>erwartet wird eine Zeichenkette, gefunden: %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>erwartet wird true oder false, gefunden: %1</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>erwartet wird eine ganze Zahl, gefunden: %1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>erwartet wird ein Array, gefunden: %1</translation>
    </message>
    <message>
        <source>has %1 items; at most %2 are accepted</source>
        <translation>hat %1 Einträge; höchstens %2 werden akzeptiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>„%1“ ist keiner von: %2</translation>
    </message>
    <message>
        <source>%1 is not a supported DH group; use one of: %2</source>
        <translation>%1 ist keine unterstützte DH-Gruppe; verwenden Sie eine von: %2</translation>
    </message>
    <message>
        <source>%1 is not an IKE version; use 1 or 2</source>
        <translation>%1 ist keine IKE-Version; verwenden Sie 1 oder 2</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;; is this a Tunnelwright project?</source>
        <translation>erwartet wird &quot;%1&quot;; ist das ein Tunnelwright-Projekt?</translation>
    </message>
    <message>
        <source>version %1 is not supported; this program reads version %2</source>
        <translation>Version %1 wird nicht unterstützt; dieses Programm liest Version %2</translation>
    </message>
    <message>
        <source>the project is %1 bytes; at most %2 are accepted</source>
        <translation>das Projekt hat %1 Byte; höchstens %2 werden akzeptiert</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>holds half of a UTF-16 surrogate pair (a \uD800-\uDFFF escape without its partner), which is not text; remove it</source>
        <translation>enthält die Hälfte eines UTF-16-Surrogatpaars (ein \uD800-\uDFFF-Escape ohne Partner), was kein Text ist; entfernen Sie es</translation>
    </message>
    <message>
        <source>appears twice in the same object; only the last would count, so keep one</source>
        <translation>kommt im selben Objekt zweimal vor; nur der letzte Eintrag würde zählen, behalten Sie einen</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>kein gültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>lässt sich nicht öffnen: %1</translation>
    </message>
    <message>
        <source>the file is %1 bytes; at most %2 are accepted</source>
        <translation>die Datei hat %1 Byte; höchstens %2 werden akzeptiert</translation>
    </message>
    <message>
        <source>the project is encrypted; open it with its passphrase</source>
        <translation>das Projekt ist verschlüsselt; öffnen Sie es mit seiner Passphrase</translation>
    </message>
    <message>
        <source>decrypts, but is not a valid project; its problems follow</source>
        <translation>lässt sich entschlüsseln, ist aber kein gültiges Projekt; seine Probleme folgen</translation>
    </message>
    <message>
        <source>%1 is too large to be read exactly; every number in a project is far smaller</source>
        <translation>%1 ist zu groß, um genau gelesen zu werden; jede Zahl in einem Projekt ist weit kleiner</translation>
    </message>
    <message>
        <source>a control character (U+%1) inside a string; JSON allows it only escaped, such as \t or \u0009</source>
        <translation>ein Steuerzeichen (U+%1) in einer Zeichenkette; JSON erlaubt es nur maskiert, etwa als \t oder \u0009</translation>
    </message>
</context>
<context>
    <name>tw::UsersCsv</name>
    <message>
        <source>a quote follows the end of a quoted field; inside quotes write a quote twice (&quot;&quot;)</source>
        <translation>ein Anführungszeichen folgt auf das Ende eines Felds in Anführungszeichen; innerhalb der Anführungszeichen schreiben Sie es doppelt (&quot;&quot;)</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one; enclose the field in quotes and write the inner quote twice (&quot;&quot;)</source>
        <translation>ein Anführungszeichen in einem Feld, das nicht mit einem beginnt; setzen Sie das Feld in Anführungszeichen und schreiben Sie das innere doppelt (&quot;&quot;)</translation>
    </message>
    <message>
        <source>text follows the closing quote of a field; put a comma after the quote or move the text inside the quotes</source>
        <translation>Text folgt auf das schließende Anführungszeichen eines Felds; setzen Sie ein Komma danach oder verschieben Sie den Text in die Anführungszeichen</translation>
    </message>
    <message>
        <source>a quoted field is never closed (the file ends inside quotes); add the closing quote</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen (die Datei endet innerhalb der Anführungszeichen); ergänzen Sie das schließende Anführungszeichen</translation>
    </message>
    <message>
        <source>row 1: the file is not UTF-8 text; save it as &quot;CSV UTF-8&quot; and import again</source>
        <translation>Zeile 1: die Datei ist kein UTF-8-Text; speichern Sie sie als „CSV UTF-8“ und importieren Sie erneut</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>has 1 field; a row is name,password (enclose a password that contains a comma in quotes)</source>
        <translation>hat 1 Feld; eine Zeile ist name,password (setzen Sie ein Passwort mit Komma in Anführungszeichen)</translation>
    </message>
    <message>
        <source>has %1 fields; a row is name,password (enclose a password that contains a comma in quotes)</source>
        <translation>hat %1 Felder; eine Zeile ist name,password (setzen Sie ein Passwort mit Komma in Anführungszeichen)</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>der Name ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user name: start with a letter, then up to 31 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (no spaces)</source>
        <translation>„%1“ ist kein gültiger Benutzername: zuerst ein Buchstabe, dann bis zu 31 Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; (keine Leerzeichen)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already on row %2; user names must be unique (ignoring case)</source>
        <translation>„%1“ steht bereits in Zeile %2; Benutzernamen müssen eindeutig sein (ohne Beachtung der Groß-/Kleinschreibung)</translation>
    </message>
    <message>
        <source>the password of &quot;%1&quot; is empty</source>
        <translation>das Passwort von „%1“ ist leer</translation>
    </message>
    <message>
        <source>the password of &quot;%1&quot; contains a control character (tab, line break ...); passwords must be typeable</source>
        <translation>das Passwort von „%1“ enthält ein Steuerzeichen (Tabulator, Zeilenumbruch ...); Passwörter müssen eintippbar sein</translation>
    </message>
    <message>
        <source>more than %1 users; a server holds at most %1</source>
        <translation>mehr als %1 Benutzer; ein Server fasst höchstens %1</translation>
    </message>
</context>
<context>
    <name>tw::crypto</name>
    <message>
        <source>cryptography is not available (its plug-in did not load: %1)</source>
        <translation>Kryptografie ist nicht verfügbar (ihr Plug-in wurde nicht geladen: %1)</translation>
    </message>
</context>
<context>
    <name>tw::ui::ExportPage</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Write the files for both routers into a folder. Files holding a key are readable by you only.</source>
        <translation>Die Dateien für beide Router in einen Ordner schreiben. Dateien mit einem Schlüssel sind nur für Sie lesbar.</translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation>Ausgabe&amp;ordner:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Export files</source>
        <translation>Dateien &amp;exportieren</translation>
    </message>
    <message>
        <source>F&amp;iles (written together with manifest.json):</source>
        <translation>Da&amp;teien (zusammen mit manifest.json geschrieben):</translation>
    </message>
    <message>
        <source>Files to export</source>
        <translation>Zu exportierende Dateien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Print setup sheets…</source>
        <translation>Einrichtungsblätter d&amp;rucken…</translation>
    </message>
    <message>
        <source>, holds the key</source>
        <translation>, enthält den Schlüssel</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Nothing to export: the project has errors (see the review page).</source>
        <translation>Nichts zu exportieren: Das Projekt hat Fehler (siehe Seite „Prüfen“).</translation>
    </message>
    <message>
        <source>Choose an output folder first.</source>
        <translation>Wählen Sie zuerst einen Ausgabeordner.</translation>
    </message>
    <message>
        <source>Nothing was exported: </source>
        <translation>Es wurde nichts exportiert: </translation>
    </message>
    <message>
        <source>Wrote %1 files to %2: the %3 listed above and manifest.json, which describes them.</source>
        <translation>%1 Dateien nach %2 geschrieben: die %3 oben aufgeführten und manifest.json, das sie beschreibt.</translation>
    </message>
    <message>
        <source>RouterOS script</source>
        <translation>RouterOS-Skript</translation>
    </message>
    <message>
        <source>RouterOS rollback</source>
        <translation>RouterOS-Rücknahme</translation>
    </message>
    <message>
        <source>Cisco IOS configuration</source>
        <translation>Cisco-IOS-Konfiguration</translation>
    </message>
    <message>
        <source>Cisco IOS rollback</source>
        <translation>Cisco-IOS-Rücknahme</translation>
    </message>
    <message>
        <source>setup sheet (PDF)</source>
        <translation>Einrichtungsblatt (PDF)</translation>
    </message>
    <message>
        <source>Apple profile</source>
        <translation>Apple-Profil</translation>
    </message>
    <message>
        <source>Windows PowerShell script</source>
        <translation>Windows-PowerShell-Skript</translation>
    </message>
    <message>
        <source>troubleshooting sheet</source>
        <translation>Fehlersuchblatt</translation>
    </message>
    <message>
        <source>Pre&amp;view setup sheets…</source>
        <translation>Einrichtungsblätter &amp;ansehen…</translation>
    </message>
    <message>
        <source>Setup sheets are made for the users of an L2TP/IPsec server with client material chosen (users page)</source>
        <translation>Einrichtungsblätter entstehen für die Benutzer eines L2TP/IPsec-Servers, wenn Client-Material gewählt ist (Seite „Benutzer und Clients“)</translation>
    </message>
</context>
<context>
    <name>tw::ui::FindingLocator</name>
    <message>
        <source>Site %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <source>Site %1 (%2)</source>
        <translation>Standort %1 (%2)</translation>
    </message>
    <message>
        <source>project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>link name</source>
        <translation>Verbindungsname</translation>
    </message>
    <message>
        <source>WAN address</source>
        <translation>WAN-Adresse</translation>
    </message>
    <message>
        <source>WAN interface</source>
        <translation>WAN-Schnittstelle</translation>
    </message>
    <message>
        <source>LAN interface</source>
        <translation>LAN-Schnittstelle</translation>
    </message>
    <message>
        <source>protected networks</source>
        <translation>geschützte Netze</translation>
    </message>
    <message>
        <source>NAT bypass</source>
        <translation>NAT-Ausnahme</translation>
    </message>
    <message>
        <source>firewall rules</source>
        <translation>Firewall-Regeln</translation>
    </message>
    <message>
        <source>IKE version</source>
        <translation>IKE-Version</translation>
    </message>
    <message>
        <source>IKEv1 mode</source>
        <translation>IKEv1-Modus</translation>
    </message>
    <message>
        <source>IKE encryption</source>
        <translation>IKE-Verschlüsselung</translation>
    </message>
    <message>
        <source>IKE integrity</source>
        <translation>IKE-Integrität</translation>
    </message>
    <message>
        <source>IKE DH group</source>
        <translation>IKE-DH-Gruppe</translation>
    </message>
    <message>
        <source>IKE lifetime</source>
        <translation>IKE-Lebensdauer</translation>
    </message>
    <message>
        <source>ESP encryption</source>
        <translation>ESP-Verschlüsselung</translation>
    </message>
    <message>
        <source>ESP integrity</source>
        <translation>ESP-Integrität</translation>
    </message>
    <message>
        <source>PFS group</source>
        <translation>PFS-Gruppe</translation>
    </message>
    <message>
        <source>ESP lifetime</source>
        <translation>ESP-Lebensdauer</translation>
    </message>
    <message>
        <source>pre-shared key</source>
        <translation>Pre-shared Key</translation>
    </message>
    <message>
        <source>NAT traversal</source>
        <translation>NAT-Traversal</translation>
    </message>
    <message>
        <source>public address</source>
        <translation>öffentliche Adresse</translation>
    </message>
    <message>
        <source>server tunnel address</source>
        <translation>Tunneladresse des Servers</translation>
    </message>
    <message>
        <source>client pool</source>
        <translation>Client-Pool</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>IPsec proposals</source>
        <translation>IPsec-Vorschläge</translation>
    </message>
    <message>
        <source>client material</source>
        <translation>Client-Material</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>Verbindung %1</translation>
    </message>
    <message>
        <source>, row %1</source>
        <translation>, Zeile %1</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>user %1%2 %3</source>
        <translation>Benutzer %1%2 %3</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>, entry %1</source>
        <translation>, Eintrag %1</translation>
    </message>
</context>
<context>
    <name>tw::ui::KeyEditor</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>8 to 128 printable characters, no spaces</source>
        <translation>8 bis 128 druckbare Zeichen, keine Leerzeichen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Den Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Den Schlüssel anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Generate a new random key</source>
        <translation>Einen neuen zufälligen Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>%1 random letters and digits (about %2 bits)</source>
        <translation>%1 zufällige Buchstaben und Ziffern (etwa %2 Bit)</translation>
    </message>
    <message>
        <source>Copy the key to the clipboard</source>
        <translation>Den Schlüssel in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Key strength</source>
        <translation>Schlüsselstärke</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation>noch kein Schlüssel</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>about %1 bits: %2</source>
        <translation>etwa %1 Bit: %2</translation>
    </message>
</context>
<context>
    <name>tw::ui::MatchedParameters</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>IKEv1, %1</source>
        <translation>IKEv1, %1</translation>
    </message>
    <message>
        <source>main mode</source>
        <translation>Main Mode</translation>
    </message>
    <message>
        <source>aggressive mode</source>
        <translation>Aggressive Mode</translation>
    </message>
    <message>
        <source>none (no PFS)</source>
        <translation>keine (kein PFS)</translation>
    </message>
    <message>
        <source>none (GCM authenticates)</source>
        <translation>keine (GCM authentifiziert)</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation>(kein Schlüssel)</translation>
    </message>
    <message>
        <source>SHA-256 </source>
        <translation>SHA-256 </translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Own WAN address</source>
        <translation>Eigene WAN-Adresse</translation>
    </message>
    <message>
        <source>Peer address</source>
        <translation>Adresse der Gegenstelle</translation>
    </message>
    <message>
        <source>mirrored</source>
        <translation>gespiegelt</translation>
    </message>
    <message>
        <source>WAN interface</source>
        <translation>WAN-Schnittstelle</translation>
    </message>
    <message>
        <source>Pre-shared key</source>
        <translation>Pre-shared Key</translation>
    </message>
    <message>
        <source>IKE version</source>
        <translation>IKE-Version</translation>
    </message>
    <message>
        <source>IKE encryption</source>
        <translation>IKE-Verschlüsselung</translation>
    </message>
    <message>
        <source>IKE integrity</source>
        <translation>IKE-Integrität</translation>
    </message>
    <message>
        <source>IKE DH groups</source>
        <translation>IKE-DH-Gruppen</translation>
    </message>
    <message>
        <source>IKE lifetime</source>
        <translation>IKE-Lebensdauer</translation>
    </message>
    <message>
        <source>ESP encryption</source>
        <translation>ESP-Verschlüsselung</translation>
    </message>
    <message>
        <source>ESP integrity</source>
        <translation>ESP-Integrität</translation>
    </message>
    <message>
        <source>ESP lifetime</source>
        <translation>ESP-Lebensdauer</translation>
    </message>
    <message>
        <source>NAT traversal</source>
        <translation>NAT-Traversal</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Selector %1 (local → remote)</source>
        <translation>Selektor %1 (lokal → entfernt)</translation>
    </message>
    <message>
        <source>Selectors</source>
        <translation>Selektoren</translation>
    </message>
    <message>
        <source>(no networks)</source>
        <translation>(keine Netze)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>Clients (%1)</source>
        <translation>Clients (%1)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>listens on %1</source>
        <translation>lauscht auf %1</translation>
    </message>
    <message>
        <source>dial %1</source>
        <translation>wählen %1 an</translation>
    </message>
    <message>
        <source>PPP authentication</source>
        <translation>PPP-Authentifizierung</translation>
    </message>
    <message>
        <source>MTU / MRU</source>
        <translation>MTU / MRU</translation>
    </message>
    <message>
        <source>Tunnel addresses</source>
        <translation>Tunneladressen</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>Server %1</translation>
    </message>
    <message>
        <source>from pool %1</source>
        <translation>aus dem Pool %1</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
</context>
<context>
    <name>tw::ui::NetworksPage</name>
    <message>
        <source>Protected networks</source>
        <translation>Geschützte Netze</translation>
    </message>
    <message>
        <source>The networks behind each router that the tunnel joins, in CIDR such as 192.168.88.0/24. Every network of one side reaches every network of the other.</source>
        <translation>Die Netze hinter jedem Router, die der Tunnel verbindet, in CIDR-Schreibweise wie 192.168.88.0/24. Jedes Netz der einen Seite erreicht jedes Netz der anderen.</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <source>Networks behind %1</source>
        <translation>Netze hinter %1</translation>
    </message>
    <message>
        <source>%1 (site %2)</source>
        <translation>%1 (Standort %2)</translation>
    </message>
</context>
<context>
    <name>tw::ui::OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>What else each router&apos;s file sets up besides the tunnel.</source>
        <translation>Was die Datei jedes Routers außer dem Tunnel noch einrichtet.</translation>
    </message>
    <message>
        <source>Site %1 </source>
        <translation>Standort %1: </translation>
    </message>
    <message>
        <source>NAT bypass</source>
        <translation>NAT-Ausnahme</translation>
    </message>
    <message>
        <source>Keeps tunnel traffic out of source NAT (masquerade), which would otherwise rewrite it before IPsec sees it. Cisco needs the LAN interface for this.</source>
        <translation>Hält Tunnelverkehr aus dem Quell-NAT (Masquerade) heraus, das ihn sonst umschreiben würde, bevor IPsec ihn sieht. Cisco braucht dafür die LAN-Schnittstelle.</translation>
    </message>
    <message>
        <source>firewall rules</source>
        <translation>Firewall-Regeln</translation>
    </message>
    <message>
        <source>Opens IKE (UDP 500), NAT-T (UDP 4500) and ESP from the peer, and lets tunnel traffic through. Untick if you manage the firewall yourself.</source>
        <translation>Öffnet IKE (UDP 500), NAT-T (UDP 4500) und ESP von der Gegenstelle und lässt Tunnelverkehr durch. Entfernen Sie das Häkchen, wenn Sie die Firewall selbst verwalten.</translation>
    </message>
    <message>
        <source>NAT b&amp;ypass</source>
        <translation>NAT-&amp;Ausnahme</translation>
    </message>
    <message>
        <source>Fire&amp;wall rules</source>
        <translation>&amp;Firewall-Regeln</translation>
    </message>
    <message>
        <source>NAT by&amp;pass</source>
        <translation>NAT-Ausna&amp;hme</translation>
    </message>
    <message>
        <source>Firewa&amp;ll rules</source>
        <translation>Fire&amp;wall-Regeln</translation>
    </message>
    <message>
        <source>Both routers</source>
        <translation>Beide Router</translation>
    </message>
    <message>
        <source>NAT &amp;traversal</source>
        <translation>NAT-&amp;Traversal</translation>
    </message>
    <message>
        <source>NAT traversal</source>
        <translation>NAT-Traversal</translation>
    </message>
    <message>
        <source>Wraps ESP in UDP 4500 when a NAT sits between the routers. Leave it on unless a peer cannot do it.</source>
        <translation>Verpackt ESP in UDP 4500, wenn ein NAT zwischen den Routern sitzt. Lassen Sie es eingeschaltet, außer eine Gegenstelle kann es nicht.</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <source>Site %1: %2</source>
        <translation>Standort %1: %2</translation>
    </message>
</context>
<context>
    <name>tw::ui::PassphraseDialog</name>
    <message>
        <source>&amp;Plain file, readable by your user account only</source>
        <translation>&amp;Unverschlüsselte Datei, nur für Ihr Benutzerkonto lesbar</translation>
    </message>
    <message>
        <source>&amp;Encrypted with a passphrase (recommended: the project holds keys)</source>
        <translation>&amp;Verschlüsselt mit einer Passphrase (empfohlen: das Projekt enthält Schlüssel)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>Die Passphrase braucht mindestens %1 Zeichen; ein paar Wörter ohne Zusammenhang sind leicht zu merken und schwer zu erraten.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one in both fields.</source>
        <translation>Die beiden Passphrasen unterscheiden sich; geben Sie in beide Felder dieselbe ein.</translation>
    </message>
    <message>
        <source>Leave both fields empty to keep the current passphrase.</source>
        <translation>Lassen Sie beide Felder leer, um die bisherige Passphrase zu behalten.</translation>
    </message>
    <message>
        <source>“%1” is encrypted. Enter the passphrase it was saved with.</source>
        <translation>„%1“ ist verschlüsselt. Geben Sie die Passphrase ein, mit der es gespeichert wurde.</translation>
    </message>
    <message>
        <source>Encrypted project</source>
        <translation>Verschlüsseltes Projekt</translation>
    </message>
    <message>
        <source>How should “%1” be saved?</source>
        <translation>Wie soll „%1“ gespeichert werden?</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Das Projekt speichern</translation>
    </message>
</context>
<context>
    <name>tw::ui::PlatformComboBox</name>
    <message>
        <source>Not available: </source>
        <translation>Nicht verfügbar: </translation>
    </message>
</context>
<context>
    <name>tw::ui::PreviewPane</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>: file</source>
        <translation>: Datei</translation>
    </message>
    <message>
        <source>: copy the file to the clipboard</source>
        <translation>: die Datei in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy this file&apos;s text to the clipboard (it may hold the key)</source>
        <translation>Den Text dieser Datei in die Zwischenablage kopieren (er kann den Schlüssel enthalten)</translation>
    </message>
    <message>
        <source>: file text</source>
        <translation>: Text der Datei</translation>
    </message>
    <message>
        <source>(a PDF document, %1 bytes: export to open it)</source>
        <translation>(ein PDF-Dokument, %1 Byte: zum Öffnen exportieren)</translation>
    </message>
</context>
<context>
    <name>tw::ui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>What check says, the files both routers get, and the values they must agree on.</source>
        <translation>Was die Prüfung sagt, welche Dateien beide Router erhalten und bei welchen Werten sie übereinstimmen müssen.</translation>
    </message>
    <message>
        <source>F&amp;indings (Enter or double-click goes to the field):</source>
        <translation>&amp;Befunde (Eingabetaste oder Doppelklick führt zum Feld):</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>&amp;Go to field</source>
        <translation>&amp;Zum Feld</translation>
    </message>
    <message>
        <source>Left preview</source>
        <translation>Vorschau links</translation>
    </message>
    <message>
        <source>Right preview</source>
        <translation>Vorschau rechts</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Matched parameters</source>
        <translation>Abgeglichene Parameter</translation>
    </message>
    <message>
        <source>&amp;Matched parameters</source>
        <translation>&amp;Abgeglichene Parameter</translation>
    </message>
    <message>
        <source>Check found nothing to report.</source>
        <translation>Die Prüfung hat nichts zu melden.</translation>
    </message>
    <message>
        <source>The files appear here once the errors above are fixed.</source>
        <translation>Die Dateien erscheinen hier, sobald die Fehler oben behoben sind.</translation>
    </message>
    <message>
        <source>What both routers of link %1 are set to. Compare them with each router&apos;s IPsec status after import; the key is shown as a fingerprint.</source>
        <translation>Worauf beide Router der Verbindung %1 eingestellt sind. Vergleichen Sie es nach dem Import mit dem IPsec-Status jedes Routers; der Schlüssel erscheint als Fingerabdruck.</translation>
    </message>
    <message>
        <source>What the server %1 and its clients use; the key is shown as a fingerprint.</source>
        <translation>Was der Server %1 und seine Clients verwenden; der Schlüssel erscheint als Fingerabdruck.</translation>
    </message>
</context>
<context>
    <name>tw::ui::SecurityPage</name>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>The algorithms both routers use, and the key they share. Both ends get exactly the same.</source>
        <translation>Die Algorithmen beider Router und der Schlüssel, den sie teilen. Beide Enden erhalten genau dasselbe.</translation>
    </message>
    <message>
        <source>Algorithms</source>
        <translation>Algorithmen</translation>
    </message>
    <message>
        <source>&amp;Compatible with older equipment</source>
        <translation>&amp;Kompatibel mit älteren Geräten</translation>
    </message>
    <message>
        <source>Recommen&amp;ded</source>
        <translation>&amp;Empfohlen</translation>
    </message>
    <message>
        <source>&amp;Modern IKEv2</source>
        <translation>&amp;Modernes IKEv2</translation>
    </message>
    <message>
        <source>C&amp;ustom</source>
        <translation>&amp;Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Pre-shared key</source>
        <translation>Pre-shared Key</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Both routers get this key; the files that hold it are written readable by you only. Generate gives 32 random letters and digits.</source>
        <translation>Beide Router erhalten diesen Schlüssel; die Dateien, die ihn enthalten, sind nur für Sie lesbar. „Erzeugen“ liefert 32 zufällige Buchstaben und Ziffern.</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phase 1 (IKE)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Phase 1 (IKE)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phase 2 (ESP)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Phase 2 (ESP)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>IKE version</source>
        <translation>IKE-Version</translation>
    </message>
    <message>
        <source>IKEv1 mode</source>
        <translation>IKEv1-Modus</translation>
    </message>
    <message>
        <source>main mode</source>
        <translation>Main Mode</translation>
    </message>
    <message>
        <source>aggressive mode</source>
        <translation>Aggressive Mode</translation>
    </message>
    <message>
        <source>IKE encryption</source>
        <translation>IKE-Verschlüsselung</translation>
    </message>
    <message>
        <source>ESP encryption</source>
        <translation>ESP-Verschlüsselung</translation>
    </message>
    <message>
        <source>IKE integrity</source>
        <translation>IKE-Integrität</translation>
    </message>
    <message>
        <source>ESP integrity</source>
        <translation>ESP-Integrität</translation>
    </message>
    <message>
        <source>none (AES-GCM authenticates)</source>
        <translation>keine (AES-GCM authentifiziert)</translation>
    </message>
    <message>
        <source>IKE Diffie-Hellman group</source>
        <translation>IKE-Diffie-Hellman-Gruppe</translation>
    </message>
    <message>
        <source>Perfect forward secrecy group</source>
        <translation>Gruppe für Perfect Forward Secrecy</translation>
    </message>
    <message>
        <source>no PFS</source>
        <translation>kein PFS</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>M&amp;odus:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>V&amp;erschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;Integrity:</source>
        <translation>&amp;Integrität:</translation>
    </message>
    <message>
        <source>DH grou&amp;p:</source>
        <translation>DH-&amp;Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Lebensdauer:</translation>
    </message>
    <message>
        <source>IKE lifetime in seconds</source>
        <translation>IKE-Lebensdauer in Sekunden</translation>
    </message>
    <message>
        <source>Encryp&amp;tion:</source>
        <translation>Verschl&amp;üsselung:</translation>
    </message>
    <message>
        <source>Integrit&amp;y:</source>
        <translation>Integri&amp;tät:</translation>
    </message>
    <message>
        <source>PF&amp;S group:</source>
        <translation>PF&amp;S-Gruppe:</translation>
    </message>
    <message>
        <source>Li&amp;fetime:</source>
        <translation>Lebens&amp;dauer:</translation>
    </message>
    <message>
        <source>ESP lifetime in seconds</source>
        <translation>ESP-Lebensdauer in Sekunden</translation>
    </message>
    <message>
        <source>Offer only the choices shown</source>
        <translation>Nur die angezeigte Auswahl anbieten</translation>
    </message>
    <message>
        <source>Not available: </source>
        <translation>Nicht verfügbar: </translation>
    </message>
    <message>
        <source>IKE encryption %1</source>
        <translation>IKE-Verschlüsselung %1</translation>
    </message>
    <message>
        <source>IKE integrity %1</source>
        <translation>IKE-Integrität %1</translation>
    </message>
    <message>
        <source>IKE %1</source>
        <translation>IKE %1</translation>
    </message>
    <message>
        <source>ESP encryption %1</source>
        <translation>ESP-Verschlüsselung %1</translation>
    </message>
    <message>
        <source>ESP integrity %1</source>
        <translation>ESP-Integrität %1</translation>
    </message>
    <message>
        <source>The project also offers, after the choices shown: %1.</source>
        <translation>Das Projekt bietet nach der angezeigten Auswahl außerdem an: %1.</translation>
    </message>
</context>
<context>
    <name>tw::ui::SecurityPresets</name>
    <message>
        <source>Compatible with older equipment</source>
        <translation>Kompatibel mit älteren Geräten</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Modern IKEv2</source>
        <translation>Modernes IKEv2</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>IKEv1 main mode, AES-256-CBC, SHA-1, DH group 2; ESP AES-256-CBC with SHA-1, no PFS. For routers that offer nothing better.</source>
        <translation>IKEv1 Main Mode, AES-256-CBC, SHA-1, DH-Gruppe 2; ESP AES-256-CBC mit SHA-1, kein PFS. Für Router, die nichts Besseres anbieten.</translation>
    </message>
    <message>
        <source>IKEv2 where both routers can (else IKEv1), AES-256-CBC, SHA-256, DH group 14; ESP AES-256-CBC with SHA-256, PFS group 14.</source>
        <translation>IKEv2, wo beide Router es können (sonst IKEv1), AES-256-CBC, SHA-256, DH-Gruppe 14; ESP AES-256-CBC mit SHA-256, PFS-Gruppe 14.</translation>
    </message>
    <message>
        <source>IKEv2, AES-256-CBC, SHA-256, DH group 19; ESP AES-256-GCM, PFS group 19.</source>
        <translation>IKEv2, AES-256-CBC, SHA-256, DH-Gruppe 19; ESP AES-256-GCM, PFS-Gruppe 19.</translation>
    </message>
    <message>
        <source>Choose every algorithm and lifetime below.</source>
        <translation>Wählen Sie unten jeden Algorithmus und jede Lebensdauer.</translation>
    </message>
</context>
<context>
    <name>tw::ui::ServerPage</name>
    <message>
        <source>The L2TP/IPsec server</source>
        <translation>Der L2TP/IPsec-Server</translation>
    </message>
    <message>
        <source>The MikroTik router iPhone and Windows users dial in to, and the addresses they get.</source>
        <translation>Der MikroTik-Router, bei dem sich iPhone- und Windows-Benutzer einwählen, und die Adressen, die sie erhalten.</translation>
    </message>
    <message>
        <source>e.g. office</source>
        <translation>z. B. buero</translation>
    </message>
    <message>
        <source>e.g. office (names the output folder)</source>
        <translation>z. B. buero (benennt den Ausgabeordner)</translation>
    </message>
    <message>
        <source>what clients dial: vpn.example.com or 203.0.113.7</source>
        <translation>was Clients anwählen: vpn.example.com oder 203.0.113.7</translation>
    </message>
    <message>
        <source>e.g. ether1</source>
        <translation>z. B. ether1</translation>
    </message>
    <message>
        <source>FIRST-LAST, e.g. 172.31.86.1-172.31.86.14</source>
        <translation>ERSTE-LETZTE, z. B. 172.31.86.1-172.31.86.14</translation>
    </message>
    <message>
        <source>e.g. 172.31.86.254, outside the pool</source>
        <translation>z. B. 172.31.86.254, außerhalb des Pools</translation>
    </message>
    <message>
        <source>optional, e.g. 192.168.88.1, 8.8.8.8</source>
        <translation>optional, z. B. 192.168.88.1, 8.8.8.8</translation>
    </message>
    <message>
        <source>%1 to %2; 1460 suits most links, 1400 links with PPPoE</source>
        <translation>%1 bis %2; 1460 passt zu den meisten Leitungen, 1400 zu Leitungen mit PPPoE</translation>
    </message>
    <message>
        <source>C&amp;HAP</source>
        <translation>C&amp;HAP</translation>
    </message>
    <message>
        <source>P&amp;AP</source>
        <translation>P&amp;AP</translation>
    </message>
    <message>
        <source>Authentication: </source>
        <translation>Authentifizierung: </translation>
    </message>
    <message>
        <source>Suggest fr&amp;ee addresses</source>
        <translation>Freie Adressen &amp;vorschlagen</translation>
    </message>
    <message>
        <source>A private /24 that overlaps nothing else in this project</source>
        <translation>Ein privates /24, das sich mit nichts anderem in diesem Projekt überschneidet</translation>
    </message>
    <message>
        <source>Client address pool</source>
        <translation>Adresspool der Clients</translation>
    </message>
    <message>
        <source>IPsec pre-shared key</source>
        <translation>IPsec-Pre-shared-Key</translation>
    </message>
    <message>
        <source>&amp;Project name:</source>
        <translation>&amp;Projektname:</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>Server na&amp;me:</source>
        <translation>Server&amp;name:</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <source>Pla&amp;tform:</source>
        <translation>Pla&amp;ttform:</translation>
    </message>
    <message>
        <source>Server platform</source>
        <translation>Plattform des Servers</translation>
    </message>
    <message>
        <source>Publi&amp;c address:</source>
        <translation>Öffentli&amp;che Adresse:</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Öffentliche Adresse</translation>
    </message>
    <message>
        <source>&amp;WAN interface:</source>
        <translation>&amp;WAN-Schnittstelle:</translation>
    </message>
    <message>
        <source>WAN interface</source>
        <translation>WAN-Schnittstelle</translation>
    </message>
    <message>
        <source>Client p&amp;ool:</source>
        <translation>Client-P&amp;ool:</translation>
    </message>
    <message>
        <source>Server tunnel add&amp;ress:</source>
        <translation>Tunneladresse des Se&amp;rvers:</translation>
    </message>
    <message>
        <source>Server tunnel address</source>
        <translation>Tunneladresse des Servers</translation>
    </message>
    <message>
        <source>&amp;DNS servers:</source>
        <translation>&amp;DNS-Server:</translation>
    </message>
    <message>
        <source>DNS servers for clients</source>
        <translation>DNS-Server für Clients</translation>
    </message>
    <message>
        <source>MT&amp;U:</source>
        <translation>MT&amp;U:</translation>
    </message>
    <message>
        <source>MTU and MRU</source>
        <translation>MTU und MRU</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <source>PPP authentication</source>
        <translation>PPP-Authentifizierung</translation>
    </message>
    <message>
        <source>IPsec proposals:</source>
        <translation>IPsec-Vorschläge:</translation>
    </message>
    <message>
        <source>IPsec proposals</source>
        <translation>IPsec-Vorschläge</translation>
    </message>
    <message>
        <source>Pre-shared &amp;key:</source>
        <translation>Pre-shared &amp;Key:</translation>
    </message>
    <message>
        <source>entry %1 (%2) %3</source>
        <translation>Eintrag %1 (%2) %3</translation>
    </message>
    <message>
        <source>From the project file: %1.</source>
        <translation>Aus der Projektdatei: %1.</translation>
    </message>
    <message>
        <source>What the built-in iPhone and Windows clients offer: %1.</source>
        <translation>Was die eingebauten Clients von iPhone und Windows anbieten: %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>IKEv1 %1, %2, %3, %4; ESP %5%6, %7</source>
        <translation>IKEv1 %1, %2, %3, %4; ESP %5%6, %7</translation>
    </message>
    <message>
        <source>main mode</source>
        <translation>Main Mode</translation>
    </message>
    <message>
        <source>aggressive mode</source>
        <translation>Aggressive Mode</translation>
    </message>
    <message>
        <source> with </source>
        <translation> mit </translation>
    </message>
    <message>
        <source>PFS </source>
        <translation>PFS </translation>
    </message>
    <message>
        <source>no PFS</source>
        <translation>kein PFS</translation>
    </message>
</context>
<context>
    <name>tw::ui::SetupSheetsDialog</name>
    <message>
        <source>Setup sheets</source>
        <translation>Einrichtungsblätter</translation>
    </message>
    <message>
        <source>The chosen setup sheet</source>
        <translation>Das gewählte Einrichtungsblatt</translation>
    </message>
    <message>
        <source>&amp;Print all…</source>
        <translation>Alle &amp;drucken…</translation>
    </message>
    <message>
        <source>Tunnelwright setup sheets (%1)</source>
        <translation>Tunnelwright-Einrichtungsblätter (%1)</translation>
    </message>
    <message>
        <source>Nothing was printed: %1.</source>
        <translation>Es wurde nichts gedruckt: %1.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <source>printing is not available (its plug-in did not load: %1)</source>
        <translation>Drucken ist nicht verfügbar (sein Plug-in wurde nicht geladen: %1)</translation>
    </message>
</context>
<context>
    <name>tw::ui::SitesPage</name>
    <message>
        <source>The two routers</source>
        <translation>Die beiden Router</translation>
    </message>
    <message>
        <source>Name both ends of the tunnel and say how each reaches the Internet.</source>
        <translation>Benennen Sie beide Enden des Tunnels und geben Sie an, wie jedes das Internet erreicht.</translation>
    </message>
    <message>
        <source>e.g. hq</source>
        <translation>z. B. zentrale</translation>
    </message>
    <message>
        <source>Names this router&apos;s files: a letter, then letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>Benennt die Dateien dieses Routers: ein Buchstabe, dann Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <source>The address the other router reaches this one at (its IKE address)</source>
        <translation>Die Adresse, unter der der andere Router diesen erreicht (seine IKE-Adresse)</translation>
    </message>
    <message>
        <source>e.g. ether1</source>
        <translation>z. B. ether1</translation>
    </message>
    <message>
        <source>e.g. GigabitEthernet0/0</source>
        <translation>z. B. GigabitEthernet0/0</translation>
    </message>
    <message>
        <source>The Internet-facing interface: the firewall rules (and on Cisco the crypto map) go there</source>
        <translation>Die Schnittstelle zum Internet: Dort greifen die Firewall-Regeln (und bei Cisco die Crypto-Map)</translation>
    </message>
    <message>
        <source>e.g. GigabitEthernet0/1</source>
        <translation>z. B. GigabitEthernet0/1</translation>
    </message>
    <message>
        <source>Cisco only: the inside interface, marked `ip nat inside` for the NAT bypass</source>
        <translation>Nur Cisco: die innere Schnittstelle, für die NAT-Ausnahme mit `ip nat inside` markiert</translation>
    </message>
    <message>
        <source>Site %1 </source>
        <translation>Standort %1: </translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>WAN address</source>
        <translation>WAN-Adresse</translation>
    </message>
    <message>
        <source>WAN interface</source>
        <translation>WAN-Schnittstelle</translation>
    </message>
    <message>
        <source>LAN interface</source>
        <translation>LAN-Schnittstelle</translation>
    </message>
    <message>
        <source>e.g. acme</source>
        <translation>z. B. acme</translation>
    </message>
    <message>
        <source>e.g. hq-branch (names the output folder)</source>
        <translation>z. B. zentrale-filiale (benennt den Ausgabeordner)</translation>
    </message>
    <message>
        <source>&amp;Project name:</source>
        <translation>&amp;Projektname:</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>&amp;Link name:</source>
        <translation>&amp;Verbindungsname:</translation>
    </message>
    <message>
        <source>Link name</source>
        <translation>Verbindungsname</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>Pla&amp;tform:</source>
        <translation>Pla&amp;ttform:</translation>
    </message>
    <message>
        <source>&amp;WAN address:</source>
        <translation>&amp;WAN-Adresse:</translation>
    </message>
    <message>
        <source>WAN &amp;interface:</source>
        <translation>WAN-&amp;Schnittstelle:</translation>
    </message>
    <message>
        <source>LAN interfa&amp;ce:</source>
        <translation>LAN-S&amp;chnittstelle:</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <translation>Nam&amp;e:</translation>
    </message>
    <message>
        <source>Platfo&amp;rm:</source>
        <translation>Platt&amp;form:</translation>
    </message>
    <message>
        <source>WAN a&amp;ddress:</source>
        <translation>WAN-A&amp;dresse:</translation>
    </message>
    <message>
        <source>WAN interf&amp;ace:</source>
        <translation>WAN-Schnittste&amp;lle:</translation>
    </message>
    <message>
        <source>LAN inter&amp;face:</source>
        <translation>LAN-Sch&amp;nittstelle:</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Standort %1</translation>
    </message>
    <message>
        <source>Site %1: %2</source>
        <translation>Standort %1: %2</translation>
    </message>
</context>
<context>
    <name>tw::ui::StartPage</name>
    <message>
        <source>Matched IPsec configurations for both ends of a tunnel: MikroTik RouterOS and Cisco IOS.</source>
        <translation>Zueinander passende IPsec-Konfigurationen für beide Enden eines Tunnels: MikroTik RouterOS und Cisco IOS.</translation>
    </message>
    <message>
        <source>New &amp;site-to-site link</source>
        <translation>Neue &amp;Standort-zu-Standort-Verbindung</translation>
    </message>
    <message>
        <source>Two routers, one tunnel: MikroTik and Cisco in any pairing.</source>
        <translation>Zwei Router, ein Tunnel: MikroTik und Cisco in jeder Kombination.</translation>
    </message>
    <message>
        <source>New L2TP/IPsec se&amp;rver</source>
        <translation>Neuer L2TP/IPsec-Se&amp;rver</translation>
    </message>
    <message>
        <source>iPhone and Windows users dial in to a MikroTik router.</source>
        <translation>iPhone- und Windows-Benutzer wählen sich bei einem MikroTik-Router ein.</translation>
    </message>
    <message>
        <source>&amp;Open a project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>A .twproj file saved earlier (Ctrl+O).</source>
        <translation>Eine früher gespeicherte .twproj-Datei (Strg+O).</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemvorgabe (%1)</translation>
    </message>
    <message>
        <source>Takes effect the next time Tunnelwright starts.</source>
        <translation>Wirkt beim nächsten Start von Tunnelwright.</translation>
    </message>
    <message>
        <source>E&amp;dit:</source>
        <translation>&amp;Bearbeiten:</translation>
    </message>
    <message>
        <source>Which link or server to edit</source>
        <translation>Welche Verbindung oder welcher Server bearbeitet wird</translation>
    </message>
    <message>
        <source>Re&amp;cent projects (Enter or double-click opens):</source>
        <translation>&amp;Zuletzt verwendete Projekte (Eingabetaste oder Doppelklick öffnet):</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt verwendete Projekte</translation>
    </message>
    <message>
        <source>The project could not be opened:
</source>
        <translation>Das Projekt konnte nicht geöffnet werden:
</translation>
    </message>
    <message>
        <source>Open: %1 (%2, %3). Next continues with it.</source>
        <translation>Geöffnet: %1 (%2, %3). „Weiter“ arbeitet damit weiter.</translation>
    </message>
    <message>
        <source>Link %1: %2</source>
        <translation>Verbindung %1: %2</translation>
    </message>
    <message>
        <source>L2TP server %1: %2</source>
        <translation>L2TP-Server %1: %2</translation>
    </message>
    <message>
        <source>Choose what to make, or open a project.</source>
        <translation>Wählen Sie, was Sie erstellen möchten, oder öffnen Sie ein Projekt.</translation>
    </message>
    <message>
        <source>1 link</source>
        <translation>1 Verbindung</translation>
    </message>
    <message>
        <source>%1 links</source>
        <translation>%1 Verbindungen</translation>
    </message>
    <message>
        <source>1 L2TP server</source>
        <translation>1 L2TP-Server</translation>
    </message>
    <message>
        <source>%1 L2TP servers</source>
        <translation>%1 L2TP-Server</translation>
    </message>
</context>
<context>
    <name>tw::ui::SubnetListEditor</name>
    <message>
        <source>Add network</source>
        <translation>Netz hinzufügen</translation>
    </message>
    <message>
        <source>Add a network to %1</source>
        <translation>Ein Netz zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>%1, network %2</source>
        <translation>%1, Netz %2</translation>
    </message>
    <message>
        <source>Remove network %2 of %1</source>
        <translation>Netz %2 von %1 entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>tw::ui::TunnelwrightWizard</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Save the project (Ctrl+S)</source>
        <translation>Das Projekt speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Save the project under a new name (Ctrl+Shift+S)</source>
        <translation>Das Projekt unter einem neuen Namen speichern (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Open a Tunnelwright project</source>
        <translation>Ein Tunnelwright-Projekt öffnen</translation>
    </message>
    <message>
        <source>Tunnelwright projects (*.twproj);;All files (*)</source>
        <translation>Tunnelwright-Projekte (*.twproj);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Das Projekt speichern</translation>
    </message>
    <message>
        <source>Tunnelwright projects (*.twproj)</source>
        <translation>Tunnelwright-Projekte (*.twproj)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The project has changes that are not saved. Save them first?</source>
        <translation>Das Projekt hat Änderungen, die nicht gespeichert sind. Zuerst speichern?</translation>
    </message>
    <message>
        <source>new project</source>
        <translation>neues Projekt</translation>
    </message>
    <message>
        <source>That passphrase does not open this file (or the file was changed after it was saved). Passphrases are case-sensitive; try again.</source>
        <translation>Diese Passphrase öffnet die Datei nicht (oder die Datei wurde nach dem Speichern verändert). Bei Passphrasen zählt Groß- und Kleinschreibung; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source> (encrypted)</source>
        <translation> (verschlüsselt)</translation>
    </message>
    <message>
        <source>%1[*]%2 — Tunnelwright</source>
        <translation>%1[*]%2 — Tunnelwright</translation>
    </message>
</context>
<context>
    <name>tw::ui::UsersPage</name>
    <message>
        <source>Users and clients</source>
        <translation>Benutzer und Clients</translation>
    </message>
    <message>
        <source>Who may dial in, and which client set-up files to make.</source>
        <translation>Wer sich einwählen darf und welche Einrichtungsdateien für Clients erstellt werden.</translation>
    </message>
    <message>
        <source>&amp;Users (double-click or F2 edits a cell):</source>
        <translation>&amp;Benutzer (Doppelklick oder F2 bearbeitet eine Zelle):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>Benutzer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Generate password</source>
        <translation>Passwort e&amp;rzeugen</translation>
    </message>
    <message>
        <source>A new random password (%1 letters and digits) for each selected user</source>
        <translation>Ein neues zufälliges Passwort (%1 Buchstaben und Ziffern) für jeden ausgewählten Benutzer</translation>
    </message>
    <message>
        <source>Show pass&amp;words</source>
        <translation>Pass&amp;wörter anzeigen</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Rows name,password (a header row is optional)</source>
        <translation>Zeilen name,password (eine Kopfzeile ist optional)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>The users and their passwords, written readable by you only</source>
        <translation>Die Benutzer und ihre Passwörter, nur für Sie lesbar geschrieben</translation>
    </message>
    <message>
        <source>Client set-up material</source>
        <translation>Einrichtungsmaterial für Clients</translation>
    </message>
    <message>
        <source>i&amp;Phone</source>
        <translation>i&amp;Phone</translation>
    </message>
    <message>
        <source>Win&amp;dows</source>
        <translation>Win&amp;dows</translation>
    </message>
    <message>
        <source>Client material</source>
        <translation>Client-Material</translation>
    </message>
    <message>
        <source>Make iPhone and iPad material</source>
        <translation>Material für iPhone und iPad erstellen</translation>
    </message>
    <message>
        <source>Make Windows material</source>
        <translation>Material für Windows erstellen</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB; that is not a user list</source>
        <translation>%1 ist größer als 4 MiB; das ist keine Benutzerliste</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>Imported from %1: %2 added, %3 updated.</source>
        <translation>Aus %1 importiert: %2 hinzugefügt, %3 aktualisiert.</translation>
    </message>
    <message>
        <source> %1 skipped:
</source>
        <translation> %1 übersprungen:
</translation>
    </message>
    <message>
        <source>Exported %1 users to %2 (readable by you only: it holds passwords).</source>
        <translation>%1 Benutzer nach %2 exportiert (nur für Sie lesbar: die Datei enthält Passwörter).</translation>
    </message>
    <message>
        <source>user %1%2, %3 %4</source>
        <translation>Benutzer %1%2, %3 %4</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Passwords on the &amp;sheets and in the Apple profiles</source>
        <translation>Passwörter auf den Blä&amp;ttern und in den Apple-Profilen</translation>
    </message>
    <message>
        <source>Off: the sheets say the password comes separately, and the iPhone asks for it when connecting</source>
        <translation>Aus: Die Blätter sagen, dass das Passwort separat kommt, und das iPhone fragt beim Verbinden danach</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>Papier&amp;format:</translation>
    </message>
    <message>
        <source>Paper of the setup sheets</source>
        <translation>Papier der Einrichtungsblätter</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language of the setup sheets</source>
        <translation>Sprache der Einrichtungsblätter</translation>
    </message>
    <message>
        <source>Screens and fields are named as the device shows them in that language</source>
        <translation>Bildschirme und Felder heißen so, wie das Gerät sie in dieser Sprache zeigt</translation>
    </message>
</context>
<context>
    <name>tw::ui::WizardPage</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>Hinweis: </translation>
    </message>
    <message>
        <source>• … and %1 more</source>
        <translation>• … und %1 weitere</translation>
    </message>
    <message>
        <source>Next is blocked until this is fixed:
</source>
        <translation>„Weiter“ ist gesperrt, bis dies behoben ist:
</translation>
    </message>
    <message>
        <source>Next is blocked until these %1 problems are fixed:
</source>
        <translation>„Weiter“ ist gesperrt, bis diese %1 Probleme behoben sind:
</translation>
    </message>
    <message>
        <source>To fix here or on a later page (it blocks there):
</source>
        <translation>Hier oder auf einer späteren Seite zu beheben (dort sperrt es):
</translation>
    </message>
    <message>
        <source>1 warning on this page; it does not block Next.</source>
        <translation>1 Warnung auf dieser Seite; sie sperrt „Weiter“ nicht.</translation>
    </message>
    <message>
        <source>%1 warnings on this page; they do not block Next.</source>
        <translation>%1 Warnungen auf dieser Seite; sie sperren „Weiter“ nicht.</translation>
    </message>
</context>
<context>
    <name>tw::ui::print::PrintModule</name>
    <message>
        <source>the printer &quot;%1&quot; could not be opened</source>
        <translation>der Drucker „%1“ konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
</context>
</TS>
