"""Questions in Spanish or Indonesian, searched in the library's English.

The library is written in English and the offline embedding model (all-MiniLM-L6-v2) was
trained on English: "¿Qué debo llevar para enseñarle a mi mentora cómo pago con el móvil?"
lands nowhere near the passage on banking apps, and BM25 meets none of its words. Juniors and
seniors write in Spanish and Indonesian, wholly or mixed with English ("boleh tidak I tell my
atasan"). A question is read word by word through a glossary of the words people use about
the program (sessions, the senior, topics, money, work, health, the public sector, asking,
bringing, showing) and of the words that carry a question (what, how, should, can), in the
informal forms people type too (Indonesian slang such as "nanya", "pengen", "ketemu"; the
River Plate's "vos", "tenés", "laburo"), and its English rendering is what is searched.
Words the glossary lacks (names, brands, English words) stay as typed. A question mostly in
English is left alone but for the Spanish or Indonesian words in it; words that are also
English words ("me", "son", "dan") are read as Spanish or Indonesian only in a question
mostly written in those languages.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# english <- foreign forms (accents optional when typed). A form starting with "~" is also an
# English word or name, read as foreign only in a mostly foreign question. An empty English
# side drops the word (articles, particles).
SPANISH = """
<- el, la, los, las, ~un, una, unos, unas, lo, se, que, ~al, del
what <- qué, que es, lo que
how <- cómo, como, cmo
why <- por qué, porqué
when <- cuándo, cuando
where <- dónde, donde
which <- cuál, cuáles
who <- quién, quiénes
how many <- cuántos, cuántas, cuánto, cuánta
of <- ~de
to <- ~a
in <- ~en
and <- ~y, ~e
or <- ~o, ~u
with <- ~con, conmigo
without <- ~sin
for <- para, por
about <- sobre, acerca de
between <- entre
my <- ~mi, mis
your <- tu, tus
their <- su, sus
our <- nuestro, nuestra, nuestros, nuestras
I <- ~yo
he <- él
she <- ella
they <- ellos, ellas
me <- ~me
him <- ~le, les
not <- ~no
very <- muy
more <- más
less <- menos
all <- todo, todos, todas
always <- siempre
never <- nunca
also <- también
but <- pero
if <- ~si
because <- porque
is <- ~es, está, esta
are <- ~son, están, estan
there is <- ~hay
has <- tiene, tienen
should I <- debo, debería, tengo que
should <- deberíamos, debemos, debe
can I <- puedo
can <- puede, podemos, pueden, se puede
do <- hago, hacer, hace, hacemos
say <- digo, decir, decirle
said <- dijo, dije
tell <- contar, contarle, cuento, avisar
know <- saber, sé, sabe
direct <- directo, directa
clear <- claras, claros, clara, claro
end the <- termino
again and again <- una y otra vez
arrogant <- arrogante, creído
says <- ~dice
thinks <- cree, piensa
wants <- quiere
want <- quiero
explain <- explico, explicar, explicarle, le explico
session <- sesión, sesion, sesiones
meeting <- reunión, reunion, reuniones
meet <- reunimos, reunirnos, nos reunimos
cycle <- ciclo, ciclos
mentor <- mentora, mentores, mentoras
line manager <- jefe directo, jefa directa, superior directo, superior directa
senior <- jefe, jefa, jefes, ~superior, directivo, directiva
director <- directora, directores
manager <- gerente, responsable
company <- empresa, empresas, compañía
business <- negocio, negocios
work <- trabajo, trabajar, trabaja, trabajan
job <- empleo, puesto
team <- equipo
colleague <- compañero, compañera, compañeros, colega, colegas
question <- pregunta
questions <- preguntas
ask <- preguntar, preguntarle, pido, pedir, pide
answer <- respuesta
reply <- respondo, responder, responderle, contesto
topic <- tema, temas
goal <- objetivo, ~meta
first <- primera, primer, primero
last <- última, último, ultima, ultimo
second <- segunda, segundo
third <- tercera, tercer, tercero
next <- siguiente, próxima, próximo, proxima
half <- mitad
month <- mes
months <- meses
week <- semana
weeks <- semanas
minutes <- minutos
hour <- hora
hours <- horas
time <- tiempo, vez
times <- veces
every <- cada
long <- largo, dura, duración
money <- dinero, plata
saving <- ahorro, ahorrar, ahorran, ahorros
pension <- pensión, pensiones, jubilación
bank <- banco, bancos
pay <- pago, pagar, pagos, pagan
instalments <- plazos, a plazos, cuotas
phone <- móvil, movil, celular, teléfono
app <- aplicación, aplicaciones
social media <- redes sociales, redes
renting <- alquilar, alquiler
buying <- comprar, compra, compras
waste money <- tirar el dinero
home <- vivienda, casa
car <- coche, carro, ~auto
second-hand <- segunda mano
clothes <- ropa
recruitment <- contratación, reclutamiento, selección
hire <- contratar, contratan
look for work <- buscan trabajo, buscar trabajo, búsqueda de empleo
search <- buscar, buscan, búsqueda
young people <- jóvenes, joven
people <- gente, personas
generation <- generación
talent <- talento
emissions <- emisiones
scope <- alcance
sustainability <- sostenibilidad
environment <- medio ambiente
customers <- clientes, cliente
consumers <- consumidores, consumidor
health <- salud, sanidad
patients <- pacientes, paciente
nurses <- enfermeras, enfermeros, enfermera
public sector <- sector público, administración pública
council <- ayuntamiento
government <- gobierno
ministry <- ministerio
public <- público, pública, públicos, públicas
services <- servicios
service <- servicio
supplier <- proveedor, proveedores
trucks <- camiones, transporte de mercancías
confidentiality <- confidencialidad, confidencial
privacy <- privacidad
notes <- notas, apuntes
recap <- resumen
send <- enviar, mandar
email <- correo
action items <- tareas, acciones, compromisos
bring <- llevar, traer
show <- enseñar, enseñarle, mostrar, mostrarle
prepare <- preparar, preparo, prepararme
nervous <- nervioso, nerviosa, nervios
afraid <- miedo
talk <- hablar, hable, habla
listen <- escuchar, escucha
the whole time <- todo el rato, todo el tiempo
advice <- consejo, consejos
opinion <- opinión
disagree <- no estoy de acuerdo, desacuerdo
work out <- funcionar, funciona, funcionará
cancel <- cancelar, cancela, cancelan
reschedule <- reprogramar, aplaza, cambia la fecha
rate <- calificar, puntuar, valorar
rating <- valoración, calificación, puntuación
report <- informe
HR <- recursos humanos, rrhh
program <- programa
pilot <- piloto
pair <- pareja
pairs <- parejas
technology <- tecnología
AI <- inteligencia artificial, ia
experience <- experiencia
skills <- habilidades, competencias
start <- empezar, comenzar, empiezo
end <- terminar, cerrar, acabar, ~final
refuse <- negarme, rechazar, decir que no
fix <- arreglar, arreglarle
laptop <- portátil, ordenador
difference <- diferencia
matters <- importa
useful <- sirve, útil
worth it <- vale la pena
example <- ejemplo
clinic <- clínica
format <- formato
earn <- gano, ganar, gana
today <- hoy
tomorrow <- mañana
yesterday <- ayer
new <- nuevo, nueva
better <- mejor
help <- ayuda, ayudar
you <- vos, usted, ustedes
you should <- tenés que, tienes que
have <- tenés, tienes
know <- sabés, sabes
can you <- podés, puedes
want <- querés, quieres
do <- hacés, haces
say <- decís, dices
tell me <- decirme, decime, contame, dime
what about <- qué onda con, que onda con
<- ~che, boludo, boluda
very <- ~re
nothing <- ~nada
lets <- ~deja
us <- nosotros, nosotras
some <- alguna, alguno, algunos, algunas
stay <- quedan, queda, quedar
read <- leer, lee, leen
meeting <- encuentro, encuentros
work <- laburo, laburar, labura, laburan
one <- ~uno
two <- dos
three <- tres
four <- cuatro
five <- cinco
six <- seis
e-wallet <- billeteras virtuales, billetera virtual, billeteras digitales, billetera digital
"""

INDONESIAN = """
<- yang, apakah, lah, kah, sih, dong, nih, kok
what <- ~apa
how <- bagaimana, gimana, bgmn, caranya, cara
why <- kenapa, mengapa
when <- kapan
where <- di mana, dimana
how many <- berapa
who <- siapa
which <- ~mana
in <- ~di
to <- ~ke, kepada
from <- dari
and <- ~dan, serta
or <- atau
with <- dengan, sama
for <- untuk, buat
about <- tentang, mengenai, soal
I <- saya, aku, gue, gw, sy
you <- kamu, anda
he <- ~dia, beliau
we <- kami, kita
they <- mereka
this <- ini
that <- itu
not <- tidak, tak, nggak, gak, enggak, bukan
should <- harus, sebaiknya, seharusnya
need <- perlu
is it ok if <- boleh tidak, boleh nggak, boleh gak, boleh enggak
may I <- boleh, bolehkah
afraid of getting it wrong <- takut salah
can <- bisa, dapat
want <- mau, ingin
will <- akan
already <- sudah, udah
very <- sangat, sekali, banget
also <- juga
always <- selalu
often <- sering
every <- setiap, tiap
more <- lebih
if <- kalau, jika, kalo
so that <- supaya, agar
because <- karena
but <- tetapi, tapi
before <- sebelum
after <- sesudah, setelah
during <- selama
there is <- ~ada
do <- lakukan, melakukan
say <- bilang, berkata, mengatakan
explain <- menjelaskan, jelaskan
session <- sesi, pertemuan
cycle <- siklus
line manager <- atasan langsung
boss <- atasan, bos
senior <- ~bapak, ~pak, ~ibu, ~bu, pimpinan, pemimpin
director <- direktur
manager <- manajer
company <- perusahaan, kantor
business <- bisnis, usaha
work <- kerja, pekerjaan, bekerja
team <- ~tim
colleague <- rekan, teman, rekan kerja
question <- pertanyaan
ask <- bertanya, tanya, menanyakan, minta
answer <- jawaban, jawab
topic <- topik
goal <- tujuan, ~target
first <- pertama
last <- terakhir
second <- kedua
third <- ketiga
next <- berikutnya, selanjutnya
month <- bulan
week <- minggu
minutes <- menit
hour <- ~jam
time <- waktu, kali
long <- ~lama
money <- uang, duit
saving <- tabungan, menabung
pension <- pensiun, dana pensiun
pay <- bayar, membayar, pembayaran
instalments <- cicilan, mencicil
buy now pay later <- paylater, pay later
debt <- utang, hutang
phone <- ponsel, ~hp, handphone
app <- aplikasi
social media <- media sosial, medsos
renting <- sewa, menyewa, ngontrak
buying <- beli, membeli
home <- rumah
car <- mobil
ownership <- kepemilikan, memiliki
recruitment <- rekrutmen, perekrutan
hire <- merekrut
search <- mencari, cari
young people <- anak muda, generasi muda
people <- orang
young <- muda
generation <- generasi
talent <- bakat, talenta
emissions <- emisi
environment <- lingkungan
customers <- pelanggan, nasabah
consumers <- konsumen
health <- kesehatan
hospital <- rumah sakit
patients <- pasien
nurses <- perawat
government <- pemerintah
public sector <- sektor publik, instansi pemerintah
service <- layanan, pelayanan
supplier <- pemasok
trucking <- truk
confidentiality <- rahasia, kerahasiaan
privacy <- privasi
notes <- catatan
recap <- ringkasan, rangkuman
send <- kirim, mengirim
action items <- tugas, tindak lanjut
bring <- membawa, bawa
show <- menunjukkan, tunjukkan, memperlihatkan
prepare <- menyiapkan, persiapan, siapkan, mempersiapkan
nervous <- gugup, grogi
afraid <- takut
wrong <- ~salah
talk <- bicara, berbicara, ngomong
listen <- mendengarkan, dengar
advice <- saran, nasihat, masukan
opinion <- pendapat
disagree <- tidak setuju
idea <- ide, gagasan
work out <- berhasil
cancel <- membatalkan, batal
rate <- menilai
rating <- penilaian, nilai
report <- laporan
HR <- sdm
pair <- pasangan
start <- memulai, mulai
end <- mengakhiri, akhir, selesai
refuse <- menolak, tolak
fix <- memperbaiki, perbaiki, betulin
technology <- teknologi
experience <- pengalaman
skills <- keterampilan, keahlian
cost <- biaya, harga
difference <- bedanya, beda, perbedaan
clear <- jelas
each <- masing-masing
example <- contoh
new <- baru
thing <- ~hal
important <- penting
without <- tanpa
seem <- terlihat, kelihatan
arrogant <- sombong
tell <- kasih tahu, memberi tahu, beri tahu, cerita
here <- sini
there <- situ, sana
myself <- sendiri
today <- hari ini
tomorrow <- besok
yesterday <- kemarin
one <- satu
two <- dua
three <- tiga
four <- empat
five <- lima
six <- enam
meet <- ketemu, ketemuan, bertemu
feels <- rasanya, merasa
result <- hasil
keeps <- terus, terus-terusan, mulu, melulu
during <- ~pas, saat, ketika
so that <- biar
ask <- nanya, nanyain
want <- pengen, pingin, pengin
give <- ngasih, kasih, memberi, memberikan
offended <- tersinggung
unsure <- bingung
<- ~ya, ~bro, deh
make <- bikin, membuat
chat <- ngobrol, ngobrolin
only <- cuma, aja, saja
learn <- belajar
teach <- ngajarin, mengajar, mengajari
read <- baca, membaca, dibaca
schedule <- jadwal
reschedule <- ganti jadwal, atur ulang jadwal
cancel <- batalin, ngebatalin, dibatalkan
late <- telat, terlambat
hard <- susah, sulit
HR <- hrd
understand <- ngerti, mengerti, paham
again <- lagi
"""

MOSTLY_FOREIGN = 0.3  # share of a question's words read as foreign before ambiguous ones are
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", re.UNICODE)


def _fold(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn"
    )


@lru_cache(maxsize=1)
def _glossary() -> tuple[dict[tuple[str, ...], tuple[str, bool]], int]:
    """Foreign form -> (English, ambiguous), and the longest form's length in words. Each form
    is held as written (lower case) and without its accents: "qué" is "what" and "que" is
    dropped, but "cuanto" typed without its accent is still "cuánto"."""
    exact: dict[tuple[str, ...], tuple[str, bool]] = {}
    folded: dict[tuple[str, ...], tuple[str, bool]] = {}
    for block in (SPANISH, INDONESIAN):
        for line in block.strip().splitlines():
            english, _, forms = line.partition("<-")
            for form in forms.split(","):
                form = form.strip()
                entry = (english.strip(), form.startswith("~"))
                words = form.lstrip("~").lower().split()
                if words:
                    exact.setdefault(tuple(words), entry)
                    folded.setdefault(tuple(_fold(w) for w in words), entry)
    return {**folded, **exact}, max(len(k) for k in exact)


def _lookup(word: str, table: dict[tuple[str, ...], tuple[str, bool]]) -> tuple[str, bool] | None:
    """A single word (as typed, then without accents), or the word less a Spanish plural or an
    Indonesian suffix."""
    for form in (word, _fold(word)):
        if (form,) in table:
            return table[(form,)]
    word = _fold(word)
    for suffix, after in (("nya", ""), ("kan", ""), ("es", "bcdfgjklmnprstvz"), ("s", "aeiou")):
        base = word[: -len(suffix)]
        if word.endswith(suffix) and len(base) >= 3 and (not after or base[-1] in after):
            found = table.get((base,))
            if found and not found[1]:
                return found
    return None


def translate(query: str) -> str:
    """The query with its Spanish and Indonesian words in English (the query itself when it
    holds none)."""
    table, longest = _glossary()
    spans = [(m.start(), m.end(), m.group(0).lower()) for m in _WORD.finditer(query)]
    if not spans:
        return query
    found: list[tuple[int, int, str, bool]] = []  # start, end, English, ambiguous
    i = 0
    while i < len(spans):
        for n in range(min(longest, len(spans) - i), 0, -1):
            words = tuple(s[2] for s in spans[i : i + n])
            hit = (
                table.get(words) or table.get(tuple(_fold(w) for w in words))
                if n > 1
                else _lookup(words[0], table)
            )
            if hit is not None:
                found.append((spans[i][0], spans[i + n - 1][1], *hit))
                i += n
                break
        else:
            i += 1
    sure = sum(1 for *_, ambiguous in found if not ambiguous)
    if not sure:
        return query
    mostly = sure / len(spans) >= MOSTLY_FOREIGN
    out, at = [], 0
    for start, end, english, ambiguous in found:
        if ambiguous and not mostly:
            continue
        out.append(query[at:start] + english)
        at = end
    out.append(query[at:])
    text = "".join(out).replace("¿", "").replace("¡", "")
    return re.sub(r"\s{2,}", " ", text).strip()
