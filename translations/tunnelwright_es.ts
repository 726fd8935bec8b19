<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AppleProfile</name>
    <message>
        <source>L2TP/IPsec connection to %1</source>
        <translation>Conexión L2TP/IPsec con %1</translation>
    </message>
    <message>
        <source>Adds the VPN connection &quot;%1&quot; for %2. Made with tunnelwright from project %3.</source>
        <translation>Añade la conexión VPN «%1» para %2. Creado con tunnelwright a partir del proyecto %3.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>a passphrase is never taken from the command line (other users can see it in the process list); use --passphrase-file FILE or TUNNELWRIGHT_PASSPHRASE</source>
        <translation>la frase de contraseña nunca se toma de la línea de órdenes (otros usuarios la ven en la lista de procesos); use --passphrase-file ARCHIVO o TUNNELWRIGHT_PASSPHRASE</translation>
    </message>
    <message>
        <source>%1: cannot read the passphrase file: %2</source>
        <translation>%1: no se puede leer el archivo de la frase de contraseña: %2</translation>
    </message>
    <message>
        <source>%1: the passphrase file is over 4096 bytes; it holds one line</source>
        <translation>%1: el archivo de la frase de contraseña supera los 4096 bytes; contiene una sola línea</translation>
    </message>
    <message>
        <source>%1: the passphrase file is empty (its first line is the passphrase)</source>
        <translation>%1: el archivo de la frase de contraseña está vacío (su primera línea es la frase)</translation>
    </message>
    <message>
        <source>the project is encrypted: give its passphrase with --passphrase-file FILE or the environment variable TUNNELWRIGHT_PASSPHRASE</source>
        <translation>el proyecto está cifrado: indique su frase de contraseña con --passphrase-file ARCHIVO o la variable de entorno TUNNELWRIGHT_PASSPHRASE</translation>
    </message>
    <message>
        <source>check: unexpected argument &quot;%1&quot;</source>
        <translation>check: argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>check: which project? (tunnelwright-cli check PROJECT)</source>
        <translation>check: ¿qué proyecto? (tunnelwright-cli check PROYECTO)</translation>
    </message>
    <message>
        <source>render: unexpected argument &quot;%1&quot;</source>
        <translation>render: argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>render: needs a project and --out DIR</source>
        <translation>render: necesita un proyecto y --out DIR</translation>
    </message>
    <message>
        <source>render: --sheet-language must be one of %1, not &quot;%2&quot;</source>
        <translation>render: --sheet-language debe ser uno de %1, no «%2»</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;</source>
        <translation>%1: argumento inesperado «%2»</translation>
    </message>
    <message>
        <source>encrypt: needs a project and --out FILE</source>
        <translation>encrypt: necesita un proyecto y --out ARCHIVO</translation>
    </message>
    <message>
        <source>decrypt: needs an encrypted project and --out PROJECT</source>
        <translation>decrypt: necesita un proyecto cifrado y --out PROYECTO</translation>
    </message>
    <message>
        <source>%1: is not encrypted; nothing to decrypt</source>
        <translation>%1: no está cifrado; no hay nada que descifrar</translation>
    </message>
    <message>
        <source>wrote %1 (encrypted)
</source>
        <translation>%1 escrito (cifrado)
</translation>
    </message>
    <message>
        <source>wrote %1 (plain, owner-only)
</source>
        <translation>%1 escrito (sin cifrar, solo para el propietario)
</translation>
    </message>
    <message>
        <source>psk: unexpected argument &quot;%1&quot;</source>
        <translation>psk: argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>psk: --length must be a number from %1 to %2</source>
        <translation>psk: --length debe ser un número de %1 a %2</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>no se indicó ninguna orden</translation>
    </message>
    <message>
        <source>tunnelwright-cli: matched IPsec configurations for MikroTik RouterOS and Cisco IOS.

</source>
        <translation>tunnelwright-cli: configuraciones IPsec coincidentes para MikroTik RouterOS y Cisco IOS.

</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>orden desconocida «%1»</translation>
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
        <translation>Uso:
  tunnelwright-cli check PROYECTO [--json]      muestra cada hallazgo; sale con 1 si hay errores
  tunnelwright-cli render PROYECTO --out DIR    escribe las configuraciones de ambos extremos
                                                y DIR/manifest.json
      [--paper a4|letter] [--no-passwords]      hojas de configuración: papel (por defecto, según
                                                la configuración regional) y sin las contraseñas de
                                                los usuarios (hojas y perfiles de Apple)
      [--sheet-language de|es|en]               idioma de las hojas de configuración (por defecto,
                                                el del sistema si lo hay; si no, inglés)
  tunnelwright-cli encrypt PROYECTO --out ARCH  escribe PROYECTO cifrado con una frase de contraseña
  tunnelwright-cli decrypt ARCH --out PROYECTO  escribe un proyecto cifrado como proyecto sin cifrar
  tunnelwright-cli psk [--length N]             muestra una clave precompartida aleatoria nueva
                                                (32 caracteres por defecto)
  tunnelwright-cli --help | --version

check y render también abren proyectos cifrados. La frase de contraseña se lee de
--passphrase-file ARCH (su primera línea) o, si no, de la variable de entorno
TUNNELWRIGHT_PASSPHRASE; nunca de la línea de órdenes, donde otros usuarios podrían verla.

Códigos de salida: 0 sin errores, 1 el proyecto tiene errores (no se escribe nada), 2 proyecto
ilegible, mal formado o dañado, frase de contraseña incorrecta o uso incorrecto (no se escribe
nada).
</translation>
    </message>
    <message>
        <source>render: --paper takes a4 or letter, not &quot;%1&quot;</source>
        <translation>render: --paper admite a4 o letter, no «%1»</translation>
    </message>
    <message numerus="yes">
        <source>files written to %1: %n (list: %1/manifest.json)
</source>
        <translation>
            <numerusform>%n archivo escrito en %1 (lista: %1/manifest.json)
</numerusform>
            <numerusform>%n archivos escritos en %1 (lista: %1/manifest.json)
