"""Word lists that steer the name recogniser: what is substance, what signals a person.

Kept by hand and small. A word here is lower-cased. The aim is to keep the lesson of a note
(brands, tools, topics, places used as markets, calendar words, job titles) while still
finding the people in it.
"""

from __future__ import annotations

# Capitalised words that are never a person on their own: brands, apps, tech and finance
# terms, calendar words, places often named as markets, roles, note headings.
STOP_WORDS = frozenset(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun today tomorrow yesterday tonight morning afternoon evening weekend
    spring summer autumn winter christmas easter ramadan diwali eid
    apple google amazon microsoft meta facebook instagram tiktok linkedin twitter youtube
    mastodon bluesky github gitlab behance dribbble medium substack website blog
    yammer viva engage sharepoint confluence loom webex okta servicenow successfactors
    salesforce hubspot zendesk intercom basecamp clickup airtable docusign dropbox onedrive
    allegro mercadolibre flipkart jumia takealot trendyol coupang ozon wildberries zalando
    otto olx avito noon myntra meesho careem talabat swiggy zomato blinkit grabfood foodpanda
    zalo momo blik allegro splitwise spill vinted
    snapchat whatsapp telegram signal discord reddit pinterest tumblr twitch threads bereal
    spotify netflix disney hulu kindle audible uber lyft bolt deliveroo airbnb tesla nike
    adidas zara primark ikea lego samsung huawei xiaomi sony nintendo playstation xbox
    iphone ipad android windows mac macbook chrome safari firefox edge slack teams zoom
    notion figma canva trello asana jira miro excel powerpoint word outlook gmail
    chatgpt openai copilot gemini claude bard midjourney alexa siri cortana
    paypal venmo klarna monzo revolut starling nubank wise stripe square cash visa mastercard
    amex bitcoin ethereum crypto coinbase binance robinhood vanguard fidelity blackrock
    freetrade nest morningstar glassdoor indeed handshake hirevue workday
    shopee tokopedia lazada gojek grab gopay ovo dana pix paytm phonepe upi bizum lydia
    wechat alipay weibo douyin xiaohongshu line kakao kakaotalk naver paypay rakuten
    rappi nubank uala ualá banorte bbva bancolombia coppel mercadona glovo cabify
    indomaret alfamart blibli bukalapak gofood grabpay shopeepay linkaja flip jago qris
    vinted depop etsy ebay wallapop shein temu asos patagonia ecosia koala
    duolingo blinkist bumble tinder hinge strava peloton onto mercedes bmw audi toyota
    deloitte pwc kpmg accenture mckinsey bain gartner forrester nielsen
    costa starbucks mcdonalds pret tesco sainsbury waitrose aldi lidl walmart target
    etf etfs esg isa isas sipp pension pensions ai api saas kpi kpis okr okrs roi crm
    gen genz alpha boomer boomers millennial millennials zoomer zoomers
    mcdonald mcdonalds disney dyson cadbury kellogg kelloggs heinz hilton marriott chanel dior
    gucci prada ferrari porsche lamborghini boots sainsburys ford dell hershey wendys
    ceo cfo coo cto cio cmo chro cso vp svp evp md hr it pr ops
    mentor mentors mentee mentees mentoring session sessions topic topics action actions
    agenda notes note recap reflection summary next follow followup attendees observer
    subject from to cc bcc sent date re fw fwd contact email phone mobile mob tel cell
    office desk home work address name names staff employee badge id team teams
    chief head director manager lead analyst associate assistant intern graduate apprentice
    officer president chair chairman chairwoman partner founder senior junior principal
    dear hi hello hey thanks thank cheers regards best kind warm sincerely yours love
    street road avenue lane drive way close court place boulevard square
    north south east west northern southern eastern western central
    london paris berlin madrid rome milan milano dublin lisbon amsterdam brussels vienna
    zurich geneva stockholm oslo copenhagen helsinki warsaw prague budapest athens istanbul
    moscow kyiv dubai doha riyadh cairo lagos abuja accra nairobi johannesburg capetown
    mumbai delhi bangalore bengaluru chennai hyderabad kolkata pune karachi lahore dhaka
    jakarta singapore manila bangkok hanoi saigon seoul tokyo osaka beijing shanghai
    shenzhen hong kong taipei sydney melbourne brisbane perth auckland wellington
    munich frankfurt hamburg cologne stuttgart dusseldorf leipzig barcelona seville valencia
    bilbao porto marseille lyon toulouse nice bordeaux lille naples turin bologna venice
    geneva basel lausanne antwerp rotterdam utrecht gothenburg malmo bergen tallinn riga
    vilnius krakow bucharest sofia belgrade zagreb edinburgh glasgow manchester birmingham
    leeds liverpool bristol cardiff belfast cork galway lagos ibadan kano nairobi mombasa
    kampala kigali addis ababa dakar casablanca tunis algiers johannesburg durban pretoria
    jeddah muscat amman beirut tehran baku tbilisi yerevan almaty tashkent kathmandu colombo
    chittagong surabaya bandung medan yogyakarta cebu davao penang kuala lumpur phnom penh
    yangon guangzhou chengdu hangzhou wuhan nanjing xian kyoto yokohama nagoya sapporo
    fukuoka busan incheon adelaide canberra darwin hobart christchurch
    toronto vancouver montreal york chicago boston austin seattle denver atlanta miami
    dallas houston phoenix detroit francisco angeles diego washington silicon valley
    mexico bogota lima santiago buenos aires sao paulo rio janeiro
    uk usa us eu europe european asia asian africa african america american americas
    britain british england english scotland scottish wales welsh ireland irish
    france french germany german spain spanish italy italian portugal portuguese
    netherlands dutch belgium sweden swedish norway norwegian denmark danish finland
    poland polish russia russian ukraine china chinese japan japanese korea korean
    india indian pakistan bangladesh indonesia indonesian vietnam vietnamese thailand
    philippines malaysia singaporean australia australian zealand canada canadian
    brazil brazilian argentina chile colombia peru nigeria nigerian ghana kenya egypt
    morocco turkey israel saudi arabia emirates uae qatar latam apac emea
    christian muslim jewish hindu buddhist sikh catholic
    university college school academy institute bank group holdings capital ventures
    labs studio studios media foundation trust council ministry agency
    on in of so no do be go me my he we us it at as by or if up the and but not all any
    bot user users customer client admin e-mail mail producer director singer band
    mom mum dad mummy daddy mama papa grandma grandpa granny nan auntie uncle aunt
    okay ok welcome goodbye bye oh yes yeah yep nope sorry please ma'am madam thou
    math maths st princess prince queen royal highness majesty
    designer engineer developer interface user project industrial product marketing sales
    minister prime deputy senator governor mayor councillor secretary speaker member
    parliament government senate crown court party liberal conservative
    labour democrat republican centre center youth veterans affairs resources
    uh um er erm hmm ah are grad undergrad postgrad phd mba
    cape bay canyon ridge island islands mount mountain lake river valley beach coast
    alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii
    idaho illinois iowa kansas kentucky louisiana maine maryland massachusetts michigan
    minnesota mississippi missouri montana nebraska nevada hampshire jersey ohio oklahoma
    oregon pennsylvania rhode tennessee texas utah vermont wisconsin
    wyoming ontario quebec alberta saskatchewan manitoba nova scotia brunswick newfoundland
    labrador yukon nunavut winnipeg edmonton calgary ottawa halifax queensland
    tasmania bavaria catalonia andalusia lombardy tuscany flanders wallonia
""".split()
)

# A word after a run of capitalised words that makes it an organisation, not a person.
ORG_WORDS = frozenset(
    """
    inc inc. ltd llc llp plc gmbh ag sa sas srl bv nv pty corp corporation co company
    limited group holdings partners associates orchestra band club society association
    insurance bank capital ventures labs studio studios foundation trust university
    college school institute hospital clinic hotel restaurant cafe records press
    magazine news times journal gazette global international industries solutions
    systems technologies consulting services networks media
    """.split()
)

# Everyday words that are also given names or surnames: a capitalised one is a person only
# with some other sign (a title, "said", a surname beside it, an earlier full mention).
NAME_LIKE_WORDS = frozenset(
    """
    will mark may june april august grace hope faith joy rose lily ivy daisy holly ruby amber
    crystal dawn eve summer autumn sky rain river storm bill pat sue jack frank dean rich
    art bob chase drew grant guy hunter lance miles max nick penny ray rob sandy sunny
    price young long king hall bell brown green white black wood hill stone street cook
    baker page field case best little love rice booth bond cash banks mills fox lamb marsh
    moss nash park lee short small strong power major early west north south hand
    carter cooper fisher gardner mason porter potter shepherd taylor turner walker ward
    parker chance cannon sharp swift rock fall wall water peace star story
    an
    bright brave bliss blessing clever happy lucky noble honest gentle fair sweet true
    golden silver gold diamond pearl jewel coral jade ruby opal amber ivory
    bishop deacon pope abbot prior knight squire baron duke earl
    bridge brook church chapel ford glen heath lake marsh meadow mill moor pond ridge
    shore vale wells wood woods field fields forest grove garden gardens
    cliff clay dale flint stone rocks sands snow frost winter summers
    hunt fish fisher fowler glass glover hunter miller mason smith tanner weaver wright
    network global digital capital united national royal international future
    met spoke talked called emailed messaged pinged caught chatted visited quick
    """.split()
)

# Words after a capitalised run that make it a street ("Marina Fort Street"), not a person.
STREET_WORDS = frozenset(
    "street st road rd avenue ave lane ln drive boulevard blvd way close court place square".split()
)
# After a word, these make it part of a place's name ("Chelsea Harbour", "Victoria Park").
PLACE_TAILS = frozenset(
    """bridge harbour harbor station wharf quay gardens heights airport centre center mall
    tower towers beach pier terminal
    selatan utara barat timur tengah raya""".split()
)
# Nationality adjectives: before a lower-case noun ("Thai banks", "Korean apps") a word,
# never a person.
DEMONYMS = frozenset(
    """thai korean japanese chinese indonesian malaysian filipino vietnamese indian
    singaporean american british english scottish irish welsh spanish mexican brazilian
    argentine argentinian chilean colombian peruvian german french italian dutch polish
    turkish nigerian kenyan ghanaian african asian european latin arab emirati saudi
    egyptian australian canadian russian ukrainian swedish danish norwegian finnish
    portuguese greek javanese balinese sundanese batak""".split()
)
# Languages no nationality adjective names: "the deck in Hindi", "speaks Tagalog".
LANGUAGES = frozenset(
    """hindi tagalog malay mandarin cantonese hokkien urdu tamil bengali bangla punjabi marathi
    telugu kannada malayalam gujarati swahili arabic hebrew persian farsi bahasa""".split()
)
# The label written before an identity number ("NIK 3273...", "DNI: 12345678Z"): the label of
# a number, never a name, though some are also given names (Nik).
ID_LABELS = frozenset(
    """nik ktp npwp nip nisn kk bpjs sim dni nie nif nuss curp rfc nss cuil cuit rut ssn sin
    itin nino nhs pan aadhaar tfn ird passport pasaporte paspor""".split()
)
# The last word of a wallet's or a bank's name: "Zain Cash", "Careem Pay".
MONEY_TAILS = frozenset("cash pay wallet money card bank coin".split())
# A lower-case noun right after a word that makes the word the name of a thing: "Victoria
# station", "Mars bars", "the Cleo app", whoever else in the note shares the word.
THING_TAILS = frozenset(
    """station stations bar bars app apps card cards account accounts wallet airport terminal
    line street road avenue lane bridge harbour harbor wharf quay pier beach mall brand
    chocolate chocolates sweets biscuits cereal""".split()
)
# Before a lone unfamiliar word these usually introduce a place ("based in Kulusuk").
PLACE_PREPOSITIONS = frozenset(
    "in at from to into near via around across outside di ke dari en desde hacia".split()
)

# Words before a name that make the next capitalised word a person.
TITLES = frozenset(
    """mr mrs ms miss mx dr prof sir dame lord lady madam mister
    pak bu bapak ibu mas mbak kak bang sdr sdri hj hjh haji hajah hajjah drs dra
    sr sra srta don doña dña
    lic lica licda licdo lcda lcdo ing arq mtro mtra dra abog
    rev revd reverend fr pastor kuya manong manang tito tita bpk""".split()
)
# Muhammad shortened before the rest of a name: "Moh. Arief", "Muh. Rizal", "Mohd Faiz".
MUHAMMAD_SHORT = frozenset("moh muh mohd muhd mhd md".split())
BEFORE_CUES = frozenset(
    """
    dear hi hello hey thanks cheers mentor mentee mentors mentees attendees from cc
    says said asked told met starring featuring by named called colleague manager boss
    with and ask
    dengan bersama sama oleh hubungi menurut con según segun
    """.split()
)
# Of those, the ones that are enough for a capitalised word absent from the gazetteer.
STRONG_BEFORE_CUES = frozenset(
    """dear hi hello hey says said told named called starring featuring mentor mentee
    menurut según segun""".split()
)
# Phrases ending just before a name.
BEFORE_PHRASES = (
    "my name is",
    "name is",
    "i'm",
    "i am",
    "call me",
    "this is",
    "meet",
    "met with",
    "my mentor",
    "my mentee",
    "our mentor",
    "spoke to",
    "spoke with",
    "talked to",
    "talking to",
    "meeting with",
    "session with",
    "thank you",
    "signed",
    "introduce",
    "name?",
    "surname?",
    "name:",
    "surname:",
    "coffee with",
    "lunch with",
    "call with",
    "chat with",
    "catch-up with",
    "catch up with",
    "1:1 with",
    "1-1 with",
    "ask",
    "thanks",
    "according to",
    "mentor saya",
    "mentor saya,",
    "mentee saya",
    "sesi dengan",
    "sesi bersama",
    "rapat dengan",
    "diskusi dengan",
    "ngobrol dengan",
    "ngobrol sama",
    "ketemu",
    "ketemu dengan",
    "bertemu",
    "bertemu dengan",
    "pertemuan dengan",
    "bersama mentor",
    "nama saya",
    "mi mentor",
    "mi mentora",
    "mi mentee",
    "reunión con",
    "sesión con",
    "llamada con",
    "hablé con",
    "charla con",
    "café con",
    "me llamo",
    # A nickname introduced as one: "the grads call him Macca", "known as Bazza".
    "call him",
    "call her",
    "calls him",
    "calls her",
    "called him",
    "called her",
    "known as",
    "aka",
    "a.k.a.",
    "nicknamed",
    # One invites a person, not a thing: "ajak Fajar", "undang Pelangi", "invite Sunny".
    "ajak",
    "ngajak",
    "mengajak",
    "undang",
    "mengundang",
    "invite",
    "invited",
    "invitar a",
    "invité a",
    # Family and friends named before their name: "her brother Austin", "adik saya Bintang".
    "brother",
    "sister",
    "cousin",
    "son",
    "daughter",
    "husband",
    "wife",
    "mum",
    "mom",
    "dad",
    "father",
    "mother",
    "aunt",
    "uncle",
    "niece",
    "nephew",
    "boyfriend",
    "girlfriend",
    "flatmate",
    "housemate",
    "roommate",
    "best friend",
    "adik saya",
    "kakak saya",
    "teman saya",
    "rekan saya",
    "suami saya",
    "istri saya",
    "sepupu saya",
    "atasan saya",
    "mi hermano",
    "mi hermana",
    "mi primo",
    "mi prima",
    "mi amigo",
    "mi amiga",
    "mi compañero",
    "mi compañera",
    "mi jefe",
    "mi jefa",
)
# Words right after a name that make it a person.
AFTER_CUES = frozenset(
    """
    said says say thinks think thought explained explains asked asks told tells suggested
    suggests mentioned mentions agreed agrees showed shows admitted admits wants wanted
    will would walked talked covered challenged corrected pointed recommended disagreed
    found joined runs ran uses used has had is was does did can could should shared shares
    sends sent sees saw believes believed feels felt argued noted added replied wrote
    promised offered reckons loves hates prefers reads lives works worked leases rents
    invests saves pays paid owns bought sold came comes went goes gave gives took takes
    holds manages leads hosts keeps needs likes knows buys sells spends earns posts shops
    studies started moved left quit applied applies hired ran led
    """.split()
)
# Surname particles that may sit inside a name in lower case.
PARTICLES = frozenset(
    """van von der den de del della di da das dos du la le los las bin bint binti ibn al el ter
    ten af y ni nic mac ó ui""".split()
)

# Country names (lower case), so a postal address can run on to its last line.
COUNTRIES = frozenset(
    """
    afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
    bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia
    botswana brazil brunei bulgaria burkina burundi cambodia cameroon canada chad chile china
    colombia comoros congo croatia cuba cyprus czechia czech denmark djibouti dominica
    ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia
    germany ghana greece greenland greenlander grenada guatemala guinea guyana haiti honduras
    hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
    kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia
    libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta
    mauritania mauritius mexico moldova monaco mongolia montenegro morocco mozambique myanmar
    namibia nauru nepal netherlands nicaragua niger nigeria norway oman pakistan palau panama
    paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia
    seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland
    syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu
    uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe
    usa uk uae england scotland wales
    united states kingdom emirates south africa new zealand korea arabia saudi costa rica
    sri lanka el salvador ivory coast czech republic dominican
    """.split()
)

# A country is substance, not a person, unless it is also a common given name.
STOP_WORDS = STOP_WORDS | (COUNTRIES - {"jordan", "georgia", "chad", "israel", "india", "sri"})

# Companies and brands named after people: they are substance, never a person to remove.
BRAND_PHRASES = (
    "Ben & Jerry's",
    "Ben and Jerry's",
    "Marks & Spencer",
    "Marks and Spencer",
    "Procter & Gamble",
    "Johnson & Johnson",
    "Morgan Stanley",
    "Goldman Sachs",
    "John Lewis",
    "Charles Schwab",
    "Dow Jones",
    "Rolls-Royce",
    "Rolls Royce",
    "Ernst & Young",
    "Wells Fargo",
    "Lloyds Bank",
    "JP Morgan",
    "J.P. Morgan",
    "Abercrombie & Fitch",
    "Dolce & Gabbana",
    "Tiffany & Co",
    "Barnes & Noble",
    "Bath & Body Works",
    "Harvey Nichols",
    "Louis Vuitton",
    "Calvin Klein",
    "Ralph Lauren",
    "Tommy Hilfiger",
    "Hugo Boss",
    "Yves Saint Laurent",
    "Estée Lauder",
    "Victoria's Secret",
    "Dr Martens",
    "Dr. Martens",
    "Ted Baker",
    "Paul Smith",
    "Jimmy Choo",
    "Kate Spade",
    "Michael Kors",
    "Marc Jacobs",
    "Tom Ford",
    "Walt Disney",
    "Warner Bros",
    "Ernst Young",
    "Arthur Andersen",
    "Bain Capital",
    "Charles Tyrwhitt",
    "Jack Wills",
    "Dow Jones",
    "Smith & Nephew",
    "Clifford Chance",
    "Allen & Overy",
    "Linklaters",
    "Freshfields",
    "Baker McKenzie",
    "Deloitte",
    "Hargreaves Lansdown",
    "Martha Stewart",
    # Banks, wallets and shops named like people or places in Latin America, Spain, Indonesia
    "Mercado Pago",
    "Mercado Libre",
    "Banco Azteca",
    "Banco Santander",
    "Banco do Brasil",
    "Banco Inter",
    "Banco Sabadell",
    "Caixa Bank",
    "El Corte Inglés",
    "Massimo Dutti",
    "Pull & Bear",
    "Bank Jago",
    "Bank Mandiri",
    "Bank Central Asia",
    "Bank Rakyat Indonesia",
    "Bank Negara Indonesia",
    "Bank Syariah Indonesia",
    "Bank Danamon",
    "Allo Bank",
    "Kopi Kenangan",
    "Janji Jiwa",
    "Google Pay",
    "Apple Pay",
    "Samsung Pay",
    "Amazon Pay",
    "Amazon Prime",
    "Uber Eats",
    "Just Eat",
    "Cash App",
    "Western Union",
    "Edward Jones",
    "Raymond James",
    "Interactive Brokers",
    "Tim Hortons",
    "Taco Bell",
    "Burger King",
    "Krispy Kreme",
    "Marcus by Goldman Sachs",
    "Trading 212",
)


# The commonest surnames of China, Singapore and Malaysia (Hokkien, Teochew and Cantonese
# spellings), Korea and Vietnam, in romanised form. The gazetteer misses many of them and several
# are also English words (Lim, Tan, Park, Long), so a passport-style name in capitals
# ("TAN Wei Ling", "LIM Jun Hao") is recognised by this list beside a given name.
ROMANISED_ASIAN_SURNAMES = frozenset(
    """
    lim tan lee ng goh ong teo koh chua chan wong lau ho yeo sim low toh tay quek chia foo lie
    lai leong loh kwok cheung yip yap chong chin khoo seah soh neo heng ang ting tee lum kong
    kim park choi jung jeong kang cho yoon jang han oh seo shin kwon hwang ahn song yoo hong
    moon baek nam noh ryu jeon son
    nguyen tran le pham hoang huynh phan vu vo dang bui do ngo duong ly dinh trinh truong
    wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng
    liang xie tang deng feng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei
    su lu ding ren shen yao jin cui
    """.split()
)