</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IPhoneSheet</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>VPN &amp; Device Management</source>
        <translation>VPN y gestión de dispositivos</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Send All Traffic</source>
        <translation>Enviar todo el tráfico</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Off</source>
        <extracomment>The Proxy choice as iOS shows it (capitalised)</extracomment>
        <translation>No</translation>
    </message>
    <message>
        <source>Add Configuration</source>
        <translation>Añadir configuración</translation>
    </message>
    <message>
        <source>VPN on your iPhone or iPad</source>
        <translation>VPN en su iPhone o iPad</translation>
    </message>
    <message>
        <source>iPhone or iPad</source>
        <extracomment>Completes &quot;...add the VPN connection X to your %1 with...&quot;</extracomment>
        <translation>iPhone o iPad</translation>
    </message>
    <message>
        <source>off</source>
        <extracomment>A switch&apos;s state in the settings table</extracomment>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>on</source>
        <extracomment>A switch&apos;s state in the settings table</extracomment>
        <translation>activado</translation>
    </message>
    <message>
        <source>Open </source>
        <translation>Abra </translation>
    </message>
    <message>
        <source>. (iOS 14 and older: </source>
        <translation>. (iOS 14 y anteriores: </translation>
    </message>
    <message>
        <source>%1: type %2</source>
        <extracomment>%1: a field&apos;s name, %2: what to type in it</extracomment>
        <translation>%1: escriba %2</translation>
    </message>
    <message>
        <source>%1: type the password you were given separately</source>
        <translation>%1: escriba la contraseña que recibió por separado</translation>
    </message>
    <message>
        <source>Tap %1; the screen %2 opens.</source>
        <translation>Toque %1; se abre la pantalla %2.</translation>
    </message>
    <message>
        <source>Add VPN Configuration</source>
        <translation>Añadir configuración VPN</translation>
    </message>
    <message>
        <source>Tap %1, choose %2 and go back to %3.</source>
        <translation>Toque %1, elija %2 y vuelva a %3.</translation>
    </message>
    <message>
        <source>%1: leave it off.</source>
        <translation>%1: déjelo desactivado.</translation>
    </message>
    <message>
        <source>%1: leave it on.</source>
        <translation>%1: déjelo activado.</translation>
    </message>
    <message>
        <source>%1: leave it on %2.</source>
        <translation>%1: déjelo en %2.</translation>
    </message>
    <message>
        <source>Tap %1 (top right). You are back on the %2 screen.</source>
        <translation>Toque %1 (arriba a la derecha). Vuelve a la pantalla %2.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Check that %1 is ticked, then turn on the switch at the top of that screen (%2) to connect.</source>
        <translation>Compruebe que %1 está marcada y active el interruptor de la parte superior de esa pantalla (%2) para conectarse.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>If your administrator also gave you the file %1, it can replace steps 1 to 12: open it on the iPhone (from Mail, AirDrop or Files), then go to </source>
        <translation>Si su administrador también le dio el archivo %1, puede sustituir los pasos 1 a 12: ábralo en el iPhone (desde Mail, AirDrop o Archivos) y vaya a </translation>
    </message>
    <message>
        <source>, tap the downloaded profile and tap %1. iOS may call it not verified because it is not signed; install it only if it came from your administrator.</source>
        <translation>, toque el perfil descargado y toque %1. Es posible que iOS lo muestre como no verificado porque no está firmado; instálelo solo si procede de su administrador.</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <source> The profile does not hold your password: type it when the iPhone asks.</source>
        <translation> El perfil no contiene su contraseña: escríbala cuando el iPhone la pida.</translation>
    </message>
    <message>
        <source>Or install the profile</source>
        <translation>O instale el perfil</translation>
    </message>
    <message>
        <source>%1 off and %2 %3: this VPN uses neither.</source>
        <translation>%1 desactivado y %2 %3: esta VPN no usa ninguno de los dos.</translation>
    </message>
    <message>
        <source>%1 on: everything you do online goes through the VPN while it is connected. Turn it off only if your administrator says so.</source>
        <translation>%1 activado: todo lo que hace en línea pasa por la VPN mientras está conectada. Desactívelo solo si su administrador se lo indica.</translation>
    </message>
    <message>
        <source>There is nothing to choose about encryption: the iPhone agrees on it with the server by itself.</source>
        <translation>No hay nada que elegir sobre el cifrado: el iPhone lo acuerda por sí solo con el servidor.</translation>
    </message>
    <message>
        <source>Under %1 the %2 screen shows %3.</source>
        <translation>Bajo %1, la pantalla %2 muestra %3.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>A %1 badge appears in the status bar at the top of the screen.</source>
        <translation>En la barra de estado, en la parte superior de la pantalla, aparece el indicador %1.</translation>
    </message>
    <message>
        <source>%1check that %2 reads exactly %3 and that the iPhone is online. Some guest and hotel Wi-Fi networks block VPNs: try mobile data.</source>
        <translation>%1compruebe que %2 dice exactamente %3 y que el iPhone tiene conexión. Algunas redes Wi-Fi de invitados y de hoteles bloquean las VPN: pruebe con datos móviles.</translation>
    </message>
    <message>
        <source>No answer from the server: </source>
        <translation>El servidor no responde: </translation>
    </message>
    <message>
        <source>%1type %2 again, exactly as printed.</source>
        <translation>%1escriba de nuevo %2, exactamente como aparece impreso.</translation>
    </message>
    <message>
        <source>A message about the shared secret: </source>
        <translation>Un mensaje sobre el secreto compartido: </translation>
    </message>
    <message>
        <source>%1type %2 and %3 again.</source>
        <translation>%1escriba de nuevo %2 y %3.</translation>
    </message>
    <message>
        <source>Authentication failed: </source>
        <translation>Error de autenticación: </translation>
    </message>
    <message>
        <source>%1this kind of VPN does that; turn it on again when you need it.</source>
        <translation>%1este tipo de VPN funciona así; vuelva a activarla cuando la necesite.</translation>
    </message>
    <message>
        <source>It disconnects when the iPhone sleeps: </source>
        <translation>Se desconecta cuando el iPhone entra en reposo: </translation>
    </message>
</context>
<context>
    <name>SetupSheet</name>
    <message>
        <source>not printed here: you get it separately</source>
        <translation>no figura aquí: la recibe por separado</translation>
    </message>
    <message>
        <source>These steps add the VPN connection %1 to your %2 with its built-in VPN client (L2TP/IPsec); no app is needed. Type every value exactly as printed: upper and lower case matter.</source>
        <extracomment>%1: the connection&apos;s name, %2: &quot;iPhone or iPad&quot; or &quot;Windows 10 or 11 PC&quot;</extracomment>
        <translation>Estos pasos añaden la conexión VPN %1 a su %2 con su cliente VPN integrado (L2TP/IPsec); no hace falta ninguna app. Escriba cada valor exactamente como aparece impreso: las mayúsculas y minúsculas importan.</translation>
    </message>
    <message>
        <source>Keep this sheet private. </source>
        <translation>Guarde esta hoja en privado. </translation>
    </message>
    <message>
        <source>It holds your password and the VPN&apos;s shared secret. Once the VPN works, store it safely or shred it.</source>
        <translation>Contiene su contraseña y el secreto compartido de la VPN. Cuando la VPN funcione, guárdela en un lugar seguro o destrúyala.</translation>
    </message>
    <message>
        <source>It holds the VPN&apos;s shared secret. Your password is not printed here: you get it separately.</source>
        <translation>Contiene el secreto compartido de la VPN. Su contraseña no figura aquí: la recibe por separado.</translation>
    </message>
    <message>
        <source>0 is the digit zero and O the capital letter o</source>
        <translation>0 es el dígito cero y O la letra o mayúscula</translation>
    </message>
    <message>
        <source>1 is the digit one, l the small letter L and I the capital letter i</source>
        <translation>1 es el dígito uno, l la letra L minúscula e I la letra i mayúscula</translation>
    </message>
    <message>
        <source>In the values above, %1.</source>
        <extracomment>%1: one or two of the notes above, joined by &quot;; &quot;</extracomment>
        <translation>En los valores de arriba, %1.</translation>
    </message>
    <message>
        <source>Your password contains characters this sheet cannot print; each is shown as [U+code], its Unicode number. Ask your administrator how to type them on your device.</source>
        <translation>Su contraseña contiene caracteres que esta hoja no puede imprimir; cada uno aparece como [U+código], su número Unicode. Pregunte a su administrador cómo escribirlos en su dispositivo.</translation>
    </message>
    <message>
        <source>Your password contains spaces: type a space for each gap.</source>
        <translation>Su contraseña contiene espacios: escriba un espacio en cada hueco.</translation>
    </message>
    <message>
        <source>keep this sheet private</source>
        <translation>guarde esta hoja en privado</translation>
    </message>
    <message>
        <source>%1 for %2, server %3</source>
        <extracomment>%1: the connection&apos;s name, %2: the user, %3: the server&apos;s address</extracomment>
        <translation>%1 para %2, servidor %3</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>The right part of each page&apos;s footer: &quot;Page 1 of 2&quot;</extracomment>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Your settings</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>Set up the connection</source>
        <translation>Configurar la conexión</translation>
    </message>
    <message>
        <source>Leave these as they are</source>
        <translation>Deje esto como está</translation>
    </message>
    <message>
        <source>How to tell it works</source>
        <translation>Cómo saber que funciona</translation>
    </message>
    <message>
        <source>Services of the network behind the VPN open as if you were there.</source>
        <translation>Los servicios de la red detrás de la VPN se abren como si estuviera allí.</translation>
    </message>
    <message>
        <source>If it does not connect</source>
        <translation>Si no se conecta</translation>
    </message>
    <message>
        <source>%1tell your administrator when you tried, so that they can find the attempt in the router&apos;s log.</source>
        <translation>%1diga a su administrador cuándo lo intentó, para que encuentre el intento en el registro del router.</translation>
    </message>
    <message>
        <source>Still no luck: </source>
        <translation>Si sigue sin funcionar: </translation>
    </message>
</context>
<context>
    <name>WindowsSheet</name>
    <message>
        <source>Microsoft CHAP Version 2 (MS-CHAP v2)</source>
        <translation>Microsoft CHAP versión 2 (MS-CHAP v2)</translation>
    </message>
    <message>
        <source>Challenge Handshake Authentication Protocol (CHAP)</source>
        <translation>Protocolo de autenticación por desafío mutuo (CHAP)</translation>
    </message>
    <message>
        <source>Unencrypted password (PAP)</source>
        <translation>Contraseña no cifrada (PAP)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>VPN provider</source>
        <translation>Proveedor de VPN</translation>
    </message>
    <message>
        <source>Windows (built-in)</source>
        <translation>Windows (integrado)</translation>
    </message>
    <message>
        <source>Connection name</source>
        <translation>Nombre de conexión</translation>
    </message>
    <message>
        <source>Server name or address</source>
        <translation>Nombre o dirección del servidor</translation>
    </message>
    <message>
        <source>VPN type</source>
        <translation>Tipo de VPN</translation>
    </message>
    <message>
        <source>L2TP/IPsec with pre-shared key</source>
        <translation>L2TP/IPsec con clave previamente compartida</translation>
    </message>
    <message>
        <source>Pre-shared key</source>
        <translation>Clave previamente compartida</translation>
    </message>
    <message>
        <source>Type of sign-in info</source>
        <translation>Tipo de información de inicio de sesión</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Nombre de usuario y contraseña</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Terminal (Admin)</source>
        <translation>Terminal (Administrador)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Connect</source>
        <comment>section heading</comment>
        <extracomment>The heading of the section, quoted in the text (keep both the same)</extracomment>
        <translation>Conectarse</translation>
    </message>
    <message>
        <source>The NAT setting</source>
        <translation>El ajuste de NAT</translation>
    </message>
    <message>
        <source>VPN on your Windows PC</source>
        <translation>VPN en su PC con Windows</translation>
    </message>
    <message>
        <source>Windows 10 or 11 PC</source>
        <extracomment>Completes &quot;...add the VPN connection X to your %1 with...&quot;</extracomment>
        <translation>PC con Windows 10 u 11</translation>
    </message>
    <message>
        <source>Right-click the %1 button and choose %2 (Windows 11) or %3 (Windows 10). Answer %4 when Windows asks for permission.</source>
        <translation>Haga clic con el botón derecho en el botón %1 y elija %2 (Windows 11) o %3 (Windows 10). Responda %4 cuando Windows pida permiso.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Windows PowerShell (Admin)</source>
        <translation>Windows PowerShell (Administrador)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>%1 lets this one script run where Windows blocks scripts; it changes no setting. Without administrator rights, use a normal window and add %2 to the second line: the connection is made, the NAT setting (below) is not.</source>
        <translation>%1 deja ejecutar este único script donde Windows bloquea los scripts; no cambia ninguna configuración. Sin derechos de administrador, use una ventana normal y añada %2 a la segunda línea: se crea la conexión, pero no el ajuste de NAT (más abajo).</translation>
    </message>
    <message>
        <source>Quick setup with the script</source>
        <translation>Configuración rápida con el script</translation>
    </message>
    <message>
        <source>Save the file %1 in your %2 folder.</source>
        <translation>Guarde el archivo %1 en su carpeta %2.</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Type these two lines, each followed by Enter:</source>
        <translation>Escriba estas dos líneas y pulse Entrar después de cada una:</translation>
    </message>
    <message>
        <source>If the script asks you to, restart Windows.</source>
        <translation>Si el script se lo pide, reinicie Windows.</translation>
    </message>
    <message>
        <source>Connect as described under %1 below.</source>
        <translation>Conéctese como se describe más abajo en %1.</translation>
    </message>
    <message>
        <source>Windows 11: open </source>
        <translation>Windows 11: abra </translation>
    </message>
    <message>
        <source>Network &amp; internet</source>
        <translation>Red e Internet</translation>
    </message>
    <message>
        <source> and click %1. Windows 10: open </source>
        <translation> y haga clic en %1. Windows 10: abra </translation>
    </message>
    <message>
        <source>Add VPN</source>
        <translation>Agregar VPN</translation>
    </message>
    <message>
        <source>Network &amp; Internet</source>
        <translation>Red e Internet</translation>
    </message>
    <message>
        <source> and click %1.</source>
        <translation> y haga clic en %1.</translation>
    </message>
    <message>
        <source>Add a VPN connection</source>
        <translation>Agregar una conexión VPN</translation>
    </message>
    <message>
        <source>%1: type %2</source>
        <extracomment>%1: a field&apos;s name, %2: what to type in it</extracomment>
        <translation>%1: escriba %2</translation>
    </message>
    <message>
        <source>%1: choose %2</source>
        <extracomment>%1: a field&apos;s name, %2: the choice to make in it</extracomment>
        <translation>%1: elija %2</translation>
    </message>
    <message>
        <source>%1: type the password you were given separately</source>
        <translation>%1: escriba la contraseña que recibió por separado</translation>
    </message>
    <message>
        <source>Tick %1 and click %2.</source>
        <translation>Marque %1 y haga clic en %2.</translation>
    </message>
    <message>
        <source>Remember my sign-in info</source>
        <translation>Recordar mi información de inicio de sesión</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Make the NAT setting below if it is not made yet.</source>
        <translation>Haga el ajuste de NAT de más abajo si aún no está hecho.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Press Windows key + R, type %1 and press Enter. Right-click %2, choose %3 and open the %4 tab. Set %5 to %6 and under %7 tick only </source>
        <extracomment>%1..%7: labels and values; %8: the authentication methods, joined</extracomment>
        <translation>Pulse la tecla Windows + R, escriba %1 y pulse Entrar. Haga clic con el botón derecho en %2, elija %3 y abra la pestaña %4. Ponga %5 en %6 y en %7 marque solo </translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Data encryption</source>
        <translation>Cifrado de datos</translation>
    </message>
    <message>
        <source>Optional encryption (connect even if no encryption)</source>
        <translation>Cifrado opcional (conectar aunque no haya cifrado)</translation>
    </message>
    <message>
        <source>Allow these protocols</source>
        <translation>Permitir estos protocolos</translation>
    </message>
    <message>
        <source>. Click %1.</source>
        <translation>. Haga clic en %1.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Or set it up by hand</source>
        <translation>O configúrela a mano</translation>
    </message>
    <message>
        <source>Windows connects to a VPN server behind a router that translates addresses (NAT) only once this setting is made, else it fails with error 809. It does no harm otherwise, so the script always makes it. By hand: type these two lines in %1, then restart Windows:</source>
        <translation>Windows solo se conecta a un servidor VPN situado detrás de un router que traduce direcciones (NAT) una vez hecho este ajuste; si no, falla con el error 809. En los demás casos no hace ningún daño, por eso el script siempre lo hace. A mano: escriba estas dos líneas en %1 y reinicie Windows:</translation>
    </message>
    <message>
        <source>%1 (once per PC)</source>
        <translation>%1 (una vez por PC)</translation>
    </message>
    <message>
        <source>Open </source>
        <translation>Abra </translation>
    </message>
    <message>
        <source>, click %1 and then %2. (Quicker: the network icon at the right of the taskbar, then %3.)</source>
        <translation>, haga clic en %1 y después en %2. (Más rápido: el icono de red a la derecha de la barra de tareas y luego %3.)</translation>
    </message>
    <message>
        <source>The first time after the script, Windows asks for your sign-in info: %1 %2 and your %3. Windows remembers them.</source>
        <translation>La primera vez después del script, Windows le pide su información de inicio de sesión: %1 %2 y su %3. Windows los recuerda.</translation>
    </message>
    <message>
        <source>In %1, %2 shows %3, and services of the network behind the VPN open as if you were there.</source>
        <translation>En %1, %2 muestra %3, y los servicios de la red detrás de la VPN se abren como si estuviera allí.</translation>
    </message>
    <message>
        <source>%1 stays %2; %3 does not work with this server.</source>
        <translation>%1 se queda en %2; %3 no funciona con este servidor.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Everything else, such as the connection&apos;s %1 tab, stays as the script or the steps above left it.</source>
        <translation>Todo lo demás, como la pestaña %1 de la conexión, se queda como lo dejaron el script o los pasos anteriores.</translation>
    </message>
    <message>
        <source>%1the server did not answer. Usually the NAT setting is missing: run the script again as administrator (or the two lines under %2) and restart Windows. Otherwise the network you are on blocks VPNs (UDP ports 500 and 4500): try another one.</source>
        <translation>%1el servidor no respondió. Normalmente falta el ajuste de NAT: ejecute de nuevo el script como administrador (o las dos líneas de %2) y reinicie Windows. Si no, la red en la que está bloquea las VPN (puertos UDP 500 y 4500): pruebe con otra.</translation>
    </message>
    <message>
        <source>Error %1: </source>
        <translation>Error %1: </translation>
    </message>
    <message>
        <source>%1the security check with the server failed. Type the %2 again; check the NAT setting; if both are right, tell your administrator.</source>
        <translation>%1falló la comprobación de seguridad con el servidor. Escriba de nuevo la %2; compruebe el ajuste de NAT; si ambos son correctos, avise a su administrador.</translation>
    </message>
    <message>
        <source>%1user name or password not accepted. Connect again and type them carefully; if they are right, tell your administrator.</source>
        <translation>%1no se aceptó el nombre de usuario o la contraseña. Conéctese de nuevo y escríbalos con cuidado; si son correctos, avise a su administrador.</translation>
    </message>
    <message>
        <source>%1%2 is not %3 or the key is missing: set both again.</source>
        <translation>%1%2 no es %3 o falta la clave: configure ambos de nuevo.</translation>
    </message>
    <message>
        <source>Error 628 or 766: </source>
        <translation>Error 628 o 766: </translation>
    </message>
    <message>
        <source>Still no luck? Tell your administrator the error number and when you tried.</source>
        <translation>¿Sigue sin funcionar? Diga a su administrador el número de error y cuándo lo intentó.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Matched IPsec configurations for MikroTik RouterOS and Cisco IOS.</source>
        <translation>Configuraciones IPsec coincidentes para MikroTik RouterOS y Cisco IOS.</translation>
    </message>
    <message>
        <source>A project file (.twproj) to open.</source>
        <translation>Un archivo de proyecto (.twproj) que abrir.</translation>
    </message>
    <message>
        <source>[PROJECT]</source>
        <translation>[PROYECTO]</translation>
    </message>
    <message>
        <source>Project not opened</source>
        <translation>Proyecto no abierto</translation>
    </message>
</context>
<context>
    <name>tw::Findings</name>
    <message>
        <source>accepts none of the phase-1 proposals that the built-in L2TP client of %1 offers (%2), so it cannot connect; add aes256-cbc with sha1 and DH group 14, which the iPhone and Windows clients both offer</source>
        <translation>no acepta ninguna de las propuestas de fase 1 que ofrece el cliente L2TP integrado de %1 (%2), así que no puede conectarse; añada aes256-cbc con sha1 y el grupo DH 14, que ofrecen tanto el cliente del iPhone como el de Windows</translation>
    </message>
    <message>
        <source>the built-in L2TP client of %1 does not use PFS, so phase 2 with %2 fails; use null</source>
        <translation>el cliente L2TP integrado de %1 no usa PFS, así que la fase 2 con %2 falla; use null</translation>
    </message>
    <message>
        <source>accepts none of the phase-2 proposals that the built-in L2TP client of %1 offers (%2), so it cannot connect; add aes256-cbc with sha1</source>
        <translation>no acepta ninguna de las propuestas de fase 2 que ofrece el cliente L2TP integrado de %1 (%2), así que no puede conectarse; añada aes256-cbc con sha1</translation>
    </message>
    <message>
        <source>%1 is listed twice; list each client platform once</source>
        <translation>%1 aparece dos veces; indique cada plataforma cliente una sola vez</translation>
    </message>
    <message>
        <source>contains characters the printed setup sheet cannot show (outside Western European letters); the sheet prints them as Unicode numbers such as [U+0141]. Letters, digits and ASCII punctuation print as they are</source>
        <translation>contiene caracteres que la hoja de configuración impresa no puede mostrar (fuera de las letras de Europa occidental); la hoja los imprime como números Unicode, p. ej. [U+0141]. Las letras, los dígitos y la puntuación ASCII se imprimen tal cual</translation>
    </message>
    <message>
        <source>lists no %1; give at least one</source>
        <translation>no incluye ningún elemento (%1); indique al menos uno</translation>
    </message>
    <message>
        <source>%1 is listed twice; list each %2 once</source>
        <translation>%1 aparece dos veces; indique cada elemento (%2) una sola vez</translation>
    </message>
    <message>
        <source>%1 is weak; keep it only for equipment that offers nothing better</source>
        <translation>%1 es débil; manténgalo solo para equipos que no ofrezcan nada mejor</translation>
    </message>
    <message>
        <source>%1 s is outside %2..%3 s, the range both vendors accept (common: 28800 for IKE, 3600 for ESP)</source>
        <translation>%1 s está fuera de %2..%3 s, el rango que aceptan ambos fabricantes (habitual: 28800 para IKE, 3600 para ESP)</translation>
    </message>
    <message>
        <source>is empty; name the router&apos;s interface, e.g. ether1 or GigabitEthernet0/0</source>
        <translation>está vacío; indique la interfaz del router, p. ej. ether1 o GigabitEthernet0/0</translation>
    </message>
    <message>
        <source>contains a control character (tab, newline ...); type the interface name alone</source>
        <translation>contiene un carácter de control (tabulador, salto de línea...); escriba solo el nombre de la interfaz</translation>
    </message>
    <message>
        <source>is %1 characters long; interface names are at most 64</source>
        <translation>tiene %1 caracteres; los nombres de interfaz tienen como máximo 64</translation>
    </message>
    <message>
        <source>%1 is not a unicast host address; give the router&apos;s own address</source>
        <translation>%1 no es una dirección de host unicast; indique la dirección propia del router</translation>
    </message>
    <message>
        <source>site name</source>
        <translation>nombre del sitio</translation>
    </message>
    <message>
        <source>lists no network; give at least one protected network in CIDR, e.g. 192.168.88.0/24</source>
        <translation>no incluye ninguna red; indique al menos una red protegida en notación CIDR, p. ej. 192.168.88.0/24</translation>
    </message>
    <message>
        <source>%1 protects every address, including the Internet; name the networks behind the router instead</source>
        <translation>%1 protege todas las direcciones, incluida Internet; indique en su lugar las redes detrás del router</translation>
    </message>
    <message>
        <source>%1 is listed twice (also lan_subnets[%2]); list it once</source>
        <translation>%1 aparece dos veces (también lan_subnets[%2]); indíquela una sola vez</translation>
    </message>
    <message>
        <source>%1 overlaps lan_subnets[%2] (%3); list only the larger network</source>
        <translation>%1 se solapa con lan_subnets[%2] (%3); indique solo la red mayor</translation>
    </message>
    <message>
        <source>link name</source>
        <translation>nombre del enlace</translation>
    </message>
    <message>
        <source>no perfect forward secrecy: a key stolen later decrypts recorded traffic; set a group such as 14 (both sides get the same setting)</source>
        <translation>sin confidencialidad directa perfecta (PFS): una clave robada más adelante descifra el tráfico grabado; configure un grupo como el 14 (ambos lados reciben el mismo ajuste)</translation>
    </message>
    <message>
        <source>both sites are called &quot;%1&quot;; give each end its own name (it names the files)</source>
        <translation>ambos sitios se llaman «%1»; dé a cada extremo su propio nombre (da nombre a los archivos)</translation>
    </message>
    <message>
        <source>is the same as a.wan_address (%1); each router needs its own public address</source>
        <translation>es igual que a.wan_address (%1); cada router necesita su propia dirección pública</translation>
    </message>
    <message>
        <source>is %1 but a.wan_address is %2; both ends of a tunnel use one address family</source>
        <translation>es %1 pero a.wan_address es %2; ambos extremos de un túnel usan una misma familia de direcciones</translation>
    </message>
    <message>
        <source>%1 is %2 but the WAN addresses are %3; a tunnel carries one address family (make a second link for the other)</source>
        <translation>%1 es %2 pero las direcciones WAN son %3; un túnel transporta una sola familia de direcciones (cree un segundo enlace para la otra)</translation>
    </message>
    <message>
        <source>%1 contains %2.wan_address (%3): the tunnel would try to carry its own IKE packets; protect only the networks behind the routers</source>
        <translation>%1 contiene %2.wan_address (%3): el túnel intentaría transportar sus propios paquetes IKE; proteja solo las redes detrás de los routers</translation>
    </message>
    <message>
        <source>%1 overlaps a.lan_subnets[%2] (%3): both sites cannot route the same addresses through the tunnel; renumber one side or use NAT</source>
        <translation>%1 se solapa con a.lan_subnets[%2] (%3): ambos sitios no pueden enrutar las mismas direcciones por el túnel; renumere un lado o use NAT</translation>
    </message>
    <message>
        <source>server name</source>
        <translation>nombre del servidor</translation>
    </message>
    <message>
        <source>is empty; give what clients dial: an IP address or a DNS name such as vpn.example.com</source>
        <translation>está vacío; indique a qué se conectan los clientes: una dirección IP o un nombre DNS como vpn.example.com</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an IP address nor a DNS name; e.g. 203.0.113.7 or vpn.example.com</source>
        <translation>«%1» no es ni una dirección IP ni un nombre DNS; p. ej. 203.0.113.7 o vpn.example.com</translation>
    </message>
    <message>
        <source>is %1 but local_address is %2; use one family</source>
        <translation>es %1 pero local_address es %2; use una sola familia</translation>
    </message>
    <message>
        <source>contains local_address %1; the server&apos;s own tunnel address must lie outside the client pool</source>
        <translation>contiene local_address %1; la dirección de túnel propia del servidor debe quedar fuera del grupo de clientes</translation>
    </message>
    <message>
        <source>has %1 addresses for %2 users; users beyond that cannot connect at the same time</source>
        <translation>tiene %1 direcciones para %2 usuarios; los usuarios de más no pueden conectarse a la vez</translation>
    </message>
    <message>
        <source>lists no method; use [&quot;mschap2&quot;]</source>
        <translation>no incluye ningún método; use [&quot;mschap2&quot;]</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 aparece dos veces</translation>
    </message>
    <message>
        <source>PAP sends passwords in the clear inside the tunnel; prefer mschap2</source>
        <translation>PAP envía las contraseñas en claro dentro del túnel; es preferible mschap2</translation>
    </message>
    <message>
        <source>does not include mschap2, the only method the iPhone&apos;s L2TP client uses</source>
        <translation>no incluye mschap2, el único método que usa el cliente L2TP del iPhone</translation>
    </message>
    <message>
        <source>%1 is outside %2..%3; 1460 suits most links, 1400 links with PPPoE</source>
        <translation>%1 está fuera de %2..%3; 1460 sirve para la mayoría de los enlaces, 1400 para enlaces con PPPoE</translation>
    </message>
    <message>
        <source>L2TP/IPsec clients speak IKEv1 only; use version 1</source>
        <translation>los clientes L2TP/IPsec solo hablan IKEv1; use la versión 1</translation>
    </message>
    <message>
        <source>the iPhone and Windows L2TP clients use main mode; remove &quot;mode&quot; or use &quot;main&quot;</source>
        <translation>los clientes L2TP del iPhone y de Windows usan el modo principal; quite &quot;mode&quot; o use &quot;main&quot;</translation>
    </message>
    <message>
        <source>lists no user; nobody can log in until you add one</source>
        <translation>no incluye ningún usuario; nadie puede iniciar sesión hasta que añada uno</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already users[%2]; user names must be unique (ignoring case)</source>
        <translation>«%1» ya es users[%2]; los nombres de usuario deben ser únicos (sin distinguir mayúsculas y minúsculas)</translation>
    </message>
    <message>
        <source>is empty; set a password (the wizard can generate one)</source>
        <translation>está vacía; establezca una contraseña (el asistente puede generar una)</translation>
    </message>
    <message>
        <source>contains a control character (tab, newline ...); passwords must be typeable</source>
        <translation>contiene un carácter de control (tabulador, salto de línea...); las contraseñas deben poder teclearse</translation>
    </message>
    <message>
        <source>is %1 characters long; use at most 64</source>
        <translation>tiene %1 caracteres; use como máximo 64</translation>
    </message>
    <message>
        <source>is shorter than 10 characters; generated passwords have 20</source>
        <translation>tiene menos de 10 caracteres; las contraseñas generadas tienen 20</translation>
    </message>
    <message>
        <source>%1 cannot host this L2TP/IPsec server; choose routeros-7, routeros-6 or routeros-6-legacy</source>
        <translation>%1 no puede alojar este servidor L2TP/IPsec; elija routeros-7, routeros-6 o routeros-6-legacy</translation>
    </message>
    <message>
        <source>is &quot;%1&quot; but %2 puts the same router&apos;s WAN address %3 on &quot;%4&quot;; use one interface name for that address</source>
        <translation>es «%1» pero %2 pone la dirección WAN %3 del mismo router en «%4»; use un solo nombre de interfaz para esa dirección</translation>
    </message>
    <message>
        <source>is empty; give a %1: a letter, then up to 31 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>está vacío; indique un nombre (%1): una letra y luego hasta 31 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid %2: start with a letter, then up to 31 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (no spaces)</source>
        <translation>«%1» no es un nombre válido (%2): empiece con una letra y siga con hasta 31 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos; (sin espacios)</translation>
    </message>
    <message>
        <source>has %1 characters; a pre-shared key has %2 to %3 (generate one with `tunnelwright-cli psk`)</source>
        <translation>tiene %1 caracteres; una clave precompartida tiene de %2 a %3 (genere una con `tunnelwright-cli psk`)</translation>
    </message>
    <message>
        <source>contains a space (position %1); a pre-shared key is printable ASCII without spaces</source>
        <translation>contiene un espacio (posición %1); una clave precompartida es ASCII imprimible sin espacios</translation>
    </message>
    <message>
        <source>contains a character outside printable ASCII (position %1); use letters, digits and ASCII punctuation</source>
        <translation>contiene un carácter fuera del ASCII imprimible (posición %1); use letras, dígitos y puntuación ASCII</translation>
    </message>
    <message>
        <source>is guessable: about %1 bits of strength, under %2; use at least 20 random letters and digits (`tunnelwright-cli psk` gives 32)</source>
        <translation>se puede adivinar: unos %1 bits de fortaleza, menos de %2; use al menos 20 letras y dígitos aleatorios (`tunnelwright-cli psk` da 32)</translation>
    </message>
    <message>
        <source>encryption algorithm</source>
        <translation>algoritmo de cifrado</translation>
    </message>
    <message>
        <source>integrity algorithm</source>
        <translation>algoritmo de integridad</translation>
    </message>
    <message>
        <source>DH group</source>
        <translation>grupo DH</translation>
    </message>
    <message>
        <source>%1 needs IKEv2; IKEv1 has no AEAD ciphers. Use aes256-cbc or set version 2</source>
        <translation>%1 necesita IKEv2; IKEv1 no tiene cifrados AEAD. Use aes256-cbc o configure la versión 2</translation>
    </message>
    <message>
        <source>applies to IKEv1 only; remove it for IKEv2</source>
        <translation>solo se aplica a IKEv1; quítelo para IKEv2</translation>
    </message>
    <message>
        <source>aggressive mode with a pre-shared key lets an eavesdropper test key guesses offline; use main mode unless a peer has a dynamic address</source>
        <translation>el modo agresivo con clave precompartida permite a un espía probar claves sin conexión; use el modo principal salvo que un extremo tenga una dirección dinámica</translation>
    </message>
    <message>
        <source>must be [] when every encryption is AES-GCM: GCM authenticates by itself</source>
        <translation>debe ser [] cuando todo el cifrado es AES-GCM: GCM autentica por sí mismo</translation>
    </message>
    <message>
        <source>lists no integrity algorithm, which %1 needs; add sha256</source>
        <translation>no incluye ningún algoritmo de integridad, que %1 necesita; añada sha256</translation>
    </message>
    <message>
        <source>the CBC ciphers</source>
        <translation>los cifrados CBC</translation>
    </message>
    <message>
        <source>CBC encryption</source>
        <translation>el cifrado CBC</translation>
    </message>
    <message>
        <source>%1 is weak; use 14 or 19 where both peers can</source>
        <translation>%1 es débil; use 14 o 19 donde ambos extremos lo admitan</translation>
    </message>
    <message>
        <source>project name</source>
        <translation>nombre del proyecto</translation>
    </message>
    <message>
        <source>the project has no link and no L2TP server: nothing to render</source>
        <translation>el proyecto no tiene ningún enlace ni servidor L2TP: no hay nada que generar</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already used by %2; links and servers need distinct names (ignoring case): each names an output folder</source>
        <translation>«%1» ya lo usa %2; los enlaces y servidores necesitan nombres distintos (sin distinguir mayúsculas y minúsculas): cada uno da nombre a una carpeta de salida</translation>
    </message>
    <message>
        <source>is empty; expected an IP address such as 203.0.113.7</source>
        <translation>está vacío; se espera una dirección IP como 203.0.113.7</translation>
    </message>
    <message>
        <source>has spaces around it; write the address alone</source>
        <translation>tiene espacios alrededor; escriba solo la dirección</translation>
    </message>
    <message>
        <source>carries a scope id (%...); write the global IPv6 address</source>
        <translation>lleva un identificador de ámbito (%...); escriba la dirección IPv6 global</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address (example: 2001:db8::1)</source>
        <translation>«%1» no es una dirección IPv6 (ejemplo: 2001:db8::1)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address: each of the four numbers must be 0-255, written without leading zeros</source>
        <translation>«%1» no es una dirección IPv4: cada uno de los cuatro números debe estar entre 0 y 255, escrito sin ceros a la izquierda</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address: expected four decimal numbers 0-255 without leading zeros, such as 203.0.113.7</source>
        <translation>«%1» no es una dirección IPv4: se esperan cuatro números decimales de 0 a 255 sin ceros a la izquierda, como 203.0.113.7</translation>
    </message>
    <message>
        <source>has no prefix length; write a network in CIDR such as %1/%2 (a single host is /%2)</source>
        <translation>no tiene longitud de prefijo; escriba una red en notación CIDR como %1/%2 (un solo host es /%2)</translation>
    </message>
    <message>
        <source>prefix length &quot;%1&quot; is not a number from 0 to %2</source>
        <translation>la longitud de prefijo «%1» no es un número de 0 a %2</translation>
    </message>
    <message>
        <source>has host bits set; the network is %1/%2</source>
        <translation>tiene bits de host activados; la red es %1/%2</translation>
    </message>
    <message>
        <source>is not a range; write FIRST-LAST such as 172.31.86.1-172.31.86.14</source>
        <translation>no es un rango; escriba PRIMERA-ÚLTIMA como 172.31.86.1-172.31.86.14</translation>
    </message>
    <message>
        <source>first address %1</source>
        <translation>primera dirección: %1</translation>
    </message>
    <message>
        <source>last address %1</source>
        <translation>última dirección: %1</translation>
    </message>
    <message>
        <source>mixes %1 and %2; both ends must be of one family</source>
        <translation>mezcla %1 y %2; ambos extremos deben ser de la misma familia</translation>
    </message>
    <message>
        <source>runs backwards; write %1-%2</source>
        <translation>va al revés; escriba %1-%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cisco-ios interface name: write the type and number without spaces, e.g. GigabitEthernet0/0, Gi0/0.10 or Dialer1</source>
        <translation>«%1» no es un nombre de interfaz de cisco-ios: escriba el tipo y el número sin espacios, p. ej. GigabitEthernet0/0, Gi0/0.10 o Dialer1</translation>
    </message>
    <message>
        <source>%1 cannot be written in a cisco-ios `crypto isakmp policy`: IOS 15.x offers groups 1, 2, 5, 14, 15, 16, 19, 20 and 24 there (21 only on IOS-XE). Use 20 (ECP 384) or 19 (ECP 256)</source>
        <translation>%1 no se puede escribir en una `crypto isakmp policy` de cisco-ios: IOS 15.x ofrece ahí los grupos 1, 2, 5, 14, 15, 16, 19, 20 y 24 (21 solo en IOS-XE). Use 20 (ECP 384) o 19 (ECP 256)</translation>
    </message>
    <message>
        <source>%1 cannot be written in a cisco-ios IKEv2 proposal: IOS-XE offers groups 1, 2, 14, 15, 16, 19, 20, 21 and 24 there. Use 14 (MODP 2048)</source>
        <translation>%1 no se puede escribir en una propuesta IKEv2 de cisco-ios: IOS-XE ofrece ahí los grupos 1, 2, 14, 15, 16, 19, 20, 21 y 24. Use 14 (MODP 2048)</translation>
    </message>
    <message>
        <source>%1 cannot be written in a cisco-ios IKEv2 proposal on every image: IOS 15.x stops at group 20 (21 only on IOS-XE). Use 20 (ECP 384) or 19 (ECP 256)</source>
        <translation>%1 no se puede escribir en una propuesta IKEv2 de cisco-ios en todas las imágenes: IOS 15.x llega hasta el grupo 20 (21 solo en IOS-XE). Use 20 (ECP 384) o 19 (ECP 256)</translation>
    </message>
    <message>
        <source>%1 cannot be written in a cisco-ios `set pfs`: IOS 15.x offers group1, 2, 5, 14, 15, 16, 19, 20 and 24 (group21 only on IOS-XE). Use 20 (ECP 384) or 19 (ECP 256)</source>
        <translation>%1 no se puede escribir en un `set pfs` de cisco-ios: IOS 15.x ofrece group1, 2, 5, 14, 15, 16, 19, 20 y 24 (group21 solo en IOS-XE). Use 20 (ECP 384) o 19 (ECP 256)</translation>
    </message>
    <message>
        <source>IKEv2 proposal</source>
        <translation>propuesta IKEv2</translation>
    </message>
    <message>
        <source>aggressive mode: cisco-ios starts it only from a `crypto isakmp peer` block holding a second copy of the key (`set aggressive-mode password`), which Tunnelwright does not write. Both ends of a link have fixed addresses, so use &quot;main&quot; (or IKE version 2)</source>
        <translation>modo agresivo: cisco-ios solo lo inicia desde un bloque `crypto isakmp peer` con una segunda copia de la clave (`set aggressive-mode password`), que Tunnelwright no escribe. Ambos extremos de un enlace tienen direcciones fijas, así que use &quot;main&quot; (o la versión 2 de IKE)</translation>
    </message>
    <message>
        <source>IKEv2 over IPv6 on cisco-ios is not supported by Tunnelwright yet (the IPv6 forms of the IKEv2 keyring, profile and policy are unverified); use version 1 for this IPv6 link, or IPv4 WAN addresses</source>
        <translation>Tunnelwright aún no admite IKEv2 sobre IPv6 en cisco-ios (las formas IPv6 del keyring, el perfil y la política de IKEv2 no están verificadas); use la versión 1 para este enlace IPv6, o direcciones WAN IPv4</translation>
    </message>
    <message>
        <source>%1 cannot be written in a cisco-ios %2</source>
        <translation>%1 no se puede escribir en cisco-ios (%2)</translation>
    </message>
    <message>
        <source>%1 cannot be written in a cisco-ios transform set</source>
        <translation>%1 no se puede escribir en un transform set de cisco-ios</translation>
    </message>
    <message>
        <source>makes %1 transform sets (each CBC encryption with each integrity, each GCM alone); a cisco-ios crypto map entry takes at most %2 in `set transform-set`. List fewer algorithms</source>
        <translation>da %1 transform sets (cada cifrado CBC con cada integridad, cada GCM por separado); una entrada de crypto map de cisco-ios admite como máximo %2 en `set transform-set`. Indique menos algoritmos</translation>
    </message>
    <message>
        <source>is missing: on cisco-ios nat_bypass needs the LAN interface for `ip nat inside` (e.g. GigabitEthernet0/1); or set nat_bypass to false if this router does no NAT</source>
        <translation>falta: en cisco-ios nat_bypass necesita la interfaz LAN para `ip nat inside` (p. ej. GigabitEthernet0/1); o ponga nat_bypass en false si este router no hace NAT</translation>
    </message>
    <message>
        <source> (without &quot;ike&quot; the server gets the client-compatible default, which lists more than one: write &quot;ike&quot; with one value; aes256-cbc, sha1 and group 14 suit both iPhone and Windows)</source>
        <translation> (sin &quot;ike&quot; el servidor recibe el valor predeterminado compatible con los clientes, que incluye más de uno: escriba &quot;ike&quot; con un solo valor; aes256-cbc, sha1 y el grupo 14 sirven para iPhone y Windows)</translation>
    </message>
    <message>
        <source>%1 cannot use %2 for IKE: %3 enc-algorithm offers aes-128, aes-192, aes-256 and 3des only; use aes256-cbc for phase 1 (GCM remains possible in esp)</source>
        <translation>%1 no puede usar %2 para IKE: %3 enc-algorithm solo ofrece aes-128, aes-192, aes-256 y 3des; use aes256-cbc para la fase 1 (GCM sigue siendo posible en esp)</translation>
    </message>
    <message>
        <source>%1 takes one phase-1 enc-algorithm (on /ip ipsec peer), but %2 are listed; keep the one the other end uses, e.g. [&quot;%3&quot;]%4</source>
        <translation>%1 admite un solo enc-algorithm de fase 1 (en /ip ipsec peer), pero hay %2; deje el que usa el otro extremo, p. ej. [&quot;%3&quot;]%4</translation>
    </message>
    <message>
        <source>%1 takes one phase-1 dh-group (on /ip ipsec peer), but %2 are listed; keep the one the other end uses, e.g. [%3]%4</source>
        <translation>%1 admite un solo dh-group de fase 1 (en /ip ipsec peer), pero hay %2; deje el que usa el otro extremo, p. ej. [%3]%4</translation>
    </message>
    <message>
        <source>%1 takes exactly one phase-1 hash-algorithm (%2 has a single value), but %3 are listed (%4); keep the one the peer uses, e.g. [&quot;%5&quot;]</source>
        <translation>%1 admite exactamente un hash-algorithm de fase 1 (%2 tiene un solo valor), pero hay %3 (%4); deje el que usa el otro extremo, p. ej. [&quot;%5&quot;]</translation>
    </message>
    <message>
        <source>%1 has no %2 phase-1 hash-algorithm (RouterOS 6 offers md5, sha1, sha256 and sha512; sha384 needs RouterOS 7); use sha256 or sha512, or platform routeros-7</source>
        <translation>%1 no tiene el hash-algorithm %2 de fase 1 (RouterOS 6 ofrece md5, sha1, sha256 y sha512; sha384 necesita RouterOS 7); use sha256 o sha512, o la plataforma routeros-7</translation>
    </message>
    <message>
        <source>%1 has no DH %2; use 14, 19 or 20</source>
        <translation>%1 no tiene DH %2; use 14, 19 o 20</translation>
    </message>
    <message>
        <source>%1 proposals cannot use %2; use aes256-cbc</source>
        <translation>las propuestas de %1 no pueden usar %2; use aes256-cbc</translation>
    </message>
    <message>
        <source>%1: %2 exists only in later RouterOS 6 releases; if this router&apos;s /ip ipsec proposal does not offer %3, use aes256-cbc with sha256, or upgrade to 6.43 or later and choose routeros-6</source>
        <translation>%1: %2 solo existe en versiones posteriores de RouterOS 6; si /ip ipsec proposal de este router no ofrece %3, use aes256-cbc con sha256, o actualice a 6.43 o posterior y elija routeros-6</translation>
    </message>
    <message>
        <source>%1 proposals have no %2 (auth-algorithms offers md5, sha1, sha256 and sha512); use sha256 or sha512 on both sides</source>
        <translation>las propuestas de %1 no tienen %2 (auth-algorithms ofrece md5, sha1, sha256 y sha512); use sha256 o sha512 en ambos lados</translation>
    </message>
    <message>
        <source>%1 has no PFS %2; use 14, 19 or 20</source>
        <translation>%1 no tiene PFS %2; use 14, 19 o 20</translation>
    </message>
    <message>
        <source>starts with &quot;0x&quot;: %1 reads such a secret as hexadecimal bytes, not as text, so the two ends would hold different keys; change the first two characters or generate a new key (`tunnelwright-cli psk`)</source>
        <translation>empieza por &quot;0x&quot;: %1 lee ese secreto como bytes hexadecimales, no como texto, así que los dos extremos tendrían claves distintas; cambie los dos primeros caracteres o genere una clave nueva (`tunnelwright-cli psk`)</translation>
    </message>
    <message>
        <source>is IPv6, but on %1 the PPP profile&apos;s local-address is IPv4; use an IPv4 address outside the LAN, e.g. 172.31.86.254</source>
        <translation>es IPv6, pero en %1 la local-address del perfil PPP es IPv4; use una dirección IPv4 fuera de la LAN, p. ej. 172.31.86.254</translation>
    </message>
    <message>
        <source>is IPv6, but %1 hands out client addresses from /ip pool, which is IPv4 only; use an IPv4 range such as 172.31.86.1-172.31.86.14</source>
        <translation>es IPv6, pero %1 reparte las direcciones de los clientes desde /ip pool, que solo es IPv4; use un rango IPv4 como 172.31.86.1-172.31.86.14</translation>
    </message>
    <message>
        <source>is IPv6, but the %1 PPP profile&apos;s dns-server takes IPv4 addresses only</source>
        <translation>es IPv6, pero el dns-server del perfil PPP de %1 solo admite direcciones IPv4</translation>
    </message>
    <message>
        <source>%1 cannot use IKE version 2: RouterOS has IKEv2 from 6.38 on, and this platform stands for every version before 6.43. Upgrade the router to 6.43 or later and choose routeros-6, or set ike.version to 1</source>
        <translation>%1 no puede usar la versión 2 de IKE: RouterOS tiene IKEv2 desde la 6.38, y esta plataforma representa todas las versiones anteriores a la 6.43. Actualice el router a 6.43 o posterior y elija routeros-6, o ponga ike.version en 1</translation>
    </message>
    <message>
        <source>is used on Cisco IOS only (ip nat inside); %1 does not need it and ignores it</source>
        <translation>solo se usa en Cisco IOS (ip nat inside); %1 no lo necesita y lo ignora</translation>
    </message>
    <message>
        <source>connects the same two routers as %1 (%2 and %3); a router keeps one key per peer address, so one link would break the other: put the networks of both into one link</source>
        <translation>conecta los mismos dos routers que %1 (%2 y %3); un router guarda una clave por dirección de par, así que un enlace rompería el otro: ponga las redes de ambos en un solo enlace</translation>
    </message>
    <message>
        <source>differs from %1.ike in encryption, integrity or DH groups, and both are IKEv2 links of the Cisco router at %2: IOS answers every peer of one address with one IKEv2 proposal; give both links the same ones</source>
        <translation>difiere de %1.ike en cifrado, integridad o grupos DH, y ambos son enlaces IKEv2 del router Cisco en %2: IOS responde a todos los pares de una dirección con una sola propuesta IKEv2; dé a ambos enlaces las mismas</translation>
    </message>
    <message>
        <source>gives the router at %1 an object named &quot;%2&quot;, which %3 already uses; rename one of the two links</source>
        <translation>da al router en %1 un objeto llamado «%2», que %3 ya usa; cambie el nombre de uno de los dos enlaces</translation>
    </message>
    <message>
        <source>is false, but %1 on the same Cisco router at %2 has nat_bypass: its route-map %3 translates %4 towards any address, this link&apos;s tunnel traffic too, before the crypto map sees it; set nat_bypass to true here as well</source>
        <translation>es false, pero %1 en el mismo router Cisco en %2 tiene nat_bypass: su route-map %3 traduce %4 hacia cualquier dirección, también el tráfico del túnel de este enlace, antes de que lo vea el crypto map; ponga nat_bypass a true también aquí</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an IPv4 address written as IPv6 (IPv4-mapped); write %2</source>
        <translation>«%1» es una dirección IPv4 escrita como IPv6 (IPv4-mapped); escriba %2</translation>
    </message>
    <message>
        <source>%1: IOS XE 17.11 and later refuse it unless weak algorithms are allowed again on that router (Cisco Field Notice FN72510), and the tunnel does not come up; choose a stronger one if the Cisco end runs such a release</source>
        <translation>%1: IOS XE 17.11 y posteriores lo rechazan salvo que se vuelvan a permitir los algoritmos débiles en ese router (Cisco Field Notice FN72510), y el túnel no se establece; elija uno más fuerte si el extremo Cisco usa una de esas versiones</translation>
    </message>
    <message>
        <source>makes %1 isakmp policies (encryption x integrity x groups); cisco-ios numbers at most %2 per link (priorities %3+10*(link+1)+0..9). List fewer algorithms</source>
        <translation>da %1 políticas isakmp (cifrado x integridad x grupos); cisco-ios numera como máximo %2 por enlace (prioridades %3+10*(link+1)+0..9). Indique menos algoritmos</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names the same interface as wan_interface &quot;%2&quot; (IOS reads abbreviations); cisco-ios NAT needs `ip nat inside` and `ip nat outside` on two different interfaces</source>
        <translation>«%1» nombra la misma interfaz que wan_interface «%2» (IOS lee abreviaturas); el NAT de cisco-ios necesita `ip nat inside` e `ip nat outside` en dos interfaces distintas</translation>
    </message>
    <message>
        <source>contains U+%1, a space that prints like a plain one: a user who types it from the setup sheet types another character; use a plain space or none</source>
        <translation>contiene U+%1, un espacio que se imprime como uno normal: quien lo teclee desde la hoja de configuración teclea otro carácter; use un espacio normal o ninguno</translation>
    </message>
    <message>
        <source>starts or ends with a space, or has two in a row: the setup sheet cannot show that clearly and users will type it wrong; use single spaces inside the password, or none</source>
        <translation>empieza o termina con un espacio, o tiene dos seguidos: la hoja de configuración no puede mostrarlo con claridad y los usuarios lo teclearán mal; use solo espacios simples dentro de la contraseña, o ninguno</translation>
    </message>
    <message>
        <source>contains a character that is not text (half of a surrogate pair, or a non-character such as U+FFFF); type the interface name alone</source>
        <translation>contiene un carácter que no es texto (la mitad de un par suplente o un no-carácter como U+FFFF); escriba solo el nombre de la interfaz</translation>
    </message>
    <message>
        <source>contains a character that is not text (half of a surrogate pair, or a non-character such as U+FFFF); passwords must be typeable</source>
        <translation>contiene un carácter que no es texto (la mitad de un par suplente o un no-carácter como U+FFFF); las contraseñas deben poder teclearse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot;: one site&apos;s name is the other&apos;s followed by a dot, so their files can have the same name (hq.rollback.rsc is the rollback of hq and the script of hq.rollback); rename one end</source>
        <translation>«%1» y «%2»: el nombre de un sitio es el del otro seguido de un punto, así que sus archivos pueden llamarse igual (hq.rollback.rsc es el rollback de hq y el script de hq.rollback); cambie el nombre de un extremo</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is the name of the render&apos;s list of files; a link or server with it would put its folder where manifest.json goes: choose another name</source>
        <translation>«%1» es el nombre de la lista de archivos del renderizado; un enlace o servidor con ese nombre pondría su carpeta donde va manifest.json: elija otro nombre</translation>
    </message>
    <message>
        <source>makes %1 pairs of protected networks with a.lan_subnets (%2 x %3); each becomes a policy, firewall rules and ACL lines on both routers: at most %4 per link. Summarise networks (one /16 instead of 256 /24s)</source>
        <translation>forma %1 pares de redes protegidas con a.lan_subnets (%2 x %3); cada uno se convierte en una política, reglas de firewall y líneas de ACL en ambos routers: como máximo %4 por enlace. Resuma redes (una /16 en lugar de 256 /24)</translation>
    </message>
    <message>
        <source>make %1 pairs of protected networks in all; at most %2 per project, about %3 MB of output. Summarise networks, or split the project</source>
        <translation>forman %1 pares de redes protegidas en total; como máximo %2 por proyecto, unos %3 MB de salida. Resuma redes o divida el proyecto</translation>
    </message>
    <message>
        <source>%1 is a link-local address, usable only on its own network segment; give the global address</source>
        <translation>%1 es una dirección de enlace local, utilizable solo en su propio segmento de red; indique la dirección global</translation>
    </message>
    <message>
        <source>%1 is listed twice; clients get each DNS server once</source>
        <translation>%1 aparece dos veces; los clientes reciben cada servidor DNS una vez</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; at %3 would carry more than %4 links, the most Tunnelwright can number on one router; end the other links on another router</source>
        <translation>%1 «%2» en %3 llevaría más de %4 enlaces, el máximo que Tunnelwright puede numerar en un router; termine los demás enlaces en otro router</translation>
    </message>
    <message>
        <source>protects traffic that %1 protects too on the router at %2 (their local networks overlap, and so do their remote ones): that router sends such packets into the tunnel it finds first, so one of the two links would never carry them. Give the links networks that do not overlap</source>
        <translation>protege tráfico que %1 también protege en el router de %2 (sus redes locales se solapan, y también las remotas): ese router envía esos paquetes por el túnel que encuentra primero, así que uno de los dos enlaces nunca los llevaría. Dé a los enlaces redes que no se solapen</translation>
    </message>
    <message>
        <source>is &quot;%1&quot;, but %2, the same Cisco router by its site name &quot;%3&quot;, exempts NAT on &quot;%4&quot;: the router gets one route-map %5 and IOS keeps one NAT statement per route-map, so pasting this link would move the other&apos;s translation to this interface. Two routers: give them different site names. One router with two uplinks: end these links on one, or set nat_bypass to false and exempt the tunnel traffic in your own NAT rules</source>
        <translation>es «%1», pero %2, el mismo router Cisco por su nombre de sitio «%3», exime de NAT en «%4»: el router recibe una sola route-map %5 e IOS guarda una sentencia NAT por route-map, así que pegar este enlace movería la traducción del otro a esta interfaz. Dos routers: deles nombres de sitio distintos. Un router con dos salidas: termine estos enlaces en una, o ponga nat_bypass en false y exima el tráfico del túnel en sus propias reglas NAT</translation>
    </message>
    <message>
        <source>%1 is a private address: right for a lab. Behind NAT, give the address the peer sees and keep nat_traversal on; then, after applying, put the router&apos;s own address where the files use wan_address as this router&apos;s (RouterOS local-address, Cisco IKEv2 `match address local`)</source>
        <translation>%1 es una dirección privada: correcto para un laboratorio. Detrás de NAT, indique la dirección que ve el par y deje nat_traversal activado; luego, tras aplicar, ponga la dirección propia del router donde los archivos usan wan_address como la de este router (RouterOS local-address, Cisco IKEv2 `match address local`)</translation>
    </message>
    <message>
        <source>starts with &quot;!&quot;, which %1 firewall rules read as &quot;not&quot;: in-interface=%2 would match every interface but %3; give the interface&apos;s name without it</source>
        <translation>empieza por «!», que las reglas de cortafuegos de %1 leen como «no»: in-interface=%2 coincidiría con todas las interfaces menos %3; indique el nombre de la interfaz sin él</translation>
    </message>
    <message>
        <source>starts with &quot;*&quot;, which %1 reads as an internal item number, not a name; give the name that /interface print shows</source>
        <translation>empieza por «*», que %1 lee como número interno de elemento, no como nombre; indique el nombre que muestra /interface print</translation>
    </message>
    <message>
        <source>begins or ends with a space, which %1 keeps as part of the name, so the firewall rules would name an interface that does not exist; remove it</source>
        <translation>empieza o termina con un espacio, que %1 conserva como parte del nombre, así que las reglas de cortafuegos nombrarían una interfaz que no existe; quítelo</translation>
    </message>
    <message>
        <source>cisco-ios cannot turn NAT traversal off for one peer (no crypto ipsec nat-transparency udp-encapsulation turns it off for the whole router); set nat_traversal to true: while no NAT sits between the routers it is never used</source>
        <translation>cisco-ios no puede desactivar NAT traversal para un solo par (no crypto ipsec nat-transparency udp-encapsulation lo desactiva para todo el router); ponga nat_traversal en true: mientras no haya NAT entre los routers nunca se usa</translation>
    </message>
    <message>
        <source>%1 cannot turn NAT traversal off for IKEv2: the profile&apos;s nat-traversal applies to IKEv1 only, and IKEv2 detects NAT by itself; set nat_traversal to true, or use IKE version 1</source>
        <translation>%1 no puede desactivar NAT traversal para IKEv2: nat-traversal del perfil solo se aplica a IKEv1, e IKEv2 detecta NAT por sí mismo; ponga nat_traversal en true o use la versión 1 de IKE</translation>
    </message>
    <message>
        <source>contains a character outside ASCII (position %1): clients hash an MS-CHAPv2 password as UTF-16, %2 stores it as UTF-8 bytes, and the two need not match, so the login may fail; use ASCII letters, digits and punctuation</source>
        <translation>contiene un carácter fuera de ASCII (posición %1): los clientes calculan el hash de una contraseña MS-CHAPv2 como UTF-16, %2 la guarda como bytes UTF-8, y ambos no tienen por qué coincidir, así que el inicio de sesión puede fallar; use letras, dígitos y signos de puntuación ASCII</translation>
    </message>
    <message>
        <source>%1 is no address clients can dial (unspecified, loopback, link-local, multicast or broadcast); give the address clients reach the server at, or its DNS name</source>
        <translation>%1 no es una dirección que los clientes puedan marcar (no especificada, loopback, de enlace local, multicast o broadcast); indique la dirección en la que los clientes alcanzan el servidor, o su nombre DNS</translation>
    </message>
    <message>
        <source>&quot;%1&quot; reads as an IP address in a short or hexadecimal form, which clients may dial as another address; write four decimal numbers such as 203.0.113.7, or a DNS name</source>
        <translation>«%1» se lee como una dirección IP en forma abreviada o hexadecimal, que los clientes pueden marcar como otra dirección; escriba cuatro números decimales como 203.0.113.7, o un nombre DNS</translation>
    </message>
    <message>
        <source>is IPv6, but the %1 server this renders takes L2TP/IPsec clients over IPv4 only (its firewall openings and IPsec peer are IPv4); give the router&apos;s public IPv4 address, or a DNS name with an A record</source>
        <translation>es IPv6, pero el servidor %1 que se genera aquí solo acepta clientes L2TP/IPsec por IPv4 (sus aperturas de cortafuegos y su peer IPsec son IPv4); indique la dirección IPv4 pública del router o un nombre DNS con registro A</translation>
    </message>
    <message>
        <source>%1 lies inside the client pool %2, so a client may be given that address; give a DNS server outside it, e.g. local_address</source>
        <translation>%1 está dentro del pool de clientes %2, así que un cliente podría recibir esa dirección; indique un servidor DNS fuera de él, p. ej. local_address</translation>
    </message>
    <message>
        <source>is one DNS server too many: PPP hands clients two at most (a primary and a secondary); list one or two</source>
        <translation>es un servidor DNS de más: PPP entrega a los clientes dos como máximo (uno primario y uno secundario); indique uno o dos</translation>
    </message>
</context>
<context>
    <name>tw::OutputWriter</name>
    <message>
        <source>%1: cannot write: something other than a file is in the way</source>
        <translation>%1: no se puede escribir: hay algo que no es un archivo en su lugar</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>refusing to write outside %1: %2</source>
        <translation>se rechaza escribir fuera de %1: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the output directory</source>
        <translation>%1: no se puede crear el directorio de salida</translation>
    </message>
    <message>
        <source>%1: cannot create directory</source>
        <translation>%1: no se puede crear el directorio</translation>
    </message>
    <message>
        <source>%1: a symbolic link is in the way inside the output directory; refusing to write through it</source>
        <translation>%1: hay un enlace simbólico en el camino dentro del directorio de salida; no se escribe a través de él</translation>
    </message>
    <message>
        <source>%1: cannot remove the earlier render&apos;s list: %2</source>
        <translation>%1: no se puede eliminar la lista del renderizado anterior: %2</translation>
    </message>
</context>
<context>
    <name>tw::ProjectCrypto</name>
    <message>
        <source>not enough memory for the key derivation (%1 MiB)</source>
        <translation>no hay memoria suficiente para la derivación de la clave (%1 MiB)</translation>
    </message>
    <message>
        <source>the key derivation failed</source>
        <translation>la derivación de la clave falló</translation>
    </message>
    <message>
        <source>the passphrase is too short: use at least %1 characters</source>
        <translation>la frase de contraseña es demasiado corta: use al menos %1 caracteres</translation>
    </message>
    <message>
        <source>the project is %1 bytes; at most %2 are accepted</source>
        <translation>el proyecto ocupa %1 bytes; se aceptan como máximo %2</translation>
    </message>
    <message>
        <source>the system random number generator failed</source>
        <translation>falló el generador de números aleatorios del sistema</translation>
    </message>
    <message>
        <source>encryption failed</source>
        <translation>el cifrado falló</translation>
    </message>
    <message>
        <source>the encrypted project is %1 bytes; at most %2 are accepted</source>
        <translation>el proyecto cifrado ocupa %1 bytes; se aceptan como máximo %2</translation>
    </message>
    <message>
        <source>this is not an encrypted Tunnelwright project</source>
        <translation>esto no es un proyecto cifrado de Tunnelwright</translation>
    </message>
    <message>
        <source>the encrypted project is damaged or not supported: </source>
        <translation>el proyecto cifrado está dañado o no es compatible: </translation>
    </message>
    <message>
        <source>no passphrase given</source>
        <translation>no se indicó ninguna frase de contraseña</translation>
    </message>
    <message>
        <source>wrong passphrase, or the file was changed or damaged (its authentication check failed); nothing was read</source>
        <translation>frase de contraseña incorrecta, o el archivo se modificó o dañó (falló su comprobación de autenticidad); no se leyó nada</translation>
    </message>
</context>
<context>
    <name>tw::ProjectFile</name>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>se espera un objeto, se encontró %1</translation>
    </message>
    <message>
        <source>missing (required)</source>
        <translation>falta (obligatorio)</translation>
    </message>
    <message>
        <source>unknown key; allowed here: %1</source>
        <translation>clave desconocida; aquí se permiten: %1</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>se espera una cadena, se encontró %1</translation>
    </message>
    <message>
        <source>expected true or false, found %1</source>
        <translation>se espera true o false, se encontró %1</translation>
    </message>
    <message>
        <source>expected a whole number, found %1</source>
        <translation>se espera un número entero, se encontró %1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>se espera un array, se encontró %1</translation>
    </message>
    <message>
        <source>has %1 items; at most %2 are accepted</source>
        <translation>tiene %1 elementos; se aceptan como máximo %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>«%1» no es ninguno de: %2</translation>
    </message>
    <message>
        <source>%1 is not a supported DH group; use one of: %2</source>
        <translation>%1 no es un grupo DH admitido; use uno de: %2</translation>
    </message>
    <message>
        <source>%1 is not an IKE version; use 1 or 2</source>
        <translation>%1 no es una versión de IKE; use 1 o 2</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;; is this a Tunnelwright project?</source>
        <translation>se espera &quot;%1&quot;; ¿es esto un proyecto de Tunnelwright?</translation>
    </message>
    <message>
        <source>version %1 is not supported; this program reads version %2</source>
        <translation>la versión %1 no es compatible; este programa lee la versión %2</translation>
    </message>
    <message>
        <source>the project is %1 bytes; at most %2 are accepted</source>
        <translation>el proyecto ocupa %1 bytes; se aceptan como máximo %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>holds half of a UTF-16 surrogate pair (a \uD800-\uDFFF escape without its partner), which is not text; remove it</source>
        <translation>contiene la mitad de un par suplente UTF-16 (un escape \uD800-\uDFFF sin su pareja), que no es texto; elimínelo</translation>
    </message>
    <message>
        <source>appears twice in the same object; only the last would count, so keep one</source>
        <translation>aparece dos veces en el mismo objeto; solo contaría la última, así que deje una</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>JSON no válido en la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>cannot open: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <source>the file is %1 bytes; at most %2 are accepted</source>
        <translation>el archivo ocupa %1 bytes; se aceptan como máximo %2</translation>
    </message>
    <message>
        <source>the project is encrypted; open it with its passphrase</source>
        <translation>el proyecto está cifrado; ábralo con su frase de contraseña</translation>
    </message>
    <message>
        <source>decrypts, but is not a valid project; its problems follow</source>
        <translation>se descifra, pero no es un proyecto válido; siguen sus problemas</translation>
    </message>
    <message>
        <source>%1 is too large to be read exactly; every number in a project is far smaller</source>
        <translation>%1 es demasiado grande para leerse con exactitud; todo número de un proyecto es mucho menor</translation>
    </message>
    <message>
        <source>a control character (U+%1) inside a string; JSON allows it only escaped, such as \t or \u0009</source>
        <translation>un carácter de control (U+%1) dentro de una cadena; JSON solo lo admite escapado, como \t o \u0009</translation>
    </message>
</context>
<context>
    <name>tw::UsersCsv</name>
    <message>
        <source>a quote follows the end of a quoted field; inside quotes write a quote twice (&quot;&quot;)</source>
        <translation>una comilla sigue al final de un campo entre comillas; dentro de las comillas escriba la comilla dos veces (&quot;&quot;)</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with one; enclose the field in quotes and write the inner quote twice (&quot;&quot;)</source>
        <translation>una comilla dentro de un campo que no empieza por una; ponga el campo entre comillas y escriba la comilla interior dos veces (&quot;&quot;)</translation>
    </message>
    <message>
        <source>text follows the closing quote of a field; put a comma after the quote or move the text inside the quotes</source>
        <translation>hay texto tras la comilla de cierre de un campo; ponga una coma tras la comilla o mueva el texto dentro de las comillas</translation>
    </message>
    <message>
        <source>a quoted field is never closed (the file ends inside quotes); add the closing quote</source>
        <translation>un campo entre comillas nunca se cierra (el archivo termina dentro de las comillas); añada la comilla de cierre</translation>
    </message>
    <message>
        <source>row 1: the file is not UTF-8 text; save it as &quot;CSV UTF-8&quot; and import again</source>
        <translation>fila 1: el archivo no es texto UTF-8; guárdelo como «CSV UTF-8» e impórtelo de nuevo</translation>
    </message>
    <message>
        <source>row %1: %2</source>
        <translation>fila %1: %2</translation>
    </message>
    <message>
        <source>has 1 field; a row is name,password (enclose a password that contains a comma in quotes)</source>
        <translation>tiene 1 campo; una fila es nombre,contraseña (ponga entre comillas una contraseña que contenga una coma)</translation>
    </message>
    <message>
        <source>has %1 fields; a row is name,password (enclose a password that contains a comma in quotes)</source>
        <translation>tiene %1 campos; una fila es nombre,contraseña (ponga entre comillas una contraseña que contenga una coma)</translation>
    </message>
    <message>
        <source>the name is empty</source>
        <translation>el nombre está vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user name: start with a letter, then up to 31 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (no spaces)</source>
        <translation>«%1» no es un nombre de usuario válido: empiece con una letra y siga con hasta 31 letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos; (sin espacios)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already on row %2; user names must be unique (ignoring case)</source>
        <translation>«%1» ya está en la fila %2; los nombres de usuario deben ser únicos (sin distinguir mayúsculas y minúsculas)</translation>
    </message>
    <message>
        <source>the password of &quot;%1&quot; is empty</source>
        <translation>la contraseña de «%1» está vacía</translation>
    </message>
    <message>
        <source>the password of &quot;%1&quot; contains a control character (tab, line break ...); passwords must be typeable</source>
        <translation>la contraseña de «%1» contiene un carácter de control (tabulador, salto de línea...); las contraseñas deben poder teclearse</translation>
    </message>
    <message>
        <source>more than %1 users; a server holds at most %1</source>
        <translation>más de %1 usuarios; un servidor admite como máximo %1</translation>
    </message>
</context>
<context>
    <name>tw::crypto</name>
    <message>
        <source>cryptography is not available (its plug-in did not load: %1)</source>
        <translation>la criptografía no está disponible (su complemento no se cargó: %1)</translation>
    </message>
</context>
<context>
    <name>tw::ui::ExportPage</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Write the files for both routers into a folder. Files holding a key are readable by you only.</source>
        <translation>Escribir los archivos de ambos routers en una carpeta. Los archivos que contienen una clave solo los puede leer usted.</translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation>&amp;Carpeta de salida:</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Export files</source>
        <translation>&amp;Exportar archivos</translation>
    </message>
    <message>
        <source>F&amp;iles (written together with manifest.json):</source>
        <translation>Arch&amp;ivos (se escriben junto con manifest.json):</translation>
    </message>
    <message>
        <source>Files to export</source>
        <translation>Archivos que exportar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>A&amp;brir carpeta</translation>
    </message>
    <message>
        <source>&amp;Print setup sheets…</source>
        <translation>Im&amp;primir hojas de configuración…</translation>
    </message>
    <message>
        <source>, holds the key</source>
        <translation>, contiene la clave</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1 to the clipboard</source>
        <translation>Copiar %1 al portapapeles</translation>
    </message>
    <message>
        <source>Nothing to export: the project has errors (see the review page).</source>
        <translation>Nada que exportar: el proyecto tiene errores (vea la página de revisión).</translation>
    </message>
    <message>
        <source>Choose an output folder first.</source>
        <translation>Elija primero una carpeta de salida.</translation>
    </message>
    <message>
        <source>Nothing was exported: </source>
        <translation>No se exportó nada: </translation>
    </message>
    <message>
        <source>Wrote %1 files to %2: the %3 listed above and manifest.json, which describes them.</source>
        <translation>Se escribieron %1 archivos en %2: los %3 de la lista y manifest.json, que los describe.</translation>
    </message>
    <message>
        <source>RouterOS script</source>
        <translation>script de RouterOS</translation>
    </message>
    <message>
        <source>RouterOS rollback</source>
        <translation>reversión de RouterOS</translation>
    </message>
    <message>
        <source>Cisco IOS configuration</source>
        <translation>configuración de Cisco IOS</translation>
    </message>
    <message>
        <source>Cisco IOS rollback</source>
        <translation>reversión de Cisco IOS</translation>
    </message>
    <message>
        <source>setup sheet (PDF)</source>
        <translation>hoja de configuración (PDF)</translation>
    </message>
    <message>
        <source>Apple profile</source>
        <translation>perfil de Apple</translation>
    </message>
    <message>
        <source>Windows PowerShell script</source>
        <translation>script de Windows PowerShell</translation>
    </message>
    <message>
        <source>troubleshooting sheet</source>
        <translation>hoja de diagnóstico</translation>
    </message>
    <message>
        <source>Pre&amp;view setup sheets…</source>
        <translation>&amp;Ver hojas de configuración…</translation>
    </message>
    <message>
        <source>Setup sheets are made for the users of an L2TP/IPsec server with client material chosen (users page)</source>
        <translation>Las hojas de configuración se crean para los usuarios de un servidor L2TP/IPsec con material para clientes elegido (página de usuarios)</translation>
    </message>
</context>
<context>
    <name>tw::ui::FindingLocator</name>
    <message>
        <source>Site %1</source>
        <translation>Sitio %1</translation>
    </message>
    <message>
        <source>Site %1 (%2)</source>
        <translation>Sitio %1 (%2)</translation>
    </message>
    <message>
        <source>project name</source>
        <translation>nombre del proyecto</translation>
    </message>
    <message>
        <source>link name</source>
        <translation>nombre del enlace</translation>
    </message>
    <message>
        <source>WAN address</source>
        <translation>dirección WAN</translation>
    </message>
    <message>
        <source>WAN interface</source>
        <translation>interfaz WAN</translation>
    </message>
    <message>
        <source>LAN interface</source>
        <translation>interfaz LAN</translation>
    </message>
    <message>
        <source>protected networks</source>
        <translation>redes protegidas</translation>
    </message>
    <message>
        <source>NAT bypass</source>
        <translation>exención de NAT</translation>
    </message>
    <message>
        <source>firewall rules</source>
        <translation>reglas del cortafuegos</translation>
    </message>
    <message>
        <source>IKE version</source>
        <translation>versión de IKE</translation>
    </message>
    <message>
        <source>IKEv1 mode</source>
        <translation>modo de IKEv1</translation>
    </message>
    <message>
        <source>IKE encryption</source>
        <translation>cifrado de IKE</translation>
    </message>
    <message>
        <source>IKE integrity</source>
        <translation>integridad de IKE</translation>
    </message>
    <message>
        <source>IKE DH group</source>
        <translation>grupo DH de IKE</translation>
    </message>
    <message>
        <source>IKE lifetime</source>
        <translation>duración de IKE</translation>
    </message>
    <message>
        <source>ESP encryption</source>
        <translation>cifrado de ESP</translation>
    </message>
    <message>
        <source>ESP integrity</source>
        <translation>integridad de ESP</translation>
    </message>
    <message>
        <source>PFS group</source>
        <translation>grupo PFS</translation>
    </message>
    <message>
        <source>ESP lifetime</source>
        <translation>duración de ESP</translation>
    </message>
    <message>
        <source>pre-shared key</source>
        <translation>clave precompartida</translation>
    </message>
    <message>
        <source>NAT traversal</source>
        <translation>NAT traversal</translation>
    </message>
    <message>
        <source>public address</source>
        <translation>dirección pública</translation>
    </message>
    <message>
        <source>server tunnel address</source>
        <translation>dirección de túnel del servidor</translation>
    </message>
    <message>
        <source>client pool</source>
        <translation>grupo de direcciones de clientes</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>servidores DNS</translation>
    </message>
    <message>
        <source>IPsec proposals</source>
        <translation>propuestas IPsec</translation>
    </message>
    <message>
        <source>client material</source>
        <translation>material para clientes</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nombre del proyecto</translation>
    </message>
    <message>
        <source>Link %1</source>
        <translation>Enlace %1</translation>
    </message>
    <message>
        <source>, row %1</source>
        <translation>, fila %1</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Servidor %1</translation>
    </message>
    <message>
        <source>user %1%2 %3</source>
        <translation>usuario %1%2 %3</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>, entry %1</source>
        <translation>, entrada %1</translation>
    </message>
</context>
<context>
    <name>tw::ui::KeyEditor</name>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>8 to 128 printable characters, no spaces</source>
        <translation>de 8 a 128 caracteres imprimibles, sin espacios</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Mostrar la clave</translation>
    </message>
    <message>
        <source>Show or hide the key</source>
        <translation>Mostrar u ocultar la clave</translation>
    </message>
    <message>
        <source>Generate a new random key</source>
        <translation>Generar una clave aleatoria nueva</translation>
    </message>
    <message>
        <source>%1 random letters and digits (about %2 bits)</source>
        <translation>%1 letras y dígitos aleatorios (unos %2 bits)</translation>
    </message>
    <message>
        <source>Copy the key to the clipboard</source>
        <translation>Copiar la clave al portapapeles</translation>
    </message>
    <message>
        <source>Key strength</source>
        <translation>Fortaleza de la clave</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>no key yet</source>
        <translation>aún no hay clave</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>fuerte</translation>
    </message>
    <message>
        <source>about %1 bits: %2</source>
        <translation>unos %1 bits: %2</translation>
    </message>
</context>
<context>
    <name>tw::ui::MatchedParameters</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
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
        <translation>modo principal</translation>
    </message>
    <message>
        <source>aggressive mode</source>
        <translation>modo agresivo</translation>
    </message>
    <message>
        <source>none (no PFS)</source>
        <translation>ninguno (sin PFS)</translation>
    </message>
    <message>
        <source>none (GCM authenticates)</source>
        <translation>ninguna (GCM autentica)</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Sitio %1</translation>
    </message>
    <message>
        <source>same</source>
        <translation>igual</translation>
    </message>
    <message>
        <source>(no key)</source>
        <translation>(sin clave)</translation>
    </message>
    <message>
        <source>SHA-256 </source>
        <translation>SHA-256 </translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Concordancia</translation>
    </message>
    <message>
        <source>Own WAN address</source>
        <translation>Dirección WAN propia</translation>
    </message>
    <message>
        <source>Peer address</source>
        <translation>Dirección del otro extremo</translation>
    </message>
    <message>
        <source>mirrored</source>
        <translation>reflejado</translation>
    </message>
    <message>
        <source>WAN interface</source>
        <translation>Interfaz WAN</translation>
    </message>
    <message>
        <source>Pre-shared key</source>
        <translation>Clave precompartida</translation>
    </message>
    <message>
        <source>IKE version</source>
        <translation>Versión de IKE</translation>
    </message>
    <message>
        <source>IKE encryption</source>
        <translation>Cifrado de IKE</translation>
    </message>
    <message>
        <source>IKE integrity</source>
        <translation>Integridad de IKE</translation>
    </message>
    <message>
        <source>IKE DH groups</source>
        <translation>Grupos DH de IKE</translation>
    </message>
    <message>
        <source>IKE lifetime</source>
        <translation>Duración de IKE</translation>
    </message>
    <message>
        <source>ESP encryption</source>
        <translation>Cifrado de ESP</translation>
    </message>
    <message>
        <source>ESP integrity</source>
        <translation>Integridad de ESP</translation>
    </message>
    <message>
        <source>ESP lifetime</source>
        <translation>Duración de ESP</translation>
    </message>
    <message>
        <source>NAT traversal</source>
        <translation>NAT traversal</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activado</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>Selector %1 (local → remote)</source>
        <translation>Selector %1 (local → remoto)</translation>
    </message>
    <message>
        <source>Selectors</source>
        <translation>Selectores</translation>
    </message>
    <message>
        <source>(no networks)</source>
        <translation>(sin redes)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Server %1</source>
        <translation>Servidor %1</translation>
    </message>
    <message>
        <source>Clients (%1)</source>
        <translation>Clientes (%1)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>listens on %1</source>
        <translation>escucha en %1</translation>
    </message>
    <message>
        <source>dial %1</source>
        <translation>se conectan a %1</translation>
    </message>
    <message>
        <source>PPP authentication</source>
        <translation>Autenticación PPP</translation>
    </message>
    <message>
        <source>MTU / MRU</source>
        <translation>MTU / MRU</translation>
    </message>
    <message>
        <source>Tunnel addresses</source>
        <translation>Direcciones del túnel</translation>
    </message>
    <message>
        <source>server %1</source>
        <translation>servidor %1</translation>
    </message>
    <message>
        <source>from pool %1</source>
        <translation>del grupo %1</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>Servidores DNS</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
</context>
<context>
    <name>tw::ui::NetworksPage</name>
    <message>
        <source>Protected networks</source>
        <translation>Redes protegidas</translation>
    </message>
    <message>
        <source>The networks behind each router that the tunnel joins, in CIDR such as 192.168.88.0/24. Every network of one side reaches every network of the other.</source>
        <translation>Las redes detrás de cada router que une el túnel, en notación CIDR como 192.168.88.0/24. Cada red de un lado llega a cada red del otro.</translation>
    </message>
    <message>
        <source>site %1</source>
        <translation>sitio %1</translation>
    </message>
    <message>
        <source>Networks behind %1</source>
        <translation>Redes detrás de %1</translation>
    </message>
    <message>
        <source>%1 (site %2)</source>
        <translation>%1 (sitio %2)</translation>
    </message>
</context>
<context>
    <name>tw::ui::OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>What else each router&apos;s file sets up besides the tunnel.</source>
        <translation>Qué más configura el archivo de cada router además del túnel.</translation>
    </message>
    <message>
        <source>Site %1 </source>
        <translation>Sitio %1: </translation>
    </message>
    <message>
        <source>NAT bypass</source>
        <translation>exención de NAT</translation>
    </message>
    <message>
        <source>Keeps tunnel traffic out of source NAT (masquerade), which would otherwise rewrite it before IPsec sees it. Cisco needs the LAN interface for this.</source>
        <translation>Mantiene el tráfico del túnel fuera del NAT de origen (masquerade), que si no lo reescribiría antes de que IPsec lo vea. Cisco necesita para ello la interfaz LAN.</translation>
    </message>
    <message>
        <source>firewall rules</source>
        <translation>reglas del cortafuegos</translation>
    </message>
    <message>
        <source>Opens IKE (UDP 500), NAT-T (UDP 4500) and ESP from the peer, and lets tunnel traffic through. Untick if you manage the firewall yourself.</source>
        <translation>Abre IKE (UDP 500), NAT-T (UDP 4500) y ESP desde el otro extremo, y deja pasar el tráfico del túnel. Desmárquelo si gestiona el cortafuegos usted mismo.</translation>
    </message>
    <message>
        <source>NAT b&amp;ypass</source>
        <translation>E&amp;xención de NAT</translation>
    </message>
    <message>
        <source>Fire&amp;wall rules</source>
        <translation>&amp;Reglas del cortafuegos</translation>
    </message>
    <message>
        <source>NAT by&amp;pass</source>
        <translation>Exención &amp;de NAT</translation>
    </message>
    <message>
        <source>Firewa&amp;ll rules</source>
        <translation>Reglas del corta&amp;fuegos</translation>
    </message>
    <message>
        <source>Both routers</source>
        <translation>Ambos routers</translation>
    </message>
    <message>
        <source>NAT &amp;traversal</source>
        <translation>NAT &amp;traversal</translation>
    </message>
    <message>
        <source>NAT traversal</source>
        <translation>NAT traversal</translation>
    </message>
    <message>
        <source>Wraps ESP in UDP 4500 when a NAT sits between the routers. Leave it on unless a peer cannot do it.</source>
        <translation>Encapsula ESP en UDP 4500 cuando hay un NAT entre los routers. Déjelo activado salvo que un extremo no lo admita.</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Sitio %1</translation>
    </message>
    <message>
        <source>Site %1: %2</source>
        <translation>Sitio %1: %2</translation>
    </message>
</context>
<context>
    <name>tw::ui::PassphraseDialog</name>
    <message>
        <source>&amp;Plain file, readable by your user account only</source>
        <translation>Archivo sin &amp;cifrar, legible solo por su cuenta de usuario</translation>
    </message>
    <message>
        <source>&amp;Encrypted with a passphrase (recommended: the project holds keys)</source>
        <translation>Cifrado con una frase de contr&amp;aseña (recomendado: el proyecto contiene claves)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Repita la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation>La frase de contraseña necesita al menos %1 caracteres; unas cuantas palabras sin relación son fáciles de recordar y difíciles de adivinar.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one in both fields.</source>
        <translation>Las dos frases de contraseña no coinciden; escriba la misma en ambos campos.</translation>
    </message>
    <message>
        <source>Leave both fields empty to keep the current passphrase.</source>
        <translation>Deje ambos campos vacíos para conservar la frase de contraseña actual.</translation>
    </message>
    <message>
        <source>“%1” is encrypted. Enter the passphrase it was saved with.</source>
        <translation>«%1» está cifrado. Escriba la frase de contraseña con la que se guardó.</translation>
    </message>
    <message>
        <source>Encrypted project</source>
        <translation>Proyecto cifrado</translation>
    </message>
    <message>
        <source>How should “%1” be saved?</source>
        <translation>¿Cómo se debe guardar «%1»?</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Guardar el proyecto</translation>
    </message>
</context>
<context>
    <name>tw::ui::PlatformComboBox</name>
    <message>
        <source>Not available: </source>
        <translation>No disponible: </translation>
    </message>
</context>
<context>
    <name>tw::ui::PreviewPane</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>: file</source>
        <translation>: archivo</translation>
    </message>
    <message>
        <source>: copy the file to the clipboard</source>
        <translation>: copiar el archivo al portapapeles</translation>
    </message>
    <message>
        <source>Copy this file&apos;s text to the clipboard (it may hold the key)</source>
        <translation>Copiar el texto de este archivo al portapapeles (puede contener la clave)</translation>
    </message>
    <message>
        <source>: file text</source>
        <translation>: texto del archivo</translation>
    </message>
    <message>
        <source>(a PDF document, %1 bytes: export to open it)</source>
        <translation>(un documento PDF de %1 bytes: expórtelo para abrirlo)</translation>
    </message>
</context>
<context>
    <name>tw::ui::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>What check says, the files both routers get, and the values they must agree on.</source>
        <translation>Lo que dice la comprobación, los archivos que reciben ambos routers y los valores en los que deben coincidir.</translation>
    </message>
    <message>
        <source>F&amp;indings (Enter or double-click goes to the field):</source>
        <translation>&amp;Hallazgos (Intro o doble clic lleva al campo):</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>&amp;Go to field</source>
        <translation>&amp;Ir al campo</translation>
    </message>
    <message>
        <source>Left preview</source>
        <translation>Vista previa izquierda</translation>
    </message>
    <message>
        <source>Right preview</source>
        <translation>Vista previa derecha</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <source>Matched parameters</source>
        <translation>Parámetros coincidentes</translation>
    </message>
    <message>
        <source>&amp;Matched parameters</source>
        <translation>&amp;Parámetros coincidentes</translation>
    </message>
    <message>
        <source>Check found nothing to report.</source>
        <translation>La comprobación no encontró nada que señalar.</translation>
    </message>
    <message>
        <source>The files appear here once the errors above are fixed.</source>
        <translation>Los archivos aparecen aquí en cuanto se corrijan los errores de arriba.</translation>
    </message>
    <message>
        <source>What both routers of link %1 are set to. Compare them with each router&apos;s IPsec status after import; the key is shown as a fingerprint.</source>
        <translation>Cómo quedan configurados ambos routers del enlace %1. Compárelo con el estado IPsec de cada router tras importar; la clave se muestra como huella.</translation>
    </message>
    <message>
        <source>What the server %1 and its clients use; the key is shown as a fingerprint.</source>
        <translation>Lo que usan el servidor %1 y sus clientes; la clave se muestra como huella.</translation>
    </message>
</context>
<context>
    <name>tw::ui::SecurityPage</name>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>The algorithms both routers use, and the key they share. Both ends get exactly the same.</source>
        <translation>Los algoritmos que usan ambos routers y la clave que comparten. Ambos extremos reciben exactamente lo mismo.</translation>
    </message>
    <message>
        <source>Algorithms</source>
        <translation>Algoritmos</translation>
    </message>
    <message>
        <source>&amp;Compatible with older equipment</source>
        <translation>&amp;Compatible con equipos antiguos</translation>
    </message>
    <message>
        <source>Recommen&amp;ded</source>
        <translation>Recomen&amp;dado</translation>
    </message>
    <message>
        <source>&amp;Modern IKEv2</source>
        <translation>IKEv2 &amp;moderno</translation>
    </message>
    <message>
        <source>C&amp;ustom</source>
        <translation>&amp;Personalizado</translation>
    </message>
    <message>
        <source>Pre-shared key</source>
        <translation>Clave precompartida</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>C&amp;lave:</translation>
    </message>
    <message>
        <source>Both routers get this key; the files that hold it are written readable by you only. Generate gives 32 random letters and digits.</source>
        <translation>Ambos routers reciben esta clave; los archivos que la contienen solo los puede leer usted. «Generar» da 32 letras y dígitos aleatorios.</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phase 1 (IKE)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fase 1 (IKE)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phase 2 (ESP)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fase 2 (ESP)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>IKE version</source>
        <translation>Versión de IKE</translation>
    </message>
    <message>
        <source>IKEv1 mode</source>
        <translation>Modo de IKEv1</translation>
    </message>
    <message>
        <source>main mode</source>
        <translation>modo principal</translation>
    </message>
    <message>
        <source>aggressive mode</source>
        <translation>modo agresivo</translation>
    </message>
    <message>
        <source>IKE encryption</source>
        <translation>Cifrado de IKE</translation>
    </message>
    <message>
        <source>ESP encryption</source>
        <translation>Cifrado de ESP</translation>
    </message>
    <message>
        <source>IKE integrity</source>
        <translation>Integridad de IKE</translation>
    </message>
    <message>
        <source>ESP integrity</source>
        <translation>Integridad de ESP</translation>
    </message>
    <message>
        <source>none (AES-GCM authenticates)</source>
        <translation>ninguna (AES-GCM autentica)</translation>
    </message>
    <message>
        <source>IKE Diffie-Hellman group</source>
        <translation>Grupo Diffie-Hellman de IKE</translation>
    </message>
    <message>
        <source>Perfect forward secrecy group</source>
        <translation>Grupo de confidencialidad directa perfecta</translation>
    </message>
    <message>
        <source>no PFS</source>
        <translation>sin PFS</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Versión:</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>M&amp;odo:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Cifrado:</translation>
    </message>
    <message>
        <source>&amp;Integrity:</source>
        <translation>&amp;Integridad:</translation>
    </message>
    <message>
        <source>DH grou&amp;p:</source>
        <translation>&amp;Grupo DH:</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>IKE lifetime in seconds</source>
        <translation>Duración de IKE en segundos</translation>
    </message>
    <message>
        <source>Encryp&amp;tion:</source>
        <translation>Ci&amp;frado:</translation>
    </message>
    <message>
        <source>Integrit&amp;y:</source>
        <translation>Integrida&amp;d:</translation>
    </message>
    <message>
        <source>PF&amp;S group:</source>
        <translation>Grupo PF&amp;S:</translation>
    </message>
    <message>
        <source>Li&amp;fetime:</source>
        <translation>Dura&amp;ción:</translation>
    </message>
    <message>
        <source>ESP lifetime in seconds</source>
        <translation>Duración de ESP en segundos</translation>
    </message>
    <message>
        <source>Offer only the choices shown</source>
        <translation>Ofrecer solo lo elegido aquí</translation>
    </message>
    <message>
        <source>Not available: </source>
        <translation>No disponible: </translation>
    </message>
    <message>
        <source>IKE encryption %1</source>
        <translation>cifrado de IKE %1</translation>
    </message>
    <message>
        <source>IKE integrity %1</source>
        <translation>integridad de IKE %1</translation>
    </message>
    <message>
        <source>IKE %1</source>
        <translation>IKE %1</translation>
    </message>
    <message>
        <source>ESP encryption %1</source>
        <translation>cifrado de ESP %1</translation>
    </message>
    <message>
        <source>ESP integrity %1</source>
        <translation>integridad de ESP %1</translation>
    </message>
    <message>
        <source>The project also offers, after the choices shown: %1.</source>
        <translation>Además de lo elegido aquí, el proyecto también ofrece: %1.</translation>
    </message>
</context>
<context>
    <name>tw::ui::SecurityPresets</name>
    <message>
        <source>Compatible with older equipment</source>
        <translation>Compatible con equipos antiguos</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recomendado</translation>
    </message>
    <message>
        <source>Modern IKEv2</source>
        <translation>IKEv2 moderno</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>IKEv1 main mode, AES-256-CBC, SHA-1, DH group 2; ESP AES-256-CBC with SHA-1, no PFS. For routers that offer nothing better.</source>
        <translation>IKEv1 en modo principal, AES-256-CBC, SHA-1, grupo DH 2; ESP AES-256-CBC con SHA-1, sin PFS. Para routers que no ofrecen nada mejor.</translation>
    </message>
    <message>
        <source>IKEv2 where both routers can (else IKEv1), AES-256-CBC, SHA-256, DH group 14; ESP AES-256-CBC with SHA-256, PFS group 14.</source>
        <translation>IKEv2 donde ambos routers lo admitan (si no, IKEv1), AES-256-CBC, SHA-256, grupo DH 14; ESP AES-256-CBC con SHA-256, grupo PFS 14.</translation>
    </message>
    <message>
        <source>IKEv2, AES-256-CBC, SHA-256, DH group 19; ESP AES-256-GCM, PFS group 19.</source>
        <translation>IKEv2, AES-256-CBC, SHA-256, grupo DH 19; ESP AES-256-GCM, grupo PFS 19.</translation>
    </message>
    <message>
        <source>Choose every algorithm and lifetime below.</source>
        <translation>Elija abajo cada algoritmo y cada duración.</translation>
    </message>
</context>
<context>
    <name>tw::ui::ServerPage</name>
    <message>
        <source>The L2TP/IPsec server</source>
        <translation>El servidor L2TP/IPsec</translation>
    </message>
    <message>
        <source>The MikroTik router iPhone and Windows users dial in to, and the addresses they get.</source>
        <translation>El router MikroTik al que se conectan los usuarios de iPhone y Windows, y las direcciones que reciben.</translation>
    </message>
    <message>
        <source>e.g. office</source>
        <translation>p. ej. oficina</translation>
    </message>
    <message>
        <source>e.g. office (names the output folder)</source>
        <translation>p. ej. oficina (da nombre a la carpeta de salida)</translation>
    </message>
    <message>
        <source>what clients dial: vpn.example.com or 203.0.113.7</source>
        <translation>a qué se conectan los clientes: vpn.example.com o 203.0.113.7</translation>
    </message>
    <message>
        <source>e.g. ether1</source>
        <translation>p. ej. ether1</translation>
    </message>
    <message>
        <source>FIRST-LAST, e.g. 172.31.86.1-172.31.86.14</source>
        <translation>PRIMERA-ÚLTIMA, p. ej. 172.31.86.1-172.31.86.14</translation>
    </message>
    <message>
        <source>e.g. 172.31.86.254, outside the pool</source>
        <translation>p. ej. 172.31.86.254, fuera del grupo</translation>
    </message>
    <message>
        <source>optional, e.g. 192.168.88.1, 8.8.8.8</source>
        <translation>opcional, p. ej. 192.168.88.1, 8.8.8.8</translation>
    </message>
    <message>
        <source>%1 to %2; 1460 suits most links, 1400 links with PPPoE</source>
        <translation>de %1 a %2; 1460 sirve para la mayoría de los enlaces, 1400 para enlaces con PPPoE</translation>
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
        <translation>Autenticación: </translation>
    </message>
    <message>
        <source>Suggest fr&amp;ee addresses</source>
        <translation>Sugerir direcciones li&amp;bres</translation>
    </message>
    <message>
        <source>A private /24 that overlaps nothing else in this project</source>
        <translation>Un /24 privado que no se solapa con nada más de este proyecto</translation>
    </message>
    <message>
        <source>Client address pool</source>
        <translation>Grupo de direcciones de los clientes</translation>
    </message>
    <message>
        <source>IPsec pre-shared key</source>
        <translation>Clave precompartida IPsec</translation>
    </message>
    <message>
        <source>&amp;Project name:</source>
        <translation>Nombre del &amp;proyecto:</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nombre del proyecto</translation>
    </message>
    <message>
        <source>Server na&amp;me:</source>
        <translation>Nombre del ser&amp;vidor:</translation>
    </message>
    <message>
        <source>Server name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <source>Pla&amp;tform:</source>
        <translation>Pla&amp;taforma:</translation>
    </message>
    <message>
        <source>Server platform</source>
        <translation>Plataforma del servidor</translation>
    </message>
    <message>
        <source>Publi&amp;c address:</source>
        <translation>Dire&amp;cción pública:</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Dirección pública</translation>
    </message>
    <message>
        <source>&amp;WAN interface:</source>
        <translation>Interfaz &amp;WAN:</translation>
    </message>
    <message>
        <source>WAN interface</source>
        <translation>Interfaz WAN</translation>
    </message>
    <message>
        <source>Client p&amp;ool:</source>
        <translation>Grupo de client&amp;es:</translation>
    </message>
    <message>
        <source>Server tunnel add&amp;ress:</source>
        <translation>Dirección de túnel del se&amp;rvidor:</translation>
    </message>
    <message>
        <source>Server tunnel address</source>
        <translation>Dirección de túnel del servidor</translation>
    </message>
    <message>
        <source>&amp;DNS servers:</source>
        <translation>Servidores &amp;DNS:</translation>
    </message>
    <message>
        <source>DNS servers for clients</source>
        <translation>Servidores DNS para los clientes</translation>
    </message>
    <message>
        <source>MT&amp;U:</source>
        <translation>MT&amp;U:</translation>
    </message>
    <message>
        <source>MTU and MRU</source>
        <translation>MTU y MRU</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Autenticación:</translation>
    </message>
    <message>
        <source>PPP authentication</source>
        <translation>Autenticación PPP</translation>
    </message>
    <message>
        <source>IPsec proposals:</source>
        <translation>Propuestas IPsec:</translation>
    </message>
    <message>
        <source>IPsec proposals</source>
        <translation>Propuestas IPsec</translation>
    </message>
    <message>
        <source>Pre-shared &amp;key:</source>
        <translation>C&amp;lave precompartida:</translation>
    </message>
    <message>
        <source>entry %1 (%2) %3</source>
        <translation>entrada %1 (%2) %3</translation>
    </message>
    <message>
        <source>From the project file: %1.</source>
        <translation>Del archivo de proyecto: %1.</translation>
    </message>
    <message>
        <source>What the built-in iPhone and Windows clients offer: %1.</source>
        <translation>Lo que ofrecen los clientes integrados de iPhone y Windows: %1.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>IKEv1 %1, %2, %3, %4; ESP %5%6, %7</source>
        <translation>IKEv1 %1, %2, %3, %4; ESP %5%6, %7</translation>
    </message>
    <message>
        <source>main mode</source>
        <translation>modo principal</translation>
    </message>
    <message>
        <source>aggressive mode</source>
        <translation>modo agresivo</translation>
    </message>
    <message>
        <source> with </source>
        <translation> con </translation>
    </message>
    <message>
        <source>PFS </source>
        <translation>PFS </translation>
    </message>
    <message>
        <source>no PFS</source>
        <translation>sin PFS</translation>
    </message>
</context>
<context>
    <name>tw::ui::SetupSheetsDialog</name>
    <message>
        <source>Setup sheets</source>
        <translation>Hojas de configuración</translation>
    </message>
    <message>
        <source>The chosen setup sheet</source>
        <translation>La hoja de configuración elegida</translation>
    </message>
    <message>
        <source>&amp;Print all…</source>
        <translation>&amp;Imprimir todas…</translation>
    </message>
    <message>
        <source>Tunnelwright setup sheets (%1)</source>
        <translation>Hojas de configuración de Tunnelwright (%1)</translation>
    </message>
    <message>
        <source>Nothing was printed: %1.</source>
        <translation>No se imprimió nada: %1.</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
    <message>
        <source>printing is not available (its plug-in did not load: %1)</source>
        <translation>no se puede imprimir (su complemento no se cargó: %1)</translation>
    </message>
</context>
<context>
    <name>tw::ui::SitesPage</name>
    <message>
        <source>The two routers</source>
        <translation>Los dos routers</translation>
    </message>
    <message>
        <source>Name both ends of the tunnel and say how each reaches the Internet.</source>
        <translation>Dé nombre a ambos extremos del túnel e indique cómo llega cada uno a Internet.</translation>
    </message>
    <message>
        <source>e.g. hq</source>
        <translation>p. ej. central</translation>
    </message>
    <message>
        <source>Names this router&apos;s files: a letter, then letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>Da nombre a los archivos de este router: una letra y luego letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;</translation>
    </message>
    <message>
        <source>The address the other router reaches this one at (its IKE address)</source>
        <translation>La dirección en la que el otro router llega a este (su dirección IKE)</translation>
    </message>
    <message>
        <source>e.g. ether1</source>
        <translation>p. ej. ether1</translation>
    </message>
    <message>
        <source>e.g. GigabitEthernet0/0</source>
        <translation>p. ej. GigabitEthernet0/0</translation>
    </message>
    <message>
        <source>The Internet-facing interface: the firewall rules (and on Cisco the crypto map) go there</source>
        <translation>La interfaz que da a Internet: ahí van las reglas del cortafuegos (y en Cisco el crypto map)</translation>
    </message>
    <message>
        <source>e.g. GigabitEthernet0/1</source>
        <translation>p. ej. GigabitEthernet0/1</translation>
    </message>
    <message>
        <source>Cisco only: the inside interface, marked `ip nat inside` for the NAT bypass</source>
        <translation>Solo Cisco: la interfaz interior, marcada con `ip nat inside` para la exención de NAT</translation>
    </message>
    <message>
        <source>Site %1 </source>
        <translation>Sitio %1: </translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>platform</source>
        <translation>plataforma</translation>
    </message>
    <message>
        <source>WAN address</source>
        <translation>dirección WAN</translation>
    </message>
    <message>
        <source>WAN interface</source>
        <translation>interfaz WAN</translation>
    </message>
    <message>
        <source>LAN interface</source>
        <translation>interfaz LAN</translation>
    </message>
    <message>
        <source>e.g. acme</source>
        <translation>p. ej. acme</translation>
    </message>
    <message>
        <source>e.g. hq-branch (names the output folder)</source>
        <translation>p. ej. central-sucursal (da nombre a la carpeta de salida)</translation>
    </message>
    <message>
        <source>&amp;Project name:</source>
        <translation>Nombre del &amp;proyecto:</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Nombre del proyecto</translation>
    </message>
    <message>
        <source>&amp;Link name:</source>
        <translation>Nombre del &amp;enlace:</translation>
    </message>
    <message>
        <source>Link name</source>
        <translation>Nombre del enlace</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>Pla&amp;tform:</source>
        <translation>Pla&amp;taforma:</translation>
    </message>
    <message>
        <source>&amp;WAN address:</source>
        <translation>Dirección &amp;WAN:</translation>
    </message>
    <message>
        <source>WAN &amp;interface:</source>
        <translation>&amp;Interfaz WAN:</translation>
    </message>
    <message>
        <source>LAN interfa&amp;ce:</source>
        <translation>Interfaz LA&amp;N:</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>Platfo&amp;rm:</source>
        <translation>Platafo&amp;rma:</translation>
    </message>
    <message>
        <source>WAN a&amp;ddress:</source>
        <translation>&amp;Dirección WAN:</translation>
    </message>
    <message>
        <source>WAN interf&amp;ace:</source>
        <translation>Interfa&amp;z WAN:</translation>
    </message>
    <message>
        <source>LAN inter&amp;face:</source>
        <translation>Interfaz L&amp;AN:</translation>
    </message>
    <message>
        <source>Site %1</source>
        <translation>Sitio %1</translation>
    </message>
    <message>
        <source>Site %1: %2</source>
        <translation>Sitio %1: %2</translation>
    </message>
</context>
<context>
    <name>tw::ui::StartPage</name>
    <message>
        <source>Matched IPsec configurations for both ends of a tunnel: MikroTik RouterOS and Cisco IOS.</source>
        <translation>Configuraciones IPsec coincidentes para ambos extremos de un túnel: MikroTik RouterOS y Cisco IOS.</translation>
    </message>
    <message>
        <source>New &amp;site-to-site link</source>
        <translation>Nuevo enlace entre &amp;sitios</translation>
    </message>
    <message>
        <source>Two routers, one tunnel: MikroTik and Cisco in any pairing.</source>
        <translation>Dos routers, un túnel: MikroTik y Cisco en cualquier combinación.</translation>
    </message>
    <message>
        <source>New L2TP/IPsec se&amp;rver</source>
        <translation>Nuevo se&amp;rvidor L2TP/IPsec</translation>
    </message>
    <message>
        <source>iPhone and Windows users dial in to a MikroTik router.</source>
        <translation>Los usuarios de iPhone y Windows se conectan a un router MikroTik.</translation>
    </message>
    <message>
        <source>&amp;Open a project…</source>
        <translation>&amp;Abrir un proyecto…</translation>
    </message>
    <message>
        <source>A .twproj file saved earlier (Ctrl+O).</source>
        <translation>Un archivo .twproj guardado antes (Ctrl+O).</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>Takes effect the next time Tunnelwright starts.</source>
        <translation>Se aplica la próxima vez que se inicie Tunnelwright.</translation>
    </message>
    <message>
        <source>E&amp;dit:</source>
        <translation>&amp;Editar:</translation>
    </message>
    <message>
        <source>Which link or server to edit</source>
        <translation>Qué enlace o servidor editar</translation>
    </message>
    <message>
        <source>Re&amp;cent projects (Enter or double-click opens):</source>
        <translation>Proyectos re&amp;cientes (Intro o doble clic abre):</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
    <message>
        <source>The project could not be opened:
</source>
        <translation>No se pudo abrir el proyecto:
</translation>
    </message>
    <message>
        <source>Open: %1 (%2, %3). Next continues with it.</source>
        <translation>Abierto: %1 (%2, %3). «Siguiente» continúa con él.</translation>
    </message>
    <message>
        <source>Link %1: %2</source>
        <translation>Enlace %1: %2</translation>
    </message>
    <message>
        <source>L2TP server %1: %2</source>
        <translation>Servidor L2TP %1: %2</translation>
    </message>
    <message>
        <source>Choose what to make, or open a project.</source>
        <translation>Elija qué crear o abra un proyecto.</translation>
    </message>
    <message>
        <source>1 link</source>
        <translation>1 enlace</translation>
    </message>
    <message>
        <source>%1 links</source>
        <translation>%1 enlaces</translation>
    </message>
    <message>
        <source>1 L2TP server</source>
        <translation>1 servidor L2TP</translation>
    </message>
    <message>
        <source>%1 L2TP servers</source>
        <translation>%1 servidores L2TP</translation>
    </message>
</context>
<context>
    <name>tw::ui::SubnetListEditor</name>
    <message>
        <source>Add network</source>
        <translation>Añadir red</translation>
    </message>
    <message>
        <source>Add a network to %1</source>
        <translation>Añadir una red a %1</translation>
    </message>
    <message>
        <source>%1, network %2</source>
        <translation>%1, red %2</translation>
    </message>
    <message>
        <source>Remove network %2 of %1</source>
        <translation>Quitar la red %2 de %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>tw::ui::TunnelwrightWizard</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save the project (Ctrl+S)</source>
        <translation>Guardar el proyecto (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the project under a new name (Ctrl+Shift+S)</source>
        <translation>Guardar el proyecto con otro nombre (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>Open a Tunnelwright project</source>
        <translation>Abrir un proyecto de Tunnelwright</translation>
    </message>
    <message>
        <source>Tunnelwright projects (*.twproj);;All files (*)</source>
        <translation>Proyectos de Tunnelwright (*.twproj);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>Save the project</source>
        <translation>Guardar el proyecto</translation>
    </message>
    <message>
        <source>Tunnelwright projects (*.twproj)</source>
        <translation>Proyectos de Tunnelwright (*.twproj)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The project has changes that are not saved. Save them first?</source>
        <translation>El proyecto tiene cambios sin guardar. ¿Guardarlos primero?</translation>
    </message>
    <message>
        <source>new project</source>
        <translation>proyecto nuevo</translation>
    </message>
    <message>
        <source>That passphrase does not open this file (or the file was changed after it was saved). Passphrases are case-sensitive; try again.</source>
        <translation>Esa frase de contraseña no abre este archivo (o el archivo se modificó después de guardarlo). Las frases distinguen mayúsculas y minúsculas; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source> (encrypted)</source>
        <translation> (cifrado)</translation>
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
        <translation>Usuarios y clientes</translation>
    </message>
    <message>
        <source>Who may dial in, and which client set-up files to make.</source>
        <translation>Quién puede conectarse y qué archivos de configuración de clientes crear.</translation>
    </message>
    <message>
        <source>&amp;Users (double-click or F2 edits a cell):</source>
        <translation>&amp;Usuarios (doble clic o F2 edita una celda):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Añadir usuario</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Generate password</source>
        <translation>&amp;Generar contraseña</translation>
    </message>
    <message>
        <source>A new random password (%1 letters and digits) for each selected user</source>
        <translation>Una contraseña aleatoria nueva (%1 letras y dígitos) para cada usuario seleccionado</translation>
    </message>
    <message>
        <source>Show pass&amp;words</source>
        <translation>&amp;Mostrar contraseñas</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Rows name,password (a header row is optional)</source>
        <translation>Filas nombre,contraseña (la fila de encabezado es opcional)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>The users and their passwords, written readable by you only</source>
        <translation>Los usuarios y sus contraseñas, escritos de modo que solo usted pueda leerlos</translation>
    </message>
    <message>
        <source>Client set-up material</source>
        <translation>Material de configuración para clientes</translation>
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
        <translation>Material para clientes</translation>
    </message>
    <message>
        <source>Make iPhone and iPad material</source>
        <translation>Crear material para iPhone y iPad</translation>
    </message>
    <message>
        <source>Make Windows material</source>
        <translation>Crear material para Windows</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Importar usuarios</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Exportar usuarios</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB; that is not a user list</source>
        <translation>%1 ocupa más de 4 MiB; eso no es una lista de usuarios</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Imported from %1: %2 added, %3 updated.</source>
        <translation>Importado de %1: %2 añadidos, %3 actualizados.</translation>
    </message>
    <message>
        <source> %1 skipped:
</source>
        <translation> %1 omitidos:
</translation>
    </message>
    <message>
        <source>Exported %1 users to %2 (readable by you only: it holds passwords).</source>
        <translation>Se exportaron %1 usuarios a %2 (solo usted puede leerlo: contiene contraseñas).</translation>
    </message>
    <message>
        <source>user %1%2, %3 %4</source>
        <translation>usuario %1%2, %3 %4</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Passwords on the &amp;sheets and in the Apple profiles</source>
        <translation>Contraseñas en las &amp;hojas y en los perfiles de Apple</translation>
    </message>
    <message>
        <source>Off: the sheets say the password comes separately, and the iPhone asks for it when connecting</source>
        <translation>Desactivado: las hojas dicen que la contraseña llega por separado y el iPhone la pide al conectarse</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>&amp;Tamaño del papel:</translation>
    </message>
    <message>
        <source>Paper of the setup sheets</source>
        <translation>Papel de las hojas de configuración</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Idi&amp;oma:</translation>
    </message>
    <message>
        <source>Language of the setup sheets</source>
        <translation>Idioma de las hojas de configuración</translation>
    </message>
    <message>
        <source>Screens and fields are named as the device shows them in that language</source>
        <translation>Las pantallas y los campos se nombran como los muestra el dispositivo en ese idioma</translation>
    </message>
</context>
<context>
    <name>tw::ui::WizardPage</name>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Error: </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Advertencia: </translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>Nota: </translation>
    </message>
    <message>
        <source>• … and %1 more</source>
        <translation>• … y %1 más</translation>
    </message>
    <message>
        <source>Next is blocked until this is fixed:
</source>
        <translation>«Siguiente» está bloqueado hasta que se corrija esto:
</translation>
    </message>
    <message>
        <source>Next is blocked until these %1 problems are fixed:
</source>
        <translation>«Siguiente» está bloqueado hasta que se corrijan estos %1 problemas:
</translation>
    </message>
    <message>
        <source>To fix here or on a later page (it blocks there):
</source>
        <translation>Por corregir aquí o en una página posterior (allí bloquea):
</translation>
    </message>
    <message>
        <source>1 warning on this page; it does not block Next.</source>
        <translation>1 advertencia en esta página; no bloquea «Siguiente».</translation>
    </message>
    <message>
        <source>%1 warnings on this page; they do not block Next.</source>
        <translation>%1 advertencias en esta página; no bloquean «Siguiente».</translation>
    </message>
</context>
<context>
    <name>tw::ui::print::PrintModule</name>
    <message>
        <source>the printer &quot;%1&quot; could not be opened</source>
        <translation>no se pudo abrir la impresora «%1»</translation>
    </message>
    <message>
        <source>%1 could not be written</source>
        <translation>no se pudo escribir %1</translation>
    </message>
</context>
</TS>
