"""Given names and surnames for recognising people the anonymiser has never seen.

Compiled from the person providers of Faker 40.63.0 (MIT licence, (c) Daniele Faraglia and
contributors; https://pypi.org/project/Faker/) and the person data sets of Mimesis 22.2.0
(MIT licence, (c) Isaak Uchakaev; https://pypi.org/project/mimesis/) across their locales:
each name split on spaces, particles (van, de, al...) dropped, only Latin, Greek and Cyrillic
spellings kept (capitalisation is what the recogniser relies on), Cyrillic names also
transliterated to Latin. COMMON_WORDS is Faker's en_US lorem list of
about a thousand frequent English words, used to tell names from
words that merely start a sentence. DICTIONARY_WORDS are the names that are also lower-case
entries of Webster's Second International (public domain; as shipped in the english-words
package, MIT licence): at the start of a sentence such a word needs more evidence."""

# ruff: noqa: E501

FIRST_NAMES = """
Aaaqil Aaban Aabid Aabiörn Aabiørn Aabram Aabyorn Aabyrn Aachal Aache Aada Aadam Aaddhe Aaddke
Aaden Aadhya Aadi Aadil Aadne Aadolf Aadu Aafiya Aage Aaggy Aaghe Aaghæ Aagi Aago Aagot Aahana
Aahil Aaka Aake Aako Aakä Aakæ Aalam Aale Aalee Aalf Aalff Aalgoth Aalgut Aalim Aaliyah
Aallotar Aaltje Aamil Aamir Aamirah Aamu Aamund Aan Aane Aanen Aanje Aanon Aanund Aanuoluwapo
Aap Aapeli Aapo Aappo Aaqil Aarav Aare Aared Aarif Aarini Aariz Aarna Aarnav Aarne Aarni Aarno
Aaro Aaron Aaronivna Aaronovich Aarre Aarush Aaryan Aarão Aarón Aasa Aase Aasgjerd Aashi Aashif
Aashir Aasif Aasim Aaskar Aasmund Aasold Aasta Aasulf Aatami Aatif Aatiq Aato Aatos Aatto Aatu
Aaus Aava Aave Aavet Aavo Aayan Aayush Aazim Ab Aba Abaan Ababa Abadon Abagail Abay Abayomi
Abaz Abb Abbas Abbe Abbelle Abbertus Abbey Abbi Abbie Abbigail Abbiorn Abbiörn Abbiørn Abbleka
Abbos Abbott Abbram Abby Abd Abdalla Abdallah Abdel Abdelatif Abdelaziz Abdelkader Abdelkarim
Abdelkrim Abdellah Abderaouf Abderrahim Abderrahmane Abdi Abdias Abdiel Abdihakim Abdirahman
Abdiş Abdon Abdoul Abdoulaye Abdu Abduaziz Abduboriy Abdul Abdulah Abdulaziz Abdulbekir
Abdulgazi Abdulhamid Abdulkadir Abdulla Abdullah Abdullahi Abdulloh Abdulmenaf Abdulrahman
Abdulsemet Abdumalik Abdurahman Abdurahmon Abdurrahman Abdénago Abdón Abdülahat Abdülcemal
Abdülhadi Abdülkerim Abdülsamed Abdürreşit Abe Abeba Abebi Abednego Abeer Abegail Abeiku
Abejundio Abel Abela Abelard Abelardo Abele Abeleke Abelie Abeline Abelino Abelke Abell Abelone
Abelu Abelun Abelâmio Abena Abeni Abern Abernus Abert Aberto Abha Abhimanyu Abhiram Abhishek
Abhram Abid Abidin Abie Abigael Abigail Abigaili Abigale Abigayle Abigaël Abigaëlle Abigaíl
Abigél Abild Abilio Abina Abinaya Abiodun Abiona Abiorn Abir Abira Abiye Abiáta Abiærn Abiörn
Abiørn Abjörn Able Ablen Ablu Ablun Abna Abner Abordh Aborn Abosede Abra Abraam Abrahaam
Abraham Abrahamine Abrahm Abrahám Abraim Abram Abramo Abramovich Abraxas Abraão Abree Abrham
Abri Abriana Abrianna Abrielle Abrienne Abril Abror Abrão Absalon Absalão Abso Absolon Absolón
Abssilão Abubakar Abubakr Abun Abund Abundio Abuzar Abyasa Abylay Abyorn Abyrn Abyz Abyzbay
Abyørn Abzal Abélia Abília Abílio Abörn Abøirn Abørn Acacia Acacio Acar Acarkan Acasius
Accarius Accella Ace Acelia Acey Acha Ache Achiel Achieng Achil Achile Achiles Achille Achim
Acho Achsah Acie Acilino Acilinus Acke Ackke Aclan Aco Acun Acy Acácio Acélia Acílio Acúrsio
Ada Adaeze Adah Adail Adak Adal Adala Adalbert Adalberta Adalbertina Adalberto Adalbertus
Adalgisa Adalgiso Adalia Adalina Adaline Adalissa Adaliz Adaliza Adalsindo Adalsino Adaluarðær
Adalvard Adalward Adalwardus Adalwarðþær Adalyn Adalynn Adam Adama Adamantino Adamaris
Adamastor Adambay Adambek Adame Adamina Adamivna Adamo Adamovich Adams Adan Adana Adar Adasal
Adauto Aday Add Adda Addar Adde Addhe Addi Addie Addison Addisyn Addolorata Addrian Addy
Addyson Addæ Addú Addý Ade Adea Adean Adebiyi Adebowale Adebukola Adedayo Adedeji Adekitan
Adekola Adekunle Adel Adela Adelaida Adelaide Adelajda Adelard Adelardo Adelasia Adelayida
Adelbert Adelburgis Adele Adeleide Adeleine Adeleke Adelfried Adelgund Adelgunda Adelgunde
Adelheid Adelia Adeliisse Adeliisze Adelin Adelina Adelinda Adelinde Adelindo Adeline Adelino
Adelio Adelis Adelisa Adelissa Adelisza Adelita Adelitz Adelitza Adelitze Adelitzse Adelixa
Adeliza Adell Adella Adelle Adellissa Adelmiro Adelmo Adelrich Adelrico Adelstein Adelsten
Adelualder Adelus Adelwardh Adelwardus Adelyn Adelynn Adelía Adem Ademar Ademir Aden Adena
Adenike Adeniyi Adeodato Adeodáta Adeolu Adeoti Adepeju Aderico Aderopo Adesewa Adeshina
Adesoji Adesua Adetayo Adetoke Adetoun Adeyi Adhalissa Adhalitzsa Adhelburg Adhelin Adhelissa
Adheliza Adhels Adhiarja Adhils Adhinlidhse Adhlidhse Adhra Adhurim Adi Adia Adiam Adiarja Adie
Adiel Adiela Adierff Adigun Adika Adikara Adil Adila Adile Adilene Adilya Adilə Adimu Adin
Adina Adinata Adine Adis Adisoda Adison Aditya Adiärf Adiærf Adla Adlai Adlan Adlaug Adler
Adline Adlitza Adlitze Adliya Adlize Admir Admira Admiral Admundus Adna Adnan Adner Adolf
Adolfa Adolfina Adolfine Adolfo Adolfína Adolph Adolphe Adolphus Adomas Adona Adonai Adoncia
Adone Adonia Adonias Adonika Adonilo Adonis Ador Adora Adoracion Adoración Adorino Adorján
Adosinda Adosindo Adra Adrain Adreana Adria Adriaan Adriaen Adrian Adriana Adriane Adriania
Adrianna Adrianne Adriano Adrianovich Adrianus Adriel Adrien Adriena Adriene Adrienn Adrienna
Adrienne Adrija Adrijan Adrijana Adriyan Adrián Adriána Adrião Adron Adrualdo Adruzilo Adryan
Adrían Adríana Adríel Adstilla Adulpho Adulphus Adunni Advaith Advay Advik Advika Adviye Adweta
Adwoa Adya Adyrbay Adyson Adália Adán Adão Adèle Adél Adéla Adélaïde Adélia Adélio Adério
Adérito Adíel Adília Adílio Adólf Adónias Adónis Adıgün Aedan Aedin Aela Aelita Aemiliano
Aemilio Aeneas Aengus Aenne Afanasiy Afanasiya Afanasyevich Afanasyevna Afaq Afer Aferdita
Affie Affonso Affrad Affradh Affradus Afia Afife Afil Afina Afinogen Afiq Afkar Afkarus
Afolarin Afonsa Afonsina Afonsino Afonso Afra Afradh Afradher Afrath Afrdita Afre Africana
Africano Afridh Afrim Afrodita Afrodité Afrodyta Afruza Afrânio Aftin Afton Afua Afwastus Afşar
Afət Aga Agacia Agada Agade Agafiya Agafon Agafonika Agafya Agan Agap Agapeto Agapetus Agapi
Agapito Agapiy Agapiya Agar Agastya Agata Agate Agatha Agathe Agatho Agathon Agaton Agatopod
Agda Agdar Agder Agdha Agdis Agdta Age Agenor Agent Agerton Agga Agge Aggey Agghæ Aggi Aggie
Aggo Aggrey Aggæ Aghada Aghata Aghe Aghen Aghi Aghia Aghmund Aghmunder Aghmundur Aghmundus Agho
Aghvardh Aghvarth Aghvidh Aghwith Aghä Aghæ Agi Agim Agimundus Agir Agisl Agla Aglaia Aglaja
Aglay Aglaya Aglayida Aglent Agloida Aglája Agmund Agmunder Agmundh Agmundher Agmundir Agmundo
Agmundr Agmundus Agmunðr Agmwnd Agna Agnabella Agnar Agne Agnea Agnella Agnelo Agnen Agner
Agnes Agnesa Agnese Agnesh Agneshka Agness Agnessa Agneta Agnete Agnetha Agnethe Agneton Agnetæ
Agnhild Agni Agnieszka Agniis Agniiss Agnijs Agnis Agnisa Agniss Agniya Agno Agnolo Agnor
Agnora Agnos Agnus Agny Agnyss Agnæs Agnès Agnéta Agnė Ago Agon Agonia Agop Agostina Agostinha
Agostinho Agostino Agot Agrim Agripina Agrippa Agrippino Agrippína Agris Agron Agtsi Agu Agueda
Aguinaldo Agunda Agur Agus Agust Agusta Agustin Agustina Agustus Agustín Agvald Agvardus Agy
Agáta Agä Agæ Agða Ah Ahat Ahl Ahlam Ahmad Ahmed Ahmet Ahren Ahsen Ahter Ahti Ahto Ahunaz
Ahunisa Ahunur Ahuse Ahuşen Ahvo Ai Aia Aicha Aid Aida Aidan Aide Aideen Aiden Aidia Aidyn Aidé
Aidə Aiga Aigar Aigars Aigi Aigo Aigor Aigur Aija Aijuka Aikaterini Aiki Aiko Aila Ailar Ailbhe
Aile Aileen Ailene Aili Ailill Ailin Ailis Ailish Ailo Aima Aimable Aimar Aime Aimee Aimer Aimi
Aimo Aimon Aimundus Aimur Aimy Aimé Aimée Ain Aina Ainar Ainara Aine Ainhoa Aini Ainikki Aino
Ainoa Ainsley Aintzane Ainó Ainārs Aira Aire Aires Airi Airiana Airin Airiza Airo Airon Airton
Aisa Aischa Aisha Aishani Aishling Aisling Aislinn Aistis Aisyah Aita Aitana Aitor Aiva Aivar
Aivaras Aivars Aive Aivert Aivi Aivo Aixa Aiyana Aiyanna Aja Ajala Ajan Ajana Ajani Ajay Ajda
Ajdin Ajeng Ajet Ajete Ajiman Ajimat Ajimin Ajiono Ajla Ajlan Ajlina Ajna Ajnácska Ajnó Ajoke
Ajrije Ajsa Ajse Ajshe Ajtonka Ajándék Aka Akabey Akad Akaiéna Akakiy Akalan Akalp Akan Akanmu
Akant Akar Akarca Akarius Akarsana Akarsel Akash Akashiya Akasya Akata Akatay Akay Akba Akbar
Akbaran Akbatu Akbatur Akbaş Akboğa Akcan Akcivan Akdemir Akdeniz Akdora Akdurmuş Ake Akee
Akeelah Akeem Akel Akemi Aken Aker Akergin Akgöl Akgün Akgüneş Akgüç Akhan Akhat Akhmar
Akhmediyar Akhmet Akhmetsafa Akhram Aki Akie Akif Akifə Akiko Akilah Akilina Akim Akinkunmi
Akinlabi Akinwale Akinyi Akira Akise Akj Akkar Akke Akkerman Akkim Akkor Akköz Akmal Akman
Akmaner Akmaral Akmeriç Ako Akobir Akoo Akos Akosua Akoth Akpolat Akram Aksakusti Aksal Aksan
Aksay Aksel Akseli Akseliane Akseline Aksentiya Aksev Akshay Aksidan Aksintiya Aksinya Aksnes
Aksoy Aksu Aksyonovich Aksöğüt Aktan Aktaş Aktemür Aku Akua Akulina Akumaa Akumu Akver Akvilas
Akwasi Akwesi Aky Akyıldız Akä Akæ Akçabay Akçasu Aköz Akün Akıman Akın Akınal Akınalp Akıner
Akıntan Akşit Ala Alaa Alaaddin Alabama Alabezek Aladdin Alade Aladin Aladine Aladino Aladár
Alaeddin Alagül Alaia Alain Alaina Alaine Alambana Alameda Alamiro Alamu Alan Alana Alanalp
Aland Alandra Alane Alani Alanis Alaniya Alanna Alannah Alano Alanta Alanus Alanza Alanzo Alar
Alara Alardus Alari Alaric Alarico Alarik Alart Alastair Alatan Alattin Alau Alay Alaya Alayna
Alaz Alazne Alaíde Alba Alban Albana Albane Albano Albart Albat Albeiro Albena Alberd Alberg
Alberich Alberico Albern Albero Albert Alberta Albertaa Alberte Albertha Albertiina Albertin
Albertina Albertine Albertino Albertivna Alberto Albertovich Albertovna Alberts Albertus
Albertýna Alberus Albin Albina Albine Albinia Albino Albinus Albion Albiona Albirto Albiyana
Albjørg Albo Alboldus Alborg Albrech Albrecht Albrect Albred Albregt Albrek Albrekt Albret
Albreth Albrett Albreyt Albric Albricht Albrict Albricus Albrigt Albrikt Albrit Albryc Albrygth
Albrykt Albryt Albräc Albräkt Albulena Alby Albín Albína Alcan Alcee Alcha Alcibíades Alcide
Alcides Alcie Alcina Alcindo Alcino Alcira Alcíone Alda Aldair Aldan Aldar Aldara Aldaír Alde
Aldea Aldemar Alden Aldene Aldenir Aldenora Alder Alderano Aldey Aldijana Aldin Aldina Aldine
Aldis Aldiyar Aldný Aldo Aldobrandino Aldona Aldonsa Aldonza Aldor Aldora Aldous Aldrik Aldís
Aldónio Ale Alea Aleah Alease Alec Alecia Aleck Aleda Aledim Aledt Aleece Aleen Aleena Alefant
Aleg Alegra Alegria Alegut Aleida Aleidis Aleisha Aleix Aleixa Aleixo Alejandra Alejandrina
Alejandro Alejna Alejo Alek Aleka Aleks Aleksa Aleksandar Aleksander Aleksandr Aleksandra
Aleksandras Aleksandrina Aleksandrovich Aleksandrovna Aleksandrs Aleksanteri Aleksei Aleksej
Aleksey Alekseyevich Alekseyevna Aleksi Aleksia Aleksis Aleksiya Aleksy Alekzandriyan Alen
Alena Alene Alenka Aleodor Alerd Alerdt Aleron Alert Ales Alesant Alesantar Alesha Aleshia
Alesia Alessa Alessandra Alessandrina Alessandrine Alessandro Alessia Alessio Alesszia Alesta
Aleszja Alet Aleta Aletea Aletha Alethea Alethia Aletia Alett Aletta Alette Aleu Alev Alevandr
Alevtin Alevtina Alevtinivna Alevtinovich Alex Alexa Alexandar Alexande Alexander Alexandr
Alexandra Alexandre Alexandrea Alexandria Alexandrie Alexandrin Alexandrina Alexandrine
Alexandrino Alexandro Alexandros Alexandru Alexandría Alexe Alexei Alexej Alexey Alexi Alexia
Alexina Alexis Alexius Alexsandra Alexstrasa Alexus Alexy Alexys Alexzander Alexía Alexíus
Aleydis Aleyna Aleš Aleška Alf Alfa Alfar Alfeo Alferd Alferth Alfeu Alffuer Alffuir Alffuor
Alffwin Alfhild Alfie Alfieri Alfild Alfine Alfinn Alfio Alfiya Alfkil Alfolsus Alfon Alfons
Alfonsa Alfonse Alfonsina Alfonso Alfonsus Alfonz Alfonza Alfonzin Alfonzina Alfonzo Alford
Alfradus Alfred Alfreda Alfredia Alfredo Alfreð Alfrid Alfrida Alfridh Alfrik Alfrun Alfréd
Alfréda Alfrēds Alfuer Alfvold Alfwardus Alfwin Alfífa Algan Alger Algernon Algie Algirdas
Algot Algunna Algut Algül Algın Algış Alhan Alhect Alheid Alhertina Ali Alia Aliabbas Aliana
Alica Alice Alicia Alicja Alida Alidza Aliena Alienor Aliihsan Aliina Aliisa Alija Alijah Alije
Alika Aliki Alin Alina Alinda Aline Alinka Alinur Alireza Alirio Aliro Alirán Alis Alisa
Alisande Alise Aliseydi Alisha Alishia Alisia Alisiya Alison Alissa Alisson Alistair Alistar
Alister Alita Alito Alitta Alitza Alivar Alivia Alix Aliya Aliyah Aliyu Aliyə Aliz Aliza Alize
Alizee Alizée Aliça Aliénor Alja Aljaž Aljona Aljoscha Aljoša Alka Alkan Alketa Alkor Alkun
Alkım Alkın Alkız Alla Allahverdi Allan Allana Allar Allaug Alldelisse Allean Allecra Alleen
Allegra Allegria Allen Allena Allene Allerdis Allert Allette Alleydis Alleyt Alli Allie Alline
Allis Allison Alliss Allisson Ally Allyce Allyn Allyson Allyssa Allý Alma Almabay Almanda Almar
Almara Almas Almasi Almast Almaz Almeda Almedia Almedin Almendra Almer Almerinda Almerindo
Almesinda Almeta Almin Almina Almine Almir Almira Almiro Almirodo Almiréna Almon Almond
Almudena Almunda Almundena Almundina Almurtão Almus Almut Almuth Almyra Alo Alodia Alois Aloise
Aloisia Aloisie Alojz Alojza Alojzia Alojzij Alojzija Alojzije Alojzy Aloma Alona Alondra
Alonsa Alonso Alonza Alonzo Alotte Aloys Aloyse Aloysius Aloé Aloís Aloísio Aloïs Alp Alpagut
Alpamys Alpar Alparslan Alpay Alpağan Alpcan Alpdemir Alpdoğan Alper Alperen Alpha Alphan
Alpheus Alphonce Alphons Alphonse Alphonsine Alphonso Alphonsus Alpi Alpike Alpin Alpkan Alpo
Alpoim Alpsü Alpysbay Alrek Alrekur Alrigo Alrik Alrikke Alruna Alrún Alsan Alsine Alsing Alsoy
Alston Alsu Alt Alta Altagracia Altan Altaner Altay Altaya Alte Altha Althea Altie Altin Altina
Altino Alto Alton Altoğan Altti Altuner Altunç Altuğ Altybay Altyn Altynay Altynbek Altynsary
Altynshash Altın Altınbike Altınkaya Altınçiçek Altınışın Alua Alv Alva Alvah Alvald Alvan
Alvar Alvara Alvard Alvari Alvarim Alvarin Alvarina Alvarino Alvarita Alvaro Alvdis Alve
Alveiro Alvena Alver Alvera Alverda Alverta Alvfinn Alvfinna Alvfrid Alvgeir Alvgjerd Alvheid
Alvhild Alvhilde Alvi Alvia Alvian Alvida Alvie Alvild Alvilda Alvilde Alvin Alvina Alvine
Alvinius Alvino Alvir Alvira Alvis Alvise Alvlaug Alvny Alvo Alvrun Alvy Alvário Alvīne Alwigh
Alwilda Alwin Alwina Alwine Aly Alya Alyce Alycia Alyda Alyona Alys Alysa Alyse Alysha Alysia
Alyson Alyss Alyssa Alyssia Alyvia Alzbeta Alzina Alzira Alão Alçin Alçiçek Alçın Aléna Aléxia
Aléxio Aléxis Alícia Alída Alína Alípio Alírio Alís Alísa Alítio Alívio Alíz Alóma Alīda Alı
Alım Alışık Alžbeta Alžběta Ama Amabília Amada Amadea Amadeo Amadeu Amadeus Amadeusz Amadil
Amadis Amado Amador Amadore Amadou Amadé Amagda Amagna Amahle Amaia Amaira Amal Amaldus Amalea
Amalek Amalia Amalie Amalija Amalik Amaliya Amalur Amalure Amalía Aman Amanbay Amancio Amand
Amanda Amandina Amandine Amandius Amando Amandus Amangeldi Amani Amanuel Amar Amara Amarachi
Amarant Amaranta Amare Amari Amarildo Amarilis Amarill Amarilla Amarillisz Amarion Amaris
Amarissa Amaro Amaru Amarília Amarílio Amarílis Amasa Amata Amato Amatus Amauri Amaury Amaya
Amaç Amaël Ambar Amber Amberly Ambers Ambjørg Ambjørn Amborg Ambr Ambra Ambre Ambrine Ambrogio
Ambroise Ambros Ambrose Ambrosi Ambrosia Ambrosina Ambrosio Ambrosius Ambrozja Ambroży Ambrož
Ambrósia Ambrósio Ambróz Ambrózia Amdi Amedeo Amedeu Amee Amel Amela Amelda Amelia Amelie
Amelija Amelina Amelita Amely Amelía America Americo Amerigo Ames Amet Ametiszt Amey Amfinn Ami
Amiah Amico Amidala Amie Amiee Amiens Amiira Amil Amila Amilcar Amilia Amilla Amilía Amin Amina
Aminadabe Aminah Aminata Aminatu Aminda Amine Aminta Amintore Amir Amira Amirah Amire Amistad
Amit Amiya Amiyah Amlethus Amleto Amma Ammie Ammon Ammy Amna Amo Amoke Amol Amon Amondi Among
Amope Amor Amora Amorim Amorina Amoriya Amorzinda Amos Amparo Ampelio Amr Amra Amre Amri Amrita
Amruta Amund Amunda Amundi Amundine Amvrosiy Amvrosiyovich Amvrosiyovna Amy Amy-Lee Amy-Leigh
Amya Amza Amábel Amál Amália Amálie Amát Amáta Amável Amázia Amâncio Amândio Amédée Amélia
Amélie América Américo Amílcar Amír Amíra Amós Amý Amālija An Ana Anabel Anabela Anabella
Anabelle Anacleto Anada Anae Anael Anaelle Anahera Anahi Anahis Anahí Anaida Anaim Anair Anais
Anaisa Anaisz Anait Analdina Analee Analeigh Analena Analia Analice Analide Analiese Analisa
Analise Analius Analía Anamar Anamaria Anamarie Anamarija Anamariya Anamchara Anamika Anand
Ananda Anania Ananias Ananiy Anaquim Anar Anarbay Anargül Anarkhan Anarosa Anaru Anarzhan Anas
Anasa Anastacia Anastacio Anastagio Anastas Anastasia Anastasie Anastasiia Anastasija Anastasio
Anastasios Anastasius Anastasiya Anastassia Anastasía Anastatia Anastazja Anastazy Anastácia
Anastácio Anastáz Anastázia Anastázie Anasztázia Anathon Anatilde Anatol Anatole Anatoli
Anatolie Anatolij Anatolio Anatoliy Anatoliya Anatolyevich Anatolyevna Anaton Anatázie Anatólia
Anatólie Anatólio Anay Anaya Anaël Anaëlle Anaíce Anaíde Anaís Anaísa Anaïs Anbjørg Anbjørn
Anborg Anborgh Anca Ancel Ancher Ancil Ancilla Ancizar Ancuța Anda Andar Andas Ande Andeana
Andelin Andelina Ander Andera Andere Andero Anders Anderson Andi Andika Andile Andine Andino
Andiç Andja Andjela Andjelina Andjelka Ando Andolf Andon Andor Andora Andorf Andra Andrada
Andrae Andras Andre Andrea Andreana Andreas Andree Andreea Andrei Andreia Andreias Andreina
Andrej Andreja Andrejka Andrejs Andrelina Andrena Andreo Andres Andresa Andrew Andrey
Andreyevich Andreyevna Andreína Andrešs Andri Andria Andrian Andriana Andrianna Andrias Andries
Andrija Andrijana Andrin Andrina Andrine Andris Andrius Andriy Andriyivna Andriyovich Andro
Androder Androe Androméda Andron Andronik Andrus Andrzej Andrá András André Andréa Andréas
Andrée Andrés Andríana Andwele Andy Anděl Anděla Andělín Andělína Andżela Andżelika Ane Anea
Aneberte Aneide Anej Anel Anela Anelia Anelina Anelma Anemarja Anemarta Anemona Anemone Anes
Aneta Anete Aneth Anethe Anett Anetta Anette Anežka Anfeldt Anfelt Anfernee Anfim Anfin Anfind
Anfine Anfinn Anfisa Anfred Anfrid Angalia Angantýr Angavu Ange Angel Angela Angele Angelena
Angeles Angelia Angelic Angelica Angelico Angelie Angelika Angeliki Angelina Angeline Angelino
Angelique Angelita Angelka Angell Angella Angelo Angelyn Angelía Angelíka Angelína Angerd
Anggabaya Anghel Anghelina Angi Angie Angila Angiola Angioletta Angioletto Angiolina Angiolo
Angjerd Angla Angle Angnes Angneta Angnetha Angnita Angrim Angus Angyal Angyalka Angærdh Angèle
Angéla Angélica Angélico Angéline Angélique Anh Anhild Ani Ania Aniana Anibal Anic Anica Anice
Anicet Aniceto Anicken Anicéta Anie Aniek Aniela Aniella Aniello Anielo Anife Anik Anika Anike
Anikey Anikita Anikka Aniko Anikó Anil Anila Anilla Animira Anina Anine Aniqa Anirudh Anis
Anisa Anisha Anisim Anisimovich Anisiy Anissa Anissza Anisya Anita Anitha Anitia Anitra Anitsa
Anitta Aniya Aniyah Anișoara Anja Anjali Anjanette Anje Anjelica Anjelo Anjolaoluwa Anka Ankarl
Anke Anker Ankheyamey Anki Ankica Ankjell Anlaug Anmol Ann Ann-Britt Ann-Charlott Ann-Charlotte
Ann-Christin Ann-Christine Ann-Kathrin Ann-Katrin Ann-Kristin Ann-Louise Ann-Mari Ann-Marie
Ann-Sofi Ann-Sofie Ann-Sophie Anna Anna-Karin Anna-Lena Anna-Liisa Anna-Lisa Anna-Luise
Anna-Maria Anna-Marie Anna-Rosa Annabel Annabell Annabella Annabelle Annabeth Annaelle Annah
Annak Annalee Annalena Annalies Annaliese Annalis Annalisa Annalise Annaliza Annalísa Annamae
Annamari Annamaria Annamarie Annamária Annanias Annar Annarita Annarosa Annarr Annarösli Annas
Annastacia Annathon Annatina Annaton Annavera Annbjørg Annbjørn Annborg Anne Anne-Catherine
Anne-Claire Anne-Claude Anne-France Anne-Françoise Anne-Kathrin Anne-Katrin Anne-Laure
Anne-Lise Anne-Lyse Anne-Marie Anne-Rose Anne-Sophie Anne-Sylvie Annea Annebeth Annebrit
Annebritt Annedore Annegret Annegrete Annekatrin Anneke Anneken Annel Annela Annele Anneleen
Annelen Annelene Anneli Annelie Annelies Anneliese Annelill Annelin Anneline Annelis Annelise
Annelle Annelore Annelot Annelyse Annelí Annemari Annemarie Annemarte Annemette Annemie
Annemijn Annemone Annemor Anner Annerose Annerösli Annes Annet Anneth Annethe Annett Annetta
Annette Anney Annfrid Anngerda Anngjerd Anngunn Anngunna Annhild Anni Annibale Annica Annice
Annick Annicka Annicke Annicken Annie Anniek Annifrid Anniina Annija Annik Annika Annike
Anniken Annikka Annikken Annikki Annille Annina Annine Annis Annita Annja Annkjell Annlaug
Annmari Annmarie Annstein Annukka Annul Annulv Annunciata Annunciáta Annunziata Annuziata
Annved Annveig Annvor Anny Annæus Annía Anný Ano Anolido Anom Anomaliya Anon Anona Anonciada
Anoni Anor Anora Anouar Anouchka Anouck Anouk Anquita Anriett Ansa Ansaldo Ansel Anselm Anselma
Anselmi Anselmo Ansgar Ansgard Ansh Ansis Anskar Ansley Anson Ansora Anssi Ansteen Anstein
Ansten Ant Antal Antanas Ante Antea Anteia Antelmo Antenor Antera Antero Anthea Anthon Anthoney
Anthoni Anthonie Anthonio Anthonius Anthony Anti Antigona Antigone Antigoné Antim Antine
Antioco Antione Antionette Antip Antipovich Antje Anto Antoalina Antoaneta Antoanett Antoin
Antoine Antoinette Anton Antone Antonela Antonella Antonello Antonelo Antonetta Antonette
Antoni Antonia Antonida Antonie Antonieta Antoniett Antonietta Antonija Antonin Antonina
Antonine Antonino Antonio Antonios Antoniu Antonius Antoniusz Antonivna Antoniya Antonovich
Antonovna Antons Antony Antonía Antonín Antoníus Antoon Antora Antoņina Antra Ants Antti Antto
Antton Anttoni Antun Antwain Antwan Antwon Antão Antònia Antónia António Antóníus Antônio Anu
Anufriyevich Anul Anulv Anunciacion Anunciación Anunciada Anunciação Anund Anuque Anusca Anusha
Anuska Anuța Anvar Anve Anved Anveig Anvi Anvor Anwar Anya Anyango Anyelo Anyi Anza Anzelma
Anzhela Anzhelika Anzia Anália Anélia Anésia Anéta Aníbal Anícia Aníka Anína Aníria Anísia
Anísio Aníta Anízia Anđa Anđela Anđelo Anı Anıl Anže Aodhan Aoibheann Aoibhin Aoibhinn Aoife
Aongus Aparecida Aparício Apaydın Apisara Apol Apolena Apolinar Apolinariya Apolinário Apolka
Apollinare Apollinariy Apollinariya Apolline Apollinária Apollo Apollon Apollonia Apolloniya
Apollónia Apolo Apolonia Apoloniusz Apolónia Apolónio Aporka Apostolos Appia April Apryl
Aprígio Apríl Apsolon Aqil Aquil Aquila Aquiles Aquilina Aquilino Aquino Aquira Aqşin Ara
Arabela Arabella Arabelle Araceli Aracelia Aracelis Aracely Araci Aradhana Aradna Arah Aral
Aralbay Arald Araliya Aram Arama Araminta Aramis Aran Aranka Arantxa Arany Aranya Aranyka Aras
Arash Arat Aray Araysha Araz Arba Arbek Arben Arbenita Arber Arbesa Arbey Arbi Arbie Arbnor
Arbo Arbol Arbresha Arbër Arca Arcadia Arcan Arcangelo Arcanjo Arcelia Arcelino Arch Archer
Archibald Archie Arcilla Arctander Arcádio Arcélio Arcílio Ard Arda Ardath Ardelia Ardell
Ardella Ardelle Arden Ardeth Ardi Ardian Ardiana Ardijan Ardijana Ardingue Ardis Ardit Ardita
Ardith Ardo Arduino Ardyce Ardís Ardıl Are Arefiy Arek Areld Areli Arella Arely Arend Arendt
Arent Arentine Ares Aret Areta Aretas Aretha Aretino Arey Arezki Arfinn Arfridh Argelia
Argemiro Argentina Argentino Argie Argjend Argjent Argo Argono Argu Arham Arhan Arhippa Arho
Ari Aria Ariadna Ariadne Ariadné Ariah Ariam Arian Ariana Arianda Ariane Arianit Arianna
Arianne Aribert Aric Arica Aricela Arie Ariel Ariela Ariele Ariell Ariella Arielle Arielė
Arienn Arietta Arif Arifcan Arifə Arijana Arijeta Arijus Arik Arika Arike Ariki Arikán Aril
Arild Arilda Arilíus Arin Arina Arinbjörg Arinbjörn Arinda Arine Arinka Arinola Arion Ariosto
Aris Arisa Arisara Arisberto Aristarkh Aristid Aristide Aristides Aristița Aristóteles Arit
Arita Arits Ariya Arizona Ariéla Arja Arjan Arjanit Arje Arjun Arkadi Arkadiusz Arkadiy
Arkadiya Arkadiyivna Arkadiyovich Arkadyevna Arkan Arkhip Arkhipovich Arkhipovna Arkhipp Arkie
Arko Arktander Arkut Arkád Arkın Arla Arlan Arland Arlanda Arlaug Arlean Arleen Arlen Arlena
Arlene Arlet Arleta Arlete Arleth Arletha Arlett Arletta Arlette Arletty Arley Arlie Arlin
Arlind Arlinda Arlindo Arline Arlington Arlis Arlo Arly Arlyn Arlyne Arløgh Armahan Arman
Armand Armanda Armandas Armande Armandina Armandino Armando Armands Armani Armann Armanno Armas
Armağan Armel Armelim Armelle Armen Armend Armenía Armi Armida Armide Armilda Armilde Armilla
Armin Armina Arminas Arminda Armindo Armino Arminta Armo Armon Armond Armonda Armstead Arménia
Arménio Arn Arna Arnald Arnaldo Arnaldur Arnar Arnas Arnau Arnaud Arnaude Arnav Arnberg
Arnbergur Arnbiorn Arnbjörg Arnbjörn Arnbjørg Arnbjørn Arnborg Arnborgh Arnd Arndis Arndor
Arndora Arndt Arndís Arndór Arne Arnel Arnelle Arner Arnes Arnet Arnett Arnetta Arnette Arney
Arnfast Arnfeldt Arnfelt Arnfinn Arnfinna Arnfinnur Arnfjörð Arnfred Arnfreyr Arnfrid Arnfridh
Arnfried Arnfrith Arnfríður Arnfrød Arngarður Arngeir Arnger Arngerda Arngerus Arngerður
Arngils Arngjerd Arngrim Arngrímur Arngun Arngunn Arngunna Arngunnur Arngärdh Arngærdh Arnheid
Arnheiður Arnhild Arnhildur Arni Arnie Arnika Arnike Arnim Arnis Arnisa Arnita Arnkatla Arnkell
Arnketil Arnkjell Arnlaug Arnlaugur Arnleif Arnleifur Arnleik Arnleiv Arnljot Arnljót Arnljótur
Arnlín Arnlög Arnmod Arnmundur Arnmóður Arnny Arno Arnodd Arnoddur Arnold Arnolda Arnoldas
Arnoldine Arnoldo Arnolds Arnoldus Arnolf Arnolv Arnor Arnora Arnošt Arnoštka Arnrun Arnrós
Arnrød Arnrún Arnstein Arnsteinn Arnsten Arnt Arntine Arntrud Arnulf Arnulfo Arnulv Arnung
Arnvald Arnved Arnveig Arnvid Arnviður Arnvor Arnwith Arnwlle Arny Arnór Arnóra Arnúlfur
Arnþrúður Arnþór Arnþóra Aro Aroa Aroghetto Aroha Arol Aroldo Aron Arona Aronas Aronia Aronie
Aronne Arpad Arpağ Arpo Arpád Arquibaldo Arquimedes Arquimino Arquimínio Arra Arran Arrie
Arrighetto Arrigo Arron Arsen Arsena Arseni Arsenia Arsenie Arsenio Arsenivna Arseniy
Arsenovich Arsenyevich Arshat Arsi Arsim Arsipatra Arslan Arsène Arsénio Art Arta Artan Artanto
Artawan Artelia Artem Artemio Artemisa Artemisia Artemisz Artemivna Artemiy Artemiya Artemiziya
Artemovich Artemovna Artemyevich Artemísia Artemízia Arther Arthor Arthur Arthúr Arti Artie
Artin Artina Artiola Artis Artjom Arto Arton Arttu Arttur Artturi Artun Artunç Artur Arturo
Arturovich Arturs Artuš Artyom Artyomovich Artúr Artūras Artūrs Aru Arun Aruna Arunima Arusi
Arve Arved Arvel Arvi Arvid Arvida Arvil Arvilla Arvin Arvo Arvydas Arvīds Arwen Arwin Ary Arya
Aryan Aryana Aryanna Aryn Arysbay Arystan Arzen Arziye Arzu Arzénia Aránzazu Aría Aríana
Aríanna Aríaðna Aríel Aríela Aríella Arín Arína Arís Aríus Arı Arıca Arıcan Arıel Arıkan Arıkol
Arın Arınç Arıpınar Arısoy Arūnas Asa Asabay Asad Asael Asaf Asafe Asake Asalet Asali Asalonis
Asan Asani Asanti Asatira Asber Asberg Asberry Asbjørg Asbjørn Asborg Asbury Ascelia Ascella
Ascencion Ascensión Ascenso Asdis Asdrubal Asdrúbal Asel Aselina Aseline Aseus Asfrid Asfridh
Asfrith Asfriþ Asgar Asgaut Asgeir Asger Asgerd Asgerda Asgjerd Asgjerda Asgrim Asgun Asgunn
Asgut Asgärdh Asha Ashanti Ashby Ashely Asher Ashlea Ashlee Ashleigh Ashlene Ashley Ashli
Ashlie Ashling Ashly Ashlyn Ashlynn Ashton Ashtyn Ashwin Asi Asia Asier Asif Asifa Asije Asila
Asilbek Asilə Asiman Asirwada Asirwanda Asiya Asjer Ask Askel Askeline Askhat Askhild Askil
Askild Askja Askjel Askjell Asklipiya Asko Askold Askoldovna Askur Asl Aslag Aslak Aslan
Aslanhan Aslaug Asle Aslef Asleiv Asley Asli Aslijan Asliye Aslu Aslög Asløv Asma Asmadi Asman
Asma’u Asmeret Asmianto Asmini Asmira Asmo Asmodh Asmund Asmuni Asmus Asny Ason Asora Aspar
Aspen Aspásia Asrid Asrun Assa Assar Asselina Asseline Asser Asseri Asseus Assia Assis Asso
Assol Assumpta Assunta Assunção Assya Asszunta Asta Astam Astelia Aster Astfrid Asti Aston
Astor Astra Astrath Astri Astrid Astrida Astride Astridh Astrine Astrit Astromeriya Astrup
Astríþ Asu Asuka Asulf Asuncion Asunción Asvald Asvar Asvard Asveig Asvi Aswaldi Aswani Aswar
Aswith Asya Asyl Asylzhan Aszpázia Asztrid Asztrida Asztéria Asälf Asélio Asía Asírí Asım Asəf
Ata Ataahua Atabala Atabay Atabek Atabey Atacan Atagün Atahan Atak Atakan Atala Atalanta Atalay
Atalaya Atalía Ataman Atamoğlan Atanas Atanur Atanásio Atanázia Atanázie Atanáš Atasagun
Atatöre Ataíde Atdhe Atena Atenais Atenulf Atfat Atgun Atha Athalia Athanasia Athanasios
Athanasius Atharv Atheel Athelbugh Athelburgh Athena Athene Athina Athislus Athledis Athlitze
Athman Athos Athuman Athumani Athénaïs Ati Atiena Atieno Atika Atila Atilhan Atilio Atina
Atinuke Atit Atiyye Atl Atla Atlanta Atlas Atlasz Atle Atleta Atli Atlissä Atlissæ Atma Atmaja
Atnan Atro Ats Atso Atsushi Atta Attaf Atte Atti Atticus Attie Attila Attilio Attilo Attracta
Atymtay Atália Atão Aténa Aténé Atıl Atılgan Atınç Aubin Aubra Aubree Aubrey Aubri Aubrie Aud
Audar Audbjørg Audbjørn Aude Auden Audete Audfinn Audfrid Audgard Audgaut Audgeir Audgerd
Audgils Audgjerd Audgrim Audgunn Audgunna Audhild Audie Audin Audine Audis Audkjell Audley
Audmund Audny Audra Audrea Audrey Audria Audriana Audrianna Audric Audrie Audrina Audrius
Audrun Audry Audstein Audulv Audun Audunn Audvar Audvard Audveig Audvin Audy Auen Auer Augen
Aughe Augon Augun Augund Augunn August Augusta Augustas Auguste Augustin Augustina Augustine
Augustino Augustinus Augusto Augusts Augustus Augustyn Augustyna Augustín Augustýn Augustýna
Auguszta Augusztina Augvald Auke Aukusti Auli Aulikki Aulis Aulona Auls Aulus Aundrea Aune Auno
Aunyaporn Aura Auraq Aurea Aurel Aurela Aurelia Aurelian Aureliana Aureliano Aurelie Aurelien
Aurelija Aurelino Aurelio Aurelius Aurelián Aurete Auriana Auriane Aurica Aurick Aurică Aurika
Aurilla Aurimas Auris Aurkena Aurkene Auroora Aurora Aurore Aurthur Aurèle Aurélia Aurélie
Aurélien Aurélio Auróra Aurėja Ausenda Ausendo Ausilia Ausma Austan Austar Austdal Auste
Austein Austen Austfjörð Austin Austine Austmann Austmar Auston Austra Austrelino Austri Austyn
Auta Auther Author Authur Auti Autry Autumn Auver Auvo Auwe Auxília Auðberg Auðbergur Auðbert
Auðbjörg Auðbjörn Auðbjört Auðdís Auðgeir Auðkell Auðlín Auðmundur Auðna Auðný Auðrún Auðun
Auðunn Auður Auðólfur Aušra Aušrinė Ava Avah Avarda Avarka Avdey Avdeyevich Avdotya Avdulla Ave
Avel Aveli Avelin Avelina Avelino Avely Aventino Aver Averi Averie Averil Averkiy Averno Avery
Averyan Averyanovich Avgiya Avgust Avgusta Avgustian Avgustin Avgustina Avgustinivna
Avgustinovich Avgustovich Avi Aviaja Avie Avigeya Avin Avis Avital Avksentiy Avle Avni Avo Avon
Avram Avreli Avreliy Avreliya Avreliyovich Avreliyovna Avril Avror Avrora Avtonom Avtorka Avunç
Avşin Awa Awadil Awamil Awamiri Awan Awani Awarth Awero Awesi Awet Awhina Awj Awlya Awmar Awrad
Axel Axelen Axelle Axelma Axeln Axelía Axenia Axilen Axinte Axl Axlan Ay Aya Ayaan Ayako Ayamin
Ayan Ayana Ayanat Ayanna Ayaru Ayasun Ayaydın Ayaz Aybala Aybar Aybars Aybarsha Aybarzhan Aybas
Aybat Aybek Ayberk Aybet Aybibi Aybike Aybol Aybolat Aybora Aybyn Aybəniz Aycagül Ayda Aydan
Aydana Aydar Aydaraly Aydariya Aydarkhan Aydarly Ayday Aydemir Ayden Aydin Aydinç Aydos Ayduru
Aydyn Aydın Aydınbey Ayela Ayelita Ayelén Ayerozol Ayesha Aygerim Aygul Aygutalp Aygönenç Aygül
Aygün Ayhan Ayida Ayinde Ayinke Ayke Ayken Aykesh Aykut Aykutalp Ayla Ayleen Aylil Aylin Ayliz
Aylla Ayman Aymanay Aymane Aymat Aymen Aymeric Aymete Aymira Ayna Aynabek Aynagul Aynan Aynasha
Aynazhan Aynaziya Aynilhayat Aynur Aynurə Aynımah Ayodeji Ayodele Ayoka Ayoub Aypar Aypara
Aypolat Ayrat Ayren Ayres Aysa Aysar Aysauyt Ayse Aysegül Aysel Aysema Aysevim Aysha Ayshayym
Aysholpan Aysoy Aysu Aysun Aysuna Aysylu Aytan Aytas Aytbay Aytbek Aytek Aytemir Ayten Aytoldy
Aytuar Aytudy Aytun Aytuna Aytunca Aytunç Aytzhan Aytöz Aytəkin Aytən Ayu Ayub Ayush Ayushman
Ayvas Ayyaruk Ayym Ayymsha Ayymzhan Ayyubi Ayza Ayzada Ayzat Ayzere Ayzhamal Ayzhan Ayzhas
Ayziba Ayziya Ayçan Ayçiçək Ayülker Ayşan Ayşeana Ayşenur Ayşıl Aza Azaan Azad Azade Azahar
Azahara Azalea Azalee Azaliya Azamat Azar Azaria Azariah Azarivna Azariy Azarovich Azat Azban
Azbije Azeb Azeeb Azeglio Azem Azemina Azeneth Azettin Azhar Azharbek Azharkhan Aziz Aziza
Azize Azizi Azora Azra Azrael Azrak Azucena Azucséna Azuil Azul Azur Azurea Azzie Azzo Azzolino
Azzurra Azálea Azélio Azər Aåke Açucena Açıkel Açılay Aída Aïcha Aïssatou Aðalberg Aðalbergur
Aðalbert Aðalbjörg Aðalbjörn Aðalbjört Aðalborg Aðalborgar Aðaldal Aðaldís Aðalfríður Aðalgeir
Aðalheiður Aðalmundur Aðalráður Aðalrós Aðalsteina Aðalsteinn Aðalsteinunn Aðalveig
Aðalvíkingur Aðólf Aþena Ağa Ağahadi Ağakişi Ağamalı Ağamusa Ağasəfa Ağasəlim Ağaxan Ağbegim
Ağca Ağmur Aşhan Aşir Aşkın Baaba Baahir Baaizeed Baaqee Baaqir Baard Baaree Baashir Baasim
Baasit Baba Babaniyaz Babar Babara Babasola Babatunji Babawale Babe Baber Babeta Babett Babetta
Babette Babita Babiána Baby Babyboy Babér Babək Baccio Bach Bachittar Badawi Bade Badegül Badis
Badr Bagas Bagge Baghyawati Bagita Bagiya Bagra Baguandas Bagus Bagya Baha Bahaa Bahaddin
Bahadurjit Bahadır Bahar Bahari Bahati Bahittin Bahiy Bahrije Bahtinur Bahuraksa Bahuwarna
Bahuwirya Baiardo Baiba Bailee Bailey Bailie Bairbel Bairbre Bairon Bajragin Bajram Bajrush
Bakari Bakarne Bakda Baker Bakhshi Baki Bakiadi Bakianto Bakidin Bakijan Bakiman Bakiono
Bakkdal Bakkmann Bakti Baktiadi Baktianto Baktiono Bala Balabay Balamantri Balamir Balangga
Balapati Balatekin Balaxanım Balazs Balbina Balbino Balca Bald Balda Baldassare Baldassario
Baldemar Balder Baldey Baldomero Baldor Baldovino Baldrek Baldrún Balduino Baldur Balduína
Balduíno Baldvin Baldvina Baldwin Bale Baleegh Balendra Balhaar Bali Balidin Balijan Balina
Balinda Baljiwan Balkır Ballard Balle Balli Ballı Balo Baltabek Baltasar Baltazar Baltazár
Baltaş Balthasar Balthazar Baltsar Baltser Baltzar Baltzer Balvan Balveer Balz Balzsam Balázs
Balın Bama Bambad Bambang Bambi Bambina Bamhi Banara Banawa Banawi Bancar Bandile Banjeet Banke
Banks Banu Banü Bao Baptist Baptista Baptiste Baqar Baqir Baqui Bara Barabara Barabáš Barac
Barack Barak Baraka Baran Baranalp Baranka Baransel Barasa Barb Barbar Barbara Barbarella
Barbera Barbie Barbora Barbra Barbro Barbu Barbára Barcino Bardh Bardher Bardo Bardon Barebra
Barend Barette Bari Barica Barije Baris Barius Bariş Bark Barka Barkha Barkvidh Barkın Barlas
Barna Barnabas Barnabás Barnabáš Barnabé Barnard Barnett Barney Barni Barnie Baro Baron Barr
Barraq Barrett Barri Barrie Barron Barry Barsen Bart Bartek Barth Barthol Barthold Bartholomeus
Bartholomew Bartholomäus Bartley Bartlomiej Bartol Bartoli Bartolina Bartolo Bartolome
Bartolomej Bartolomeo Bartolomeu Bartolomeus Bartolommeo Bartolomé Bartoloměj Bartolv Barton
Bartosz Bartu Bartunç Bartłomiej Baruk Barwíth Barão Barçın Barði Barın Barış Barışcan Bas
Basaam Basarab Bascom Baseer Basel Basem Bashaar Bashaarat Bashar Basharat Basheer Basheerah
Bashkim Basia Basil Basile Basilia Basilio Basilissa Basim Basir Baskaran Baskim Basma Basri
Basriye Bassam Bassarme Basse Bassi Bassí Baste Bastiaan Bastian Bastien Bastinus Bastián
Bastião Bastían Basym Basília Basílio Basım Batal Batista Batko Batool Batsislava Battista Batu
Batuhan Batur Baturalp Baturay Batı Batıbek Batıhan Batırhan Baucisz Baudelio Baudouin Baugur
Baui Bautista Bauyrzhan Baxter Bay Bayan Bayard Bayarystan Bayazit Baybars Baybora Baydu Bayhan
Baykal Baykam Baykan Baylee Baylie Bayman Baymyrza Baynazar Bayram Bayron Bayruhan Baysal
Baysan Bayshy Baytal Baytas Bayzettin Bayzharas Bayzhigit Bazam Bazarbay Bazarly Bazhan Bazhana
Bazhen Bazhena Bazil Bazyl Bazyli Bağdat Bağdaş Başak Başar Başaran Başay Başer Başhan Başok
Bea Beadie Beanina Beat Beata Beate Beatrice Beatricia Beatricse Beatrijs Beatris Beatrisa
Beatrisz Beatrix Beatriz Beatus Beau Beauden Beaulah Bebba Bebe Bebiana Bebiano Bebóra Becho
Beckett Beckham Becki Beckie Becky Beda Bedford Bedi Bedin Bediriye Bediz Bedri Bedrije Bedřich
Bedřiška Bee Beecher Beethoven Begga Beghel Begim Begona Begonia Begoña Begónia Begüm Beha
Behare Behbud Behije Behir Behiza Behrem Behruz Beinir Beinkt Beinkter Beint Beinteinn
Beinvenido Beitir Bejtula Bekan Bekbatyr Bekbau Bekbay Bekbol Bekdayyr Beker Bekey Bekim Bekir
Bekkbolat Bekkeldi Beknar Beknazar Bektas Bektaşi Bektürk Bekzhan Bela Belarmina Belarmino
Belchior Belda Belen Belest Belgi Belgin Belgizar Belia Belicia Belina Belinay Belinda Belisa
Belisario Belisima Belisária Belisário Beliz Belkis Belkize Bell Bella Belladonna Bellance
Bellarmine Belle Bellest Bellina Bellino Bellisan Bellissa Bello Belma Belmar Belmira Belmiro
Belo Belomira Belton Beltran Beltrano Belva Belvedere Belynda Belém Belén Bemabe Bembe Ben Bena
Benard Benas Bence Benct Bencta Bencth Bendavid Bendegúz Bendicht Bendict Bendigt Bendik
Bendiks Bendikt Bendix Bendt Benedek Benedetta Benedetto Benedict Benedicta Benedicte Benedicto
Benedictus Benedikt Benedikta Benedikte Benediktovich Benedita Benedito Beneditta Benedykt
Benedykta Benek Benelena Bener Benevenuto Bengeir Bengi Bengibay Bengisu Bengt Bengta Beni
Beniamin Beniamino Benice Benicio Benidikt Benidikta Benigna Benigno Benilde Benita Benito
Beniz Benjam Benjaman Benjamen Benjamim Benjamin Benjamina Benjamine Benjamín Benji Benjiman
Benjman Benjámin Benkt Benkta Benkth Benn Benna Bennet Bennett Benney Bennie Benno Benny Benný
Beno Benoit Benol Benone Benonette Benoni Benonia Benoný Benoît Benson Bent Benta Bente Bentein
Bentey Benth Benthe Bentine Bentley Bento Benton Bentína Benvenuto Benvinda Benvindo Benvolio
Benvý Benyamin Benz Benáta Benía Benícia Benício Beníta Benóní Benóný Beppe Bera Beran Berardo
Berat Berau Beraug Beray Berdan Berdie Berdine Berdines Berdiniyaz Berdinus Berdon Berdor
Bereginya Beren Berend Berendt Berengar Berengarius Berengária Berenice Berenika Bereniké
Berent Berentine Beret Berezat Berfin Berfu Berg Bergdis Bergdís Berge Bergen Berger Bergerus
Bergethon Bergeton Bergey Bergfinn Bergfinnur Bergfrid Bergfríður Bergheiður Berghild
Berghildur Bergholt Berghreinn Bergin Bergine Berginius Bergit Bergithe Bergithon Bergiton
Bergitte Bergjón Bergland Berglaug Berglind Bergliot Bergljot Bergljoth Bergljót Berglín
Bergmann Bergmannía Bergmar Bergmundur Bergny Bergný Bergot Bergrán Bergrín Bergrós Bergrún
Bergsteinn Bergsvein Bergsveina Bergsveinn Bergsvend Bergtor Bergtora Bergulv Bergur Bergvin
Bergüzar Bergþór Bergþóra Berhan Berhane Berhard Beria Beril Berill Berilo Berimir Berin
Berislava Berit Berite Berith Berivan Beriya Beriye Berjit Berk Berkal Berkan Berkant Berkay
Berke Berkenye Berker Berki Berkin Berkkan Berkley Berkman Berksan Berksay Berktan Berlin Berly
Bermod Bern Berna Bernabé Bernadeta Bernadete Bernadett Bernadetta Bernadette Bernadine Bernard
Bernarda Bernardete Bernardim Bernardina Bernardine Bernardino Bernardita Bernardo Bernardus
Bernatt Bernd Bernd-Dieter Berndt Berneice Berner Bernetta Bernfried Berngerus Bernhard
Bernharda Bernhardina Bernhardine Bernhardt Bernhardus Bernharð Bernharður Bernhof Berni
Bernice Bernicia Bernie Berniece Bernita Bernt Bernth Berntine Berntinus Bernward Berny Bernát
Bernódus Bernódía Bero Beroslav Berra Berrak Berran Berrin Berry Bersi Bersvein Bersvend Bert
Berta Bertalan Bertan Berte Bertea Bertel Bertenius Berteus Bertha Berthe Berthel Bertheus
Berthin Berthine Berthinus Berthold Bertie Bertil Bertila Bertilde Bertilla Bertille Bertin
Bertina Bertine Bertinius Bertino Bertinus Berto Bertold Bertolda Bertoldo Bertolino Berton
Bertor Bertram Bertrand Bertrando Bertta Berulf Berulv Beryl Besa Besar Besart Besarta Besbay
Besey Besfort Beshte Besian Besim Besime Besin Besjana Besmir Besnik Bess Besse Bessi Bessie
Bessí Beste Bestla Bet Beta Betania Betanía Beth Betha Bethan Bethanie Bethann Bethany Bethel
Bethina Bethine Bethold Bethuel Bethzy Betim Betina Betine Betino Beto Betsabé Betsey Betsy
Betsý Bett Betta Bette Betti Bettie Bettina Bettine Bettino Betty Bettyann Bettye Bettyjane
Bettylou Bettý Betuel Betzy Betânia Betúel Betül Beula Beulah Bev Bevan Beverlee Beverley
Beverly Beya Beybit Beyda Beyhatun Beyimbet Beyis Beyler Beyonce Beyza Beyzade Bezek Beáta
Beñat Beňadik Bhanumati Bhavani Bhavika Bhavini Bhavna Bhavya Bhekani Bhekisisa Bhekizizwe
Bhekokwakhe Bia Biaggio Biagio Biaiardo Biana Bianca Bianka Bianor Biarni Biaver Bibbi Bibi
Bibiana Bibiane Bibiano Bibisora Bibiána Bibuwa Bican Bice Bich Bidayet Biddie Bieke Biel
Bienvenida Biergh Bige Bigem Bigna Bihter Bil Bilaal Bilal Bilan Bilay Bilel Bilena Bilender
Bilge Bilgealp Bilgekağan Bilgen Bilginur Bilgütay Bilha Bilhan Biljana Bilkay Bilkisu Bill
Billa Bille Billi Billie Billie-Jo Billing Billur Billy Billye Bilogost Bilol Bilomir Bilomira
Biloslav Biloslava Bilotur Bilov Bilovid Bilovida Biltaş Bilun Bilyan Bilyana Bimala Bina Binak
Binay Binbaşar Bine Binia Biniam Binko Binnaz Binnur Bino Binışık Bionca Bionda Biondello Biorn
Birant Birben Bircan Bird Birdella Birdie Birga Birger Birget Birghitta Birgid Birgir Birgit
Birgita Birgith Birgithe Birgiton Birgitt Birgitta Birgitte Birgül Biri Biricik Birit Birita
Birjo Birk Birkan Birkir Birna Birning Birnir Birol Birousk Birsan Birsen Birt Birta Birte
Birtha Birthe Birtie Birtingur Birtir Birtna Biruta Bise Bisenti Biser Bisera Biserka Bishakha
Bishop Bismarck Bita Bitia Bitta Bitte Bitten Bitül Bivoj Biyanka Bizhan Bişar Bjarg Bjargar
Bjargdís Bjargey Bjargheiður Bjarghildur Bjarglind Bjargmundur Bjargøy Bjargþór Bjarkan Bjarkar
Bjarke Bjarkey Bjarki Bjarklind Bjarma Bjarmar Bjarmi Bjarnar Bjarnard Bjarndal Bjarndís Bjarne
Bjarney Bjarnfinnur Bjarnfjörð Bjarnfreður Bjarnfríður Bjarngerður Bjarnhard Bjarnharður
Bjarnheiður Bjarnhild Bjarnhildur Bjarnhéðinn Bjarni Bjarnlaug Bjarnlaugur Bjarnleifur Bjarnmod
Bjarnrún Bjarnsteinn Bjarnulv Bjarnveig Bjarnólfur Bjarný Bjarnþrúður Bjarnþór Bjarnþóra Bjart
Bjarta Bjarte Bjartey Bjartmann Bjartmar Bjartmey Bjartur Bjartøy Bjartþór Bjermod Bjermund
Bjerne Bjerner Bjerte Bjor Bjorn Bjug Bjólan Bjólfur Björg Björgey Björgheiður Björghildur
Björgmundur Björgvin Björgólfur Björgúlfur Björk Björn Björney Björnfríður Björnólfur Björt
Bjønnal Bjønne Bjørg Bjørga Bjørge Bjørger Bjørgfrid Bjørghild Bjørgny Bjørgulv Bjørgunn
Bjørguv Bjørgveig Bjørgvin Bjørk Bjørn Bjørnar Bjørnard Bjørne Bjørner Bjørnhild Bjørnhilda
Bjørnmund Bjørnodd Bjørnstein Bjørnstjerne Bjørnulv Bjørnvald Bjøro Bjøru Bladimir Blagica
Blaginya Blagitsa Blago Blagodar Blagodatka Blagomir Blagoslava Blagosvet Blagosveta Blagovest
Blagovid Blagovida Blagovira Blagovist Blagovista Blagoy Blahomil Blahomila Blahomír Blahomíra
Blahoslav Blahoslava Blain Blaine Blair Blaise Blake Blanaid Blanca Blanch Blanchard Blanche
Blanchie Blanco Blandina Blandine Blandino Blanduzia Blane Blanka Blanseflor Blas Blasa
Blathnaid Blaze Blazhe Blazsena Blaž Blažej Blažen Blažena Blaženka Bleart Bledar Blek Blend
Blenda Bleon Bleona Blerim Blerina Bleron Blerta Blerton Blesse Blessing Blina Blinda Bliss
Blitz Bljerim Blondell Blondina Blossom Blostrup Bluette Bluford Blythe Bláey Bláfeld Bláklukka
Blásia Blædís Blængur Blær Blævar Blín Blíða Blómey Blómkvist Bo Boanerges Boas Boaventura
Boavida Boaz Bob Boban Bobba Bobbi Bobbie Bobby Bobbye Bobette Bobur Bodan Bode Bodhi Bodhild
Bodhill Bodil Bodmod Bodo Bodromir Bodurka Bodvar Bodwar Bodza Boe Boel Boeld Boell Boet Bog
Boga Bogdalina Bogdan Bogdana Bogdanivna Bogdanna Bogdanovich Bogdanovna Bogdís Boge Bogei
Bogey Bogga Boghildur Bogi Boginya Boglár Boglárka Bogna Bogodar Bogodara Bogodarivna
Bogodarovich Bogoljub Bogolyub Bogomil Bogomir Bogorodka Bogoslav Bogoy Boguchwał Boguchwała
Bogumił Bogumiła Boguslav Boguslava Boguslavivna Boguslavovich Bogusław Bogusława Bogárka
Bogáta Bohdan Bohdana Bohuchval Bohumil Bohumila Bohumír Bohumíra Bohun Bohuna Bohuslav
Bohuslava Bohuš Bohuše Boi Boie Boil Boila Bojan Bojana Boje Bojislava Bojána Bok Bol Bolat
Bolatito Bolda Bolde Bolden Boldizsár Bole Bolemír Bolen Boleslav Boleslava Boleslavivna
Boleslavovich Boleslavovna Bolesław Bolesława Bolette Boline Bolla Bolli Bolonia Boluwatife
Boma Bona Bonar Bonaventura Bonaventure Bonde Bondi Bone Bonface Bonfila Bonfilia Bonfilio Bong
Boniface Bonifacia Bonifacio Bonifaco Bonifacy Bonifatsiya Bonifác Bonifácia Bonifácio Bonislav
Bonita Bonito Bonko Bonn Bonnie Bonny Bono Bonsak Bonu Booker Boone Bora Borachio Borahan Boran
Borataş Borbolya Borbála Borche Borek Borena Borg Borgar Borgdal Borgdis Borgdís Borge Borger
Borgfinn Borgfrid Borghild Borghilda Borghilde Borghildur Borgildha Borgine Borgny Borgný
Borgrun Borgrún Borgunn Borgvald Borgúlfur Borgþór Borgþóra Bori Borild Borimir Borimisl Boris
Borisivna Boriska Borislav Borislava Borislavivna Borislavovich Borisovich Borisovna Boriss
Borja Borka Borko Borna Borni Boro Boronislav Borostyán Borris Borsika Bortinus Borut Boryanka
Borys Boróka Bosco Bose Bosi Bosibori Bosiljka Bosko Boss Boston Botel Botheidh Bothild
Bothilda Bothilde Bothilder Botildis Botmund Botnía Botolf Botolphus Botolv Botond Botsa
Bottolf Bottolv Botulf Botvi Botvid Botwith Botøy Boubacar Bouchra Boudewijn Bovi Bowman Boy
Boyan Boyce Boycho Boyd Boye Boyine Boyko Boynak Boysie Bozana Bozbağ Bozena Bozerk Bozhan
Bozhedar Bozhemir Bozhen Bozhena Bozheyko Bozhidar Bozhidarasilvestra Bozhik Bozhimir Bozhin
Bozhinel Bozhinela Bozhko Bozho Bozhur Bozhurka Bozidar Bozsena Bozsóka Boztaş Boði Boğatimur
Boğaçhan Bořek Bořislav Bořislava Bořivoj Boštjan Bożena Bożenka Bożenna Bożydar Bożysław
Božena Božetěch Božetěcha Božica Božidar Božidara Božislav Božo Brad Bradamante Braden Bradford
Bradley Bradly Brady Bradyn Braeden Braedon Braelyn Braga Brage Braghildur Bragi Brahim Braiden
Brain Bram Bramwel Branca Branch Brand Branda Brandalv Brandan Branddís Brande Brandee Branden
Brandi Brandie Brandin Brando Brandon Brandt Brandur Brandy Brandyn Brandão Brandís Branimir
Branimír Branimíra Branislav Branislava Branka Brankica Branko Brannon Branson Brant Brantley
Branwen Bratimir Bratislav Bratislava Brativoy Bratko Bratomil Bratoslav Braulio Bravin Brawith
Braxton Brayan Brayden Braydon Braylen Braylon Brea Breana Breandan Breann Breanna Breanne
Brecht Breda Brede Bredine Bredo Bredor Bree Breeda Breege Breezy Breffni Bregje Breide Breki
Brekkmann Bremer Brena Brencis Brenda Brendah Brendan Brenden Brendon Brenna Brennan Brennen
Brenno Brennon Breno Brent Brenton Breonna Bresi Brestir Bret Brett Brettel Brettiva Brhane
Bria Brian Briana Brianda Brianna Brianne Briar Brice Brid Bride Bridger Bridget Bridgett
Bridgette Bridgit Bridie Briek Brielle Brien Briet Brieuc Briget Brigette Brighid Brigid
Brigida Brigidia Brigit Brigita Brigite Brigitt Brigitta Brigitte Brigt Brijesh Brikena Briley
Brilyant Brim Brimar Brimdís Brimhildur Brimi Brimir Brimrún Brinda Brinley Briolanja Briolanjo
Brion Brionna Briosa Brisa Brisha Brisia Brissa Bristol Brit Brita Britani Britanna Britannus
Britanus Britany Brite Brites Brith Britha Britney Britni Britny Britt Britt-Mari Britt-Marie
Britta Brittaney Brittani Brittanie Brittany Britteny Brittnay Brittnee Brittney Brittni
Brittnie Brittny Britton Britz Briza Brizida Brizio Brjánn Brock Brod Brodd Broddi Broder
Broderick Brodie Brody Brogan Brona Bronach Bronagh Bronco Bronislav Bronislava Bronislavovich
Bronisław Bronisława Bronson Bronwen Bronwyn Bronze Brook Brooke Brooklyn Brooklynn Brooks Bror
Brothir Brown Broņislava Bruce Brummer Brun Bruna Brunela Brunella Brunetta Brunhild Brunhilda
Brunhilde Bruni Brunilda Brunilde Brunkil Brunman Bruno Brunon Bruse Bryachislav Bryan Bryana
Bryanna Bryant Bryce Brycen Brygida Brylee Bryn Bryndis Bryndís Brynel Brynfríður Bryngeir
Bryngerd Bryngerður Bryngjerd Brynheid Brynheiður Brynhild Brynhilde Brynhildur Brynil Brynild
Bryniulf Brynja Brynjar Brynjard Brynjel Brynjolf Brynjulf Brynjulv Brynjólfur Brynjúlfur
Brynlaug Brynlee Brynleifur Brynmar Brynn Brynný Brynold Brynsteinn Brynte Bryntýr Brynvald
Brynveig Brynþór Bryon Bryony Bryson Bryssa Bryti Bryton Brytteva Brzana Brá Brák Brás Brásia
Bráulio Brázia Brândușa Bría Bríana Bríanna Brícia Bríet Brígida Brígido Brími Brímir Brøde
Brønla Brønnil Brønnild Brønte Brúnsteð Brünhild Brünhilde Brăduț Bršljanko Bucha Buck Bucur
Bud Budd Buddie Buddy Budi Budimil Budimir Budimír Budislav Budivid Budivoj Budivoy Bue Buel
Buelah Buell Buena Buenaventura Buffy Buford Buggi Buhari Buinton Bujamin Bujar Buket Bukurije
Bula Bulah Bulle Bulunç Bulut Buna Bundi Bunk Bunmi Bunny Buonfiglio Buraid Burak Burakhan
Burckhard Burcu Burcuhan Burdette Buren Burevist Bureviy Burgess Burgh Burghard Burhan Burim
Burk Burkard Burkay Burke Burkhard Burkhardt Burkney Burkni Burl Burleigh Burley Burma Burnell
Burnett Burney Burnice Burnie Burns Burr Burrel Burrell Burt Burton Burç Burçin Busara Bush
Bushra Busisiwe Buster Butch Butler Butrint Buttul Buymir Buyrukhan Buytur Buğlem Buğra
Buğrahan Buğu Buşra Byanca Byanka Bylgja Bylov Bynum Byrd Byrdie Byrge Byrghita Byrita Byron
Bystrík Bálint Bán Bánk Bára Bárbara Bárbaro Bárbora Bársony Bársonyka Bárður Bärbel Bård Bårek
Bårni Bæring Bæringur Bæron Bærta Bærulf Béatrice Béatrix Bébinn Béda Béke Béla Bénédict
Bénédicte Bérengère Bérnia Bértil Bérénice Béta Bétia Bíbor Bíbora Bíborka Bíbí Bíldsfells Bína
Bítia Bóas Bódog Bóel Bói Bóra Bóris Bót Bóthildur Bótólfur Börje Börkur Börteçin Böðvar Bøje
Bølog Bør Børe Børge Børger Børil Børild Børje Børjer Børre Børrea Børt Børu Børuf Børulv Børuv
Bøsi Bøy Bøye Bøyine Bøyla Búi Búri Búzavirág Büget Büke Bünyamün Büreyre Büsra Büşra Büşranur
Bănel Bērends Bērtulis Běla Błażej Břetislav Břetislava Bəhicə Bəhlul Bəhram Bəhruz Bəkir
Bənövşə Bəşir Bảo CHE-WEI CHEN-JUI CHENG-EN CHENG-HAN CHENG-HSIUNG CHENG-HUNG CHENG-I CHIA-HAO
CHIA-HUNG CHIA-JUNG CHIA-LING CHIA-MING CHIA-WEI CHIA-YING CHIEN-CHENG CHIEN-CHIH CHIEN-CHUNG
CHIEN-HSING CHIEN-HUA CHIEN-HUNG CHIEN-LIANG CHIEN-MING CHIH-CHENG CHIH-CHIANG CHIH-CHUNG
CHIH-HAO CHIH-HSIEN CHIH-HSIUNG CHIH-HUNG CHIH-MING CHIH-WEI CHIH-WEN CHIH-YUAN CHIN-FA
CHIN-FENG CHIN-HSING CHIN-LIEN CHIN-LUNG CHIN-TSAI CHING-I CHIU-HSIANG CHIU-YUEH CHUN-CHIEH
CHUN-HAO CHUN-HSIEN CHUN-HSIUNG CHUN-HUNG CHUN-LIANG CHUN-MEI CHUN-MING CHUN-NAN CHUN-TING
CHUN-YU COmfort Cabal Cabbar Cabir Cacilda Caddie Cade Caden Cadence Cadenza Cael Caesar
Caetana Caetano Cafer Cagak Cager Cahal Cahan Cahangir Cahir Cahya Cahyadi Cahyanto Cahyo
Cahyono Cai Caia Caiden Cailin Cailum Cailyn Caim Cain Caio Caisa Cait Caitlin Caitlyn Caitlynn
Caitriona Caius Caj Caja Cajetan Cajsa Caket Cakrabirawa Cakrabuana Cakrajiya Cakrawala
Cakrawangsa Cal Calandra Calandre Calandria Calcedonio Caldonia Cale Caleb Calebe Caleigh
Calhoun Cali Calida Calie Calila Calinda Calista Calisto Calixta Calixto Calla Callan Calleigh
Callie Callisto Callum Cally Calogera Calogero Calp Calum Calvin Calvina Calvince Calvino
Calynda Cam Cambria Camden Camelia Camellia Cameo Cameron Cami Camie Camil Camila Camilla
Camille Camillo Camillus Camilo Camisha Cammie Cammy Campbell Campo Camren Camron Camryn
Camélia Can Canaan Canal Canan Canberk Candace Candan Candela Candelaria Candelario Candelas
Candeniz Candi Candice Candida Candido Candie Candis Candra Candrakanta Candy Candyce Caner
Canfeza Cangür Canice Canisia Cankat Cankut Cankız Cannelita Cannie Cannon Cannur Canon
Canpolat Canseven Cansin Cansu Cantekin Cantemir Cantez Canto Canur Canutte Canyon Caoilfhionn
Caoimhe Caoimhin Caolain Caolan Caomhan Cap Capa Capitola Cappi Cappie Caprice Capricia Captain
Capucine Cara Caragh Caraka Carela Caren Carene Caresa Carey Cari Carianne Carice Caridad Carie
Carilla Carin Carina Carine Carisa Carissa Carita Caritas Carito Carl Carl-Heinz Carl-Johan
Carla Carlchen Carlee Carleen Carleigh Carlena Carlene Carleton Carletta Carley Carli Carlie
Carlijn Carlinda Carlindo Carline Carlisle Carlita Carlito Carlo Carlomagno Carlos Carlota
Carlotta Carlton Carly Carlyle Carlyn Carma Carmel Carmela Carmelia Carmelina Carmelinda
Carmelita Carmella Carmelo Carmen Carmencita Carmenza Carmezinda Carmim Carmina Carminda
Carmine Carminho Carmita Carmo Carmon Carmorinda Carmyne Carmélia Carmério Carnell Caro Carol
Carola Carolann Carole Carolee Carolien Carolin Carolina Caroline Caroll Carolus Carolyn
Carolyne Carolynn Caron Carona Caroyln Carra Carren Carri Carrie Carrol Carrola Carroll Carry
Carsen Carson Carsta Carsten Carter Carub Carvell Cary Caryl Carylon Caryn Carísia Cas Casandra
Cascata Case Caseario Casemiro Casen Casey Cash Casian Casiana Casie Casimer Casimir Casimira
Casimiro Cason Caspar Casper Cass Cassandra Cassandre Cassaundra Cassey Cassi Cassiano Cassidy
Cassie Cassilda Cassius Cassondra Cassy Casta Castel Castelina Castelino Castor Castorina
Caswell Cataleya Catalina Catarina Catarino Caterina Cathal Catharina Catharine Catherin
Catherina Catherine Catheriona Cathern Catheryn Cathey Cathi Cathie Cathinca Cathleen Cathrin
Cathrina Cathrine Cathriona Cathryn Cathy Cathérine Catia Catila Catilina Catina Catinca Cato
Caton Catrice Catrin Catrina Catrine Catrinel Catriona Catur Caturangga Cauã Cauê Cavad Cavid
Cavit Cawisadi Cawisono Cawuk Cayadi Cayden Caydence Cayetana Cayetano Cayla Caylee Cazimir
Caíco Ceara Ceasar Cebesoy Cebrián Cecancia Cecelia Cecep Cecil Cecila Cecile Cecilia Cecilie
Cecilija Cecilio Cecilla Cecille Cecily Cecilía Cecylia Cecília Cecílie Cecílio Cedide Cedolf
Cedric Cedrick Cedrico Cedrik Cedrin Cedro Ceferino Ceil Celal Celena Celene Celerina Celesta
Celeste Celestia Celestin Celestina Celestine Celestino Celesto Celestyn Celestyna Celestýn
Celestýna Celeszta Celesztina Celia Celian Celie Celilay Celin Celina Celinda Celine Celinia
Celino Celisia Celsa Celso Celto Celya Celísio Cem Cemal Cemalettin Cemani Cemeti Cemil Cemiyle
Cemplunk Cemre Cena Cenan Cengiz Cengkal Cengkir Cenk Cennet Cenobia Centa Centrine Ceola
Cephus Cerasela Cercis Cereja Cerelia Ceren Ceres Ceri Ceria Cesaltina Cesaltino Cesar Cesara
Cesare Cesarina Cesario Cesaro Ceselie Cesilia Cesilie Cesira Cesária Cesário Cetin Cettina
Cevale Cevheri Cevin Cevza Ceyda Ceyhun Ceyhunə Ceyla Ceylan Ceylin Ceylon Ceyran Cezar Cezara
Cezaria Cezarin Cezarina Cezariusz Cezary Cezayir Ch Chaaya Chabane Chace Chachiya Chacho Chad
Chadd Chadrick Chadwick Chae Chago Chahine Chahinez Chaifah Chaim Chaima Chainey Chaitaly
Chaitanya Chaiwut Chajim Chaka Chakradev Chakradhar Chakrika Chale Chalina Chalisa Chalmer
Chalmers Chalotte Chamali Chaman Chameli Champ Champak Chan Chana Chanakya Chance Chancey
Chanchal Chancy Chanda Chandani Chandler Chandra Chandran Chandresh Chanel Chanell Chanelle
Chanett Chanette Chaney Chanez Chang Changaz Chanie Chanikan Chaniya Chankete Chanko Channie
Channing Chano Chantal Chantale Chantay Chante Chantel Chantell Chantelle Chanya Chao Chara
Charalampos Charan Charbel Chardafon Chardafona Charin Charis Charise Charissa Charisse Charita
Charite Charity Charl Charla Charle Charlee Charleen Charlena Charlene Charles Charles-André
Charles-Henri Charlesetta Charlesh Charley Charlie Charlin Charline Charlize Charlot Charlott
Charlotta Charlotte Charlottie Charls Charlsie Charlton Charly Charlyn Charmain Charmaine Charo
Charodey Charolette Charos Charro Charvi Chas Chase Chashida Chasidy Chasity Chasmum Chassidy
Chastity Chatarina Chatresh Chatrin Chatrina Chatrine Chatura Chau Chauncey Chauncy Chaush
Chausiki Chavdar Chavela Chavelle Chavvi Chawin Chawish Chaxiraxi Chaya Chayanin Chayapat
Chayenna Chayenne Chayma Chayo Chaz Che Chebet Chedo Chedomir Chege Cheila Chela Chelangat
Chelo Chelsea Chelsey Chelsi Chelsie Chelsy Chema Chenko Chenyu Chepkemoi Chepkoech Chepkorir
Chepo Cher Cheragh Chere Cheree Cherelle Cheresha Cheri Cherie Cherif Cherilyn Cherise Cherish
Cherith Cherlyn Chernin Cherno Chernorizets Cherotich Cherrelle Cherri Cherrie Cherry Cherryl
Cheruiyot Chery Cheryl Cheryle Cheryll Cheslav Cheslava Cheslavovich Chesley Chesmil Chessie
Chester Chestina Chestislav Chet Chetvrta Cheusi Chevy Cheyanne Cheyenne Chi Chia Chiamaka
Chiara Chiarina Chibuzo Chica Chico Chidimma Chieko Chigozie Chijioke Chiko Chilo Chimere Chin
China Chinedu Chinelo Ching Chinyere Chip Chipukizi Chiquita Chiraz Chita Chiyo Chizoba Chka
Chloe Chloie Chloris Chloé Chloë Chlóe Chocho Chochomir Chona Chonar Chong Choni Chono Chonyu
Chrabroš Chraniboj Chranibor Chranislav Chranislava Chris Chrisander Chrisanna Chrisanne Chriss
Chrissie Chrissy Christ Christa Christa-Maria Christabel Christabelle Christal Christeen
Christel Christell Christelle Christen Christena Christene Christense Christer Christi Christia
Christiaan Christian Christiana Christiane Christianne Christie Christiern Christin Christina
Christine Christinia Christion Christl Christof Christofer Christoffer Christop Christoper
Christoph Christophe Christopher Christos Christy Chrudoš Chrysann Chrysantus Chrysostomos
Chrystal Chrystel Chu Chubrik Chubrina Chucho Chuck Chude Chudo Chudomir Chudoslav Chuk Chuki
Chukwudi Chukwuemeka Chulpan Chun Chung Chus Chuy Chval Chvor Chyna Chynna Châu Chřen Cia Cian
Cianan Cianna Ciaobella Ciara Ciaran Ciarra Ciarrai Ciarán Cibele Cicel Cicelle Cicely Cicero
Ciceron Cici Cicilia Cicilie Cid Cidalina Cidalino Cidalisa Cidro Cidália Ciel Cielo Ciera
Cierra Cigdem Cihan Cihandide Ciji Ciklámen Cikra Cildo Cilgia Cili Cilia Cilie Cilja Cilje
Cilla Cille Cilli Cillian Cilly Cinara Cinda Cinderela Cinderella Cindi Cindie Cindoruk Cindy
Cine Cinella Cinira Cinka Cinna Cinnamon Cinnia Cinta Cinthia Cinthya Cintia Cinzia Cipora
Cippóra Cipra Ciprian Cipriana Cipriano Ciprienn Cipriána Cira Circe Circinus Cireneu Ciri
Ciriaco Ciril Cirila Cirilla Cirillo Cirilo Cirino Cirkeline Ciro Cirrillo Ciríaco Cisco Cissel
Cissi Cissy Cita Citlali Citlalli Citra Citta Cizina Cla Claas Clabe Claes Claiborne Clair
Claire Claire-Lise Clara Clarabelle Clarance Clare Clarence Clareta Claretha Claretta Claribel
Clarice Clarin Clarina Clarinda Clarindo Clarine Clarinha Claris Clarisa Clarissa Clarisse
Clarita Clark Clarke Clarnce Claro Clary Clas Classie Clau Claud Claude Claude-Alain Claudemira
Claudemiro Claudette Claudia Claudiana Claudie Claudina Claudine Claudio Claudiu Claudius
Claudy Claus Claus-Dieter Claus-Peter Clavs Clay Clayton Clea Clearence Cleave Cleda Cleia
Cleide Clelia Clell Clella Clem Clemence Clemencia Clemens Clement Clemente Clementina
Clementine Clemet Clemie Clemma Clemmie Clemon Clemência Clemêncio Cleng Cleo Cleodice Cleola
Cleon Cleone Cleonice Cleopatra Cleophas Cleora Cleotilde Cleta Cleto Cletus Cleva Cleve
Cleveland Clevie Cleópatra Clide Clife Cliff Cliffie Clifford Clifton Climénia Clint Clinton
Clio Cliodhna Cliona Clive Clodagh Clodomiro Clodovea Clodoveo Cloe Clora Clorinda Clothilde
Clotilda Clotilde Clovis Cloyd Cloé Clyda Clyde Clydie Clytie Clàudia Cláudia Cláudio Cläre
Cléa Clélia Clémence Clément Clémentine Cléo Clésia Clésio Clícia Clídio Clímaco Clívia Clóvis
Cobura Coby Cochiti Coco Codey Codi Codie Codin Codrin Codrina Codruț Codruța Cody Coen Cohen
Colar Colbanus Colben Colbert Colbiørn Colbjørn Colby Coldevin Cole Coleen Coleman Colene
Coleta Colete Coleton Coletta Colette Coley Colie Colin Coline Colins Colleen Collen Collene
Collette Collie Collier Collin Collince Collins Collis Colm Colman Colomba Colombe Colombina
Colombo Colon Colonel Colt Colten Colter Colton Coluccio Colum Columba Columbia Columbus
Colville Colvin Comfort Commodore Con Conal Conall Conan Conard Conceição Concepcion Concepción
Concepta Conception Concetta Concettina Concha Conchetta Conchita Conchur Conleth Conley Conn
Connell Conner Conni Connie Connor Conny Conor Conrad Conradin Conrado Conshita Consolacion
Consolación Consolata Consolação Constance Constant Constantia Constantin Constantina
Constantine Constantino Constanza Constanze Constanzo Constança Constanța Constância Constâncio
Consuela Consuelo Consulino Contessa Contina Conway Coolidge Cooper Cora Coraima Coral Coralee
Coralia Coralie Coraline Corazana Corazon Corbett Corbin Cord Corda Cordaro Cordelia Cordell
Cordella Cordero Cordia Cordie Cordula Cordélia Corean Coreen Corene Corentin Coretta Corey
Cori Corie Corin Corina Corine Corinna Corinne Coriolano Corliss Cormac Cormack Corneille
Cornel Cornelia Cornelie Cornelio Cornelious Cornelis Corneliu Cornelius Cornell Cornie
Cornélia Corona Corrado Corrie Corrin Corrina Corrine Corrinne Corry Corsin Corsino Cort Cortez
Cortney Corvin Corwin Cory Corália Cosete Cosette Cosima Cosimo Cosmas Cosme Cosmin Cosmina
Cosmo Costache Costantino Costanza Costanzo Costel Costin Coty Council Courteney Courtland
Courtney Courvoisier Covadonga Coy Coyne Coşku Coşkun Coşqun Craig Crawford Creed Cremilda
Cremilde Crenguța Creola Crescencia Crescenzo Cressie Crestila Crete Crin Crina Cris Crisann
Crisanna Crisanta Crisante Criselda Crisna Crispim Crispin Crissie Crissy Crista Cristal
Cristea Cristel Cristela Cristele Cristen Cristene Crister Cristhian Cristhofer Cristi Cristian
Cristiana Cristiane Cristiano Cristie Cristin Cristina Cristine Cristián Cristobal Cristofe
Cristofer Cristoffer Cristofor Cristoforo Cristolinda Criston Cristopher Cristos Cristoval
Cristy Cristóbal Cristóforo Cristóvão Crisália Crisálida Crocetta Crocifissa Crockett Cruz
Crysta Crystal Crystle Csaba Csaga Csende Csendike Csenge Csengele Cseperke Csepke Csermely
Cserne Csilla Csillag Csillagvirág Csinszka Csipke Csobilla Csobánka Csongor Csönge Csöre
Ctibor Ctibora Ctirad Ctirada Ctislav Ctislava Cuartio Cuarto Cuba Cuc Cuheyna Cullen Cuma
Cuman Curcio Curdin Curley Currito Curro Cursino Curt Curtis Curtiss Custodia Custodio Custódia
Custódio Cvetka Cvetko Cvija Cvijeta Cydney Cyndi Cyndy Cyntha Cynthia Cyntia Cyntie Cyprian
Cyprien Cyprián Cyriel Cyrielle Cyril Cyrila Cyrill Cyrille Cyrstal Cyrus Cythia Czarek Czeslaw
Czesław Czesława Cácia Cándida Cándido Cáren Cárin Cárita Cármen Cássia Cássio Cátia Cândida
Cândido Cânia Cäcilia Cäcilie Cäsar Cæsar Cécile Cédric Céleste Célestin Célestine Célia Célien
Célina Céline Célio Célsio César Césaro Cézar Cícero Cílio Cínara Cíntia Cíntio Círia Córita
Côme Cümşüd Cüneyit Cüneyt Cýrus Călin Cătălin Cătălina Cəfər Cəlal Cəlil Cəmalə Cəmil Cəmilə
D'Angelo Daamin Daan Daanish Daantje Daanyaal Daavid Daawood Dabbah Dabir Dabney Dace Dacia
Dacian Daciana Dacin Dacio Dadap Dadaş Dadi Dafina Dafinka Dafna Dafne Dafné Dag Daga
Dagbjartur Dagbjörg Dagbjört Dagbjørg Dageid Dagel Dagfari Dagfinnur Dagfrid Dagfryd Dagfríður
Daggeir Daggrós Dagheid Dagheiður Daghfal Daghild Dagmann Dagmar Dagmara Dagmey Dagmor Dagmár
Dagna Dagne Dagny Dagný Dagnýr Dagobert Dagoberto Dagrun Dagrund Dagrunn Dagrún Dagun Dagunn
Dagur Dagveig Dagvor Dagþór Dahiana Dahlia Dahna Dahnya Dai Daiana Daiga Daija Daijah Daina
Daine Dainess Dainis Dainius Daire Daireann Dairine Dairo Daisey Daisha Daisi Daisie Daisy
Daisye Daiyaan Daja Dajana Dakhil Dakoda Dakota Dakotah Daksh Daksha Dakshesh Dalaja Dalan
Dalbert Dalbir Daldís Dale Dalemil Dalemila Dalemir Dalemira Dalene Daler Daleslava Dalevida
Daley Dalhoff Dalia Daliana Dalibor Dalibora Daliborka Dalida Dalie Dalila Dalili Dalima
Daliman Dalimil Dalimila Dalimin Dalimír Dalimíra Dalina Dalinda Daliono Dalkılıç Dalla Dallas
Dalli Dallilja Dallin Dalma Dalmann Dalmar Dalmas Dalrós Dalrún Dalton Dalva Dalvin Dalya Dalía
Damar Damarcus Damari Damario Damarion Damaris Damarisz Damas Damasceno Dame Dameer Dameon
Damian Damiana Damiano Damien Damienne Damife Damijan Damil Damin Damina Damini Damion Damir
Damira Damita Damián Damiána Damião Damiën Damjan Damjana Damla Damlanur Dammei Damon Damond
Damu Damurah Damyana Damyanti Dan Dana Danae Danakt Danang Dancan Danche Dancun Dandre Dane
Daneen Danek Danela Danelina Danelken Danelle Danelíus Danesh Danette Daney Danfríður Dangelo
Danheiður Danhild Danhilda Danhildur Dani Dania Danial Daniana Danica Daniek Daniel Daniela
Daniele Danielius Daniell Daniella Danielle Daniels Daniil Daniilovich Danijel Danijela Danika
Danila Danilivna Danilken Danille Danilo Danilovich Danilovna Danimir Danimira Danique Danish
Danisha Danislav Daniswara Danisława Danita Danitsa Danitza Danival Danivna Daniya Daniyel
Danièle Daniéla Daniël Daniëlle Danja Danjuma Danka Danko Danley Dann Danna Dannette Dannie
Danniel Dannielle Danny Danske Danson Dantae Dante Dantel Dantur Danu Danuja Danusia Danuta
Danuše Dany Danyel Danyell Danyelle Danía Daníel Daníela Daníella Daníval Danış Daphine Daphne
Daphné Daphnée Daquan Dar Dara Daragh Darain Darby Darcel Darcey Darci Darcie Darcy Darcília
Dardan Dardanela Dareios Darek Darell Daren Daria Darian Dariana Dariati Daribog Darie Darien
Darija Darijan Darije Darika Darimin Darin Darina Darinka Dario Darion Daris Darislava Daritza
Darius Dariusz Dariy Dariya Darja Darko Darl Darla Darleen Darlena Darlene Darline Darling
Darlyne Darmaji Darman Darmana Darmanto Darnela Darnell Darold Daromir Daromira Daron Darpan
Darque Darragh Darran Darrel Darrell Darren Darri Darrian Darrick Darrien Darrin Darrion
Darrius Darron Darry Darryl Darryle Darryll Darryn Darsh Darsirah Dartono Daru Daruna Darvin
Darwin Darwyn Dary Darya Daryani Daryl Daryle Daryn Darzybór Daría Darío Daríus Dasa Dashawn
Dashiell Dashurije Dasia Dastageer Daud Daudi Daulton Daunte Davante Dave Davey Davi Davian
David Davida Davide Davidivna Davidovich Davie Davin Davina Davino Davion Davis Davnet Davon
Davonta Davonte Davor Davorin Davorka Davud Davut Davy Davyd Davydovich Davínia Davíð Dawid
Dawit Dawn Dawna Dawne Dawson Dawud Dax Daxton Dayamai Dayami Dayana Dayanara Dayar Dayita
Dayle Dayna Dayne Dayse Daysi Dayton Dayyaan Daðey Daði Daðína Dağistan Dea Deacon Deadra
Deaglan Dean Deana Deandra Deandre Deandrea Deane Deangela Deangelo Deann Deanna Deanne Deante
Dearbhail Dearbhaile Dearbhla Deasia Deb Debbi Debbie Debbra Debby Debera Debi Debora Deborah
Deborrah Debra Debrah Debroah Debóra Decebal Dechko Decho Dechyu Declan Dede Dedra Dedric
Dedrick Dee Deeann Deeanna Deedee Deedra Deegan Deena Deepa Deepak Deetta Deflorina Defne
Deforest Deha Deiby Deicy Deidra Deidre Deiene Deikun Deina Deion Deirbhile Deirdre Deise Deisy
Deivid Deividas Deja Dejah Dejalme Dejan Dejana Dejanira Dejon Dejuan Delaine Delal Delana
Delaney Delanna Delano Delbert Delcho Delcie Delcine Dele Delena Delfim Delfin Delfina Delfino
Delfín Delia Deliah Deliana Delicia Delie Delil Delila Delilah Delina Delinda Delinke Delio
Delisa Dell Dellar Delle Dellia Dellie Delma Delmano Delmar Delmara Delmas Delmer Delmina
Delminda Delmira Delmiro Delmus Delmy Delois Deloise Delora Deloras Delores Deloris Delorse
Delos Delpha Delphia Delphin Delphine Delsie Delta Delton Delvin Delwin Delya Delyan Delyana
Delza Delíla Dema Demarco Demarcus Demario Demarion Demelza Dementiy Demet Demeter Demetra
Demetri Demetria Demetric Demetrice Demetrije Demetrio Demetrios Demetrius Demi Demi-Lee
Demi-Leigh Demian Demid Demidivna Demidovich Demilade Demir Demiralp Demiray Demirbüken
Demircan Demirela Demirhan Demiriz Demirkan Demirok Demiryürek Demis Demond Demont Demonte
Dempsey Demus Demyan Demyanovich Deméter Demétria Demétrio Dena Denae Dencho Dendý Deneen Dener
Denese Deni Deniandra Denice Deniel Deniis Denika Denil Denimir Denine Denis Denisa Denise
Denisha Denislav Denislavena Denisovich Deniss Denisse Denissza Denita Deniyan Deniz Deniza
Denizalp Denizhan Denkel Denni Dennie Dennis Dennise Dennitsa Denniz Denny Denton Denver Denys
Denyse Denzel Denzell Denzil Deníel Deodata Deodato Deodete Deodora Deolinda Deolindo Deon
Deondre Deonilde Deonna Deonta Deontae Deonte Deotila Dequan Derald Derdidas Dereck Derek Deren
Dereon Deric Derick Derien Derik Derin Derkay Derl Derly Dermot Dermott Derocila Deron Derrek
Derrell Derrick Derval Dervilla Dervla Derwin Derya Deryanur Deryl Derzhikray Derzhislav
Derzhislava Desamparados Desanka Desean Desen Deshaun Deshawn Desho Desi Desideria Desiderio
Desidério Desilian Desimilyana Desimir Desirae Desire Desiree Desiré Desirée Desislav Desiyana
Deslav Desmond Despin Despina Despinka Despot Dessa Dessie Destan Destany Deste Destin Destina
Destinee Destiney Destini Destiny Destry Detelin Detlef Detlev Detra Detta Detti Deus Deusdedit
Deusdedito Dev Deva Devan Devansh Devante Devaughn Deven Devera Devi Devika Devin Deviner Devis
Devon Devona Devonta Devontae Devonte Devora Devorah Devran Devrim Devyn Deward Dewayne Dewey
Dewi Dewitt Dex Dexter Deya Deyan Deyanira Dezdemóna Dezider Dezideráta Dezidéria Dezső Dezzie
Deótila Değer Değmeer Dhriti Dhruv Dhruva DiAngelo Dia Diah Dialina Diallo Diamandi Diamante
Diamantina Diamantino Diamond Dian Diana Dianah Dianamariya Diandra Diane Diann Dianna Dianne
Dianora Diar Diarmaid Diarmuid Diart Dibach Dicie Dick Dickie Dickson Dicle Dicy Dida Didaco
Didara Didda Diddi Didem Didi Didiana Didier Didina Didko Didrikke Diede Diederik Diedra Diedre
Diedrich Diega Diego Dieke Diellza Dierdre Dierf Dierk Dieter Dieterich Diethard Diethelm
Diether Dietlind Dietlinde Dietmar Dietrich Digdaya Digna Dijana Dijar Dijon Dika Diken Dikka
Dikken Dikmen Diko Diké Dila Dilan Dilara Dilarə Dilavər Dilay Dilbara Dilbər Dilcan Dilder
Dildora Dilek Dilem Dilermando Dilfeza Dilhuş Diliana Dilja Diljan Diljar Diljá Dillan Dillard
Dillie Dillion Dillon Dilmana Dilmen Dilnara Dilnaz Dilnoz Dilnur Dilruba Dilsa Dilsitan Dilya
Dilyan Dilyaram Dilşad Dilşah Dilşat Dima Dimas Dimaz Dimitar Dimitra Dimitri Dimitrij
Dimitrina Dimitrios Dimitris Dimitriyevich Dimka Dimma Dimmblá Dimmey Dimos Dimple Din Dina
Dinah Dinamene Dinand Dinara Dinarda Dinarta Dinarte Dincer Dinda Dine Dineia Dines Dinh Dinis
Dink Dinko Dinna Dino Dinora Dinorah Dinu Diná Dinç Dinçalp Dinçer Dinçerk Dinçkol Dinçsü
Dinçtürk Dioclécio Diogo Diomar Diomed Dion Diona Dione Dionicio Dionigi Dionilde Dionis
Dionisa Dionisia Dionisio Dioniza Dionizy Dionna Dionne Dionte Dionys Dionísia Dionísio
Dionízia Dionýz Dionýzos Dior Diotil Diotíma Dipa Dipta Dirce Dircea Dirch Dircila Diren
Dirican Dirja Dirk Dirkje Dirlik Dirque Dis Disa Dise Dismas Dita Ditlev Ditlevine Ditmar Ditta
Ditte Dittmar Ditza Diuri Diva Divan Divert Divil Divina Diviziya Diviziye Diviš Diviška Divna
Divo Divozir Divozora Divya Dixie Dixon Diy Diya Diyana Diyar Diyego Diyor Diyora Diza Diána
Diðrik Diāna Djalma Djalme Djalmo Djamel Djamila Djayden Djellza Djemile Djenna Djevat Djibril
Djuana Djuna Dluhoš Dmitar Dmitri Dmitriy Dmitriyevich Dmitriyevna Dmitriyivna Dmitro
Dmitrovich Dobiesław Dobiesława Dobrava Dobrawa Dobribiy Dobrica Dobrik Dobrila Dobrilo Dobrina
Dobrinka Dobrinya Dobrisvit Dobrivod Dobriša Dobrodiya Dobrodum Dobrogniva Dobrogost Dobrolik
Dobrolyub Dobrolyuba Dobromil Dobromila Dobromir Dobromira Dobromisl Dobromisla Dobromysl
Dobromír Dobromíra Dobroniga Dobroslav Dobroslava Dobrovist Dobrovista Dobrovita Dobrynya Doc
Docha Dochia Docia Dock Doctor Dodie Dodo Dofri Dogan Doina Dola Dolce Doleslava Dolf Dolina
Doll Dolli Dollie Dolly Dollye Dolma Dolores Doloris Dolorita Dolorès Doloróza Dolph Dolphine
Dolphus Dolun Dolunay Dolya Dolóresz Dom Domagoj Domani Domantas Domas Dome Domen Domenic
Domenica Domenick Domenico Domenik Domenika Domhild Domhilda Domhnall Domicella Domiciána
Dominga Domingas Domingo Domingos Dominic Dominica Dominick Dominik Dominika Dominique Dominka
Dominque Dominyka Dominykas Domitila Domitilla Domitília Domna Domnica Domnika Domokos
Domonique Domonkos Domorad Domorada Domoslav Domínico Don Dona Donaciano Donagh Donal Donald
Donalda Donaldo Donat Donata Donatas Donatella Donatello Donati Donatien Donatila Donato
Donatus Donavan Donavon Dondre Done Donell Donella Donetta Donette Dong Donia Donie Donielle
Donika Donisha Donita Doniyor Donja Donn Donna Donnacha Donnalee Donncha Donnell Donner
Donnetta Donnette Donnie Donny Dono Donough Donovan Donta Dontae Donte Donus Donya Donzel
Donzélia Donzília Donzílio Donát Donáta Dora Doraanna Dorabella Doralice Doralisa Dorathea
Dorathy Dorbeta Dorcas Dorcus Dorde Dordei Dordi Dordis Dordy Doreatha Dorede Doreen Dorel
Doren Dorene Dorentina Dores Doret Dorete Doretha Dorethe Dorethea Doretta Dorette Dori Doria
Dorian Doriana Doriano Dorico Dorie Dorien Dorin Dorina Dorinda Dorine Dorinel Dorinka Doris
Dorisa Dorisz Dorit Dorita Dorith Dorián Dorka Dorkás Dorla Dorle Dorli Dorman Dormánka Dorofey
Dorofeyevich Dorofiy Dorogobug Dorogochin Dorogomir Dorogomisl Dorogosil Dorota Dorotea
Doroteia Doroteja Doroteya Dorotha Dorothe Dorothea Dorothee Dorotheos Dorothy Dorothée Doroti
Dorotina Dorottya Dorr Dorris Dorrit Dorsey Dorte Dortea Dortha Dorthe Dorthea Dorthey Dorthy
Dortine Doru Doruk Dorukhan Dosha Doshia Doshie Dosia Dositeu Dositheos Doss Dossie Dosta Dot
Dota Doter Dotir Dotta Dottie Dotty Doubrava Doubravka Doug Douglas Douglass Dounia Doutzen
Douwe Dove Dovie Dovilė Dovra Dovud Dovydas Dow Doyinsola Doyka Doyle Dozier Doğa Doğan
Doğanalp Doğanay Doğannur Doğanşah Doğu Doğuer Doğuhan Doğuş Draga Dragan Dragana Dragi Dragica
Draginja Dragisa Dragitsa Drago Dragomir Dragomira Dragoș Dragutin Drahomil Drahomila Drahomír
Drahomíra Drahoslav Drahoslava Drahotín Drahotína Drahoň Drahoš Drahutin Drahuše Drajat Drake
Drauma Draumey Draupnir Draven Drazen Drazenka Dražen Dreama Dreena Dreki Drema Dren Dreng
Drengur Drenka Drenusha Dresden Drevoslava Drew Dries Drifa Drilon Drin Drina Driss Drita
Dritan Driton Droplaug Drucilla Drude Drury Drusila Drusilla Druso Druzhelyuba Druzsiána Drífa
Drótt Dröfn Držimir Držislav Dua Duane Duard Duarte Duartina Dubravka Dubán Duc Duco Ducu Duda
Dudley Dudu Duena Duff Dufgus Dufþakur Dugfús Duha Duilio Dujam Duje Duke Dukine Dukinea Dulce
Dulcea Dulcelina Dulcie Dulcina Dulcinea Dulcineia Dulcinia Dulcídia Dulcínio Dulsie Duma
Dumisani Dumisile Dumitra Dumitrana Dumitru Duncan Dung Dunia Dunja Dunya Dunyo Durab Duracan
Duran Durancie Durante Durbalino Durdali Durdei Durdona Durell Durgadin Duri Durim Durin
Durmuşali Durna Durodola Durrell Dursadiye Dursun Duruk Durukan Durul Duruöz Durval Durvalino
Durward Durwood Dusan Dushan Dushka Dusica Duska Dusko Dusmáta Dustan Dusti Dustin Dusty Dustyn
Dusánka Duuk Duva Duván Duwayne Duygu Duyguhan Duyên Duílio Dušan Dušana Dušanka Dvalinn Dwain
Dwaine Dwan Dwana Dwane Dwayne Dwerg Dwi Dwight Dwyane Dyan Dylan Dylana Dylano Dyllan Dylon
Dymphna Dympna Dynþór Dyrfinna Dyrhild Dyri Dyukyana Dyveke Dzemal Dzenan Dzevad Dzevat
Dzhamilya Dzhana Dzhaner Dzhanko Dzhenna Dzhennifer Dzhessika Dzhikhad Dzhinevra Dzhonstefan
Dzhuliya Dzidra Dzintar Dzintars Dzintra Dzsamila Dzsamilla Dzsenet Dzsenifer Dzsenna Dzsenni
Dzsesszika Dzvenimira Dzvenislava Dzvinka Dácio Dália Dámaris Dániel Dára Dárcio Dáreios Dária
Dário Dávid Dáša Dâmaso Dânia Dårdi Dåret Dæja Débora Déborah Décia Décimo Décio Délcio Délia
Délibáb Délio Dénes Dércio Désiré Désirée Dézi Día Díana Díanna Dídia Díma Díon Dírio Dís Dísa
Dísella Díómedes Dóa Dólique Dómald Dómaldi Dómaldur Dómhildur Dónald Dónaldur Dór Dóra Dórey
Dóri Dóriclo Dóris Dórothea Dórótea Dóróthea Dósóþeus Dótta Dózsa Dögg Dögun Dölensoy Döner
Dönməz Döníz Dörte Dörthe Dønet Dønnes Dúa Dúfa Dúi Dúlia Dúna Dúnia Dúnio Dúnn Dúnna Dündaralp
Dünya Dünyamalı Dürdanə Dürnisə Dürrüşehvar Dýrborg Dýrfinna Dýri Dýrleif Dýrley Dýrmundur
Dýrunn Dārta Dāvis Děpold Dětmar Dětřich Dũng Džamila Dương Dəniz EN-SHO Eadaoin Eamon Eamonn
Ean Eanna Earl Earle Earlean Earleen Earlena Earlene Earley Earlie Earlina Earline Early
Earnest Earnestine Eartha Easter Easton Eathel Eavan Eba Ebb Ebba Ebbe Ebbi Ebbie Ebe Eben
Ebeneser Ebenezer Eber Eberardo Eberg Eberhard Eberhardt Ebert Eboni Ebonie Ebonney Ebony
Ebrahim Ebru Ebuakil Ebuka Ecaterina Ece Ecegül Ecemiş Echo Eckard Eckart Eckehard Eckhard
Eckhardt Eckhart Ecmel Ecrin Ed Eda Edaviye Edd Edda Eddah Eddi Eddie Eddy Ede Edel Edela
Edelbert Edelgard Edelmira Edelmiro Edeltraud Edeltraut Edeltrud Edelweiss Eden Edenia Edentina
Eder Edgar Edgaras Edgard Edgardo Edgardovich Edgarovich Edgars Edgübay Edhitha Edi Edie Edier
Edil Edilberto Edilma Edilon Edilson Edin Edina Edinah Edine Edinson Edion Edir Edison Edisson
Edit Edita Edite Edith Editha Editta Ediz Edla Edma Edmero Edmon Edmond Edmonda Edmondo Edmonia
Edmund Edmunda Edmundo Edmunds Edmur Edmée Edna Ednah Edo Edoardo Edon Edona Edonis Edouard
Edra Edrie Edris Edsel Edson Edu Eduar Eduard Eduarda Eduardo Eduardovich Eduardovna Eduards
Eduart Eduartino Eduina Eduárda Eduíno Edvaldo Edvard Edvarda Edvardas Edvige Edvin Edvina
Edvinas Edvino Edvín Edvīns Edw Edwar Edward Edwardo Edwin Edwina Edy Edyta Edyth Edythe Edéria
Edílon Edīte Eedit Eedo Eef Eefje Eeli Eelin Eelis Eemeli Eemil Eenok Eeri Eerik Eerika Eerikki
Eerin Eero Eesaa Eesha Eetu Eeva Eevert Eevertti Eevi Efe Efekan Efemía Effa Effi Effie Efil
Efisio Eflâtun Efraim Efrain Efraím Efraín Efrem Efren Efrén Efser Eftimia Eftimie Ega Egas
Egbert Egberta Ege Egedía Egemen Egenur Egert Egge Eggert Eggrún Eggþór Eghil Egidijus Egidio
Egil Egill Egils Egiodeo Egla Eglantina Eglantine Egle Eglė Egmont Egon Egona Egor Egzon Egzona
Egídio Eha Ehan Ehrenfried Ehrentraud Ehrhard Ehsaas Ehsan Ehte Ehtel Ehud Eia Eider Eidolv
Eidor Eidvilė Eiel Eifinn Eifred Eigil Eigill Eigo Eija Eijaz Eik Eikar Eike Eiki Eiko Eila
Eileen Eilef Eileiv Eileiþía Eilene Eiler Eilert Eilev Eilhard Eili Eilif Eilika Eilike Eiliki
Eilis Eilish Eiliv Eillert Eilífur Eimantas Eimar Eimear Eimer Eimhear Eimo Eimod Eimund Eina
Einar Einari Einbjörg Einbjørn Eindride Eindís Eine Einer Einert Einey Einfrid Einfríður
Einhild Einhildur Eini Einike Einir Eino Einride Einrun Einrún Einstein Einvald Einvarður Einy
Einína Einþór Eiolf Eiolv Eir Eira Eiravati Eirdís Eirfinna Eirhild Eirik Eiril Eirild Eirill
Eirin Eirini Eirny Eirný Eirun Eirunn Eiríka Eiríksína Eiríkur Eirún Eistein Eitel Eithan
Eithel Eithne Eiulf Eivald Eivi Eivin Eivind Eivinn Eivor Eivör Eiðar Eiðný Eiðunn Eiður Eja
Ejaz Ejlaal Ejler Ejnar Ejner Ejtan Ejup Ejvind Eka Ekaja Ekalinga Ekani Ekansh Ekanta Ekantika
Ekapad Ekaraj Ekaterina Ekavir Ekbal Ekber Ekene Ekin Ekiya Ekkehard Ekkehart Ekmel Eko Ekow
Ekrem Ekta Ektavon Ekundayo Ekundu El-Amin Ela Eladia Eladio Elaf Elaina Elaine Elam Elamiye
Elana Elanda Elander Elane Elani Elanor Elar Elari Elario Elariz Elava Elayne Elba Elbasan
Elberg Elbert Elberta Elbertina Elbjørg Elbjørn Elbridge Elby Elca Elcira Elcy Elda Eldar
Eldarovna Eldberg Eldbjörg Eldbjørg Eldbjørn Elden Elder Eldey Eldfinn Eldfrid Eldgrim
Eldgrímur Eldina Eldis Eldjárn Eldlilja Eldmar Eldon Eldor Eldora Eldred Eldri Eldrid Eldridge
Eldridh Eldrun Eldrún Eldur Eldwin Eldór Eldþóra Eldəniz Ele Elea Eleadora Eleana Eleanor
Eleanora Eleanore Eleasar Elease Eleazar Electa Electra Eleena Elef Eleia Eleina Eleine Elek
Elektra Elemér Elen Elena Elenborg Elene Eleni Elenor Elenora Elenore Elentínus Elenus Elenóra
Eleodoro Eleonoora Eleonor Eleonora Eleonore Eleonóra Eleri Eleriin Elerin Elert Elery Eleseus
Eletta Elettra Eleuterio Eleutério Elevine Elevus Elex Elez Elfa Elfar Elfi Elfida Elfie Elfinn
Elfreda Elfrida Elfrieda Elfriede Elfryd Elfráður Elfrída Elfur Elg Elga Elgar Elgard Elgi
Elgie Elgin Elgo Elgün Elham Elhame Elhan Eli Elia Eliab Eliabeth Eliah Eliakimu Eliam Elian
Eliana Eliane Elianna Elianne Eliano Elias Eliaz Eliazar Elicia Elick Elida Elidia Elie Eliecer
Eliel Elien Eliesa Eliete Eliette Eliezer Elif Elife Elifnur Eliga Eligah Elige Eligia Eligio
Elihu Eliina Eliis Eliisa Eliisabet Eliise Elija Elijah Elijas Elika Eliko Elimar Elin Elina
Elinas Elinborg Eline Elinius Elinor Elinore Elinus Elinór Elinóra Elio Eliodoro Elioenai Elion
Eliona Eliot Eliott Elis Elisa Elisabet Elisabeta Elisabete Elisabeth Elisabetha Elisabetta
Elisama Elisar Elisaveta Elise Eliseba Eliseo Eliser Elisete Eliseu Eliseus Elisha Elisio
Elisiv Elisiário Eliska Elissa Elisæus Elita Eliud Elius Eliz Eliza Elizabet Elizabeta
Elizabete Elizabeth Elizabetta Elizah Elizaveta Elizbeth Elize Elizebeth Elizej Elizeus Eliána
Eliáš Eliézer Eliška Eljar Eljas Eljesa Elka Elkana Elke Elkin Ell Ella Elladio Ellamae Ellan
Elland Ellar Ellard Elle Ellef Ellen Ellena Eller Ellert Ellery Ellesef Elletra Elley Elli
Elliana Ellie Ellina Ellinor Elliot Elliott Ellis Ellisa Ellisif Ellison Ellissa Ellitze Elliði
Ellsworth Ellu Ellwood Elly Ellyn Ellín Ellís Ellý Elma Elman Elmano Elmar Elmas Elmaze Elmedin
Elmedina Elmer Elmeri Elmi Elmidar Elmiine Elmin Elmina Elmir Elmira Elmire Elmo Elmore Elmu
Elmyra Elmārs Elməddin Elna Elnara Elnarə Elnora Elnur Elnurə Elo Eloah Eloan Eloane Elodia
Elodie Elof Eloi Elois Eloisa Eloise Elon Elona Elonzo Elora Elosy Elouan Elouise Eloy Eloá
Eloísa Eloïse Elphas Elpidio Elpídio Elroy Els Elsa Elsabet Elsbeth Else Elsebet Elsebeth
Elseby Elsef Elsevər Elsi Elsie Elsinda Elson Elsworth Elsy Elsí Elsý Elta Elton Elturan Eluh
Eluína Elva Elvan Elvana Elvane Elvar Elve Elvedin Elver Elvera Elvezia Elvezio Elvi Elvia
Elvie Elviira Elvin Elvina Elvino Elvio Elvir Elvira Elvire Elvis Elvita Elvo Elvy Elvyra
Elvíra Elvý Elvīra Elwanda Elwin Elwira Elwood Elwyn Elxan Ely Elya Elyas Elyes Elyna Elyne
Elysa Elyse Elyssa Elza Elzaby Elzada Elzbieta Elzeário Elzie Elzo Elzy Eládio Elçin Eléa Eléna
Eléonore Elí Elía Elíana Elíanna Elías Elícia Elíeser Elímar Elín Elína Elínbergur Elínbet
Elínbjörg Elínbjört Elínborg Elíndís Elíngunnur Elínheiður Elínmundur Elínora Elínrós Elíná
Elínór Elírós Elís Elísa Elísabet Elísabeth Elísberg Elísia Elísio Elíza Elíša Elódia Elói
Elöve Elīna Elşad Elşən Elżbieta Ema Emad Emal Emaline Eman Emanoil Emanuel Emanuela Emanuele
Emanuella Emanuelle Emanuelly Emanuil Emanuéla Emanúel Emas Emaús Ember Embla Embrek Embuh
Emeka Emelda Emelia Emelie Emelina Emeline Emely Emelyne Emelía Emelíana Emelína Emer Emera
Emerald Emeralda Emerencia Emeric Emerich Emerika Emerita Emerka Emerson Emery Emese Emest
Emesta Emesto Emett Emi Emidio Emie Emiel Emigdio Emiko Emil Emila Emilce Emile Emilee Emili
Emilia Emilian Emiliana Emiliano Emilie Emilien Emilienne Emilija Emilijan Emilio Emilis
Emiliya Emilián Emiliána Emilly Emilse Emily Emilía Emilíana Emilíanna Emilý Emin Emina Emine
Emir Emirhan Emiro Emirşan Emit Emiş Emma Emma-Louise Emmaculate Emmah Emmalee Emmaline
Emmanuel Emmanuele Emmanuelle Emmanuil Emmanúel Emmeline Emmer Emmerich Emmet Emmett Emmi Emmie
Emmit Emmitt Emmons Emmy Emmý Emna Emo Emogene Emong Emory Emperatriz Empluk Emran Emre
Emrullah Emrush Emry Emy Emídia Emídio Emília Emílie Emílio Emý Emīlija Emīls Emő Emőke Ena
Enar Encarna Encarnacion Encarnación Encarnação Encarnita Enciána Enda Endah Endel Endor Endra
Endre Endrik Endrit Ene Enea Eneas Eneias Eneida Eneka Eneko Enel Eneli Enelin Enes Enese Enet
Enevold Enfes Engelbert Engelbrecht Engelhard Engelécia Engilbert Engilbjartur Engilbjört
Engiljón Engill Engilráð Engilrós Engin Enginiz Engjell Engla Engli Engracia Engrácia Engrácio
Enid Enide Enika Enikö Enikő Enilda Enio Eniola Enis Enisa Enith Enja Enka Enn Enna Enni Ennio
Ennis Enno Ennu Eno Enoch Enock Enok Enola Enoque Enora Enos Enric Enrica Enrichetta Enrico
Enrika Enriko Enrikos Enriqua Enrique Enriqueta Ensar Ensari Ensio Enteng Enver Enya Enza Enzhe
Enzi Enzio Enzo Ené Enéh Eníta Enóla Eoghan Eoin Eola Eowyn Eper Eperke Ephantus Ephraim Ephram
Ephriam Epifania Epifanio Epifánia Epona Eponin Eponina Epp Eppie Epsie Era Eral Eraldo Eralkan
Eralp Eraltay Erasmo Erasmus Erast Erastus Eray Eraycan Erazim Erazmus Erbay Erberk Erbil
Erblin Erblina Erbuğ Erby Ercan Ercihan Ercole Ercília Ercílio Erdal Erdağ Erdem Erdemer Erdi
Erdibay Erdin Erdinç Erdmute Erdogan Erduan Erdursun Ere Erek Erem Eremia Eren Erenalp Erendira
Erendiria Erensoy Eres Erez Ergener Ergin Erginel Ergo Ergönül Ergül Ergün Erhard Erhardt
Eriberto Eric Erica Erich Erick Ericka Erico Erie Eriika Erijon Erik Erika Erikas Erim Erin
Erina Erine Eringisl Erinn Erinç Erinçer Erion Eriona Erique Eris Erisa Eriz Eriş Erja Erjon
Erjona Erk Erkan Erke Erki Erkinel Erkki Erkko Erkmen Erko Erksoy Erkut Erkılıç Erla Erland
Erlar Erle Erlea Erlen Erlend Erlendur Erlene Erli Erlike Erlina Erlinda Erline Erling Erlingur
Erlín Erma Ermal Erman Ermanis Ermanno Erme Ermelinda Ermenegildo Ermengarda Ermenrekur Ermes
Ermete Ermias Ermina Ermine Erminia Erminio Ermir Ermira Ermitério Ermo Ermutlu Erméria Erna
Ernbiorn Ernella Ernest Ernesta Ernestas Ernesti Ernestina Ernestine Ernesto Ernests Ernestó
Erneszta Ernesztin Ernesztina Ernie Ernir Erno Ernst Ernst-August Ernst-Dieter Ernst-Otto Erny
Ernâni Ernő Erol Eron Erona Eros Eroğul Erpur Erra Errol Ersan Ersel Erseç Ersilia Ersin
Ersília Ertan Ertaylan Erte Ertekin Erten Ertuncay Ertün Ertürk Erva Ervaniye Ervin Ervina
Erving Ervín Ervína Ervínia Erwan Erwann Erwin Eryiğit Eryk Eryka Erykah Eryn Eryıldız Erza
Erzsebet Erzsébet Erátó Eröz Erün Erşat Esa Esad Esaia Esaiana Esaianna Esaias Esat Esau Esaú
Esben Esbern Esbiorn Esbjørn Esco Esekias Esekina Esekíel Esen Esenbay Esener Esengün Esentürk
Esequiel Eser Esfandyar Esgerth Esgjerd Eshan Eshana Esi Esiana Esila Esin Esja Esjar Eskama
Eskame Eskarne Eske Esker Eskil Eskild Eskinalp Eskja Esko Eslem Eslemnur Esley Esma Esmanperi
Esmaralda Esmarelda Esmay Esme Esmee Esmen Esmeralda Esmeraldo Esmerelda Esmira Esmiralda
Esmirelda Esmée Esménia Esméria Esna Esneider Esparta Espartaco Especiosa Espen Esperanza
Esperança Espiridión Espólín Esra Esrom Essa Essence Essex Essi Essie Esta Estachio Estanislau
Este Esteban Estebana Estefan Estefana Estefani Estefania Estefany Estefanía Estefânia
Estefânio Estel Estela Estelita Estell Estella Estelle Esten Estephanie Ester Estera Esteri
Estes Esteva Estevan Estevon Estevão Esther Estiawan Estie Estill Estilla Estiono Estiva
Estiven Eston Estrela Estrella Estrellita Estrith Estácio Estéfana Estéfano Estélio Estêvão
Esupofo Eszmeralda Esztella Eszter Eszténa Eső Eta Etan Etel Etela Etelca Etelka Etelvina Eteri
Etha Ethan Ethann Ethel Ethelbert Ethelene Ethelyn Ethen Ether Ethie Ethla Ethna Ethne Ethyl
Ethyle Eti Etibar Etienne Etijana Etiqad Etizaaz Etka Etna Etsuko Etta Etter Ettie Ettore Etus
Etéria Euan Euclides Eudora Eudoxia Eufemia Eufemía Eufrosina Eufrozina Eufrozína Eufrásio
Eufémia Eugen Eugena Eugene Eugenia Eugenie Eugenio Eugenius Eugine Eugène Eugénia Eugénie
Eugénio Eula Eulah Eulalia Eulalie Eulalio Eularina Eulogio Eulália Eulálie Eulógio Euna Eunan
Eunice Eunika Euniké Euphemia Eura Eurica Eurico Euridiké Eurídice Európa Eusebia Eusebie
Eusebio Eusebiu Eusebius Eustace Eustachio Eustachy Eustaquio Eustațiu Eustolia Eustorgio
Eustácio Eustáquio Eusébio Eutimio Eutropio Eutália Eutímia Euzébia Eva Eva-Lena Eva-Maria
Eva-Marie Evald Evaldas Evaldo Evalena Evaline Evalyn Evalyne Evamaria Evan Evance Evander
Evandra Evandro Evangelia Evangelina Evangeline Evangelino Evangelista Evangelos Evanghelina
Evann Evans Evar Evarado Evarist Evaristo Evcimen Evde Eve Evelena Eveli Evelia Evelien
Eveliina Evelin Evelina Eveline Evelio Evely Evelyn Evelyne Evelynn Evelácio Evelásio Evelína
Even Ever Everaldo Everardo Everet Everett Everette Everin Everline Everlyne Evert Evertt
Evetke Evette Evey Evfemía Evgenia Evgenij Evgeniya Evgeny Evgenía Evi Evia Evian Evica Evie
Evija Evika Evila Evilda Evin Evina Evind Evinda Evine Evinne Evita Evlalia Evlalía Evo Evon
Evonne Evre Evren Evrim Evrimer Evy Evélio Evêncio Evían Evíta Evódia Evžen Evženie Ewa Ewald
Ewan Ewart Ewatomi Ewelina Ewell Ewen Ewenn Ewin Ewing Ewy Exa Exaltacion Excelsa Exequiel Exie
Expedito Ey Eya Eyberg Eybjörg Eybjört Eyborg Eydan Eydis Eydís Eyfríður Eygerður Eygló
Eyhildur Eyhlíð Eyja Eyjalín Eyjar Eyjólfur Eylaugur Eyleif Eyleifur Eylem Eylert Eylov Eylín
Eylül Eymar Eymen Eymundur Eyob Eyolf Eyríkur Eyrós Eyrún Eystein Eysteinn Eyvar Eyvaz Eyveig
Eyvind Eyvindur Eyvor Eyvík Eyvör Eyyub Eyyüp Eyüp Eyþrúður Eyþór Eyþóra Ezana Ezechiel Ezekiel
Ezell Ezequiel Ezequiela Ezgi Ezgin Ezgü Ezgütekin Ezio Ezmeralda Ezra Ezzard Ezzelin Eárine
Eðna Eðvald Eðvar Eðvarð Eşim Eşref E’zoza Faas Faber Fabia Fabian Fabiana Fabiano Fabie Fabien
Fabienne Fabio Fabiola Fabiyana Fabián Fabiána Fabião Fabiënne Fabióla Fabrice Fabricia
Fabricio Fabrisíus Fabrizia Fabrizio Fabron Fabrícia Fabrício Fabíola Facunda Facundo Faddey
Fadekemi Faderera Fadey Fadeyevich Fadi Fadil Fadila Fadile Fadilj Fadime Faduma Fadıla Fae
Fahari Fahima Fahmi Fahri Fahrudin Fahrullah Fahéj Faiga Faina Fainche Faiq Fairy Faisa Faisal
Faith Faizah Faizan Faize Falak Falan Falco Falcão Falgeir Falguni Falito Falk Falka Falko
Fallon Falon Falur Fami Famil Familə Famke Fanaka Fancy Fang Fani Fanna Fannar Fannberg Fanndís
Fanney Fanngeir Fanni Fannie Fannlaug Fanny Fannye Fanný Fantasia Fantina Fantine Fanuco Faouzi
Faqid Faqueza Fara Farah Faraj Faraja Faramundo Farangiz Faras Fares Farfalla Farhad Farhan
Farhiya Farhod Farhunnisa Fariba Farid Farida Farije Farijika Fariq Faris Fariz Fariza Farkas
Farman Faro Faron Farouk Farrah Farrell Farris Farthin Farthæghn Faruk Farulf Farzona Fastbiorn
Fastbiörn Faste Fastger Fasti Fastlög Fastridh Fastrun Fastuidus Fastulf Fastvi Fastvidh
Fatbardha Fate Fatema Fatemeh Faten Fathi Fathir Fathonah Fatigül Fatih Fatiha Fatihə Fatima
Fatimah Fatime Fatimə Fatinur Fatlind Fatlinda Fatlum Fatma Fatmanur Fatmir Fatmire Faton Fatos
Fatoumata Fatteh Fatuma Faust Fausta Faustas Faustin Faustina Faustine Faustino Fausto Faustyna
Faustýn Faustýna Fausztina Favianna Favianne Faviola Fawn Fay Faya Faye Fayette Fayina Fayize
Fazil Fazile Fazilya Fazli Fazul Fe Feargal Fearghal Feba Febe Febi Febrónia Febrún Fed Fedde
Fedele Feden Federica Federico Federigo Federika Fedir Fedor Fedora Fedorivna Fedorovich
Fedorovna Fedosey Fedoseyevich Fedosiy Fedosyevich Fedot Fedotovich Fedra Fedóra Fee Fehim
Fehintola Fehmi Fehmiye Fehér Fehéra Fehére Fehérke Feim Feime Feisal Fekla Felda Felecia
Felice Felicia Feliciana Feliciano Felicidad Felicidade Felicie Felicien Felicio Felicita
Felicitas Felicity Felicitás Felicitász Felicián Feliciána Felicja Felicjana Felicíssimo Feliks
Feliksovich Feliksovna Feline Felipa Felipe Felippe Felisa Felisbela Felisberta Felisberto
Felisbina Felisha Felisiti Felismina Felismino Felista Felister Felistus Felitsiya Felix Feliz
Felizia Felizitas Fella Felton Felícia Felície Felício Felícita Fem Fema Femi Femke Fender
Fengur Fenna Fenne Fenni Fenrir Fenton Fenya Feodora Feodosiya Feodosyevich Feofan Feofanivna
Feofanovich Feoktist Feoktistovich Ferah Ferahdiba Ferapont Ferat Feray Feraye Ferd Ferda Ferdi
Ferdinand Ferdinanda Ferdinando Ferdynand Ferdínand Feremez Ferenc Fergal Fergus Ferguson
Ferhan Ferhat Feri Ferid Ferida Feridun Feriel Ferihan Ferinaz Ferit Feriz Ferkó Ferman Fermin
Fermina Fermuta Fermín Fern Fernand Fernanda Fernande Fernandina Fernandino Fernando Ferne
Ferney Ferny Fernão Ferrand Ferre Ferrell Ferrer Ferris Ferruccio Fersan Fertram Feruza Feryas
Ferzi Festus Fet Feti Fetije Fetullah Feven Fevroniya Feyha Feykir Feyruz Feyyaz Feyza Feyzin
Feza Fia Fiachra Fiama Fiametta Fiamma Fiammetta Fibikemi Ficho Ficke Fidan Fidaye Fidel Fidela
Fidele Fidelia Fidelie Fidelio Fidelis Fidelity Fidelius Fidelma Fidencio Fides Fido Fidvi
Fidélia Fidélio Fie Fieke Fielding Fien Fiene Figen Figo Fiifi Fikayomi Fikiya Fikret Fikrije
Fikrət Filadelfia Filaret Filat Filatey Filatovich Filberto Filcho Fildan File Filemon Filena
Fili Filibert Filiberto Filidan Filikitata Filimon Filimonovich Filino Filinto Filion Filip
Filipa Filipas Filipe Filipina Filipini Filipo Filipopol Filipp Filippa Filippo Filippovich
Filippovna Filippus Filippía Filipía Filit Filitsata Filiz Filko Fillipo Fillisz Filloreta
Filmon Filo Filofteia Filomen Filomena Filomeno Filomir Filoméla Filoména Filotea Filoteu
Filpus Filumena Filémon Fimar Fimka Fin Fina Finbar Finbarr Find Findo Finger Finian Finis
Finja Finlay Finley Finn Finna Finnbjörg Finnbjörk Finnbjörn Finnboga Finnbogi Finnborg Finndal
Finndís Finne Finnegan Finney Finnfríður Finngeir Finnja Finnjón Finnlaug Finnlaugur Finnrós
Finnulf Finnur Finnvarður Finnvid Finnvidh Fino Finola Fintan Finulf Finvid Finvidh Finwith
Fiodor Fiola Fiona Fionan Fionn Fionna Fionntan Fionnuala Fionnula Fiorabla Fiore Fiorella
Fiorello Fiorenza Fiorenzo Fiori Fiorina Fiorino Firas Firat Fircho Firdavs Firdevis Firdovsi
Firman Firmin Firmina Firmino Firmo Firo Firs First Firtos Firudin Firuza Firuze Firuzə
Firəngiz Fischer Fisher Fisnik Fitan Fitim Fitnat Fitnete Fito Fitore Fitria Fitriani Fitsum
Fitzgerald Fitzhugh Fiyaz Fizaliya Fizzə Fióna Fjalar Fjalldís Fjarki Fjolla Fjóla Fjólar
Fjólmundur Fjölnir Fjölvar Fjörnir Flamina Flamur Flamínia Flanna Flannan Flavia Flavian Flavie
Flavien Flavio Flaviu Flavius Flaviya Flavián Flawia Fleance Fleda Fleet Fleeta Flem Fleming
Flemming Fleta Fletcher Fleur Flint Fliri Flo Floare Floarea Flonnie Floor Floortje Flor Flora
Florance Floransz Florbela Flore Florea Floreida Florence Florencia Florencio Florene Florens
Florent Florentin Florentina Florentine Florentino Florentsiya Florentýn Florentýna Florença
Florența Floretta Flori Floria Florian Floriana Floriane Florianna Floriano Florica Florida
Floridor Florie Florije Florika Florim Florin Florina Florinda Florine Florinia Florinio
Floripes Floris Florisa Florisbela Florita Floritzel Florival Florián Floro Florrie Flosi
Flossie Floy Floyd Flurije Flurim Flurin Flurina Flynn Flávia Flávio Flóki Flóra Flórent Flória
Flóvent Foch Fodil Fodor Foka Fokich Folashade Folda Folkar Folkbiorn Folke Folker Folkert
Folki Folkmar Folksten Folkvi Folkvidh Folmer Folu Foma Fomich Fonda Ford Forest Fori Forkun
Formosa Formosinda Forni Forrest Fortino Fortuna Fortunat Fortunata Fortunato Fortunát
Fortunáta Forum Fosca Fosil Fossberg Fossmar Foster Fot Fotima Fotina Fotinka Fotios Fotiy
Fouad Fount Fouzia Foy Fraco Fradique Frado Fran Franc Franca France Francene Frances Francesca
Francesco Franchesca Franchot Franci Francia Francie Francies Francina Francine Francis
Francisc Francisca Francisco Franciscus Franciska Francisquita Franciszek Franciszka Franck
Franclim Franco Francois Francoise Francy Francília Franjo Frank Frank-Michael Frank-Peter
Franka Frankie Franklim Franklin Frankline Franklino Franklyn Franklín Franky Frans Franses
Fransine Fransisca Fransiska Fransvis Frantisek František Františka Frants Frantsislav
Frantsivna Frantz Franz Franz-Josef Franz-Peter Franz-Xaver Franzisca Franziska François
François-Xavier Françoise Frančišek Frasco Frascuelo Fraser Frasier Fratsil Frauke Frazer
Frazier Fred Freda Fredbjørg Fredda Freddie Freddy Frede Fredegæst Frederic Frederica Frederick
Fredericka Frederico Frederik Frederika Frederike Frederikke Frederique Fredgjerd Fredhild
Fredi Fredia Frediano Fredie Fredine Fredlaug Fredly Fredmøy Fredny Fredo Fredric Fredrick
Fredricka Fredrik Fredrika Fredrikke Fredvor Fredy Freeda Freek Freeman Fregn Freia Freida
Freidis Freidunn Freira Freja Fremont French Fresco Frescura Fresia Frethi Freweini Freya
Freybjörn Freydal Freydis Freydís Freygarður Freygerður Freyja Freylaug Freyleif Freymann
Freymar Freymundur Freymóður Freyr Freysteinn Freyviður Freyþór Fria Fricis Frid Frida Fridah
Fridbjørg Fridborg Fride Fridegunde Friderika Fridgjerd Fridgunn Fridhger Fridhi Fridhild
Fridhkil Fridhlef Fridlaug Fridolin Fridolín Fridrich Fridtjoffa Fridunn Frieda Friedbert
Friede Friedegund Friedegunde Friedemann Frieder Friedericke Friederike Friedhelm Friedhilde
Friedhold Friedl Friedlinde Friedo Friedrich Friedrich-Karl Friedrich-Wilhelm Friend Frigg
Frigga Frigyes Frisco Friso Frithbiorn Frithjof Frithlef Fritz Fritzi Fritzie Friðberg
Friðbergur Friðbert Friðbjörg Friðbjörn Friðbjört Friðborg Friðdís Friðdóra Friðey Friðfinna
Friðfinnur Friðgeir Friðgerður Friðhólm Friðjón Friðjóna Friðlaug Friðlaugur Friðleif
Friðleifur Friðlín Friðmann Friðmar Friðmey Friðmundur Friðný Friðrik Friðrika Friðrikka
Friðrós Friðrún Friðsemd Friðsteinn Friður Friðveig Friðvin Friðþjófur Friðþór Friðþóra Frode
Frodo Frogertha Froilana Froilán Frol Frolovich Fromhold Frommhold Frona Fronia Fronie Fronka
Fronnie Frosina Frosti Frostrós Frothi Frusina Fruzsina Fryd Fryda Fryderyk Fryderyka Frán
Fránn Frár Fráňa Fräulein Frédéric Frédérique Frézia Frída Frímann Fríða Fríðsteinn Fríður
Fróði Fróðmar Fróðný Frö Fröbiorn Fröborg Frödis Fröger Frögerd Frögun Frögärdh Frömund Frörik
Frösten Frövidh Frøbiorn Frøger Frøgerth Frøidis Frøken Frøricus Frøsten Frøy Frøya Frøybjørn
Frøydis Frøystein Frøyvald Fstk Fuad Fuat Fuensanta Fuga Fughle Fugo Fujiko Fuko Ful Fulberta
Fulca Fulden Fulgencio Fulgêncio Fuller Fullughe Fulton Fulvia Fulvio Fulya Fuma Fumiko Funda
Fundin Funi Fura Furkan Furman Fuzayl Fuzuli Fuşya Fylkir Fynn Fyodor Fyodorovich Fyokla Fábia
Fábio Fácán Fáfnir Fálki Fáni Fáta Fátima Fânia Féba Fédora Fédra Félicia Félicie Félicien
Féline Félix Fía Fídes Fífa Fífill Fólki Fönn Føbe Fúlvio Fúsi Fügen Fülöp Fürtike Füsun Füzike
Füzuli Füzér Fırat Főbe Fəhmin Fərahim Fərda Fərhad Fərid Fəridə Fərman Fərqanə Fərrux Fəxri
Fəxriyyə Fəxrəddin Fəyyaz Fəzail Gabe Gabel Gabi Gabija Gabin Gabino Gabor Gabriel Gabriela
Gabriele Gabrielius Gabriella Gabrielle Gabrielly Gabrijel Gabrike Gabriël Gabryjel Gabríel
Gabríela Gabríella Gaby Gabínio Gada Gadang Gadde Gaddi Gading Gaduh Gael Gaela Gaelle Gaetan
Gaetana Gaetano Gafiya Gafur Gagan Gage Gaia Gaida Gaige Gail Gaiman Gaines Gaither Gaj Gaja
Gajana Gajo Gajána Gal Gala Galak Galaktion Galamb Galang Galar Galasso Galatea Galdur Gale
Galen Galena Galenia Galeno Galentin Galiana Galiano Galih Galilea Galileo Galileu Galimir
Galina Galiono Galip Galiya Galiyan Galiyen Galle Gallego Gallus Galo Galtero Galuh Galur
Galvarino Galya Gamal Gamaliel Gamalíel Gaman Gamani Gamanto Gambira Gamblang Gamble Gambo
Gammal Gamze Gancho Ganda Gandewa Gandi Ganep Gang Ganga Gangsa Gangsar Gani Ganimete Ganislav
Ganiye Ganjaran Ganna Gannon Gano Gantar Gantsomir Ganutsa Gaori Gap Gara Garabina Garabine
Garaitz Garan Garance Garang Garbina Garbine Garcia Garda Gardela Gardia Gardner Gardénia
Garech Garen Gareth Garett Garey Garfield Garibaldi Garibaldo Garifolla Garik Garika Garima
Garin Garland Garner Garnet Garnett Garnoslav Garo Garold Garpur Garret Garreth Garrett Garri
Garrick Garrison Garry Garth Garvan Garvin Gary Garðar Gas Gascão Gase Gaspar Gaspara Gaspard
Gaspare Gasparo Gasper Gasse Gasti Gaston Gastone Gastão Gastón Gathoni Gatis Gato Gatot Gatra
Gatso Gatusil Gatuslav Gaudenz Gaudêncio Gauge Gaui Gauja Gaukje Gaukur Gaula Gaurang Gaurangi
Gaurav Gauri Gaurika Gautam Gautami Gaute Gauthier Gauthild Gauthildur Gauti Gautier Gautrekur
Gautur Gautviður Gautwidus Gavan Gaven Gavin Gavino Gavriella Gavriil Gavriilovich Gavrila
Gavrilivna Gavrilo Gavrilovich Gavyn Gawati Gaweł Gay Gayana Gayane Gayathri Gaye Gayina Gayla
Gayle Gaylen Gaylene Gaylon Gaylord Gaynell Gaynelle Gazel Gazmend Gaétan Gaël Gaëlle Gaëtan
Gašpar Gbadebo Gbolahan Gbowoade Gda Gea Geanina Geanna Gearld Gearldine Gearoid Geary Gebhard
Gece Gechina Gecho Gedeon Gedeão Gediminas Gedine Gedion Gediz Gee Geert Geetika Gefjun Gefn
Geharda Gehardine Geir Geira Geirarður Geirbjörg Geirdís Geirfinna Geirfinnur Geirfrid
Geirfríður Geirharður Geirhild Geirhildur Geirhjörtur Geirhvatur Geiri Geirid Geirlaug
Geirlaugur Geirleifur Geirlöð Geirmundur Geirny Geirný Geirrid Geirríður Geirröður Geirrún
Geirtrud Geirtryggur Geirunn Geirvaldur Geirvild Geirólfur Geirþjófur Geirþrúður Geisa Geisli
Gejza Gelasiy Gelemir Gelena Gelengül Gelincik Gellir Gellért Gelsemina Gelsomina Geltrude Gelu
Gema Gemanda Gemella Gemma Gena Genadi Genadij Genadivaleriyev Genadiy Genaro Genc Gencaslan
Gencer Gencho Genciana Gene General Generosa Generosb Genesis Geneva Genevie Genevieve Genevive
Geneviève Genevra Genia Genie Genislav Genko Genna Gennadi Gennadiy Gennadiyevich Gennadiyevna
Gennadiyivna Gennadiyovich Gennadyevna Gennaro Gennie Genny Geno Genovefa Genoveffa Genovese
Genoveva Genovéva Genowefa Genriyetta Gent Genta Genti Gentijana Gentil Gentrit Genç Gençalp
Gençay Gençer Genésia Genésio Gențiana Geo Geodim Geoff Geoffrey Geoffroy Geofrey Geomil Georg
Georgann Georganna George Georgeann Georgeanna Georgel Georgelena Georgene Georges Georgeta
Georgete Georgetta Georgette Georgi Georgia Georgian Georgiana Georgiann Georgianna Georgianne
Georgie Georgina Georgine Georgino Georgios Georgitsa Georgius Georgiy Georgiyevich Georgiyevna
Georgiyivna Georgiyovich Georgy Georgía Geovana Geovanni Geovanny Ger Gera Gerald Geralda
Geraldina Geraldine Geraldo Geralyn Gerard Gerarda Gerardina Gerardine Gerardo Gerardus Gerasim
Gerasimovich Geraud Geray Gerazim Gerbera Gerberto Gerbiorn Gercho Gerd Gerda Gerdan Gerdana
Gerdi Gerdny Gerdt Gerdur Gerdy Gere Geremia Gereon Gerfridh Gerfried Gerga Gergan Gergely
Gergelyub Gergey Gergin Gergő Gerhard Gerharda Gerhardine Gerhardt Gerhart Gerhild Gerhvat Geri
Gerika Gerlag Gerlak Gerle Gerlef Gerli Gerlind Gerlinde Gerlof Gerly Gerlög Gerløgh Germain
Germaine German Germana Germanivna Germann Germano Germanovich Germar Germund Germán Gernot
Gerny Gero Gerold Gerolf Geron Geronimo Geroy Gerrard Gerri Gerrit Gerry Gerson Gersão Gert
Gerta Gertha Gerthorn Gerthrud Gerti Gertie Gertraud Gertraude Gertraut Gertrud Gertruda
Gertrude Gertrudes Gertrudis Gertrudovich Gertrúd Gertrúda Gertrúdisz Gertude Gerty Gerulf
Gerulphus Gerunn Gervasio Gervasiy Gervaso Gervast Gervat Gervi Gervidh Gervásio Gerwar Gerwara
Gerwazy Gerwin Gery Gerçek Gerða Gerðar Gerður Gerónimo Gesa Gesare Gesche Gesho Gesine Geska
Gessica Gestar Gestheiður Gestný Gestrún Gestur Gesztenye Geta Gethera Geting Getislav Getko
Geto Getrude Getso Getúlio Gevald Geza Gezana Gezane Gezim Geórgia Ghaalib Ghaazi Ghada
Ghaffaar Ghafoor Ghaith Ghalib Ghaliyati Ghanee Ghanem Ghani Ghannam Ghasaan Ghassan Ghauth
Ghawth Ghayoor Ghazalan Ghazanfar Ghazanfer Ghazawan Ghazi Ghazzal Ghenadie Gheorghe Gheorghiță
Gherghina Ghilas Ghislain Ghislaine Ghita Ghiyaath Ghiyath Ghiță Ghufran Ghulaam Ghulam Ghunayn
Ghusharib Ghusun Ghutayf Gia Giachetta Giacinta Giacinto Giacobbe Giacomo Giada Giambattista
Giampaolo Giampiero Gian Gian-Andrea Gian-Luca Gian-Marco Gian-Reto Giana Gianara Giancarla
Giancarlo Gianfrancesco Gianfranco Giani Gianina Gianluca Gianluigi Gianmarco Gianmaria Gianna
Gianni Giannina Giannino Gianpaolo Gianpiero Gianpietro Gibson Gichka Gicu Gică Gideon Gidget
Giedrius Giedrė Giel Gienek Gienia Gieri Giesela Gifford Gifløgh Gifty Gig Gigi Gigliola Gijs
Gijsbert Giko Gil Gilang Gilbert Gilberta Gilberte Gilberto Gilda GildaGina Gildardo Gilde
Gildo Gildroy Gildásio Gileade Giles Gilford Giljan Gill Gilla Gille Gillermo Gilles Gillian
Gillie Gillis Gillög Gilløgh Gillý Gilma Gilman Gilmar Gilmer Gilmore Gils Gilsfjörð Gilslaug
Gilvád Gimeno Gina Ginebra Ginessa Ginestal Ginette Ginevra Ginger Ginniut Ginny Gino Gintarė
Ginyas Gioacchino Gioachino Gioconda Gioele Gioffre Gioffreda Gioia Gion Giona Gionata Giord
Giordana Giordano Giordh Giorgia Giorgian Giorgiana Giorgina Giorgino Giorgio Giosetta Giosue
Giosuè Giovana Giovani Giovanna Giovannetta Giovanni Giovanny Giraldina Giraldo Giray Girel
Girgin Girik Girindra Girish Girolamo Girtha Girão Gisa Gisbert Gise Gisela Giselda Gisele
Giselher Gisella Giselle Gisete Gisl Gisla Gislaine Gisle Gislena Gislene Gislinde Gislög
Gisløgh Gismund Gissel Gisselle Gissle Gissunn Gissur Giszmunda Gisèle Gita Gitana Gitau
Githinji Gitonga Gitta Gitte Giuditta Giulia Giulian Giuliana Giuliano Giulietta Giulio Giurdh
Giuseppa Giuseppe Giuseppina Giustina Giustino Giusy Giveza Giz Giza Gizane Gizdalen Gizdana
Gizela Gizella Gizem Gizur Giörell Giötarr Gjaflaug Gjergj Gjerlof Gjerluf Gjerløv Gjord Gjyle
Gjöli Gjúki Gladis Gladko Gladstone Glady Gladyce Gladys Glafira Glanville Glauco Glayds
Glaúcia Glbitsa Gleb Glebovich Glen Glenda Glendon Glendora Glenka Glenn Glenna Glennie Glennis
Glenwood Glenys Glib Glibivna Glibovich Glicínia Glikeriya Glinda Gloria Glorie Gloriosa Gloría
Glover Glynda Glynis Glynn Gló Glóa Glóbjört Glódís Glóey Glói Glória Glóð Glúmur Gnarr Gnat
Gneisti Gniewko Gniewomir Gnupa Gnurr Gná Gnúpur Gnýr Goar Goda Godalupe Godelieva Godelieve
Godert Godfredo Godfrey Godhe Godiva Godofredo Godomir Godwin Godwinus Goebel Goethe Goffredo
Gohar Gola Golda Golden Goldia Goldie Goldina Golle Golo Golubka Golubko Goma Gomes Gonca
Goncafer Goncalo Gone Gonne Gonnor Gonzaga Gonzalo Gonçala Gonçalo Gopal Gor Goran Gorane
Gorazd Gordan Gordana Gorden Gordey Gordeyevich Gordislav Gordiy Gordiyivna Gordiyovich
Gordodum Gordogost Gordomisl Gordon Gordoslav Gordyata Gordána Goreti Gorge Gorica Goriglyad
Gorimir Gorimisl Gorine Gorislav Gorislava Gorisvit Goritsvit Goriya Gorka Gorm Goro Gorpina
Gorun Gostauus Gostomisl Gostomysl Gostrozir Gostyata Gote Gothard Gothscalcus Gotsa Gotschalk
Gotse Gottfrid Gottfried Gotthard Gotthilf Gotthold Gottlieb Gottliebe Gottlob Gottschalk
Gottskálk Gottsveinn Gotzone Gove Governor Gower Goyo Goði Goðmundur Grace Gracelyn Gracia
Graciana Graciano Gracie Graciela Graciella Graciete Graciliana Graciliano Gracinda Graciosa
Gracián Graciána Gracja Gradimir Gradislav Grady Graeme Grafitsa Grafton Graham Graig Grainne
Granger Grani Grania Granislav Granit Grankell Grant Granville Gratiano Grau Gravelina Graves
Gray Grayce Graydon Grayling Grayson Grazia Graziana Graziano Graziela Graziella Grazyna Graça
Grażyna Gražina Grațian Grațiana Grațiela Greca Grecia Greco Green Greene Greers Greet Greete
Greg Grega Gregario Greger Gregers Gregg Greggory Gregine Gregor Gregoria Gregorian Gregorio
Gregorius Gregory Gregur Gregória Gregório Grein Greipur Grels Gremislav Gremislava Gren
Grendal Grep Greppur Grers Gret Greta Gretar Gretchen Grete Greteke Gretel Gretha Grethe
Grethel Greti Gretl Gretta Grettir Greyson Grgur Gricelda Grid Griet Grieta Griffin Griffith
Grigore Grigori Grigoriy Grigoriyivna Grigoriyovich Grigoryevich Grigoryevna Grim Grimanesa
Grimhild Grimkil Grimolf Grimulf Grimyana Grindvík Grisel Griselda Griswold Grit Grith Griva
Grizelda Grizeldisz Gro Groa Gromosław Gromovik Grove Grover Grozan Grozdinka Gry Grzegorz
Grzymisława Grácia Grácie Grácio Gráinne Grégoire Grégory Grélöð Grét Gréta Grétar Gréte Gréti
Gríma Grímar Grímey Grímheiður Grímhildur Grímkell Grímlaugur Grímnir Grímur Grímólfur
Grímúlfur Gróa Grēta Guadalberto Guadalupe Gualdim Gualter Gualterio Gualtiero Guarani Guarino
Gudbjørg Gudborg Gudelig Gudfinna Gudfrid Gudhborg Gudhfridh Gudhgärdh Gudhlög Gudhløgh
Gudhmodh Gudhrun Gudhvi Gudlaug Gudleiv Gudmanda Gudmunda Gudny Gudrid Gudrun Gudrund Gudula
Gudunn Gudve Gudveig Gudvor Gueir Guendolina Guenter Guenther Guerino Guglielmo Gugu Gugulethu
Gui Guida Guiditta Guido Guildo Guilford Guilhem Guilherme Guilhermina Guilhermino Guillaume
Guillelmina Guillermina Guillermo Guimar Guiomar Guiseppe Guislena Guislene Guiying Guja Gulab
Gulbjørg Guldborg Guldis Gulene Gulfaam Gulfam Gulielma Gulina Guline Gull Gulla Gullan Gullaug
Gullbjørg Gullborg Gullbrá Gulldis Gulli Gulline Gullovna Gullu Gullue Gullveig Gully Gullög
Gullý Gulmira Gulnar Gulnara Gulnaz Gulogna Gulovna Gulowna Gulshan Gulshat Gulu Gulyayviter
Gulzar Gulzira Gumbor Gumercindo Gumersindo Gumesindo Gumi Gumma Gun Gun-Britt Guna Gunar
Gunbir Gunbiørgh Gunborg Gunborgh Gunda Gundborg Gundel Gundhild Gundi Gundine Gundla Gundolf
Gundula Gundwig Guneet Gunelie Guney Gunfrid Gunfridh Gunhedh Gunheidh Gunhild Gunhilda
Gunhilde Gunhwat Gunilda Gunilla Gunita Gunkil Gunla Gunlaug Gunlef Gunløgh Gunn Gunna Gunnar
Gunnarda Gunnberg Gunnbjörg Gunnbjörn Gunnbjört Gunnbjørg Gunnbor Gunnborg Gunndis Gunndís
Gunndór Gunndóra Gunne Gunnel Gunnella Gunner Gunnfinna Gunnfrid Gunnfríður Gunngeir Gunnhallur
Gunnharda Gunnharða Gunnheid Gunnheiður Gunnhild Gunnhilda Gunnhilde Gunnhildur Gunni Gunnil
Gunnild Gunnilda Gunnjóna Gunnlaug Gunnlaugur Gunnleif Gunnleifur Gunnleiv Gunnlöð Gunnløg
Gunnolf Gunnor Gunnråd Gunnröður Gunnrød Gunnrún Gunnstein Gunnsteinn Gunntjov Gunnu Gunnulf
Gunnur Gunnvalda Gunnvaldur Gunnveig Gunnvil Gunnvor Gunnvör Gunny Gunnälf Gunnælf Gunnólfur
Gunnóli Gunnö Gunný Gunnþór Gunnþóra Gunnþórunn Gunora Gunridh Gunsten Gunta Guntars Gunter
Gunther Guntherus Gunthrudh Guntis Guntram Gunvald Gunvalda Gunvar Gunvat Gunvidh Gunvor
Gunwald Gunward Gunārs Gupse Guri Guria Gurianna Gurid Gurina Gurine Guriy Gurli Gurly Gurney
Guro Gurrý Guru Guruanna Gurur Guryevich Gurå Gus Guse Gusmão Guss Gusse Gussie Gust Gusta
Gustaaf Gustaf Gustaff Gustas Gustav Gustava Gustave Gustavo Gustavus Gustaw Gustawa Gusti
Gustie Gustine Gustomisl Gustáv Gusztáv Gute Guterre Guthbiorn Guthbrand Guthfast Guthi Guthir
Guthki Guthmar Guthmund Guthrie Guthrik Guthrun Guththorm Guti Gutti Guttormur Guus Guusje Guve
Guy Guze Guzi Guðberg Guðbergur Guðbjarni Guðbjartur Guðbjörg Guðbjörn Guðbjört Guðborg
Guðbrandur Guðdís Guðfinna Guðfinnur Guðfreður Guðfríður Guðgeir Guðjón Guðjóna Guðlaug
Guðlaugur Guðleif Guðleifur Guðleikur Guðlín Guðmann Guðmar Guðmey Guðmon Guðmunda Guðmundur
Guðmundína Guðni Guðný Guðráður Guðríður Guðröður Guðrún Guðsteina Guðsteinn Guðvarður Guðveig
Guðveigur Guðvin Guðþór Gvardiana Gvendolin Gvendolina Gvendolína Gvozden Gvozdeyka Gwen
Gwenael Gwenaël Gwenaëlle Gwenda Gwendolen Gwendolin Gwendoline Gwendolyn Gwenn Gwidon Gwnngerd
Gwyn Gwyneth Gyda Gydha Gye Gylfi Gylla Gylle Gylve Gyna Gynna Gynter Gynther Gyopár Gyopárka
Gyrd Gyrdh Gyrdher Gyri Gyrid Gyridh Gyril Gyrild Gyrith Gyro Gyrth Gyrðir Gytha Gything Gytis
Gytta Gytė Gyugra Gyula Gyurgya Gyuri Gyuzel Gyve Gyvi Gyémánt Gyða Gyðja Gyðríður Gyöngy
Gyöngyi Gyöngyike Gyöngyvirág Gyöngyvér Gyöngyös Gyönyörű György Györgyi Györgyike Győző Gzim
Gábor Gáil Gál Gáspár Gávio Gärdhar Gästil Gästulv Gædda Gæfa Gæflaug Gælle Gæsling Géda Géla
Génesis Génia Gérald Géraldine Gérard Géza Gëzim Gía Gídeon Gígja Gígjar Gígur Gígí Gísela
Gísla Gísley Gísli Gíslný Gíslrún Gíslunn Gíslína Gíta Góa Gógó Gói Góði Gödar Gödelig Gödert
Gödika Gök Gökalp Gökay Gökberk Gökbudun Gökdeniz Göken Göker Gökhan Gökmen Göknur Gökperi
Göksagun Göksel Göksev Göksu Göktan Gökten Göktuna Göktunç Göktürk Gökçe Gökçebalan Gökçil Göli
Gölig Gölog Gönen Gönenç Gönül Göran Görel Görgünay Görkem Görklü Görkmen Görsev Görvel Gösta
Göstaff Göstav Göte Götke Götmar Götstaf Götulf Götz Götzeke Götzele Gözde Gözel Gözem Gözen
Göğen Gødhing Gønner Gøran Gøril Gørild Gørli Gørvel Gøsta Gøt Gøtar Gøte Gøti Gøtmar Gøtolf
Gøtstaf Gøzstaf Gúa Gústaf Gústav Gücal Güher Gül Gülarə Gülay Gülağa Gülbahar Gülbala Gülbani
Gülbeyan Gülbiye Gülcan Gülcegün Güldam Gülder Güldünya Gülel Gülenay Güler Gülev Güleğen
Gülfari Gülfem Gülfeza Gülgen Gülgün Gülgüzel Gülhan Gülhisar Gülinaz Gülistan Güliz Gülizar
Gülkadın Güllühan Güllər Gülmira Gülmisal Gülnar Gülnarə Gülnaz Gülnaziye Gülnur Gülper Gülriz
Gülsalın Gülselin Gülsen Gülseren Gülsevil Gülsiye Gülsü Gülsüm Gültac Gültekin Gülten Gülter
Gültəkin Gülxar Gülzadiye Gülzar Gülçe Gülçin Gülçöhrə Gülözge Gülüs Gülüstan Gülüş Gülşa
Gülşah Gülşahin Gülşeref Gülşən Gülər Gümüştekin Gün Günal Günalp Günar Günay Günaydin Günberk
Günce Günden Gündoğan Gündüz Gündüzalp Günebakan Günel Güneri Güney Güneş Güngördü Güngören
Günkurt Günsel Günser Günter Günther Günver Günçiçek Günşen Gürarda Gürcüye Gürelcem Gürkan
Gürsal Gürten Güven Güverçin Güz Güzel Güzey Güzin Güçal Güçhan Güçkan Güçlü Güçlüer Güçlütürk
Güçyeter Gýgjar Gýmir Gűnter Gəray HSIN-HUNG HSIN-I HSIN-YU HSIU-CHEN HSIU-CHIH HSIU-CHIN
HSIU-CHU HSIU-CHUAN HSIU-FENG HSIU-HSIA HSIU-HUA HSIU-LAN HSIU-LIEN HSIU-LING HSIU-MEI
HSIU-YING HSIU-YU HSIU-YUN HUI-CHEN HUI-LING HUI-MEI Ha Haan Habacuc Habacuque Habbol Haben
Habhram Habib Habiba Habibe Habibu Habil Habor Habra Habraam Habraham Habram Habtom Hacer
Haciali Hacile Hackett Hacı Hacıbəy Hadassa Hadassah Hadda Haddi Haddur Haddý Haden Hadi
Hadicha Hadija Hadis Hadithi Hadiza Hadjer Hadley Hadrey Hadrian Hadrien Hadrián Hadwig Hae
Hafberg Hafbjörg Hafborg Hafdís Haferdh Hafey Haffjörð Hafgrímur Hafida Hafiz Hafize Hafliða
Hafliði Haflína Hafnar Hafnes Hafnfjörð Hafni Hafný Hafridh Hafrik Hafrós Hafrún Hafsa Hafsat
Hafshah Hafsteina Hafsteinn Hafthor Hafuidh Hafþór Hafþóra Hafıza Haga Hagalín Hagar Hagbarður
Hagbert Hagen Haghbardh Haghbarth Haghne Haghni Hagine Hagny Hagrun Hahn Hai Haiba Haide Haiden
Haidor Haidé Haigo Haiko Hailee Hailey Hailie Hairyanto Hajar Hajdar Hajer Hajna Hajnal
Hajnalka Hajni Hajnácska Hajo Hajrija Hajrije Hajrudin Hakan Hakatla Hake Hakeem Haken Haki
Hakikat Hakim Hakima Haklang Hakon Hakun Hal Hala Halbert Halbertus Halbiorn Halda Haldan
Halden Haldi Haldis Haldo Haldog Haldor Haldora Haldri Haldrid Halduor Hale Haleigh Halenur
Haley Halfdan Halffred Halgard Halgerd Halgjerd Halgrim Hali Halid Halida Halidun Halie Halil
Halim Halima Halime Halina Halisi Halit Haliye Haljand Halka Hall Halla Hallaug Hallbera
Hallberg Hallbiorn Hallbjörg Hallbjörn Hallbjørg Hallbjørn Hallborg Halldis Halldo Halldor
Halldora Halldís Halldór Halldóra Halle Haller Halley Hallfred Hallfreður Hallfrid Hallfrida
Hallfríður Hallfrød Hallgarður Hallgeir Hallgerd Hallgerður Hallgils Hallgjerd Hallgrim
Hallgrímur Hallgunn Hallgunnur Halli Hallie Halliki Hallkatla Hallkel Hallkell Hallkjell
Hallmann Hallmar Hallmundur Hallný Hallor Hallrid Hallrún Hallsteinn Hallur Hallvarda
Hallvarður Hallveig Hallvidh Hallvor Hallvordine Hallvör Hally Halløy Hallþór Hals Halsand
Halsey Halsten Haluk Halvar Halvara Halvard Halvarda Halvardh Halvidh Halvordine Halwarth Ham
Hamar Hamdija Hamfrid Hami Hamid Hamilton Hamima Hamis Hamish Hamisi Hamit Hamiyet Hamlin Hamp
Hampton Hampus Hamsini Hamund Hamza Hamzah Han Hana Hanae Hanako Hanane Hanbiken Hand Handan
Handine Hando Handy Hane Hanedan Hang Hanga Hanh Hani Hania Hanifa Hanife Hanim Hanis Hanja
Hank Hanka Hanken Hanna Hannabel Hannah Hannchen Hanne Hanne-Lore Hannele Hanneli Hannelore
Hannes Hanney Hanni Hannibal Hanniken Hanno Hanns Hannu Hannus Hanny Hanora Hans Hans-Adolf
Hans-Albert Hans-Bernd Hans-Christian Hans-Detlef Hans-Dieter Hans-Dietrich Hans-Eberhard
Hans-Erich Hans-Friedrich Hans-Georg Hans-Gerd Hans-Gerhard Hans-Günter Hans-Günther
Hans-Heinrich Hans-Helmut Hans-Henning Hans-Herbert Hans-Hermann Hans-Hinrich Hans-Joachim
Hans-Jochen Hans-Josef Hans-Jörg Hans-Jürg Hans-Jürgen Hans-Karl Hans-Ludwig Hans-Martin
Hans-Michael Hans-Otto Hans-Peter Hans-Rainer Hans-Rudolf Hans-Ruedi Hans-Theo Hans-Ulrich
Hans-Uwe Hans-Walter Hans-Werner Hans-Wilhelm Hans-Willi Hans-Wolfgang Hansa Hansel Hansford
Hansgeorg Hansia Hansina Hansine Hansjoachim Hansjörg Hansjürg Hansjürgen Hanson Hansoy
Hanspeter Hansrudolf Hansruedi Hanss Hansueli Hansuli Hansultan Hansy Hansína Hanto Hanus Hanuš
Hao Haquinus Har Haralamb Haralambie Harald Haralda Haraldo Haraldur Harambee Harbin Harbinaz
Harda Hardana Harden Hardh Hardhe Hardhger Hardhsten Hardi Hardie Hardik Hardin Hardine Harding
Hardis Hardy Hare Harek Hargita Hargitta Hari Hariet Harijs Harik Harika Harimurti Harinakshi
Harini Haris Harish Harita Hariz Harja Harjasa Harjaya Harjo Harl Harlan Harland Harlen Harlene
Harlet Harley Harlie Harlon Harlow Harm Harma Harman Harmat Harmatka Harmike Harmke Harmon
Harmony Harnail Harok Harol Harold Haroldo Haron Haroun Harpa Harper Harrell Harri Harrie
Harriet Harriett Harriette Harris Harrison Harro Harrold Harry Harrý Harsana Harsanto Harsaya
Harsh Harshil Hart Hartaka Hartana Harth Harthe Hartika Hartley Hartløv Hartman Hartmann
Hartmut Hartmuth Harto Hartovike Hartuvike Hartvig Hartvike Hartwell Hartwig Hartwik Hartwin
Haruka Haruko Harun Haruna Harve Harvey Harvie Harvy Hasan Hasbek Hasel Hasgül Hashiki Hashim
Hasije Hasim Haskell Haslet Hasna Hasret Hassan Hasse Hassie Hasso Hasta Hasten Hatem Hatice
Hatima Hatin Hattie Hatun Hauksteinn Haukur Haukvaldur Hauwa Hauður Hava Havali Havar Havardh
Havaska Havel Haven Haver Havin Havla Havse Havtora Hawa Hawarth Hawehindi Haxhi Hayal Hayali
Hayat Haydar Hayden Haydée Hayel Hayes Haylee Hayleigh Hayley Haylie Hayret Hayrünnisa Hays
Hayward Haywood Hazael Hazal Hazan Hazar Hazbije Hazeem Hazel Hazelle Hazen Hazine Haziran
Hazle Hazrat Hañagua Haštal Heath Heather Heaven Heba Hebba Hebe Heber Hebert Hece Hector Heda
Hedda Heddy Hedendis Hedevi Hedevig Hedewig Hedhindis Hedi Hedly Hedløy Hedny Hedrun Hedvig
Hedviga Hedviges Hedvik Hedvika Hedwig Hedwige Hedy Hedí Hee Hefni Hege Heggi Heid Heida Heide
Heide-Marie Heidelinde Heidelore Heidemarie Heiderose Heidi Heidie Heidny Heido Heidrun Heidy
Heigo Heike Heiki Heikir Heikki Heiko Heila Heili Heilika Heilike Heilmóður Heilo Heimar
Heimdal Heimir Heimlaug Heimo Heimsberg Heinar Heinart Heine Heiner Heinfried Heini Heino
Heinrekur Heinrich Heinz Heinz-Dieter Heinz-Georg Heinz-Gerd Heinz-Günter Heinz-Günther
Heinz-Joachim Heinz-Josef Heinz-Jürgen Heinz-Otto Heinz-Peter Heinz-Walter Heinz-Werner
Heinz-Wilhelm Heinz-Willi Heisi Heisl Heitor Heiða Heiðar Heiðarr Heiðberg Heiðbert Heiðbjörg
Heiðbjörk Heiðbjört Heiðbrá Heiðdís Heiðlaug Heiðlindur Heiðlóa Heiðmann Heiðmar Heiðmundur
Heiðný Heiðrekur Heiðrós Heiðrún Heiður Heiðveig Hejne Hekima Hekime Hekla Hekmet Hektor
Hekuran Hela Helaine Helan Helandrea Helar Helari Helbe Helbjørg Helda Heldemaro Helder Heldo
Heldur Heleen Heleena Helen Helena Helene Heleno Heleri Helery Helf Helfrid Helfrida Helfried
Helg Helga Helge Helger Helgfell Helgha Helghi Helgi Helgine Helgunn Heli Heliana Helier Helika
Helin Helina Heline Helinä Heliodora Heliodoro Helja Helje Heljo Helju Heljä Heljø Helka Helke
Helken Helkje Hella Hellbjørg Helle Hellen Hellena Heller Hellevi Hellevig Hellfrid Helli
Hellika Hellike Helliki Hellin Hellmut Hellmuth Hello Helly Hellä Helma Helmar Helmara Helmer
Helmi Helmiina Helmina Helmine Helmo Helmtrud Helmuastus Helmut Helmuth Helmy Helmút Helny
Heloisa Heloise Helovise Heloísa Helse Helve Helvi Helvig Hely Helyn Helén Heléna Heléne Helēna
Hema Hemal Hemang Hemangini Hemani Hemaxi Hemetério Hemi Heming Hemingine Hemitério Hemkil
Hemmert Hemming Hemmingus Hemminki Hemmo Hemulf Hemvidh Hen Hence Henderson Hendra Hendri
Hendrik Hendrika Hendrike Hendrikka Hendrikke Hendy Henekinus Henery Henichinus Henife Henika
Henike Henk Henkil Henn Henna Henneke Henner Henni Hennie Hennika Henning Henninge Henningea
Henno Henny Henný Henoch Henok Henos Henretta Henri Henric Henrich Henricus Henrieta Henriethe
Henriett Henrietta Henriette Henriikka Henrik Henrika Henrike Henrikka Henrikke Henrikki
Henriks Henriqua Henrique Henriques Henriqueta Henry Henryk Henryka Henríetta Henrý Heper Hera
Heracleea Heraclio Heraldo Herb Herberg Herbert Herberta Herberto Herbertus Herbiorn Herbjörg
Herbjörn Herbjört Herbjørg Herbor Herborg Herbrikt Herculano Herdis Herdovike Herdís Hereth
Herewardus Herfinnur Herfrid Herfríður Herfrød Hergeir Hergerður Hergill Hergils Hergjerd
Hergot Hergunn Heribert Heriberto Herje Herjólfur Herki Herkko Herko Herlander Herlaug
Herlaugur Herlef Herleifur Herlinda Herlinde Herluf Herlugh Herly Herma Herman Hermana Hermanda
Hermanis Hermann Hermann-Josef Hermanna Hermanni Hermannus Hermano Hermelinda Hermenegilda
Hermenegildo Hermes Hermia Hermike Hermiken Hermila Hermina Herminda Hermine Herminia Herminio
Hermiona Hermitério Hermon Hermosa Hermoth Hermundur Hermânia Hermína Hermínia Hermínio
Hermóður Hernan Hernandez Hernando Herney Herny Hernán Hernâni Herolind Herrmann Herschel
Hershel Hershell Hersilía Hersir Hersteinn Hersveinn Hersília Herta Hertevike Hertha Hertta
Heru Herulf Hervar Hervarður Hervey Hervin Hervor Hervora Hervé Hervê Hervör Herwarth Herwig
Heryanto Herédia Herédio Herénia Herþrúður Hesbon Hessel Hessie Hester Hesti Heta Heti Hetlin
Hettel Hetti Hettie Hetty Heva Heves Hevin Hexe Hexi Heydər Heyke Heyki Heyvetullah Heyward
Hezekiah Hezniye Hezron Hezzie Heřman Hiacinta Hiacynta Hiarni Hiba Hicham Hicran Hidajete
Hidaya Hidde Hideki Hideo Hidhin Hidhinbiorn Hidir Hiedi Hielm Hien Hieronim Hieronima
Hieronomo Higino Hiie Hikmet Hikmete Hikmət Hila Hilah Hilal Hilar Hilaria Hilario Hilarius
Hilary Hilaríus Hilayda Hilbert Hilberta Hilbertine Hilbjørg Hilborg Hild Hilda Hildah Hildar
Hildbjørg Hildborg Hildburg Hilde Hildeberto Hildebjørg Hildeborg Hildebrand Hildebrando
Hildefrid Hildegaard Hildegard Hildegarda Hildegarde Hildegardo Hildegart Hildegerd Hildegjerd
Hildegun Hildegund Hildegunde Hildegunn Hildegunna Hildegárd Hildegærdh Hildelita Hilderid
Hildfrid Hildiberg Hildibergur Hildibjörg Hildibrandur Hildiburg Hildigard Hildigeir
Hildigerður Hildiglúmur Hildigunnur Hildimar Hildimundur Hilding Hildingur Hildir Hildiríður
Hildisif Hildiþór Hildny Hildolf Hildora Hildred Hildri Hildrid Hildrun Hildulf Hildunn Hildur
Hilja Hilje Hilka Hilkka Hill Hilla Hillar Hillard Hillart Hillary Hille Hillegier Hillegierd
Hillegärd Hillery Hillevi Hilliard Hilma Hilmar Hilmer Hilmi Hilmir Hilppa Hilton Hiltraud
Hiltrud Hilária Hilário Himawan Himinbjörg Himri Hind Hindal Hindrek Hindrika Hinet Hinewai
Hinric Hinrich Hinrik Hinrika Hinrikka Hints Hintze Hinza Hinze Hinzele Hipolit Hipolita
Hipolito Hippia Hippolita Hippolyte Hipólito Hira Hiral Hiram Hirije Hiroko Hirondino Hiroshi
Hirvo Hisako Hisen Hitesh Hithin Hiälmdis Hiälmlög Hiælm Hiælmger Hiçsönmez Hjallkár Hjalmar
Hjalmer Hjalta Hjaltalín Hjaltdal Hjalte Hjaltey Hjalti Hjarnar Hjuke Hjálmar Hjálmdís Hjálmey
Hjálmfríður Hjálmgeir Hjálmgerður Hjálmrós Hjálmrún Hjálmtýr Hjálmur Hjálmveig Hjálmþór Hjälm
Hjälmger Hjærne Hjördis Hjördís Hjörfríður Hjörleif Hjörleifur Hjörný Hjörtfríður Hjörtur
Hjörtþór Hjörvar Hjørleif Hjørleiv Hjørmund Hjørulv Hjørvard Hlaðgerður Hleiðar Hleiður Hlini
Hljómur Hlynur Hlédís Hlégestur Hlér Hlíf Hlífar Hlín Hlíðar Hlíðberg Hlíðkvist Hlökk
Hlöðmundur Hlöður Hlöðvarður Hlöðver Hnappdal Hnefill Hnikar Hnikarr Hnífsdal Hoang Hoani Hoat
Hobart Hobert Hobson Hocine Hodari Hofdís Hofland Hofteig Hoghni Hoke Holda Holden Holfre
Holfred Holgeir Holger Holgero Holgerth Holgher Holland Holley Holli Hollie Hollis Holly Holm
Holma Holmbiorn Holmborg Holmdis Holme Holmes Holmfast Holmfrid Holmfridh Holmfrith Holmger
Holmgun Holmgärd Holmgärdh Holmgærdh Holmkil Holmlög Holmstanus Holmsten Holmvast Holmvi
Holmvidh Holmwith Holte Holti Holuidh Holvaster Homer Homero Homér Honey Hong Honor Honora
Honorat Honorata Honoratas Honorato Honore Honoria Honorina Honorius Honorka Honoráta Honoré
Honza Honæf Honóra Honória Honório Hoover Hope Horace Horacio Horacy Horado Horatia Horatio
Horațiu Horea Horia Hormisdas Hornfjörð Horry Horst Horst-Dieter Horst-Günter Horst-Peter
Horsten Hortencia Hortense Hortensia Hortensie Hortensio Hortensja Hortenzia Hortenzie Horton
Hortênsia Horymír Horymíra Horác Horácia Horácio Hosea Hosie Hossein Hosteen Hostimil Hostimila
Hostimír Hostimíra Hostislav Hostislava Hostivít Houcine Houda Houria Houston Hovard Hove Hovi
Howard Howell Hoy Hoyt Hoàng Hoşkadem Hoşseda Hrafn Hrafna Hrafnan Hrafnar Hrafnbergur
Hrafnborg Hrafndal Hrafndís Hrafney Hrafnfífa Hrafngerður Hrafnheiður Hrafnhildur Hrafnkatla
Hrafnkell Hrafnlaug Hrafntinna Hrafntýr Hrannar Hrappur Hraunar Hraunberg Hraundís Hredhaan
Hrefna Hreggviður Hreimur Hreinberg Hreindal Hreindís Hreinn Hreiðar Hreiðmar Hringur Hritik
Hrollaugur Hrolleifur Hrund Hrvoje Hrærekur Hrímnir Hróaldur Hróar Hróbjartur Hrói Hrólfdís
Hrólfur Hrómundur Hróðgeir Hróðmar Hróðný Hróðvar Hróðólfur Hrönn Hrútfjörð Hrútur Hsiu Huban
Hubbard Hubert Huberta Hubertine Huberto Hubertus Hudavent Hudson Hue Huey Hugberg Hugbjörg
Hugbjört Hugborg Hugdís Hugh Hughald Hughalde Hughe Hughes Hughey Hughi Hughie Hughlek Hugi
Huginn Hugleikur Hugljúf Hugo Hugon Hugrún Hugues Huguete Huguette Hugó Huia Huko Huld Hulda
Huldah Huldar Huldrik Huldrún Huldís Hulmwidus Hulte Hultrik Huma Humaira Humaiya Humayra
Humberto Humiliana Humoyun Humphrey Hunalp Hung Hunor Hunorka Hunt Hunter Hunvidh Huong Hurbert
Hurican Huriye Hurley Hurşide Hussain Hussein Huston Huu Huub Huugo Huxley Huy Huzaifa Huzuri
Hvammdal Hvannar Hvit Hvithovudh Hvítfeld Hvönn Hvězdoslav Hvězdoslava Hwa Hwit Hwithoveth
Hyacint Hyacinta Hyacinth Hye Hyldeburg Hyltir Hylur Hyman Hymen Hymir Hynek Hyo Hyon Hypolit
Hyrum Hysen Hysni Hyun Hà Hágár Hákon Hákonía Háleygur Hálfdan Hálfdán Hália Hámundur Hárekur
Hárlaugur Hásteinn Háta Hávar Hávarr Hávarður Häghvidh Häidi Hälgha Hälghe Häli Härbiorn
Härborg Härdis Härger Häriulf Härjulf Härlef Härlek Härlev Härlog Härlög Härmo Härmund Härse
Härta Härvast Härvidh Håkan Håkon Håvard Hægge Hægholf Hæghvald Hæghvidh Hælf Hælgha Hælghe
Hæming Hæmne Hængur Hænir Hæra Hærbiorn Hæriolf Hærløgh Hærmodh Hærse Hærser Hærvardh Héber
Héctor Hédi Hédila Héla Hélder Hélia Hélio Hélmut Héloïse Hélvio Hélène Héra Hérman Héðinn
Híram Hófehérke Hólger Hólm Hólmar Hólmberg Hólmbert Hólmbjörg Hólmdís Hólmfastur Hólmfríður
Hólmgeir Hólmgrímur Hólmkell Hólmsteinn Hólmþór Hóseas Hóvirág Hödd Höfðdal Högna Högni Hökümə
Hörn Hörðdal Hörður Höskuldur Höður Høghne Høk Høsse Húbert Húgó Húmi Húna Húnbjörg Húnbogi
Húndís Húngerður Húni Húnn Húnröður Hüda Hükümdar Hülya Hüma Hümbət Hümeyra Hüner Hürdoğan
Hürmet Hürrem Hüryaşar Hürüyet Hüseyin Hüseyn Hüseynqulu Hüsmen Hüsna Hüsniyyə Hüsnühâl Hüsün
Hıfzullah Hınçal Hưng Hương Həci Həcər Həmid Həsən Həsənağa Həzi Hạnh Hải Hồng Hữu I-AN I-CHEN
I-CHING I-CHUN I-FEI I-HSIUNG I-HSUAN I-TING ILMA Iacob Iag Iago Iain Iakinf Ian Iana Iancu
Ianesis Ianis Iara Iasmin Iasmina Ib Ibaad Ibadete Iban Iben Iberina Ibeth Ibidapo Ibironke
Iboja Ibolya Ibraaheem Ibraheem Ibrahim Ibrahima Ibraim Ibrani Ibrohim Ibtissem Ibun Ibán
Ibérico Ica Icey Icha Icho Icie Icy Ida Idabelle Idalete Idalia Idalina Idalisa Idalécio Idamae
Idavide Idda Ide Idell Idella Idelso Idika Idil Idonia Idor Idrees Idris Idriss Idrisse Idriz
Idrup Idun Iduna Idunn Idzia Idália Idálio Idário Idélia Idília Idık Ieremia Iesa Iesha Ieshia
Ieva Ifa Ifeanyi Ifechukwu Ifeoma Ifigénia Ifora Iftikhaar Iftikhar Ifunanya Iga Igballe Ige
Igelcemina Igild Iglika Ignace Ignacia Ignacio Ignacja Ignacy Ignado Ignas Ignat Ignati
Ignatius Ignativna Ignatiy Ignatovich Ignatyevich Ignatz Ignaz Ignazio Ignez Ignjat Ignác
Ignácia Ignácie Ignát Ignáta Ignė Igor Igorevich Igorevna Igorina Igorivna Igorovich Igors Ihab
Ihaia Ihsaan Ihsan Ihtesham Ihtiram Ihtishaam Ihtsham Iida Iikka Iina Iines Iiris Iiro Iisak
Iisakki Iita Iivana Iivari Iivi Iivo Ijaya Ijli Ika Ikbal Ike Ikenna Ikeoluwa Iker Ikhlaas
Ikhsan Ikhtiandr Ikin Iko Ikraam Ikram Ikramah Ikrimah Ikshita Ila Ilah Ilai Ilan Ilana Ilang
Ilari Ilaria Ilarie Ilario Ilarion Ilarionovich Ilariya Ilay Ilayda Ilaz Ilber Ilca Ilcho Ilda
Ildefonsa Ildefonso Ildika Ildiko Ildikó Ildo Ildız Ileana Ileen Ilena Ilene Ilenia Ilga Ilgar
Ilgaz Ilgı Ilgım Ilgın Ilham Ilhan Ilia Ilian Iliana Ilianna Ilias Ilich Ilidio Ilie Ilies
Ilija Ilijana Ilina Ilinca Ilinda Ilinichna Ilinka Iliomar Ilir Ilire Iliriana Ilirjana Iliya
Iliyan Ilja Iljana Iljas Ilka Ilkay Ilker Ilkka Ilknur Ilko Illa Illangó Illar Illart Ille
Illimar Illirika Illis Illivna Illugi Illya Illés Ilma Ilmar Ilmari Ilmatar Ilme Ilmi Ilmije
Ilmo Ilmur Ilmārs Ilo Ilon Ilona Ilonka Ilpo Ilppo Ilsa Ilse Ilta Iluminada Ilundi Ilus Iluska
Ilva Ilvi Ilya Ilyan Ilyana Ilyas Ilyasovich Ilyes Ilyess Ilyuza Ilza Ilze Ilzira Ilías Ilídia
Ilídio Ima Imad Imam Iman Imane Imani Imanol Imants Imany Imara Imaran Imbi Imed Imelda Imen
Imene Imer Imilian Imke Imma Immacolata Immaculata Immaculate Immakuláta Immanuel Immanúel Imme
Immo Immý Imo Imodzsen Imogen Imogene Imogén Imola Imona Impi Imran Imrane Imre Imrich Imron
Ina Inan Inari Inaya Incendio Incho Inci Incoronata Inda Indah Indaleta Indali Indalécio Indi
India Indiana Indie Indira Indra Indrajit Indrek Indriði Indriķis Indro Indrė Indy Indí Indía
Indíana Indíra Ine Inell Ines Inesa Inese Inessa Ineta Inez Infant Infante Ing-Britt Ing-Marie
Inga Inga-Britt Inga-Lill Ingalill Ingberg Ingbert Ingdís Inge Ingeborg Ingeborga Ingeburg
Ingeburga Ingegerd Ingegärd Ingela Ingelise Ingelore Ingemar Ingemund Inger Ingertha Ingetraud
Ingetraut Ingey Ingheiður Inghildur Ingi Ingiara Ingiberg Ingibergur Ingibert Ingibjartur
Ingibjörg Ingibjörn Ingibjört Ingiborg Ingiburgh Ingifinna Ingifrith Ingifríður Ingigerth
Ingigerður Ingilaug Ingileif Ingileifur Ingilín Ingimagn Ingimar Ingimaría Ingimoth Ingimunda
Ingimundur Ingirith Ingiríður Ingirós Ingisól Ingivaldur Ingiveig Ingiwara Ingiþór Ingjaldur
Ingmar Ingo Ingolf Ingram Ingrid Ingrida Ingried Ingrún Ingrīda Inguna Ingunn Ingvaldur Ingvar
Ingveldur Ingvi Ingólfur Ingþór Iniga Inioluwa Inka Inken Inkeri Inko Inma Inmaculada Inna
Innar Inno Innocencia Innocent Innocenzio Innokentiy Ino Inocenc Inocencia Inocencio Inocente
Inocențiu Inocência Inocêncio Inoi Insa Inta Intan Into Inácia Inácio Inès Inés Inéz Inês Ināra
Io Ioan Ioana Ioanina Ioann Ioanna Ioannis Iohanna Iola Iolanda Iole Ion Iona Ionara Ione Ionel
Ionela Ionelia Ionică Ionuț Ioque Iosefina Iosif Iosifovich Iosipovich Ioulia Iouri Ipat Ipatiy
Ipolit Ippazio Ippolit Ippolita Ippolito Ira Iracema Irada Iraida Irakliy Irati Iraz Irek
Ireland Iren Irena Irene Ireneia Irenej Ireneus Ireneusz Iretioluwa Irfan Irgo Iria Irian
Iriana Iridenta Iridian Irin Irina Irine Irinel Irineu Irineus Iriney Iringó Irini Iris
Irisalva Irish Iriyan Irja Irje Irka Irke Irko Irl Irla Irma Irmak Irmantas Irmela Irmeli
Irmelin Irmelín Irmengard Irmgard Irmhild Irmi Irmingard Irmino Irmtraud Irmtraut Irmtrud Irmý
Irnanto Irnik Irpa Irsad Irungu Irva Irven Irvin Irvine Irving Irwan Irwin Irya Iryda Iryna
Iráis Irène Irén Iréne Irēna Irıs Isa Isaac Isaack Isaak Isabeau Isabel Isabela Isabelina
Isabell Isabella Isabelle Isabelly Isac Isack Isadora Isadore Isadoro Isael Isai Isaia Isaiah
Isaias Isak Isaka Isakine Isalda Isalina Isaline Isaltina Isaltino Isam Isamar Isandro Isane
Isaque Isar Isaura Isaure Isaurinda Isauro Isay Isaya Isaí Isaías Isborg Ise Isela Iselin
Iseline Iselinn Isen Iseoluwa Isfandiyor Isfrid Isgjerd Isha Ishaan Isham Ishani Ishanvi Ishild
Ishita Ishmael Ishola Ishwar Isiah Isidor Isidora Isidore Isidoro Isidorovich Isidra Isidro
Isikhiya Isilda Isildo Isis Isjbosjet Isko Iskr Iskra Iskren Isla Islam Isleik Isleiv Islom
Ismael Ismail Ismar Ismaël Ismet Ismeta Ismo Ismoil Ismália Isméria Ismık Iso Isobel Isold
Isolda Isolde Isolete Isolina Isolino Isom Isperikh Isra Israel Israeline Isreal Isrid Isrød
Issa Issac Issack Issam Issi Istan Istatko Istiliyana Istilyan Isto Istok Istvan István Isuf
Isus Isá Isália Ita Itahisa Itala Italia Italina Italo Itanya Itko Itso Ituri Itzel Itziar Itır
Iuda Iule Iulfrith Iulia Iulian Iuliana Iuliu Iurie Iustin Iustina Iustinian Iute Iuvur Iv Iva
Ivah Ivaldo Ivalena Ivamina Ivan Ivana Ivanesa Ivanichka Ivanivna Ivanka Ivanna Ivano Ivanoel
Ivanoela Ivanovich Ivanovna Ivantoslav Ivar Ivari Ivars Iveliana Ivelisse Iver Iverson Iveta
Ivete Ivett Ivetta Ivette Ivey Ivi Ivica Ividő Ivie Ivika Ivinka Ivka Ivo Ivola Ivona Ivone
Ivonette Ivonn Ivonne Ivor Ivory Ivrike Ivrina Ivrine Ivy Iván Ivána Ivânia Iwa Iwan Iwo Iwon
Iwona Iwonka Iya Iyabode Iyad Iyadunni Iyana Iyanna Iyed Iymona Iza Izaaz Izabel Izabela
Izabell Izabella Izabelle Izabelė Izaiah Izaiáš Izak Izalino Izaura Izayah Ize Izet Izetta Izia
Izidor Izidora Izidóra Izmael Izmail Izmailovich Izméne Izola Izolda Izora Izot Izotovich
Izrael Iztok Izyaslav Izák Izóra Iærl Iærle Iærne Iærp Iærpolf Iærund Iða Iðunn Iñaki Iönis
Iöns Iösse Iønes Iønis Iøns Iørien Iørund Iúri Iľja Işin Işkın Işık Işıkay Işıl Işılay Işıman
Işın Işıner Işıt Işıtan Iška JEN-CHIEH JUI-EN JUNG-HUA Ja Ja'ir Jaabir Jaafar Jaago Jaagup Jaak
Jaakkima Jaakko Jaakoppi Jaan Jaana Jaanika Jaanis Jaano Jaanus Jabal Jabari Jabbaar Jabbar
Jabes Jabez Jabim Jabir Jabr Jabulani Jacalyn Jace Jacek Jacelyn Jacenty Jacey Jachen Jacinda
Jacinta Jacintha Jacinto Jacira Jack Jackeline Jackelyn Jacki Jackie Jackline Jacklyn
Jackqueline Jackson Jacky Jaclyn Jacob Jacoba Jacobella Jacobine Jacobo Jacobus Jacoby Jacopo
Jacqualine Jacque Jacquelin Jacqueline Jacquelyn Jacquelyne Jacquelynn Jacques Jacquetta
Jacquez Jacqui Jacquie Jacquiline Jacquline Jacqulyn Jacó Jad Jada Jade Jaden Jader Jadiel
Jadir Jadon Jadran Jadrana Jadranka Jadviga Jadwiga Jadyn Jae Jaeda Jaeden Jael Jaelle Jaelyn
Jaelynn Jaeman Jafar Jafet Jaffer Jaga Jagapati Jagaraga Jagat Jagdish Jagger Jagienka Jagna
Jago Jagoda Jagor Jagrati Jaguar Jagvi Jahangir Jahanzeb Jahdami Jahdari Jaheem Jaheim Jahi
Jahiem Jahir Jahiz Jahm Jahongir Jai Jaida Jaiden Jaider Jaidyn Jail Jailene Jailey Jailyn
Jaiman Jaime Jaimee Jaimie Jaimy Jair Jairaj Jairo Jairus Jais Jajuan Jaka Jakab Jakayla Jake
Jaki Jakob Jakobe Jakobina Jakobs Jakobína Jakop Jakov Jakub Jakuba Jakubka Jakup Jalaal Jalal
Jale Jaleel Jalees Jaleesa Jalen Jalia Jalil Jalisa Jalissa Jaliyah Jalmar Jalmari Jalmira Jalo
Jalol Jalon Jalsa Jalyn Jalynn Jalə Jama Jamaal Jamal Jamalia Jamar Jamarcus Jamari Jamarion
Jame Jamee Jameel Jamel James Jameson Jamey Jami Jamie Jamie-Lee Jamie-Leigh Jamika Jamil
Jamila Jamim Jamin Jamina Jamir Jamiro Jamison Jamiya Jammie Jamshid Jamya Jamília Jan Jan-Erik
Jan-Olof Jan-Peter Jan-Åke Jana Janae Janai Janaina Janaki Janani Janar Janardo Janay Janaína
Jancsi Jandira Jane Janean Janee Janeen Janek Janel Janeli Janelin Janell Janella Janelle
Janely Janene Janessa Janet Janeta Janete Janeth Janett Janetta Janette Janey Janez Jangwa Jani
Janiah Janic Janice Janick Janie Janiece Janik Janika Janin Janina Janine Janique Janis Janise
Janita Janiya Janiyah Janja Janka Jankat Janko Jann Janna Janne Janneke Jannet Janneth Jannetje
Jannette Janni Jannie Jannik Jannika Jannike Jannine Jannis Janno Jannu Jano Janos Janosch
Janosh Janset Jansénio January Januja Janus Janusz Januz Januária Januário Janya Janyce Japhet
Japheth Jaquan Jaque Jaquelin Jaquelina Jaqueline Jaquelyn Jaques Jaquez Jara Jarad Jarbas
Jardel Jared Jarek Jaren Jaret Jarett Jarfi Jargo Jari Jarin Jarina Jarkko Jarko Jarl Jarla
Jarlath Jarleth Jarman Jarmil Jarmila Jarmo Jarne Jarno Jaro Jarod Jarolím Jarolíma Jaromil
Jaromir Jaromił Jaromír Jaromíra Jaron Jaroslav Jaroslava Jaroslaw Jarosław Jarrad Jarred
Jarrell Jarret Jarrett Jarrod Jaruthip Jaruwan Jarvia Jarvis Jarwa Jarwadi Jarwi Jarún
Jarþrúður Jasan Jascha Jase Jasen Jasiah Jasin Jasiri Jaslene Jaslyn Jasmani Jasmiina Jasmijn
Jasmim Jasmin Jasmina Jasmine Jasminka Jasmit Jasmyn Jasmyne Jasmín Jasmína Jasna Jasněna Jason
Jasoň Jasper Jasur Jaswadi Jasão Jati Jatin Jatmiko Jatta Jaune Jaunita Javan Javen Javi Javier
Javiera Javiero Javion Javohir Javon Javonte Javorka Jawad Jax Jaxen Jaxon Jaxson Jaxton Jaxx
Jay Jaya Jayadi Jayce Jaycee Jaycie Jaycob Jayda Jaydan Jayde Jayden Jaydin Jaydon Jaye Jayeng
Jayla Jaylah Jaylan Jaylano Jaylee Jayleen Jaylen Jaylene Jaylin Jaylinn Jaylon Jaylyn Jaylynn
Jayme Jaymes Jaymie Jayna Jayne Jayson Jayvion Jayvon Jazlene Jazlyn Jazlynn Jazmin Jazmine
Jazmyn Jazmyne Jazmín Jaël Jaśmina Ja’far Jc Jda Jean Jean-Baptiste Jean-Bernard Jean-Blaise
Jean-Charles Jean-Christophe Jean-Claude Jean-David Jean-Denis Jean-François Jean-Jacques
Jean-Louis Jean-Luc Jean-Marc Jean-Marie Jean-Maurice Jean-Michel Jean-Noël Jean-Paul
Jean-Philippe Jean-Pierre Jean-Pol Jean-Robert Jean-Sébastien Jean-Yves Jean-sébastien Jeana
Jeane Jeanelle Jeanene Jeanete Jeanett Jeanetta Jeanette Jeanice Jeanie Jeanine Jeanmarie
Jeanna Jeanne Jeanne-Marie Jeannetta Jeannette Jeannie Jeannine Jeannot Jeanny Jeb Jebet
Jecinta Jed Jedediah Jedidah Jedidiah Jedidja Jeet Jeevika Jef Jeferson Jeff Jefferey Jefferson
Jeffery Jeffie Jeffrey Jeffry Jefim Jefri Jegor Jehona Jeip Jeison Jeisson Jekaterina Jela
Jelagat Jelani Jele Jelena Jelita Jelizaveta Jelka Jella Jelle Jelmer Jelte Jemal Jemeljan
Jemima Jemimah Jemina Jemma Jemond Jemutai Jen Jena Jenae Jenaro Jene Jenee Jenel Jenell
Jenelle Jenetta Jenette Jeneva Jeni Jenice Jenifer Jeniffer Jenilee Jenine Jenipher Jenise
Jenna Jennefer Jennell Jennette Jenni Jennie Jennifer Jenniffer Jennine Jennings Jenny Jennyfer
Jenný Jenoa Jenoah Jenovefa Jenovéfa Jens Jens-Peter Jens-Uwe Jensen Jensína Jente Jenthe Jenő
Jeovanni Jep Jepchirchir Jepchumba Jepkemoi Jepkoech Jepkorir Jepkosgei Jeppe Jeptha Jeptoo
Jerad Jerald Jeraldine Jeraldo Jeramiah Jeramie Jeramy Jerardo Jere Jered Jerel Jereme Jeremei
Jeremey Jeremi Jeremia Jeremiah Jeremias Jeremiasz Jeremie Jeremiáš Jeremy Jeremías Jerfi
Jerguš Jeri Jerica Jerico Jerilyn Jerilynn Jerimiah Jerimy Jerker Jerlene Jermain Jermaine
Jerman Jermey Jermiah Jerne Jernej Jerneja Jerod Jeroen Jerold Jerome Jeromos Jeromy Jeronim
Jeronima Jeronimo Jerono Jeroným Jerop Jerotich Jerrad Jerrald Jerrel Jerrell Jerri Jerrica
Jerrie Jerrilyn Jerrod Jerrold Jerry Jerson Jerta Jerusa Jerusha Jeruto Jeryl Jerzy Jerónimo
Jerôme Jes Jesca Jesenia Jesica Jesika Jesper Jess Jesse Jessee Jessenia Jessi Jessia Jessica
Jessie Jessika Jessim Jessy Jessye Jessé Jessý Jestine Jesualdo Jesus Jesusa Jesusita Jesús Jet
Jeta Jethro Jetmir Jetmira Jetmire Jeton Jetro Jett Jetta Jette Jetti Jettie Jevgeni Jevon
Jewel Jewell Jeyakumar Jezabel Jezups Ježíš Jhalak Jhan Jhoan Jhoana Jhon Jhonatan Jhonny Jhony
Ji Jia Jianna Jibril Jicchak Jie Jigme Jihan Jihane Jikke Jil Jiles Jiljí Jill Jillian Jim
Jimena Jimi Jimm Jimmee Jimmie Jimmy Jimram Jin Jina Jinawi Jindra Jindřich Jindřiška Jing
Jinjuta Jinnie Jinny Jinte Jinthe Jiordano Jiovanni Jip Jiri Jitendra Jitka Jitrin Jiřina Jiří
Jišaj Jo Joa Joabe Joachim Joachim-Friedrich Joacim Joah Joakim Joan Joana Joane Joanie Joanina
Joaninha Joann Joanna Joanne Joannes Joannie Joao Joaquim Joaquin Joaquina Joaquín Joas Joash
Job Jobe Jobjørn Jobst Jocelina Jocelino Jocelyn Jocelyne Jocelynn Jochem Jochen Jochum Jociano
Jocum Jodee Jodi Jodie Jodok Jody Joe Joeann Joel Joela Joele Joell Joella Joelle Joellen
Joelma Joep Joerg Joeri Joeseph Joesph Joetta Joette Joey Joffrey Jofre Jofred Jofrøy Jogeir
Johan Johana Johann Johanna Johannah Johanne Johannes Johans Johathan John Johna Johnathan
Johnathon Johnette Johney Johnie Johnna Johnnie Johnny Johnpaul Johnsie Johnson Johnstone Johny
Joi Joice Joie Joka Joke Joker Joko Jokūbas Jola Jolan Jolana Jolanda Jolanta Jolanthe Jole
Joleen Jolene Jolette Joli Jolie Jolien Jolijn Jolina Joline Jolyn Jolán Jolánta Jon Jona Jonah
Jonas Jonasz Jonatan Jonathan Jonathon Jonatán Jonatã Jone Jonell Jonelle Jones Jonfrid Jong
Jonhild Jonhilda Joni Jonia Jonida Jonie Jonina Jonine Jonka Jonlaug Jonna Jonne Jonnie Jonny
Jono Jonveig Jonás Jonáš Joojo Joona Joonas Joonatan Joos Joosep Jooseppi Joost Jop Joppe Jora
Joraci Joram Joran Jorann Jordan Jordana Jordanka Jordano Jorden Jordi Jordin Jordis Jordon
Jordy Jordyn Jordán Jordána Jordão Joreid Joren Joretta Jorfrid Jorga Jorge Jorgelina Jorgina
Jorhild Jori Jorid Joril Jorild Jorill Jorim Jorin Jorina Joris Jorit Jorja Jorlaug Jorma Jorn
Jorna Jorne Jorni Joron Joronn Jorrit Jort Jorun Jorund Jorunn Jorunna Jory Jorån Jorånn Jorūnė
Jos Josabete Josana Joscelina Joscelino Joscha Joschua Jose Josef Josefa Josefien Josefiina
Josefin Josefina Josefine Josefino Josefita Josefo Josefína Joselene Joselin Joselina Joselindo
Joseline Joselino Joselito Joseluis Joselyn Josep Joseph Josepha Josephat Josephina Josephine
Josephus Josete Josette Josh Joshua Joshuah Josia Josiah Josiana Josiane Josianne Josias Josie
Josiephine Josina Josine Josip Josipa Joslyn Joso Josofine Jospeh Josphat Josphine Josse
Josselin Josselina Josselino Jossie Jossif Jost Josua Josuana Josue Josué Josy Josè José
José-Luis Josée Joséfa Josélia Joséphine Jouko Jouni Journey Jovan Jovana Jovani Jovanna
Jovanni Jovannie Jovanny Jovany Joveig Jovelina Jovelino Jovian Jovica Jovina Jovita Jovito
Jovo Jována Jowita Joy Joya Joyce Joycelyn Joye Joyline Jozef Jozefa Jozefin Jozefina Jozefína
Jozo Jozsef Jozue Joás Joâo João Joé Joël Joëlle Joško Jošt Jožef Jožefa Jožica Jua Juan Juana
Juanita Juanito Juanma Juda Judah Judas Judd Jude Judge Judi Judie Judit Judita Judite Judith
Juditte Judson Judy Judyta Judyth Judá Juelz Juergen Juha Juhan Juhana Juhani Juho Jukka Jula
Julan Jule Julee Julen Julene Jules Julfrid Julhild Juli Julia Julian Juliana Juliane Juliann
Julianna Julianne Juliano Julie Julie-Anne Julieann Julien Julienne Juliet Julieta Julieth
Julietta Juliette Julija Julijan Julijana Julika Julilla Julinda Juline Julinka Julio Julious
Julisa Juliska Julissa Julita Julitta Julius Juliusz Julián Juliána Julião Juliëtte Julla
Juluis Juma Jumaane Jumadi Jumari Jun Juna June Junette Junhild Juni Junia Junie Junine Junior
Junious Juniper Junita Junius Junko Junni Juno Juozas Jupiter Jupp Jur Juraci Juraj Jure Jurek
Jurgen Jurgita Juri Jurid Jurij Juris Jurre Jusra Jussara Jusse Jussi Justa Justas Justen
Justice Justiina Justin Justina Justinas Justine Justiniani Justiniano Justino Justo Juston
Justus Justyn Justyna Justynka Justína Justýn Justýna Jusuf Jusztina Jusztícia Jusztínia Juta
Jutka Jutta Jutte Juul Juulia Juulika Juuso Juvan Juvenal Juventino Juvita Juwan Juwon Jvonne
Jyoti Jyri Jyrki Jytte Jáchym Jácinta Jácome Jáde Jádránka Jáhel Ján János Jára Járnbrá
Járngerður Járngrímur Játgeir Játmundur Játvarður Jávorka Jázmin Jânia Jäeger Järl Järle Järund
Jå Jåddå Jåp Jåper Jæger Jænis Jæns Jærl Jærle Jéni Jénifer Jérémie Jérémy Jérôme Jéssica Jó
Jóa Jóakim Jóann Jóanna Jódís Jóel Jófríður Jóhann Jóhanna Jóhanndína Jóhannes Jói Jólín Jómar
Jómundur Jón Jóna Jónanna Jónar Jónas Jónasína Jónatan Jónatas Jónbjörg Jónbjörn Jónbjört
Jóndís Jóndór Jóndóra Jóney Jónfríður Jóngeir Jóngerð Jónheiður Jónhildur Jóni Jóninna
Jónmundur Jónný Jónsteinn Jónás Jónída Jónína Jóný Jónþór Jóra Jório Jórlaug Jórunn Jóríður
Jósafat Jósavin Jósebína Jósef Jósefín Jósefína Jósep Jóska Jósteinn Jósúa Jóvin Józef Józefa
Józefina Józsa József Józsi Jökla Jökull Jökulrós Jönis Jöns Jöran Jören Jörfi Jörg Jörg-Peter
Jörgen Jörgína Jörien Jörmundur Jörn Jörri Jörundur Jörvar Jörvi Jötunn Jø Jødda Jødel Jøel
Jøger Jøgvan Jøl Jønet Jønis Jøns Jøran Jørann Jørdis Jøren Jørg Jørga Jørgen Jørghild Jørgina
Jørgine Jørginius Jørginus Jørgunn Jørhild Jøri Jøril Jørild Jørill Jørine Jørleif Jørleiv Jørn
Jørna Jørnelle Jørnille Jøron Jørulf Jørun Jørund Jørunn Jørus Jørvel Jøstein Jøsten Júdea
Júdit Júl Júlia Júlio Július Júlí Júlía Júlían Júlíana Júlíanna Júlíetta Júlíhuld Júlína
Júlírós Júlíus Júnia Júnio Júnior Júní Júnía Júníana Júníus Júnó Júrek Jürg Jürgen Jüri Jürjo
Jürmo Jürnas Jānis Jāzeps Jēkabs Jēkaubs Jędrek Jędrzej Jūla Jūle Jūlija Jūlijs KAI-HSIANG
KUAN-HUNG KUAN-LIN KUAN-TING KUAN-YU KUO-HSIUNG KUO-HUA KUO-JUNG Ka Kaamil Kaan Kaapo Kaappo
Kaapro Kaare Kaarel Kaaren Kaari Kaarin Kaarina Kaarle Kaarlo Kaashif Kaat Kaazim Kabeer Kabir
Kabiru Kacey Kachela Kaci Kacie Kacper Kacung Kacy Kada Kade Kadeem Kaden Kadence Kader
Kadherin Kadhrin Kadi Kadifeyka Kadijah Kadin Kadir Kadire Kador Kadri Kadriye Kadyn Kadınana
Kaeden Kael Kaela Kaelyn Kaelynn Kafeel Kahina Kahir Kahlil Kahro Kahu Kahurangi Kai Kai-Uwe
Kaia Kaidar Kaiden Kaidi Kaido Kaidor Kaie Kaija Kaila Kailee Kailey Kaili Kailyn Kaimar Kaimo
Kain Kaina Kaino Kaique Kairav Kaire Kairi Kairit Kais Kaisa Kaiser Kaisla Kaisu Kaitlin
Kaitlyn Kaitlynn Kaius Kaivo Kaiya Kaj Kaja Kajana Kajar Kajari Kajen Kajetan Kajetán Kajji
Kajsa Kajus Kakali Kaktus Kala Kalanidhi Kalbi Kaldi Kale Kaleb Kaleem Kaleema Kaleena Kaleigh
Kalel Kalen Kalene Kalenik Kalervo Kalet Kalev Kaleva Kalevi Kaley Kaleya Kalf Kalgay Kali
Kalie Kalim Kalina Kalipszó Kalisa Kaliyah Kaljar Kaljo Kalju Kalla Kalle Kalli Kallie Kalliopi
Kalliopé Kallistrat Kalliszta Kally Kalma Kalman Kalmann Kalmar Kalmara Kalmer Kalpit Kaltrina
Kaluda Kaluwa Kalv Kalvar Kalvin Kalyn Kam Kamal Kamala Kamar Kamari Kamaria Kamau Kambali
Kamden Kamel Kamelia Kameron Kameya Kami Kamidin Kamie Kamiel Kamil Kamila Kamilah Kamile
Kamilla Kamille Kamillo Kamilly Kamilə Kamma Kamolchanok Kamora Kamran Kamren Kamron Kamryn
Kamya Kamélia Kamí Kana Kanak Kanat Kanda Kandace Kandef Kandemir Kandi Kandice Kandida Kandis
Kandra Kandy Kane Kaneles Kanelken Kaner Kanerva Kanesha Kani Kania Kanini Kanisha Kanny
Kanpulat Kansu Kant Kanusha Kanutte Kanye Kaombwe Kaori Kaoutar Kapagan Kapitola Kapitolina
Kapiton Kapkın Kaplan Kaprasíus Kapítóla Kara Karaamat Karabaş Karaca Karaer Karah Karakucak
Karam Karama Karamelita Karan Karanbay Karanda Karani Karanja Karataş Karcan Karch Karcho
Karcsi Karda Kardelen Kardi Kardis Kardo Kare Kareem Kareen Karel Karelius Karella Karen Karena
Karenanna Karender Karene Karener Karenius Karense Karensius Karentius Karenus Karesius Karete
Karey Kari Karia Kariane Kariann Karianna Karianne Karie Karijanne Karim Karima Karimah Kariman
Karimi Karin Karina Karine Karinus Karis Karisa Karissa Karit Karita Karitas Karitha Karitász
Kariuki Karja Karkur Karl Karl-August Karl-Dieter Karl-Erik Karl-Ernst Karl-Friedrich
Karl-Georg Karl-Hans Karl-Heinrich Karl-Heinz Karl-Hermann Karl-Josef Karl-Jürgen Karl-Ludwig
Karl-Otto Karl-Peter Karl-Werner Karl-Wilhelm Karla Karle Karlee Karleen Karleif Karleiv
Karlene Karles Karley Karlfried Karlheinz Karli Karlie Karlijn Karlina Karlinna Karlis Karlo
Karlof Karlogna Karlos Karlot Karlotta Karlotte Karlovna Karluf Karlukhan Karly Karlyn Karlína
Karlīna Karma Karman Karmel Karmela Karmelina Karmella Karmen Karmo Karméla Karn Karna Karneles
Karnelis Karnelske Karnilske Karny Karo Karol Karola Karole Karolien Karoliina Karolin Karolina
Karoline Karolis Karolius Karolt Karolus Karolyn Karolína Karon Karp Karrah Karren Karri Karrie
Karry Karsa Karsana Karson Karstein Karsten Karstine Karsyn Karta Kartal Karter Kartika Karton
Karvel Kary Karya Karyl Karyme Karyn Karysa Karí Karín Karína Karítas Karó Karólín Karólína
Karún Kasam Kasander Kasandra Kasbara Kasberg Kasen Kasey Kash Kasha Kashan Kashangaki Kashif
Kashish Kashvi Kasi Kasia Kasidi Kasie Kasim Kasimir Kasimira Kasiran Kasiyah Kasián Kaskazi
Kason Kaspar Kaspara Kaspars Kasper Kasperi Kaspian Kassander Kassandra Kassi Kassidy Kassie
Kassim Kasszandra Kastor Kastora Kastriot Kastíel Kasusra Kasyan Kata Katakomb Katalin Katalina
Katalinka Katana Katariina Katarina Katarine Katarinus Katarzyna Katarína Katarínus Katarīna
Katastrofa Katcha Kate Katelijne Katelin Katelyn Katelynn Katerin Katerina Katerine Katerína
Kateřina Kathaleen Katharina Katharine Katharyn Kathe Katheleen Katherin Katherina Katherine
Katherinne Kathern Katheryn Kathey Kathi Kathie Kathinka Kathleen Kathlene Kathline Kathlyn
Kathrin Kathrine Kathryn Kathryne Kathy Kathyrn Kati Katia Katica Katie Katie-Louise Katina
Katinka Katja Katla Katleen Katlin Katlyn Katlynn Kato Katre Katri Katrice Katrien Katriina
Katrijn Katrin Katrina Katrine Katriona Katrín Katrína Katrīna Kattie Katty Katy Katya Kató
Katý Kauko Kaul Kaunka Kauno Kaupo Kaur Kauri Kauro Kauthar Kaver Kavitha Kavon Kavurt Kavya
Kawaca Kawaya Kawkab Kawthar Kay Kay-Uwe Kaya Kayagün Kayatürk Kayce Kaycee Kayden Kaydence
Kaye Kaygusuz Kayla Kaylah Kaylan Kaylee Kayleen Kayleigh Kaylen Kaylene Kayley Kayli Kaylie
Kaylin Kaylyn Kaylynn Kayna Kayra Kayrabay Kaysan Kayson Kayun Kayı Kayıhan Kayıt Kazi Kazim
Kazimiera Kazimierz Kazimir Kazimira Kazimír Kazimíra Kazka Kazuko Kazuo Kazuya Kazım Kaía
Kaðlín Kağan Kaşif Kašpar Kea Keagan Kealan Keandre Keanna Keano Keanu Keara Keaton Kecia
Keegan Keelan Keeley Keely Keena Keenan Keene Keenen Kees Keesha Keet Keeva Kefser Kegan Keidi
Keifer Keijo Keiko Keila Keili Keimo Kein Keino Keion Keira Keisha Keit Keith Keitha Keitlin
Keitlyn Keiu Keji Kekil Kelan Kelbet Kelby Kelcie Keld Kelechi Kelemen Keli Kelia Kelian Kelis
Kellan Kelle Kellee Kellen Kelley Kelli Kellie Kellu Kelly Kelly-Anne Kelly-Marie Kellye Kellý
Kelsang Kelsea Kelsey Kelsi Kelsie Kelton Kelvin Kelya Kelyan Kelâmi Kem Kemal Kemba Kemberly
Kemboi Kemen Kemuma Kemunto Ken Kena Kenan Kenari Kenda Kendal Kendall Kendell Kendra Kendrick
Kene Kenedy Kenes Keneth Kenia Kenichi Kenisha Kenji Kenley Kenn Kenna Kennard Kennedi Kennedy
Kennet Kenneth Kenney Kennith Kenno Kennth Kenny Kent Kenter Kenth Kenton Kenya Kenyangi
Kenyatta Kenyetta Kenyon Kenza Kenzhe Kenzie Kenzo Keon Kera Keran Keranka Kerem Keren Keri
Kerim Kerimbala Kerime Kerka Kerli Kerly Kerman Kermit Kermo Keron Kerri Kerrie Kerry Kersti
Kerstin Kert Kerti Kerttu Kertu Kerubina Kerubo Kerwin Kesha Keshaun Keshawn Keshia Keskin
Kessy Kete Keti Ketil Ketilbiorn Ketilbjörg Ketilbjörn Ketilelf Ketilfrith Ketilfríður Ketill
Ketilløgh Ketilríður Ketlin Ketrin Ketter Keturah Keva Kevan Keven Kevin Kevon Kevork Keya
Keyaan Keyan Keyla Keyon Keyshawn Kezban Kezia Keziah Khaalid Khaan Khacho Khadidja Khadija
Khadijah Khadiya Khaled Khalid Khalil Khalilah Khamani Khamisi Khana Khanko Khanyisile
Kharalambi Kharalampi Kharalan Kharbingr Khari Kharita Khariton Kharitoniya Kharitonovich
Kharitonovna Kharizan Kharlamovich Kharlampiy Kharlampovich Kharlampyevich Khasan Khasatin
Khavtelin Khebr Khefestion Khektor Khenriyeta Kheraklit Khernani Khilari Khiminay Khinka Khinko
Khino Khiry Khitko Khloe Khloya Khoa Khodota Kholi Khoma Khomovich Khoriv Khoroshko Khoroz
Khotibor Khotimir Khotyan Khrabr Khrabrin Khranimir Khranislava Khrelko Khrelo Khrisa Khrisanf
Khrisanka Khrischo Khrisim Khrisimir Khriso Khrista Khristalin Khristela Khristilian
Khristiliyana Khristina Khristivilin Khristiyan Khristiyela Khristo Khristodor Khristofor
Khristomil Khristomir Khristonikola Khristoslav Khristoyelena Khristozar Khristozornitsian
Khristozornitsomil Khristya Khrondel Khrusan Khuban Khubav Khubavelka Khubaven Khuben Khudan
Khvala Khvalibog Khvalimir Khvoyne Khyurrem Kia Kiaan Kiah Kian Kiana Kiandra Kianna Kiano
Kiapo Kiara Kiaran Kiarie Kiarra Kibafupia Kibar Kiber Kibet Kibibi Kiburi Kick Kidane Kiddý
Kiefer Kiel Kielo Kiera Kieran Kiernan Kieron Kierra Kiersten Kierstin Kierulf Kiesha Kieth
Kifaye Kifayət Kiia Kiira Kijana Kijani Kike Kikelomo Kiki Kikiliya Kikinda Kikka Kiley Kilian
Kilina Kilián Kiliána Kiljan Killian Killu Kilonzo Kilyan Kilían Kim Kimani Kimanzi Kimathi
Kimba Kimball Kimber Kimberely Kimberlee Kimberley Kimberli Kimberlie Kimberly Kimbery Kimbilio
Kimbo Kimbra Kimcho Kimete Kimeu Kimi Kimiko Kimmo Kimo Kimon Kimora Kimutai Kimya Kin Kina
Kinan Kinaya Kincső Kindra King Kinga Kinge Kingston Kinka Kinley Kino Kinsey Kinsley Kinta
Kinte Kinubi Kinuthia Kinyanjui Kinyua Kiojah Kioko Kip Kipchirchir Kipchumba Kipenzi Kipepeo
Kipkemboi Kipkemoi Kipkirui Kipkoech Kipkorir Kipkosgei Kipkurui Kiplagat Kiplangat Kiplimo
Kipngeno Kipngetich Kipp Kipras Kiprislav Kipriyan Kiprono Kiprop Kiprotich Kipruto Kipsang
Kiptoo Kipyegon Kir Kira Kiramettin Kirby Kircho Kiri Kiril Kirilivna Kirill Kirilla Kirillovna
Kirilo Kirilovich Kiriyen Kirk Kirka Kirke Kiro Kirsa Kirsi Kirsi-Marja Kirsika Kirsten Kirsti
Kirstie Kirstin Kirstine Kirsty Kirstín Kirt Kirui Kiryak Kiryaki Kiryako Kis Kisanet Kisanna
Kisha Kisima Kisó Kit Kitan Kitana Kitchitsa Kito Kitodar Kitomir Kitti Kittie Kitty Kittý
Kiume Kiwara Kiy Kiya Kiyan Kiyasi Kiyeslav Kiyoko Kiyoshi Kizzie Kizzy Kiäli Kjalar Kjallakur
Kjalvör Kjaran Kjarrval Kjartan Kjarval Kjeld Kjell Kjellu Kjersti Kjetil Kjostolv Kjárr
Kjærand Kjærvald Kjói Kjølv Kjønik Kjøstel Kjøstol Kjøstolv Klaas Klak Klakke Klakki Klara
Klarissa Klarissza Klarisz Klas Klaudetta Klaudia Klaudie Klaudija Klaudius Klaudiusz Klaudián
Klaudiána Klaus Klaus-Dieter Klaus-Günter Klaus-Jürgen Klaus-Michael Klaus-Peter Klaus-Ulrich
Klaus-Werner Klavdija Klavdiy Klavdiya Klavs Klea Klemen Klemencia Klemens Klement Klementin
Klementina Klementyna Klementína Klementýna Klemenz Klemetti Klemátisz Kleofas Kleofáš
Kleopatra Kleopátra Kleuna Kleve Kleópatra Klim Kliment Klimentivna Klimentovich Klint Klió
Kloe Klothilda Klothilde Klotild Klotilda Klotylda Kloya Kloé Kládía Klára Klári Kläre Klængur
Klélia Knag Knaran Knarran Knina Knox Knud Knut Knute Knyazhoslav Knörr Knútur Kobe Koby
Kocabaş Koda Kodchaporn Kodiak Kody Koech Koen Koenraad Kofi Koggi Koha Koidu Koit Kojo
Kokimira Koko Kokob Kol Kolawole Kolbeinn Kolbjörg Kolbjörn Kolbrá Kolbrún Kolby Kolcho Koldan
Koldís Kole Koleta Kolett Koletta Kolfinna Kolfinnur Kolfreyja Kolgríma Kolgrímur Kolka Koll
Kolle Kollin Kollung Kolmar Kolo Kolodar Kolodara Kolodiy Koloman Kolomba Kolombina Kolombín
Kolombína Kolskeggur Kolskjegg Kolstein Kolten Kolton Kolumbán Kolumbín Kolumbína Kolur
Kolviður Kolyu Komara Komnin Koncagül Kondo Kondrat Kondratiy Konguralp Koni Konkordia
Konkordía Konner Konnor Konný Konon Konrad Konradi Konradus Konrád Konráð Konsta Konstance
Konstancia Konstancie Konstancja Konstantin Konstantina Konstantinos Konstantinovna
Konstantinus Konstantsiya Konstanty Konstantínus Konstantýn Konstanze Konsuela Konur Konuralp
Konvald Konzuela Konštantín Kopan Kor Kora Korall Koralp Koray Korbin Korbinian Korcan Kordelia
Kordell Kordula Kordélia Korede Korel Korer Korey Kori Korina Korinna Korir Korka Korkmaz
Korkmazalp Korkut Kormlöð Kormákur Korn Kornel Kornelia Kornelija Kornelije Kornelius
Korneliusz Korneliya Kornelía Kornelíus Kornil Kornili Korniliy Kornél Kornélia Kornélie
Koronilla Kort Kortney Korugan Kory Korália Kosgei Kosisochukwu Kosma Kosmas Kosmo Kosta
Kostadinka Kostek Kostel Kosti Kostyantin Kostyantinivna Kostyantinovich Kotryna Kotuz Kourtney
Kovu Koycho Koyno Koyo Kozett Kozima Kozma Koçak Koçer Koçhan Koçkan Koðrán Kołodziej Koşukhan
Kragh Kraig Kraki Kralina Kramer Krasava Krasidara Krasimir Krasimira Krasiyana Krasnolika
Krasnovida Krasomil Krasomila Krasoslav Krasun Krasunya Kreeta Krenar Krenare Kreola Kreshnik
Kreszcencia Kreszentia Kreszenz Krešimir Kriemhild Kriemhilde Krijn Krilach Krimhilda Krimhilde
Kris Krish Krisha Krishna Krisi Krislin Krissy Krist Krista Kristabela Kristal Kristall Kristan
Kristaps Kristberg Kristbergur Kristbjörg Kristbjörn Kristborg Kristdór Kristeen Kristel
Kristella Kristelle Kristen Kristens Kristensa Krister Kristers Kristey Kristfinnur Kristfríður
Kristgeir Kristgerður Kristi Kristiaan Kristian Kristiana Kristiane Kristiarn Kristie Kristien
Kristiina Kristiine Kristijan Kristin Kristina Kristine Kristinn Kristiya Kristián Kristiāna
Kristjan Kristjana Kristján Kristjón Kristjóna Kristlaug Kristlaugur Kristle Kristleifur
Kristlind Kristlín Kristmann Kristmar Kristmundur Kristný Kristo Kristof Kristofer Kristoffer
Kristofor Kristopher Kristrós Kristrún Krists Kristupas Kristvaldur Kristvarður Kristveig
Kristvin Kristvina Kristy Kristyn Kristíana Kristíanna Kristín Kristína Kristóf Kristófer
Kristólína Kristý Kristýna Kristþór Kristþóra Kriszta Krisztina Krisztián Krisztiána Krisztofer
Kritika Krizanta Krišjānis Krišs Krištof Krok Krossdal Krstanka Krste Krsto Krum Krumma Krummi
Krunoslav Krusa Krypto Kryspian Krysta Krystal Krysten Krystian Krystin Krystina Krystle
Krystyna Kryšpín Kryštof Krzesimir Krzysztof Kría Krõõt Krševan Ksandriniya Ksawery Ksenia
Ksenija Kseniya Kubilay Kuchanua Kuddusi Kuido Kuiki Kuisma Kujoe Kujtim Kujtime Kul Kulben
Kuldar Kuldev Kulla Kullar Kulle Kullervo Kullo Kulno Kulnun Kulvo Kum Kumar Kumiko Kumral
Kumrije Kumru Kumsal Kumush Kunaporn Kuncara Kunegunda Kunhuta Kunibert Kunigunda Kunigunde
Kunka Kunnar Kuno Kunt Kunta Kunter Kunthara Kupava Kupriyan Kuria Kurigunde Kurilo Kurmet
Kurmo Kurnia Kurt Kurtis Kurtuluş Kurunzi Kuse Kushtrim Kusiima Kusta Kustaa Kustaava Kustas
Kusti Kusuma Kutay Kuter Kutgün Kutlay Kutlu Kutsal Kutsay Kutun Kuulo Kuuno Kuybida Kuzey
Kuzma Kuzman Kuzminichna Kvasir Kveldúlfur Kvetoslav Kvetoslava Kvido Kvigh Kvitan Kvitka
Kvitoslava Květa Květoslav Květoslava Květoň Květoš Květuše Kwabena Kwadwo Kwaku Kwamboka Kwame
Kwamena Kwasi Kweku Kweli Kwesi Kya Kyalo Kyan Kyana Kyano Kyara Kyla Kylah Kylan Kyle Kylee
Kyleigh Kylene Kyler Kylian Kylie Kylli Kyllian Kyllikki Kylva Kym Kymani Kymberly Kyoko
Kyosuke Kyra Kyree Kyriakos Kyrie Kyrielle Kyrill Kyrre Kyson Kystolv Kyösti Kála Kálmán Kámea
Kár Kára Kári Kármen Kármin Károly Kárí Kâmil Kâzime Käbbe Kädi Kädy Käldor Källar Käller Kärt
Käte Kätharina Käthe Kätheli Käthi Kätil Kätilrun Kätilvi Kätilög Kätlin Kätlyn Kätrin Kättil
Kättilbiorn Kättilbjörn Kättilborg Kättilfridh Kättilger Kättilgun Kättilgärdh Kättillog
Kättillög Kättilmund Kättilog Kättilvast Kättilvi Kättilö Kättilög Käty Kåra Kåre Kårfinn
Kårhild Kårleif Kårleiv Kårmund Kårstein Kårunn Kæja Kælbiorn Kæte Kæthe Kætil Kætilbiorn
Kætilfridh Kætilløgh Kætilmund Kætilvast Kætilø Késa Kévim Kévin Kía Kíra Kíran Kókó Kópur
Kórekur Köker Köksal Köktaş Kökény Könika Könül Kösemen Kövsər Køpe Kørner Kübra Kübran Külli
Küllike Külliki Küllikki Küllo Külvar Külvi Künkyi Kürşad Kārlis Kęstutis Kılıçbay Kınel Kırat
Kıraç Kırgız Kısmet Kıvanç Kıvılcım Kızıl Kızıltunç Křesomysl Křišťan Kəmalə Kəmaləddin Kənan
Kəramət Kərim L'Oréal LI-CHEN LI-CHIN LI-CHING LI-CHU LI-CHUAN LI-HSIANG LI-HSUEH LI-HUA
LI-LING LI-MEI LI-YU LI-YUN La-Salete Laban Labaron Labeeb Labib Labinot Labuh Lacey Lachelle
Lachlan Laci Lacie Lacin Lacole Lacrecia Lacresha Lacy Lada Ladarius Ladawn Laddie Laden
Ladimir Ladina Ladislao Ladislas Ladislau Ladislaus Ladislav Ladislava Ladiszla Ladli Ladolyub
Ladomila Ladomir Ladomira Ladonna Lady Laeeq Lael Laertes Laeticia Laetitia Lafayette Lafe Lage
Lagho Lagle Lahiah Lahja Lahoma Laia Laika Laila Lailah Lailati Laili Laimi Laimonis Laina
Laine Lainey Laini Laiq Laira Laire Lais Laisha Laith Laive Laivi Lajita Lajlaj Lajos Lajuana
Lakeesha Lakeisha Laken Lakendra Lakenya Lakesha Lakeshia Lakia Lakiesha Lakisha Lakita Laksana
Laksh Lakshit Lakshmi Lal Lala Lale Lali Lalia Lalie Lalita Lalka Lalko Lalla Lalo Laly Lalə
Laləzar Lamar Lamarcus Lambert Lamberta Lamberto Lambi Lambo Lambrigt Lambyu Lameck Lami Lamia
Lamin Lamine Lamiyə Lamonica Lamont Lamonte Lan Lana Lanang Lance Landan Landen Lander Landin
Lando Landon Landry Landyn Lane Lanell Lanelle Lanette Laney Lanfranco Lang Langalibalele
Langat Langgeng Lani Lanie Lanita Lanjar Lannie Lanny Lanora Lanselot Lantar Lanz Lanza Lanzo
Laoise Laora Laqeet Laquan Laquanda Laquita Lara Lara-Sophie Larae Laraine Laramie Laras Larbi
Larcia Laree Larensa Larentius Larenz Larenzo Larhonda Lari Larin Larisa Larissa Larissza
Larita Lark Larkin Laron Laronda Larraine Larrimore Larry Lars Lars-Erik Lars-Göran Lars-Olof
Lars-Åke Larseus Larsinius Lartia Larue Lary Larysa Lasandra Lascăr Lashanda Lashandra Lashaun
Lashaunda Lashawn Lashawna Lashawnda Lashay Lashell Lashon Lashonda Lashunda Laskal Laskar
Lasmanto Lasmono Lasonya Lass Lasse Lassi Lassie Lastr Laswi Laszlo Latanya Latarsha Latasha
Latashia Lateef Latesha Lathgertha Latia Laticia Latif Latifah Latika Latin Latina Latinka
Latisha Latko Lato Latonia Latonya Latoria Latosha Latoya Latoyia Latrell Latrice Latricia
Latrina Latrisha Latsa Latyu Lau Laudelino Laufar Laufey Laufheiður Laufhildur Laufkvist
Laufland Lauga Laugdal Lauge Laugey Laugheiður Laugi Lauli Launa Launcelot Laur Laura Lauralee
Lauran Laurance Lauranne Laure Laureana Laureano Laureen Laurel Laureline Lauren Laurena
Laurenc Laurence Laurencia Laurencie Laurencja Laurene Laurens Laurent Laurentino Laurentius
Laurenz Laurenția Laurențiu Lauretta Laurette Lauri Laurian Lauriane Laurianne Lauriano Laurice
Laurids Laurie Laurin Laurina Laurinda Laurindo Laurine Lauris Laurita Laurits Lauritz Laurius
Lauro Lauryn Laurynas Lauryne Laurénio Laus Laust Lautaro Lav Lavada Lavanya Lavar Lavdije
Lavdim Lavdrim Lave Lavelle Lavender Lavenia Lavera Lavern Laverna Laverne Laveta Lavette Lavin
Lavina Lavinia Lavon Lavona Lavonda Lavone Lavonia Lavonna Lavonne Lavr Lavrans Lavrants
Lavrentiy Lavínia Lavīze Lawana Lawanda Lawanna Lawerence Lawrance Lawrence Lawrencia Lawson
Lawton Lawyer Laxfoss Laya Layana Layla Laylah Laylo Layne Layth Layton Lazar Lazaro Laze Laziz
Lazura Lazzaro Lazăr Lazım Laçın Laércio Laëtitia Laíla Laís Laïla Lchezarka Lea Lea-Sophie
Leafy Leah Leal Leala Leamariya Leamon Lean Leana Leander Leandr Leandra Leandro Leane Leaner
Leanika Leann Leanna Leanne Leano Leanor Leanora Leard Leart Leatha Leatrice Lebriz Lech Lecho
Lecia Leda Ledian Ledion Ledri Ledvin Ledvor Ledün Lee Leea Leeann Leeanna Leeanne Leela Leelet
Leelo Leelou Leemet Leen Leena Leendert Leeroy Leesa Leevi Lefter Leg Lega Legawa Leggett
Legjest Leho Lehte Lehti Lei Leia Leida Leidar Leider Leidi Leidolf Leidolv Leidulf Leidulv
Leidvin Leidy Leiel Leif Leifur Leiger Leigh Leigha Leighann Leighton Leik Leiki Leiknir Leikný
Leiko Leikvard Leikvin Leila Leilani Leili Leina Leino Leire Leisa Leisha Leitha Leiu Leiul
Leivo Leiðólfur Lejan Lejla Leka Leke Lekha Lekisha Leko Lela Lelah Leland Lelar Lelet Lelia
Lella Lelle Lelya Lem Lema Lembah Lembe Lembi Lembit Lembitu Lembo Lemi Lemlem Lemma Lemme
Lemmi Lemmie Lemmik Lemmikki Lemmit Lemmitty Lemmo Lemon Lempi Lemuel Len Lena Lenah Lenard
Lenche Lene Leni Lenin Lenira Lenita Lenka Lenke Lenko Lenn Lenna Lennard Lennart Lennarth
Lennert Lenni Lennie Lennon Lennox Lenny Lenon Lenora Lenord Lenore Lente Lenthe Lenwood Leny
Lenya Lenzo Lenóra Leo Leobardo Leoberto Leocadia Leocadio Leocádia Leodegar Leokadia
Leokadiusz Leokádie Leola Leolina Leoma Leoménia Leon Leona Leonard Leonarda Leonardina
Leonardo Leonce Leoncio Leoncjusz Leone Leonel Leonete Leonetta Leonhard Leoni Leonia Leonid
Leonida Leonidas Leonides Leonidivna Leonidovich Leonidovna Leonie Leonila Leonilda Leonilde
Leonildo Leonis Leonisa Leonit Leonor Leonora Leonore Leonovna Leons Leontin Leontina Leontine
Leontiy Leontiyivna Leontiyovich Leontyne Leontýn Leontýna Leontīne Leony Leonzio Leonício
Leonídia Leonídio Leonília Leonóra Leopold Leopolda Leopoldina Leopoldine Leopoldivna Leopoldo
Leopoldovich Leopoldýna Leora Leordean Leota Leotrim Leoš Lepo Lera Lere Leroy Lerzan Lerze Les
Lesa Lesana Lese Lesh Lesha Lesia Lesivna Leslee Lesley Lesli Leslie Lesly Less Lessie Lesta
Lester Lesya Leszek Lesław Leta Letha Lethia Leticia Leticie Leticija Letisha Letisiya Letitia
Letizia Letiția Letta Letti Lettie Letty Letícia Letízia Leuther Leutrim Lev Leva Levar Levcho
Levendula Levent Levente Leverett Levern Levi Levie Levin Levina Levio Levis Levko Levon
Levoslav Levy Leví Lew Lewis Lex Lexi Lexie Lexis Lexus Lexí Leya Leydi Leyla Leyla-Katharina
Leyli Leylifer Leyna Leyre Lezize Lezlie Leão Leïla Leó León Leóna Leónia Leónidas Leónóra
Leópold Leôncio Lešek Lhamo Lhanzey Li Lia Liam Lian Liana Liane Lianne Lianor Liara Lias Liban
Libardo Libbie Libby Libera Liberal Liberalina Liberatore Liberdade Libero Liberta Liberto
Liberty Libertária Libertário Libia Libid Libni Libor Libora Liborio Liboslav Liboslava Librada
Libuša Libuše Libéria Liběna Liceth Licha Licho Lici Licia Liciniano Licinio Licínia Licínio
Lică Lida Liddie Lidia Lidiana Lidie Lidija Lidiya Lidiyka Lidka Lidmila Liduína Lidwina Lidya
Lidório Liebe Lief Lieke Lien Liene Liepa Lies Liesa Liesbet Liesbeth Lieschen Liese Liesel
Lieselot Lieselotte Liesl Liete Lieuwe Lieve Lieven Lieze Lige Ligia Ligita Liia Liidia Liilia
Liina Liis Liisa Liisbet Liisi Liisu Liivar Liivi Liivika Liivo Lijana Lika Likhiya Lila Lilah
Lilas Lilburn Lilcho Lile Lili Lili-Rose Lilia Lilian Liliana Liliane Lilianna Lilianne Liliano
Lilie Lilien Liliete Lilija Lilijana Lilika Liliom Lilit Lilita Lilite Lilith Liliya Liliána
Lilióza Lilja Liljan Liljana Liljar Liljurós Liljá Lilka Lilko Lill Lilla Lillard Lille
Lillemor Liller Lilli Lillia Lilliam Lillian Lilliana Lillianna Lillie Lillis Lilly Lillý Lilo
Lilou Lilwenn Lily Lily-Rose Lilya Lilyan Lilyana Lilyanka Lilyanna Lilá Lilý Lim Liman Limar
Limazah Limon Lin Lina Linah Linas Lincoln Lind Linda Lindah Lindar Lindberg Lindbergh Linddal
Linddís Linde Lindell Linden Lindita Lindorfo Lindoro Lindsay Lindsey Lindsy Lindy Line Lineia
Linet Linete Linett Linetta Linette Lineu Ling Lingný Linh Link Linka Linn Linna Linnar Linnart
Linnea Linnie Linnéa Lino Linsey Lintang Linton Linus Linwood Linzy Lio Lioara Lioba Lion Liona
Lionel Lior Liora Lioudmila Lipe Lipika Liposlav Lippi Lira Liridon Liridona Lirim Lirjan Liron
Lis Lisa Lisa-Maria Lisa-Marie Lisabeth Lisana Lisandra Lisandro Lisanne Lisbet Lisbeth
Lisdália Lise Lise-Lott Lise-Lotte Lisebet Liseli Liselot Liselott Liselotte Liseta Lisete
Liseth Lisette Lish Lisha Lisiane Lisle Lison Lissa Lissandra Lissette Lissi Lissie Lissy List
Listalín Liston Listvich Lisuarte Lita Litha Litle Lito Littie Little Littleton Litzy Liubov
Liudmila Liudmyla Liun Liutulf Liv Liva Livia Liviana Livianna Livie Livingstone Livio Liviu
Livius Liviána Livramento Liwia Liya Liyaaqat Liyaqat Liz Liza Lizabeth Lizandra Lizavéta
Lizbeth Lize Lizete Lizeth Lizett Lizetta Lizette Lizia Lizz Lizzette Lizzie Lizzy Lizélia
Liána Lióra Ljerko Ljilja Ljiljana Ljindita Ljuba Ljubica Ljubisa Ljubo Ljubov Ljudevit
Ljudmila Ljudmilla Ljuljeta Ljuljzim Ljuljzime Ljós Ljósbjörg Ljósbrá Ljósálfur Ljótunn Ljótur
Ljúfur Llewellyn Lloyd Lludechinus Lo Loan Loana Loane Loann Loanne Lobke Lockie Loda Lode
Lodewijk Lodovico Lodveig Lodwig Lodwik Loek Loela Loes Loet Lofn Loftur Loftveig Logan Logey
Loggin Logi Lohan Lohit Loic Loice Loida Loide Lois Loise Loit Lok Lokapele Lokbrá Loke Loki
Lokk Lokke Lokki Lokman Lola Lolit Lolita Lolla Lolli Lollie Lolly Lolya Loma Lombardi Lon Lona
Londa Londisizwe Londiwe London Londyn Lone Loney Long Longin Loni Lonie Lonna Lonnie Lonny
Lonzo Loone Loore Loot Lopa Lope Lopo Lora Loraine Loralee Loran Lorans Lorasofiya Lorayne
Lorcan Lore Lorean Loredana Loredo Loree Loreen Loreida Lorelai Lorelei Loreley Lorella Loren
Lorena Lorenc Lorene Lorent Lorentine Lorentse Lorentz Lorentze Lorenz Lorenza Lorenzo Loresa
Loreta Loreto Lorett Loretta Lorette Loretto Lori Loria Lorian Loriann Lorianne Loric Lorie
Lorik Lorilee Lorin Lorina Lorinda Lorine Loring Loris Lorisa Lorita Lorival Lorna Lorne
Lorraine Lorrayne Lorri Lorriane Lorrie Lorrine Lory Loréna Lossie Lot Lota Lotar Lotfi Lothar
Lothario Lothen Loti Lott Lotta Lotte Lotterio Lotti Lottie Lotty Lotus Lou Lou-Ann Lou-Anne
Louan Louana Louane Louann Louanna Louanne Louay Loubna Louca Loucas Louella Louetta Loui Louie
Louis Louisa Louise Louisiana Louison Louka Loukas Loula Louna Loura Lourdes Lourença Lourenço
Lourie Lourival Lousie Louvenia Lova Lovcho Love Lovell Lovella Lovett Lovetta Lovey Lovie
Loviisa Lovina Lovis Lovisa Lovorko Lovre Lovro Lovísa Lowe Lowell Lowie Loy Loya Loyal Loyce
Loyd Loyola Loyse Lozan Lozana Lozanka Lozen Loïc Loïck Loïs Loðmfjörð Loðmundur Lu Lua Luamar
Luan Luana Luann Luanna Luanne Luara Luay Luba Luberta Lubica Lubin Lubomir Lubomír Lubomíra
Lubor Lubos Luboslav Luboslava Luboš Lubélia Luc Luca Lucan Lucas Lucca Luce Lucelinda Lucena
Lucențiu Lucero Lucete Lucetta Lucette Lucha Luchezar Luchino Lucho Luci Lucia Lucialina Lucian
Luciana Lucianna Luciano Lucie Lucien Lucienne Lucija Lucila Lucile Lucileine Lucilia Lucilina
Lucilla Lucille Lucina Lucinda Lucindy Lucio Lucious Lucius Lucián Luciána Lucjan Lucjana
Lucjusz Lucky Lucrecia Lucretia Lucrezia Lucreția Lucrețiu Lucrécia Lucy Lucyna Lucélia Lucía
Lucília Lucílio Lucínio Lucíola Luda Ludano Ludger Ludgero Ludgério Ludhin Ludie Ludivina
Ludivine Ludivoj Ludiše Ludmila Ludmilla Ludmiła Ludo Ludolf Ludomír Ludomíra Ludoslav
Ludoslava Ludovic Ludovica Ludovico Ludovicus Ludovika Ludovino Ludvig Ludvik Ludvika Ludvík
Ludvíka Ludwig Ludwik Ludwika Ludwina Luděk Lue Luej Luela Luella Luena Luetta Lugenia Luger
Lugh Luhung Lui Luigi Luigia Luigina Luigino Luis Luisa Luisana Luise Luisella Luisete Luisina
Luitgard Luiz Luiza Luizete Lujza Luka Lukah Lukan Lukas Lukasz Luke Lukerya Lukita Lukiy
Lukiya Lukka Lukman Luko Lukrecius Lukretsiya Lukrécia Lukrécie Lukyan Lukács Lukás Lukáš Lula
Lulah Lular Lulcho Luli Lulie Luljeta Luljete Lulla Lulu Luluh Lulut Lulzim Lum Lumena Lumi
Lumikki Luminița Lumme Lumír Lumíra Luna Lundi Lunetta Lunette Lungile Lunna Lupe Lupicino
Lupita Luqmaan Luqman Lura Lurana Lurdes Lurdite Lurena Lurhur Lurlene Lurline Lusa Lusia Lusio
Lusiya Lussa Lussinga Luster Lut Lute Lutero Lutf Lutfan Lutfi Lutfije Lutgard Lutgarda
Lutgarde Lutgardis Lutgart Luther Luthfi Lutibor Lutie Lutobor Lutz Luuk Luukas Luule Luvenia
Luverne Luvinia Luwam Luwar Luwes Lux Luyanda Luz Luzi Luzia Luzian Luzie Luzinira Luzio Luzius
Luzmira Luís Luísa Luďka Lvovna Lwandile Ly Lya Lyalya Lyam Lyan Lyana Lyanka Lyaysan Lyda
Lydekin Lydell Lydhær Lydia Lydiah Lydiane Lydianne Lydie Lydía Lykke Lyla Lylah Lyle Lylia
Lylou Lyman Lyn Lyna Lynda Lyndia Lyndon Lyndsay Lyndsey Lyne Lynell Lynelle Lynetta Lynette
Lyngar Lyngberg Lyngheiður Lynley Lynn Lynna Lynne Lynnette Lynni Lynsey Lynwood Lyra Lyric
Lysander Lysiane Lython Lyton Lyubanya Lyubava Lyubim Lyubina Lyubislava Lyublina Lyubodar
Lyubomil Lyubomila Lyubomir Lyubomira Lyubomisl Lyubomudr Lyuborada Lyuboslav Lyuboslava
Lyubosmysl Lyubov Lyubovir Lyubozar Lyuche Lyudislav Lyudmila Lyudomil Lyulyana Lyusil Lyusila
Lyusyena Lyutobor Lyutomisl Lyutsiya Lyydi Lyydia Lyyli Lyyti Lár Lára Lárensína Lárent
Lárentíus Láretta Lárey Lárus László Lázaro Lázár Lâle Lâm Læff Lægjest Læla Lærke Léa Léana
Léandre Léane Léccio Lécio Léda Léla Lélia Léna Léni Lénia Lénio Lénárd Léo Léon Léonard Léonce
Léone Léonie Léonore Léontine Léopold Lér Léticia Létó Lía Líam Líba Líbia Lícia Lícidas Lício
Lídia Lídio Líf Lífdís Lígia Lígio Lília Lílý Lín Lína Línberg Línbjörg Líndís Líneik Líney
Línhildur Líni Línton Lísa Lísabet Lísandra Lísbet Lísebet Lív Lívia Lízi Lízie Líó Lóa Lói
Lólia Lóna Lóreley Lórens Lórenz Lótus Løssi Lúcia Lúcio Lúcía Lúkas Lúna Lúsinda Lúsía Lúter
Lúther Lúvísa Lúísa Lúðvíg Lúðvík Lúðvíka Lüdeka Lüfen Lütfi Lütfiyyə Lütold Lüüli Lýdia Lýdie
Lýdía Lýra Lýtingur Lýður Lăcrămioara Lėja Lība Līga Līna Līza Lőrinc Lūcija Ləman Lətafət
Lətif Lətifə MEI-CHEN MEI-CHU MEI-CHUAN MEI-FENG MEI-HUA MEI-HUI MEI-LAN MEI-LI MEI-LING
MEI-YING MEI-YU MEI-YUN MING-CHE MING-CHU MING-HUI MING-HUNG MING-TE MING-TSUNG Maahir Maaike
Maajid Maalik Maanas Maanav Maano Maanus Maare Maaret Maaria Maarika Maario Maarit Maarja
Maarten Maartje Maas Maawiya Maaya Maaz Maazin Mabad Mabel Mabela Mabell Mabella Mabelle
Mabilda Mable Mabília Mac MacKenzie Macarena Macaria Macario Macarthur Macati Macauley Mace
Macel Maceo Macerio Macey Macharia Machelle Maci Macide Macie Maciej Maciek Maciel Mack
Mackenzie Macs Macy Macário Mad Madaha Madail Madalena Madalene Madaleno Madaline Madalyn
Madalynn Madani Madara Madate Maddalena Madde Madden Maddie Maddison Maddox Maddux Maddý Made
Madel Madelaine Madeleine Madelene Madelief Madeline Madelon Madelyn Madelynn Madge Madhav
Madhavi Madie Madilyn Madilynn Madina Madini Madis Madisen Madison Madisyn Madita Madiyan
Madjer Madleina Madlen Madli Madlyn Madléna Madoa Madonna Madora Madre Mads Madu Mady Madyan
Madyson Madz Mae Maebell Maebelle Maegan Mael Maelia Maelie Maeline Maelle Maelly Maellys Maely
Maelyne Maelyss Maens Maes Maeva Maeve Mafalda Maftuna Magadar Magadara Magalhães Magali
Magalie Magaline Magaly Magamir Magan Magaret Magarete Magaslav Magbule Magda Magdal Magdalen
Magdalena Magdalene Magdalina Magdaline Magdaléna Magdo Magdolna Magdó Magen Magenta Magg Magga
Maggey Maggi Maggie Maggy Maggý Maghens Maghons Magistrian Magna Magndís Magne Magnea Magnes
Magney Magnfríður Magngeir Magnheiður Magnhild Magnhildur Magni Magnill Magnilla Magno Magnolia
Magnus Magnólia Magnús Magnúsína Magný Magnþór Magnþóra Mago Magons Magorka Magret Magrit
Magðalena Maha Mahad Mahala Mahali Mahalia Mahalie Mahamadou Mahamed Mahaz Mahbeer Mahboob
Mahbub Mahdee Mahdi Mahdy Mahe Maheen Maher Mahesa Mahfooz Mahfud Mahfuj Mahfuz Mahi Mahigül
Mahika Mahir Mahirə Mahizər Mahja Mahlon Mahmood Mahmoud Mahmud Mahmut Mahnaz Mahpíya Mahsun
Mahter Mahulena Mahália Mahé Mai Maia Maian Maiara Maicol Maida Maide Maido Maidu Maie Maiga
Maige Maighread Maigi Maigo Maija Maiju Maik Maika Maike Maiken Maiki Maikki Maiko Maikol Maila
Maile Maili Mailin Mailis Mailo Maily Mailys Maimouna Maimu Maimuna Maimunah Maina Maine Maingi
Mair Maira Maire Mairead Mairi Mairika Mairin Mairit Mairo Mairold Mairolt Mairtin Maisa Maisha
Maisie Maissa Maissane Maisy Maisə Mait Maite Maitê Maiu Maive Maivi Maiwenn Maiya Maj
Maj-Britt Maj-Lis Maja Majani Majd Majda Majdi Majdy Majeed Majella Majka Majken Major
Majoranna Majsa Majvor Mak Makai Makaila Makala Makan Makar Makara Makarena Makarivna Makariya
Makarovich Makarovna Makau Makayla Makeda Makeen Makena Makenna Makenzie Makhambet Makhi Makhno
Makini Makivka Makokha Makori Makrina Maks Maksim Maksimilijan Maksimiliyana Maksimiljan
Maksimilyan Maksimivna Maksimovich Maksimovna Maksur Maksym Maksyma Maksymilian Maksüde Makunga
Makuta Makuu Mal Mala Malachi Malachy Malaika Malak Malakai Malaki Malaya Malcolm Malcom Male
Malea Maleah Malek Malen Malena Malene Malgorzata Mali Malia Maliah Malick Malik Malika Malin
Malina Malinda Malini Malio Malisa Malissa Malissie Maliyah Maliza Malka Malkoç Mall Malla
Mallar Malle Mallie Mallika Mallorie Mallory Malo Malomir Malone Malorie Malou Malte Malthe
Maltina Malu Malunya Malusha Malva Malvi Malvika Malvin Malvina Malvo Malvolia Malvolio Malvína
Malwina Malwine Malía Malín Malína Mamadou Maman Mame Mamede Mamen Mamie Mammie Mamun Man Mana
Manaaki Manabu Manaf Manah Manaia Manal Manan Manar Manasbay Manassés Manawa Manbir Manca
Manchestryunayted Mancho Manda Mandel Mandi Mandie Mandla Mandlakhe Mandola Mandora Mandorla
Mandula Mandy Mane Manel Manelle Manerva Manervia Manford Manfred Manfredo Manfreð Manfréd
Manfréda Manga Mangela Mani Mania Manie Maniek Manila Manilla Manivald Manja Manka Manley
Manlio Manly Manna Manne Mannie Manning Manny Mano Manol Manola Manole Manolina Manolito Manolo
Manolya Manon Manona Manou Manoyel Mans Mansfield Manson Mansour Mansur Mansurali Mansvet
Manszvéta Mantas Manthan Mantė Manu Manual Manuel Manuela Manuele Manuelita Manuella Manuelle
Manuelo Manuil Manus Manush Manuél Manuéla Many Manya Manyi Manyu Manúel Manúela Manúella Mao
Maons Maple Mapril Maqsud Mar Mara Mara-Julie Maraantoaneta Marabay Maraea Maragaret Maragret
Maral Maralyn Maranda Marangoni Maras Marbjörn Marc Marc-André Marc-Antoine Marc-Henri
Marc-Olivier Marcantonio Marceau Marcel Marcela Marcelene Marcelina Marceline Marcelino Marcell
Marcella Marcelle Marcellina Marcellino Marcello Marcellus Marcelo Marcelína Marcene Marchelle
Marchello Marchelo Marcheta Marchus Marci Marcia Marcial Marciana Marciano Marcie Marcin Marcio
Marco Marcoantonio Marcos Marcu Marcus Marcy Marcília Marcílio Mardan Mardell Mardi Mardian
Mardis Mardo Mardís Mare Marea Maree Mareen Mareike Mareikura Mareile Marek Mareks Marel Marela
Marelda Mareli Marella Marelle Marely Maren Marenanna Marese Maret Mareta Maretta Marey Marfa
Marfrid Marfríður Marg Marga Margana Margareeta Margareetta Margaret Margareta Margarete
Margareth Margaretha Margarethe Margarett Margaretta Margarette Margarida Margarido Margarit
Margarita Margarite Margarith Margaritha Margarito Margart Margarét Margaréta Margaud Margaux
Marge Margeir Margene Margeret Margeritha Margert Margery Marget Margherita Marghit Margie
Margit Margita Margitta Margo Margorie Margot Margoth Margret Margrete Margreth Margretha
Margrethe Margrett Margretta Margrieta Margrit Margrith Margritha Margritli Margrjet Margrét
Margrímur Margta Marguerita Marguerite Margueritte Margunnur Margurite Margus Marguy Margy
Margó Marheiður Marhta Mari Maria Maria-Anna Maria-Luise Maria-Teresa Maria-Theresia Mariabella
Mariadi Mariaelena Mariagrazia Mariah Mariam Mariama Mariamar Mariame Marian Mariana Mariane
Marianela Mariangela Marianita Mariann Marianna Marianne Mariano Marianri Mariarosa Maribel
Maribeth Marica Marice Maricel Maricela Marichka Maricica Maricruz Marie Marie-Ange Marie-Anne
Marie-Cecilie Marie-Christine Marie-Claire Marie-Claude Marie-Cécile Marie-France
Marie-Françoise Marie-Hélène Marie-Jeanne Marie-José Marie-Laure Marie-Line Marie-Lise
Marie-Lou Marie-Louise Marie-Luce Marie-Luise Marie-Madeleine Marie-Noëlle Marie-Paule
Marie-Pierre Marie-Rose Marie-Sophie Marie-Theres Marie-Therese Marie-Thérèse Marie-eve
Marie-pier Marieanne Mariechen Marieke Mariel Mariela Mariele Mariella Marielle Marieluise
Mariema Marieta Mariett Marietta Mariette Marigona Mariha Mariia Mariitta Marija Marijan
Marijana Marije Marijke Marijn Marijo Marijón Marika Mariko Marikó Marilda Marilee Marilena
Marili Marilia Marilin Marilina Mariline Marilisa Marilita Marilla Marilou Marilu Mariluz
Marilyn Marilyne Marilynn Marilúcia Marin Marina Marincho Marinda Marine Marinel Marinela
Marinella Marineta Marinetta Marinette Marinha Marinho Marini Marinka Marino Marinus Marinó
Mario Marioara Mariola Mariollita Marion Mariotka Maris Marisa Marise Marisel Marisela Marisha
Mariska Marisol Marissa Maristela Marit Marita Maritana Marite Maritila Maritna Marito Maritta
Maritza Mariuccia Marius Mariusz Marivel Mariy Mariya Mariyah Mariyakhuana Mariyam Mariyan
Mariyayelena Mariyka Marizete Marián Marióra Marja Marja-Leena Marja-Liisa Marja-Terttu
Marjaana Marjan Marjana Marjanca Marjani Marjatta Marje Marjeta Marjo Marjolaine Marjolene
Marjona Marjorie Marjory Marju Marjukka Marjun Marjut Marjón Mark Markanthony Markantoniy
Markas Markel Markell Marketta Markita Markivna Markiyan Markku Marko Markor Markrún Markus
Markvard Markward Markéta Markó Markús Markþór Marla Marlana Marland Marlaug Marlee Marleen
Marleena Marleif Marleigh Marleik Marleiv Marlen Marlena Marlene Marleny Marleta Marley Marli
Marlie Marlies Marliese Marlin Marline Marlis Marlisa Marlise Marlita Marlo Marlon Marlow Marly
Marlyn Marlys Marlyse Marlène Marlén Marléne Marlín Marlís Marna Marni Marnie Marnita Marnix
Maro Maroje Marolo Marolyn Maron Maroof Marouan Marouane Maroussia Maroš Marquardus Marques
Marquesa Marquetta Marquez Marquis Marquise Marquita Marquitta Marri Marrion Marry Mars Marsa
Marsala Marsalis Marselius Marsellíus Marselía Marselína Marsh Marsha Marshal Marshall Marsibil
Marsilía Marsito Marsovich Marsudi Marsília Marsý Mart Marta Martaka Martana Martani Marte
Martein Marteinn Martell Marten Martez Marth Martha Marthe Marthen Marthin Marti Martial
Martijn Martika Martim Martin Martina Martine Martinella Martinez Martinha Martinho Martiniano
Martinivna Martiniyan Martinka Martino Martinovich Martins Martinus Martirio Martita Marto
Martta Martti Marty Martyan Martyn Martyna Martynas Martí Martín Martína Marush Maruska Marusya
Maruta Maruša Marva Marve Marvel Marvella Marvelle Marvi Marvin Marvis Marvão Marwa Marwan
Marwane Marwata Marwin Marx Mary Marya Maryadi Maryalice Maryam Maryan Maryana Maryann Maryanna
Maryanne Maryanto Marybelle Marybeth Maryellen Maryetta Maryjane Maryjo Maryla Maryland Marylee
Marylin Maryline Marylise Marylka Maryln Marylou Marylouise Marylyn Marylynn Marylène Maryna
Maryrose Maryse Marysia Maryvonne Marzanna Marzell Marzena Marzenna Marzia Marzibil Marzilíus
Marzio Maréza Marí María Maríam Marían Maríana Maríanna Marías Maríkó Marília Marílio Marín
Marína Marínella Marínó Maríon Marís Marísa Marísól Marít Maríuerla Maríus Marólína Marý Mas
Masa Masaccio Masako Masao Masar Mascha Masha Masho Masika Masinde Maslina Maso Mason Massiel
Massima Massimiliano Massimo Massinissa Masume Mat Mataleena Matas Mataya Mate Matea Matei
Matej Mateja Mateo Mateus Mateusz Matevž Matey Math Matha Matheo Matheus Mathew Mathews Mathias
Mathieu Mathijs Mathilda Mathilde Mathis Mathys Mathéo Mathías Mati Matia Matias Matic Matie
Matija Matild Matilda Matilde Matin Matis Matisse Matiu Matjaž Matka Matleena Mato Matouš Matro
Matrosa Mats Matt Matta Mattea Matteo Matteus Matthea Mattheo Mattheus Matthew Matthias
Matthieu Matthijs Matthilda Matthildur Matthis Matthäus Matthía Matthías Matti Mattia Mattias
Mattie Mattis Mattiss Matts Mattye Mattéo Mattíana Mattías Mattína Mattý Matunda Matusalém
Matvey Matveyevich Matveyevna Matviy Matyi Matylda Matys Matyu Matyáš Matz Matéo Matías Matúš
Matěj Matīss Maua Maud Maude Maudie Mauno Maunu Maura Maurane Maureen Maureo Mauri Maurice
Mauricette Mauricio Maurilio Maurin Maurine Maurita Mauritius Maurits Mauritz Maurizia Maurizio
Mauro Maurus Maury Maurycja Maurycy Maurícia Maurício Maurílio Mauve Mavelete Maverick Mavie
Mavilde Mavile Mavis Mavisu Mavka Mavlyuda Mavuno Mavília Mawens Max Maxence Maxi Maxie Maxim
Maxima Maxime Maximiano Maximilian Maximiliana Maximiliano Maximilien Maximilián Maximilla
Maximillian Maximina Maximino Maximo Maximus Maxine Maxmilián Maxwel Maxwell Maxx May Maya
Mayara Maybell Maybelle Maye Mayer Mayerly Mayina Maykol Mayleen Mayline Maylis Mayme Maymie
Maynard Maynur Mayo Mayola Mayra Mayron Maysa Mayson Mayssa Mayte Mayya Mazie Mazlum Maé Maélie
Maël Maëlie Maëlle Maëlys Maëva Maía Maídís Maísa Maísól Maïa Maïté Małgorzata Mařík Maşide
Maša Maža Mbithi Mboya Mbugua Mburu Mcarthur Mcebisi Mckayla Mckenna Mckenzie Mckinley Md Me'ir
Meabh Meadow Meagan Meagens Meaghan Mearl Mechelle Mechislav Mechislava Mechthild Mechthilde
Mechtild Mecide Mecit Mecília Meda Medard Medea Medhanie Media Median Mediha Medikha Medina
Medine Medomir Medora Medorada Medwin Medárda Medėja Mee Meego Meeli Meelik Meelika Meelike
Meelis Meeme Meemo Meera Meeri Mees Meeta Meevo Mefail Mefarettin Mefharet Mefodiy Meg Megan
Megane Meggan Meggi Megha Meghan Meghana Meghann Megán Mehbarə Mehdi Mehdiqulu Mehdiye Mehin
Mehis Mehman Mehmed Mehmet Mehmetzahir Meho Mehreme Mehrigül Mehrimoh Mehtap Mei Meibh Meida
Meigo Meik Meike Meiline Meinhard Meino Meinolf Meinrad Meis Meissa Meja Mejrem Mejreme Mekel
Mekhala Mekhi Mekhri Mekkin Mekkinó Mekkín Mel Mela Melaha Melaine Melani Melania Melanie
Melanine Melaniya Melany Melat Melba Melbourne Melcher Melchior Melchiorre Melchor Melco Melda
Meldi Melek Meleknur Melentiy Melia Melichar Melida Melih Melihcan Melika Melike Melikkan
Melina Melinda Meline Melis Melisa Melisenda Melissa Melissia Melissza Melita Melitta Melizand
Melióra Melker Melkorka Melkíor Melkólmur Mell Melle Mellie Mellina Mellisa Mellissa Melodee
Melodi Melodia Melodie Melody Melonie Melony Melquisedeque Melrakki Melrós Mels Melsa Melton
Melusina Melusine Meluzina Melva Melville Melvin Melvina Melvine Melvyn Melwin Melyna Melynda
Melyne Melánia Melánie Melânia Melódia Melûl Mem Memet Memili Memphis Men Mena Menachem Menart
Menarth Mendi Mendim Mendo Mendy Menfeat Menga Mengi Mengüç Menişan Menno Meno Menodóra
Mensalder Mensur Menta Mentor Meo Meral Merane Merba Mercan Mercede Mercedes Mercedez Mercer
Merche Mercury Mercy Mercyline Mercédesz Mercês Mercília Merdi Mereana Meredisz Meredith Merel
Mereme Meret Merete Merethe Merey Mergim Meri Meriam Merideth Meridith Meriem Merih Merijn
Merike Merili Merilin Merilyn Merim Merima Meris Merissa Merit Merita Meriton Meriç Meriçtan
Merja Merje Merjem Merkúr Merl Merla Merle Merlene Merli Merlijn Merlin Merlyn Merna Meron
Meropa Merri Merrie Merrilee Merrill Merrily Merrita Merritt Merry Mersiha Mert Mertel Merten
Merter Mertie Mertkal Mertol Merton Merva Mervan Merve Mervete Mervi Mervin Mervyn Merwin Mery
Meryem Meryeme Meryl Merzuk Mesak Mesaque Meshack Messala Messalina Messiah Messias Messíana
Mestur Mesud Mesude Mesut Meta Metaksa Mete Metehan Metella Metha Methúsalem Metin Metinkaya
Metka Metod Metodi Metoděj Metrine Metro Metta Mette Mettie Metúsalem Meveddet Mevlan Mevlide
Mevljude Mevlüdiye Mevlüt Mevsim Mex Mey Meyer Meyhanim Meyir Meyra Meyransa Meyvant Mezhamir
Mezide Mečislav Mečislava Meşhur Mi Mia Miah Mica Micael Micaela Micah Micayla Micaël Miceal
Micha Michael Michaela Michaele Michail Michal Michala Michale Michalina Michaël Michał Micheal
Micheala Michel Michela Michelangela Michelangelo Michele Micheletto Michelina Micheline
Michell Michelle Michelotto Micheáš Michial Michiel Michiko Michæl Michèle Michèlle Mici Mick
Mickael Mickaël Mickel Mickey Micki Mickie Mickil Micky Midas Mie Mieczysław Mieczysława Mieke
Miel Mielikki Miesha Mieszko Miett Mietta Miette Miftar Migdalia Miglena Miglė Mignon Miguel
Miguela Miguelangel Miguelina Miha Mihael Mihaela Mihai Mihail Mihailo Mihajlo Mihane Mihaéla
Mihels Mihhail Mihin Mihkel Mihnea Mihrab Mihret Mihrije Mihriye Mihály Miia Miika Miikka Miina
Miisa Mijo Mijuki Mik Mika Mikael Mikaela Mikaelína Mikaere Mikail Mikaila Mikako Mikal Mikala
Mikalah Mikayla Mikayıl Mikaël Mike Mikeal Mikel Mikels Mikhail Mikhaylena Mikhaylina
Mikhaylivna Mikhaylo Mikhaylovich Mikhaylovna Mikhey Mikhrimakh Miki Mikike Mikita Mikitivna
Mikitovich Mikjáll Mikk Mikkael Mikkalína Mikkel Mikki Mikko Miklos Miklós Miklóska Miko Mikola
Mikolaj Mikolay Mikolayivna Mikolayovich Mikolt Mikoláš Mikołaj Miksa Mikula Mikuláš Mikyas
Mila Milada Milagre Milagres Milagro Milagros Milaim Milan Milana Milanka Milano Milara Milas
Milay Milburn Milcah Milda Milde Mildinberg Mildiya Mildred Mildríður Mile Milen Milena Milene
Milenko Miles Miletta Mileu Mileva Miley Milford Miliana Milica Milissa Militana Militsa
Militza Milivoj Milivoje Miliy Miliza Milja Miljan Miljenko Milka Milkah Milko Milla Millaray
Millard Mille Miller Millicent Millie Mills Milly Millý Milo Milodar Milodara Milodukh Milomir
Milorad Milos Milosav Miloslav Miloslava Milost Milot Milota Milou Milouš Milovan Milovana
Milovida Milovín Miloň Miloš Milred Milton Milutin Milutín Miluše Milvert Milvi Milvia Milán
Milène Miléna Milík Milíč Mima Mimi Mimmi Mimon Mimosa Mimoso Mimoza Mimy Mimóza Min Mina Minda
Mindaugas Mindi Mindy Mine Minea Minenhle Miner Minerva Minervia Ming Minh Minibe Minire Minja
Mink Minka Minke Minna Minney Minnie Minný Mino Minodora Minor Minoru Minta Mintie Minttu
Minurə Minóna Mio Mioara Miodrag Miqueias Miquel Miquelina Mir Mira Mirabel Mirabela Mirabella
Mirac Miracle Miradije Miralda Miraldina Miralem Miran Mirana Miranda Mirandella Mirandola
Mirandolina Mirandolína Miranza Miray Miraç Mirbadin Mircea Mirco Mirdza Mireia Mireie Mireille
Mirek Mirela Mirella Mirena Mireya Mirga Mirge Mirgo Miria Miriah Miriam Miriama Mirian Miriana
Mirja Mirjam Mirjami Mirjana Mirje Mirjeta Mirjete Mirjána Mirka Mirkku Mirko Mirle Mirlind
Mirlinda Mirna Mirnes Miro Mirobog Miroboga Mirogost Miroljub Mirolyub Mirolyuba Miromil
Miromila Miron Mirona Mironivna Mironovich Mironovna Mironshoh Miropa Miroslav Miroslava
Miroslavivna Miroslavovich Miroslaw Miroslawa Mirosław Mirosława Mirra Mirre Mirriam Mirsad
Mirsada Mirta Mirte Mirtel Mirtha Mirthe Mirtie Mirtil Mirtill Mirto Miruna Mirushe Mirva
Mirvete Miryam Mirza Mirzeta Mirzə Mirázs Mirəli Mis Misael Mischa Misell Misha Mishaila Mishat
Mishel Mishka Miska Misla Mislav Misra Miss Missie Missouri Missy Mist Misti Mistie Misty
Misuli Mitali Mitat Mitch Mitchel Mitchell Mitchelle Mitesh Mitică Mitja Mitko Mitofan Mitoshka
Mitra Mitrofan Mitruț Mitsue Mitsuko Mittie Mituru Mitzi Mitzie Mitzy Miya Miyesser Miyoko
Mizamir Mizhir Mizuki Miðdal Miðvík Miķelis Miłosz Mjaftime Mjalldís Mjallhvít Mjaðveig
Mjófjörð Mjöll Mjöllnir Mjölnir Mkarkara Mlad Mlada Mladen Mladenka Mladlena Mlungisi Mnata
Mnislav Mnislava Mnqobi Moa Modena Moder Modest Modesta Modesto Modeszta Modher Modris Modupe
Moe Moesha Mofifoluwa Mogens Mogenss Mohamad Mohamed Mohamed-Ali Mohamed-Amine Mohamedi
Mohammad Mohammed Mohamud Mohand Mohini Mohinur Mohlaroyim Mohsen Moidela Moiken Moira Moises
Moisey Moisés Mojca Mojisola Mojisoluwa Mojmir Mojmír Mojžíš Mokey Mokhtar Mokrina Moli Molibog
Molli Mollie Molly Molti Momanyi Mombek Momchilo Momcilo Momera Momoko Mona Monalisa Monet
Monia Monica Monicah Monika Monique Monis Monja Monna Monnie Monroe Mons Monserrat Monserrate
Mont Montae Montague Montana Montay Monte Montego Montel Montenegro Montes Montez Montgomery
Montie Montika Montrel Montrell Montrelle Montrose Montserrat Monty Monulf Moody Moon Moona
Moonika Moos Mooses Mora Moraa Moradeke Morayo Mordechai Moreen Morella Morena Morenike Moreno
Morgan Morgana Morgane Morgen Morgiana Morgunsól Morgána Moria Moriah Morian Moric Morine Moris
Moritz Morolake Morris Mortadela Morten Morteza Morthen Mortimer Morton Morwenna Mose Moses
Moshe Mosi Mosinmileoluwa Mossen Mossi Mossie Mostafa Mosunmola Mosé Motha Motrya Motunrayo
Mouloud Mouna Mounir Mourad Mourana Moureen Mourib Mourine Mourits Moussa Moustafa Movchan Moya
Moyosore Mozart Mozell Mozella Mozelle Moána Moïra Mořic Moše Mrihani Mstibog Mstislav
Mstislava Mstivoy Mthokozisi Muamer Muamet Muammer Muarem Muarra Mubina Mucahit Muchiri
Mudrolyub Mudrolyuba Muema Mueni Mufide Mugambi Mugdha Mugendi Muggur Mugo Mugur Mugurel
Muhallil Muhamed Muhamer Muhamet Muhammad Muhammadali Muhammadamin Muhammadamir Muhammadayub
Muhammadaziz Muhammadrizo Muhammadsafo Muhammadsodiq Muhammadsolih Muhammadumar Muhammadyasin
Muhammadyusuf Muhammadziyo Muhammed Muhammet Muharrem Muhazzim Muhima Muhip Muhiye Muhsina
Muhyettin Mui Muia Muireann Muiruri Muizza Mujde Mujo Mujur Mukbile Mukhambet Mukhovist
Mukhwana Muktedir Mule Mulele Muli Mulwa Mulya Mulyanto Mulyono Mumbi Mumin Mummi Mumo Mumpuni
Mumtoz Muna Munda Mundgerd Mundgerda Mundgjerd Mundgjerda Mundgärdh Mundheiður Mundhild
Mundhildur Mundle Mundo Mundína Munene Mungai Muni Munich Muninn Munir Munisa Munyao Munyoki
Muoi Murad Murat Muratcan Murdock Murel Muriel Muriela Murielle Muriithi Murilo Murimi Murithi
Muriuki Murl Murod Murphy Murray Murry Mursalina Mursinin Mursita Murti Musa Musafet Musaffa
Musau Musee Musembi Musfira Mushana Mushtariy Musila Musiy Musli Muslim Muslima Mussie Mustaf
Mustafa Mustafo Mustapha Mustika Mustofa Musyoka Musyoki Mutai Mutasım Muthama Muthengi Muthoka
Muthoni Muthui Mutia Mutie Mutinda Mutiso Mutisya Mutlu Mutluhan Mutua Mutuku Mutunga Muturi
Muvaffak Muvahhide Muxlisa Muxtar Muza Muzafer Muzaffer Muzayyana Muzdahir Muzdalifa Muzhir
Mwamini Mwanajuma Mwanamisi Mwangangi Mwangi Mwaniki Mwanzia Mwasaa Mwaura Mwende Mwendwa Mwezi
Mwikali Mwiti My Mya Myah Mychal Myer Myesha Myia Mykel Myla Mylan Mylee Myles Mylie Mylon
Mylène Myra Myranda Myriam Myrk Myrkvi Myrl Myrle Myrna Myron Myrra Myrta Myrtha Myrthe Myrtice
Myrtie Myrtil Myrtis Myrtle Myrvete Myung Mzamo Mábel Mábil Mágui Mája Málfríður Málhildur
Málmfríður Málna Mályva Mánadís Máney Máni Már Mára Márcia Márcio Mária Mário Márk Márlon Márta
Márton Márus Márvia Márvio Mátio Mátka Mátyás Máté Máxima Máximo Mäginvast Mäidu Märeta Märita
Märt Märta Märten Märtha Mätta Måns Mårten Mæghinbiorn Mæja Mæreta Mæretta Mærætha Mécia Méda
Médea Médi Mégane Mélanie Mélina Mélinda Méline Mélissa Mélodie Mélvin Mércia Méráb Méta Mërgim
Mía Mías Mícia Míla Mílton Mímir Mímósa Mína Mínea Mínerva Mír Míra Míranda Mírey Mírtila
Míríel Mítra Míó Mònica Móa Móberg Módís Móeiður Móey Móheiður Mói Móna Mónia Mónica Mónika
Móníka Mór Móri Móric Mórits Móses Mózes Móði Möhsim Mörk Mörður Múcio Múli Múzsa Mübariz
Mübetcel Mücellib Mücevher Müferrih Müfit Müge Müjde Mükramin Mükrüme Mülayim Mülâyim Mümtaz
Mümtaze Münevver Münezzer Münif Müntəzir Münəvvər Müren Müret Mürit Mürsəl Müsemma Müslum
Müslüm Müveddet Müzekker Müzəffər Müğber Müşkünaz Müşüre Mýr Mýra Mýrkjartan Mýrmann Mýrún Māra
Māris Mārtiņš Mārīte Mădălin Mădălina Mălina Mărioara Măriuca Mədinə Məhru Məhəmməd Məhərrəm
Məlahət Məleykə Məmməd Mənsur Mənsurə Məryəm Mərziyyə Məsmə Mətanət Na Naadir Naail Naajy Naama
Naamah Naasih Naasir Naathim Naazhim Nabeeh Nabeel Nabhan Nabigh Nabih Nabil Nabila Nabor Nacer
Nachiket Nachiyan Nachko Nacho Nacio Nada Nadeem Nadejda Nadene Nades Nadeschda Nadeshda Nadett
Nadezda Nadezhda Nadežda Nadhir Nadia Nadica Nadije Nadim Nadin Nadina Nadine Nadinka Nadir
Nadire Nadislava Naditsa Nadiy Nadiya Nadja Nadka Nadr Nadzieja Nadège Nadía Naděžda Nae Naeem
Nael Naelle Naemi Nafasat Nafees Nafesa Nafii Nafile Nafis Nafisat Naftali Nafula Naglis
Nagnibida Nahashon Nahel Nahiara Nahid Nahidə Nahil Nahla Nahuel Naia Naiara Naib Naibə Naida
Naide Naigo Nail Naila Nailya Nailə Naim Naima Naime Naimh Naimi Naina Nair Naira Nais Naja
Najair Najam Najat Najee Najeeb Najib Najma Najuma Najwa Nake Nakesha Naki Nakia Nakif Nakip
Nakisha Nakita Nakke Nako Naksh Nakul Nalan Nalar Naldo Nali Naliaka Nalini Nallely Naly Nalân
Nam Nami Namik Namiq Namon Nan Nana Nanami Nance Nancee Nancey Nancho Nanci Nancie Nancy Nand
Nanda Nandin Nandini Nando Naneta Nanete Nanett Nanetta Nanette Nani Nanie Nanina Nanjala Nanko
Nanna Nannette Nanni Nannie Nanný Nano Nansimir Nansý Nanthini Nanyu Nanə Naod Naoimh Naoise
Naoki Naoko Naom Naoma Naomh Naomi Naomie Naomy Naomí Naoto Naoufal Napoleon Napoleone Napsugár
Napóleon Nara Naradi Naraiana Narcis Narcisa Narciso Narcisse Narcissus Narcissza Nardi Narfi
Nargiza Narhanim Nari Narimane Narin Nario Narji Narkis Narsélio Nart Nartsislav Narve Narvid
Narıngül Nas Nasab Nasario Nascimento Nase Naser Nash Nashipie Nasiba Nasibe Nasim Nasir Nasiru
Nasko Naslav Naslava Nasra Nasrullah Nasser Nassim Nastasia Nastasiya Nastimir Nastiya Nastja
Nastradin Nasuf Nasztázia Nat Nata Natacha Natale Natalee Natali Natalia Natalie Natalija
Natalina Natalino Natalio Nataliya Natalja Nataly Natalya Natalía Natalício Natan Natanael
Natanaela Natanaele Natanail Nataniel Natanovna Nataníel Natasa Natascha Natascia Natasha
Natashenka Natashia Natasja Natasza Nataša Natașa Nate Natel Natella Nath Nathael Nathali
Nathalia Nathalie Nathaly Nathan Nathanael Nathanaël Nathanial Nathaniel Nathari Nathasha
Nathen Natiq Natisha Natividad Natividade Natka Natko Natnael Natosha Natsko Natsnet Natso
Nattawun Natália Natálie Natálio Natã Natão Natércia Natércio Natālija Natəvan Naud Naum
Naumovna Nausica Nausziká Nautica Nauzika Navar Navarro Naveen Naver Navid Navodnenka Nawal
Nawel Naxhije Naya Nayana Nayara Nayaret Nayareth Naycho Nayda Nayden Naydena Nayeli Nayely
Nayfa Nayibe Nayil Nayla Nayman Nayo Nayra Naz Nazaire Nazar Nazaret Nazarina Nazario Nazarivna
Nazariy Nazarovich Nazaré Nazende Nazi Nazif Nazilə Nazim Nazimet Nazimə Nazir Nazli Nazlihan
Nazlije Nazlim Nazlı Nazmi Nazária Nazário Nazıdil Naël Naíde Naíl Naíma Naísa Naïm Naómi Naómí
Naďa Nağme Nağı Ndegwa Nderim Nderitu Ndirangu Ndue Nduku Ndumiso Ndung'u Ndunge Ndungu Nduta
Nea Neah Neal Nealie Nealy Neasa Nebahat Nebi Nebih Nebiha Nebojsa Necati Necdat Nechama
Nechifor Necilal Necla Necmettin Necole Necva Ned Neda Nedan Nedas Nedda Nedelcho Nedelin
Nedeljka Nedeljko Nedelyana Nediljko Nedim Nedislav Nedjma Nedko Nedo Nedolf Nedra Nedyalko
Nedyu Nedzat Nedzmije Neea Needham Neel Neele Neelima Neeltje Neely Neema Neeme Nefaret
Nefelejcs Nefes Nefiye Neftalí Nefton Negoslav Negrita Neha Nehemiah Nehip Nehir Neida Neide
Neider Neil Neila Neill Neinar Neireide Neise Neisti Neiza Neja Nejc Nejdet Nejra Nek Nekesa
Neklan Nel Nela Nelah Nelberg Nelbjørg Nelborg Nelcho Nelcy Nelda Nele Neli Nelia Nelida Nelie
Nelima Nelio Nelko Nell Nella Nelle Nelli Nellie Nello Nelly Nellý Nelma Nelmo Nels Nelsa
Nelson Nelsy Nelu Nely Nelya Nemanja Nembrode Nemesio Nemir Nemira Nemo Nemésio Nena Nenad
Nencho Nene Nenita Nenko Nenna Nenni Nenrode Nensislav Neo Neokli Neola Neolina Neoma Neomi
Neotera Neotero Neper Nepobor Nepomuk Neppie Neptúnus Neptün Nerea Nereida Nerella Neres Nereu
Nereza Nerezza Nergis Neriban Nerijus Nerim Nerina Neringa Nerio Nerissa Nermin Nermina Nermine
Nero Neroli Neron Nery Nerys Nese Nesfe Neshka Nesip Neslihan Neslinur Neslisah Neslişah
Nesmann Nesrin Nesrine Nessa Neste Nesto Nestor Nestore Nestori Nestorivna Nestorovich Neszta
Neta Nete Neto Netra Netta Netti Nettie Neutel Neuza Neva Nevada Nevaeh Neval Nevbahar Neve
Neveah Neven Nevena Nevenka Nevenko Neveser Nevgece Nevgin Nevgül Nevia Neviliyan Neville Nevin
Nevio Nevise Nevra Nevrije Nevsal Nevsale Nevyan Newell Newman Newt Newton Nexhat Nexhmedin
Nexhmije Neya Neycho Neyir Neyka Neyko Neyla Neyran Nezabudka Nezamysl Nezengül Nezha Nezihi
Nezize Neóteles Neşem Neşrin Neža Ng'ang'a Nga Ngaire Ngamia Ngan Nganga Ngari Ngawang Ngeni
Ngigi Ngoc Ngozi Ngugi Nguyet Ngọc Nhiên Nhlanhla Nhật Nia Nial Niall Niamh Niara Nibaldo
Nicandra Nicanor Nicat Niccolo Niccolò Niccoló Nice Niceia Nichakarn Nichal Nichelle Nichifor
Nichol Nichola Nicholas Nicholaus Nichole Nicholle Nicholus Nick Nicki Nickie Nicklas Nicklaus
Nickolas Nickole Nickson Nicky Niclas Nico Nicoară Nicodemo Nicodemos Nicodemus Nicodim Nicol
Nicola Nicolaas Nicolae Nicolai Nicolaie Nicolaj Nicolas Nicolasa Nicolau Nicolaus Nicole
Nicoleta Nicoletta Nicolette Nicoli Nicolina Nicoline Nicolle Nicolo Nicolás Nicolò Nicoló
Nicomedo Nicostrato Nicu Niculin Niculina Niculiță Nicușor Nicuță Nicásio Nida Nidal Nidhi
Nidia Nidra Niek Niels Niene Nienke Niesha Niete Nieves Nifont Nigar Nigel Nigesa Niglæs Nigol
Nigoslav Nigoslava Nigrita Niguel Nihad Nihai Nihal Nihan Niharika Niilo Niina Nijazi Nik Nika
Nikandr Nikanor Nikau Nikhil Niki Nikia Nikifor Nikiforovna Nikita Nikki Nikko Niklas Niklaus
Niko Nikodem Nikodim Nikodém Nikodéma Nikodémia Nikol Nikola Nikolai Nikolaj Nikolajs Nikolaos
Nikolas Nikolaus Nikolay Nikolayevna Nikole Nikoleta Nikolett Nikoletta Nikolina Nikon Nikora
Nikos Nikoyela Niks Nikulás Niké Nikíta Nikólína Nikša Nil Nila Nilam Nilay Nilcan Nilce Nilda
Nile Niles Nilgün Nili Nilima Nilla Nilo Nilovna Nils Nilsa Nilseus Nilsmund Nilson Nilton
Nilufar Nilvar Nilvard Nilvart Nilza Nilüfer Nim Nima Nimakoah Nimfa Nimrat Nina Nine Ninel
Ninell Ninett Ninetta Ninfa Ninioluwa Ninja Ninna Ninnie Nino Ninon Ninoska Ninoslav Ninthe
Niobé Nionila Nira Niracha Nirgül Niri Nirina Nirja Nis Nisa Nisan Nise Nisha Nisse Nisə Nita
Nitara Nitesh Nittaya Nivalda Nivaldo Nives Nixe Nixie Nixon Niyaga Niyaz Niyazbay Niyazi
Niyilolawa Nizami Niðbjörg Niğmet Njabulo Njagi Njenga Njeri Njeru Njiru Njogu Njoki Njord
Njoroge Njozi Njue Njuguna Njála Njáll Njål Njård Njædel Njóla Njörður Njørd Nkazimulo Nkiruka
Nnamdi Nneka Noa Noah Noam Noame Noan Noar Nobantu Nobert Noberta Nobie Noble Nobre Nobuhle
Nobuko Noe Noel Noela Noeleen Noelia Noelie Noeline Noella Noelle Noelma Noema Noemi Noemie
Noemí Nogay Noh Noha Noham Nohan Nohely Nohemi Nohlan Nohora Noiala Noirin Nojus Nokkve
Nokulunga Nola Nolan Nolann Nolberto Noleen Nolen Nolhan Nolia Nolie Nollaig Nolwenn Noma
Nomagugu Nomalanga Noman Nomasonto Nomathalente Nomathemba Nomcebo Nomina Nominanda Nomthandazo
Nomusa Nomvula Nona Nonato Nonhlanhla Nonie Nonjabulo Nonna Nonni Nonso Nooa Noomi Noor Noora
Noortje Noppakao Nor Nora Norah Noralf Noralv Norberg Norbert Norberta Norberto Norbey Norbi
Norbjørn Nordahl Nordal Nordica Nordvald Nore Noreen Norene Noreta Noretta Norfinn Norfred
Norgren Norgrim Norica Noriko Norin Norina Norine Noris Norita Norius Norival Norka Norleif
Norleiv Norma Norman Normand Normando Normann Normano Normund Normunds Norodd Norolf Norolv
Norris Norstein North Norton Norulf Norulv Norval Norvald Norvinda Norwood Norðland Norðmann
Notburga Nothando Notting Notto Nottolv Nottov Nottung Noud Nouh Nour Noureddine Nout Nova
Novalie Novel Novella Novi Novica Novruz Noxolo Noyan Nozibusiso Nozima Nozizwe Noè Noé Noélia
Noélie Noémi Noémia Noémie Noël Noëlla Noëlle Noëmi Nqobizitha Nrima Ntimi Nu Nuala Nub Nubia
Nue Nuel Nugraha Nuhi Nuhu Nula Numa Numbers Numénia Nuna Nuncio Nuno Nunzia Nunziata
Nunziatella Nunziatina Nunzio Nup Nura Nural Nuran Nuranə Nuray Nurbanu Nurcan Nurda Nurdeniz
Nuredin Nureia Nureta Nuretdin Nurettin Nurey Nurgil Nurgül Nurgün Nurhayet Nuri Nuria Nuriat
Nurije Nuriya Nuriye Nuriyet Nurkan Nurkut Nurlan Nurlana Nurmelek Nurmuhammad Nursal Nurseda
Nurseli Nurser Nursim Nurtaç Nurten Nuru Nurul Nurulla Nurullah Nurveren Nury Nurşan Nurşən
Nurşərəf Nusret Nutcha Nutkrita Nutwadee Nuutti Nuyan Nuşirəvan Nuša Nwabudike Nya Nyaboke
Nyaga Nyah Nyakundi Nyamai Nyambura Nyana Nyanchama Nyasi Nyasia Nyawira Nydia Nyeste Nyla
Nylah Nynke Nyoka Nyoman Nyongesa Nyoni Nyota Nyree Nyuki Nyx Nyyrikki Nzioka Nzomo Nádege
Nádeja Nádia Nádja Nándor Nárcisz Násfa Náttmörður Náttsól Náttúlfur Náð Nânci Næwe Nélia
Nélida Nélio Nélson Nércia Néri Néstor Nêuton Nícia Nídia Nídio Níels Níger Níla Nília Níls
Nína Níní Nísia Nísio Nóa Nóam Nóel Nói Nóna Nóni Nóra Nóri Nótt Nóvember Nökkvi Növrəstə Núbia
Númi Núpdal Núria Núrio Nübar Nüdret Nüket Nükhet Nükte Nürice Nürəddin Nüsrət Nüşabə Nýbjörg
Nývarð Něhoslav Nəcəf Nəfisə Nərgiz Nəriman Nərmin Nərminə Nəsib Nəsimi Nəzakət Nəzrin Oakley
Oana Oba Obaid ObaniJesu Obay Obba Obdulia Obdúlia Obe Obed Oberg Obert Obianuju Obie Obinna
Obirdar Obretim Ocampo Oceana Oceano Ochieng Ocie Ocridalina Octa Octav Octave Octavia Octavian
Octaviana Octaviano Octavie Octavio Octaviu Octavius Octávia Octávio Océane Ocília Oda Odair
Odalis Odalys Odarka Odbjørn Odd Odda Oddar Oddberg Oddbergur Oddbjörg Oddbjörn Oddbjørn Odde
Odder Oddfinn Oddfred Oddfreyja Oddfreyr Oddfríður Oddgar Oddgard Oddgeir Oddger Oddgerður
Oddgrim Oddhildur Oddi Oddie Oddkell Oddkjell Oddlaug Oddleif Oddleifur Oddleik Oddleiv Oddmar
Oddmund Oddmunn Oddne Oddný Oddrún Oddstein Oddsteinn Oddulv Oddur Oddvald Oddvar Oddvard
Oddveig Oddvin Oddvind Oddvör Oddþór Odeberto Odelia Odeline Odell Odessa Odeta Odete Odett
Odetta Odette Odgeir Odhiambo Odhinn Odhran Odie Odika Odil Odila Odile Odilia Odin Odina
Odinets Odis Odkanlı Odleif Odmar Odmund Odne Odo Odolen Odolf Odolv Odon Odongo Odstanus Odulf
Odulv Oduor Odus Odvar Odvin Odília Oeshi Ofelia Ofeliya Offe Offer Offie Offæ Ofrad Ofradh
Ofrath Ofélia Ofélie Oganer Ogden Oge Ogechi Oghe Oghmund Oghæ Ogin Ogmund Ogmunder Ogne
Ognemir Ognen Ognena Ognjen Ognyana Ogooluwa Ogre Oguz Oguş Ogy Ogæ Ohle Ohto Oili Oisin Oiva
Oivi Ojas Ojasvi Okan Okanay Okbay Oke Okean Okechukwu Okello Okey Okgüçlü Okhanes Okhrim
Okhrimivna Okhrimovich Okoth Oksana Okseniya Okseven Okta Oktavie Oktavius Oktaviya Oktavián
Oktavía Oktavíus Okto Oktyabrina Oktávia Oktávie Októ Októvía Októvíus Oktüremiş Oku Okumu
Okyalaz Okä Okæ Ola Oladare Oladimeji Olaf Olaff Olai Olajumoke Olakunle Olalla Olan Oland
Olander Olanrewaju Olansile Olar Olari Olasunmbo Olauer Olaus Olav Olaves Olavi Olavius Olavo
Olbert Olbjørn Olbram Olca Olcay Oldağ Oldemar Oldin Oldrich Oldus Oldřich Oldřiška Ole Olef
Oleff Oleg Olegario Olegivna Olegovich Olegovna Olegário Oleif Oleiv Olek Oleksa Oleksandr
Oleksandra Oleksandrivna Oleksandrovich Oleksiy Oleksovich Olelko Olen Olena Olene Oleos Oles
Olesovich Olesya Oleta Olev Olevia Oley Oleńka Olf Olferd Olfert Olfred Olga Olgar Olgard
Olgart Olgaç Olgeir Olger Olgica Olgierd Olha Oli Olie Olimar Olimpi Olimpia Olimpiada Olimpian
Olimpiu Olimpiy Olimpiya Olin Olinda Olindo Oline Olinius Olinto Olinus Oliva Olivar Olive
Oliveiros Oliver Olivera Oliverio Oliverios Olivert Olivia Olivie Olivier Oliviero Olivija
Olivine Oliviu Olivius Oliviya Olivér Olivério Oliwer Oliwia Oliwier Olle Olli Ollie Olliver
Ollvar Ollý Olman Olmann Olmar Olmod Olof Ololade Oloo Olov Olsa Olti Oluchi Oluf Oluff
Olufunke Olufunmilayo Olumorotimi Oluoch Oluwafemi Oluwagbemiga Oluwakemi Oluwamumibori
Oluwamuyiwa Oluwasanmi Oluwasegun Oluwole Oluş Olwen Olwethu Olympia Olympie Olália Olímpia
Olímpio Olívia Om Oma Omaca Omair Omaira Omaja Oman Omana Omar Omara Omari Omarion Omay Omega
Omeir Omelyan Omelyanivna Omelyanovich Omer Omie Omina Omisha Omkaar Omobobola Omobolanle
Omodunni Omolabake Omolara Omondi Omosalewa Omotara Omotayo Omotola Omotoun Omowumi Omran
Omurtag Omya Ona Onas Onat Oncho Ondieki Ondina Ondino Ondrej Ondřej Ondřejka Oneal Oneida
Onerva Onesmus Oneta Oney Ongay Ongu Oni Onie Onik Onildo Onisim Onita Onkar Onni Onnie Onofre
Onofrio Onufri Onufriy Onuker Onur Onuray Onurcan Onursu Onveer Onyango Onyinye Onélia Onófria
Ookä Oolav Oona Oonagh Opal Opan Opanas Opanasivna Opanasovich Opha Ophelia Ophélie Opika Opiyo
Opung Opwonya Opál Oqtay Ora Orabella Orah Oral Oralee Oralia Oran Orandino Orange Oranlı Oray
Orazia Orazio Orbán Orchidea Orduxan Ored Orelia Orell Oremiv Oren Orene Oreofe Orest Oresta
Orestas Oreste Orestes Orestivna Orestovich Oretha Orfelina Orfeo Orfeus Orfey Orfhlaith Orges
Orgona Orgün Orhan Oria Oriana Oriane Orianne Orie Orieta Orietta Orikkia Orikus Orilla Orimir
Orimira Orin Orina Orinder Orion Oris Orislava Orisya Oriyana Oriána Orka Orkhidey Orkhideya
Orkhip Orkhipivna Orkhipovich Orla Orlagh Orlaigh Orlaith Orlan Orland Orlanda Orlandina
Orlandino Orlando Orlane Orlantha Orleana Orlena Orley Orlin Orlinda Orlindo Orlo Orlondo Orm
Orma Ormanbay Ormanbek Ormanshy Ormar Orme Ormes Ormheiður Ormhildur Ormlög Ormur Orna Ornela
Ornella Oro Orogosta Orpha Orquidea Orquídea Orra Orren Orri Orrie Orrin Orris Orsi Orsika
Orsina Orsino Orso Orsola Orsolya Orson Ortak Ortansa Ortensia Ortodoksi Ortrud Ortrun Ortse
Ortwin Oruç Orval Orvar Orvel Orvil Orville Orvin Orvis Orvo Orvokki Orxan Orália Orçin Orêncio
Orósio Osa Osama Osamu Osbaldo Osborn Osborne Oscar Oscarina Oseas Oseias Osemrit Osha Osie
Osip Osipa Osiyo Oskar Oskari Oskarovna Oskars Oskay Oskár Osman Osmano Osmar Osmo Osmomisl
Osmomisla Osmund Osogo Ossama Ossi Ossian Ossie Ostap Ostapivna Ostapovich Ostara Ostman
Ostromir Ostromira Ostromisl Ostromov Ostromova Ostrozor Ostrozora Osunleke Osvald Osvalda
Osvaldina Osvaldo Osvalds Oswald Oswaldo Oswin Oszkár Oszvalda Osório Ota Otabek Otacílio
Otakar Otakara Otan Otar Otavia Otay Otelia Otelina Otelinda Otello Otelo Otfried Otha Othel
Othello Other Othin Othindisa Othinkar Othman Othmar Otho Otieno Otilia Otilie Otilina Otis
Otkatla Otkell Otmar Otniel Oto Otokar Otomar Oton Otoniel Otri Otso Ott Otta Ottar Ottavia
Ottaviano Ottavio Otter Ottfried Otthild Otti Ottie Ottila Ottilia Ottilie Ottis Ottmar Otto
Ottokar Ottoline Ottomar Ottone Ottó Otur Otylia Otávio Otília Otón Otýlie Otīlija Ouanes
Oudekki Ouida Ouma Oureana Ousmane Oussama Outi Ova Ovanes Ove Ovid Ovidio Ovidiu Ovidius Ovila
Oviya Ovídio Owais Owe Owen Owens Owethu Owino Owuor Oxana Oxána Oya Oyenike Oyindasola Oylum
Oymak Oysha Oytun Ozan Ozana Ozansü Ozarbek Ozat Ozell Ozella Ozie Ozioma Ozy Ozzie Ozzy
Oğulbaş Oğurata Oğuzman Oļģerts Oľga PAI-HAN PAI-HUNG PAI-JUI PAI-LIN PAI-YEN PAI-YU PAO-CHU
PEI-SHAN PI-CHU PI-HSIA PI-YUN PIN-JUI PIN-YEN PIN-YU PO-WEN Pa Paavali Paavel Paavo Pabla
Pablo Paca Pacal Pacho Pachongruk Paco Pacome Pacorro Pacífica Pada Padma Padmi Padraic Padraig
Padraigh Padraigin Paedhar Paedher Paer Pafnutiy Page Pahal Paige Paiman Pairlee Paisiy Paisley
Pait Paityn Pak Paker Pakhom Pakhomiy Pakize Pakizə Pakjira Pako Paksu Pal Palban Palben Pali
Pall Pallavi Palle Pallie Palma Palmer Palmi Palmira Palmiro Palni Paloma Palomina Paluan
Palvira Palóma Pam Pamala Pambe Pamela Pamelia Pamella Pamfil Pamila Pamir Pamira Pamula Paméla
Pamína Panagachie Panagiotis Panait Panas Panasivna Panasovich Panay Panayot Panca Pancho
Pancrazio Panda Pande Pandelis Pandora Pandu Pandóra Pane Panfil Panfilo Pangeran Pangestu
Panini Panji Panka Pankracy Pankrat Pankratiy Pankrtiyyan Pankrác Panna Pannawich Panni Pano
Pansy Pantaleo Pantaleon Pantaley Panteley Panteleymon Panteleymonivna Panteleymonovich Pantera
Panto Pantyu Panu Panya Panzer Paola Paoletta Paolina Paolo Papatya Papoila Paqui Par Parakhod
Paralee Paramita Paramon Paraschiva Parashkev Parashkevan Parashkevitsa Paraskev Paraskeva
Paraskevi Paraíso Parcidio Parcídio Pardi Parfen Parfeniy Paride Parin Paris Parisa Park Parker
Parlee Parley Parman Parmen Parmes Parrish Pars Parsa Parsival Parth Parthenia Particia Parunka
Parush Parvati Parvez París Pascal Pascale Pascaline Paschal Pascoal Pascual Pascuala
Pascualina Pashk Pashke Pasi Pasin Paskal Paskala Paskalia Pasko Paspanakhil Pasqua Pasqual
Pasquale Pasqualina Pasqualino Pastor Pastora Pasty Paszkália Pasztorella Pat Patchaploy
Patcharaporn Pate Patience Pato Patrek Patrekur Patri Patria Patric Patrica Patrice Patricia
Patricie Patricija Patricio Patrick Patrido Patrik Patrina Patriotka Patrisía Patritsiya
Patrizia Patrizio Patrocínia Patrycja Patryk Patrícia Patrício Patsa Patso Patsy Pattamon
Pattapon Pattatomporn Patti Pattie Patty Pau Pauel Paul Paul-Gerhard Paul-Heinz Paula Paule
Paulene Pauletta Paulette Pauli Paulica Paulien Pauliina Paulin Paulina Pauline Paulino Paulita
Paulius Paulo Pauls Paulus Paulína Paulīna Paun Pauric Pava Paval Pavani Pavao Pavel Pavelin
Paviliya Pavko Pavla Pavle Pavlik Pavlin Pavlina Pavlincho Pavlivna Pavlo Pavlomir Pavlos
Pavlovich Pavlovna Pavlín Pavlína Pavo Pavol Paw Pawall Pawan Pawel Paweł Pax Paxton Paye
Payten Payton Paz Paşa Peace Peadar Peader Pearce Pearl Pearla Pearle Pearlene Pearley Pearlie
Pearline Pearly Pearse Pearu Peder Pedhar Pedher Pedrina Pedrino Pedro Pedró Peedo Peedu Peem
Peep Peer Peet Peeter Peg Peggi Peggie Peggy Pehlil Pei Peider Peip Pekcan Peker Pekin Pekiner
Pekka Pekkan Pekko Peko Pekşen Pelageya Pelagie Pelagiusz Pelagiya Pelaio Pelaji Pelay Pelayo
Pele Pelhřim Pelin Pelina Pelle Pellegrino Pellervo Pelágia Pembesin Penchin Pencho Penelopa
Penelope Peniel Penina Peninah Penko Penney Penni Pennie Penny Peno Penrod Pentti Penyu
Penélope Peo Pepe Pepelota Pepijn Pepillo Pepin Pepino Pepislav Pepita Pepito Pepo Peppe Pepper
Peppi Per Per-Erik Per-Olof Pera Percho Percival Percy Perdebek Peregrin Peregrina Perelyub
Perelyuba Peremil Peremila Peremisl Peremisla Peren Perenna Perestrelo Peresvit Pereyaslav
Perfeito Peri Periana Perica Perikl Perikles Perinur Peris Perizat Perk Perkasa Perla Perley
Perlita Permelia Permun Pernell Pernilla Pernille Pero Perparim Perpétua Perpétuo Perran Perri
Perrine Perry Pershik Pershing Persiana Persida Persiyan Persília Pertti Perttu Peruna Perunko
Pervaiz Pervushko Perzida Perçem Pesent Peshka Peta Petar Pete Petek Peter Peter-Michael
Peterson Pether Peti Petikongres Petinka Petkan Petko Peto Petr Petra Petraki Petrana Petras
Petre Petrea Petri Petrică Petrina Petrinel Petrit Petrivna Petriyka Petrișor Petro Petromil
Petromira Petrona Petronel Petronela Petronella Petronila Petronilla Petronius Petros Petrovich
Petrovna Petrozar Petru Petrus Petrushka Petruše Petruț Petruța Petrína Petrónella Petrónia
Petrós Petrún Petrúnella Petter Petteri Petula Petúnia Peychin Peycho Peyko Peyo Peyodon
Peyolina Peytan Peyton Peónia Phanice Phebe Phelim Phelix Phenphitcha Pheobe Phil Philario
Phileine Philemon Philine Philip Philipp Philippa Philippe Philippine Philippus Philis Phillip
Phillis Philo Philomena Philomene Philomène Philpus Phineas Phoebe Phoenix Phubes Phung
Phylicia Phylis Phyliss Phyllis Phyllon Phú Phúc Phương Pia Piaras Piedad Piedade Pien Pier
Piera Pierangela Pierangelo Pierce Pierette Piergiorgio Piergiuseppe Pierina Pierino Pierluigi
Piermaria Piero Pierpaolo Pierre Pierre-Alain Pierre-Antoine Pierre-Louis Pierre-Olivier
Pierre-Yves Pierrette Pierrick Piersanti Piet Pietari Pieter Pieter-Jan Pietra Pietro
Pietronella Pihla Piia Piibe Pijus Pilar Pili Pilip Pilipivna Pilipovich Pillangó Pille
Pilleriin Pilvi Pilár Pim Pimen Pina Pinar Ping Pinhan Pinja Pink Pinkey Pinkie Pinkney Pino
Pintusorn Pintyőke Pio Piotr Pip Piper Pipin Pippa Pippi Pippino Pirahmet Piran Piret Pirgit
Piri Pirit Pirita Piritta Pirje Pirjo Pirkka Pirkko Pirmin Piros Piroska Pirro Pisano Piscina
Pista Pisti Pistina Pitipat Pitágoras Pius Pivoniya Piyale Pjeter Pjetur Pjotr Placida Placido
Plamen Plamena Plamenko Platina Platon Platonida Platón Pleas Pleasant Ples Pleun Pleșu Plga
Plinio Plodovitka Pluma Plummer Plácido Plínia Plínio Pnina Podolyan Poeta Poigo Pok Pol Pola
Polad Polat Polatalp Polathan Polatkan Polda Poleksina Polel Polen Polett Poleza Poliana
Policarpo Polikarp Polin Polina Polixéna Polk Polla Polli Pollie Polly Pollý Polona Polonca
Polonia Polyan Polyana Polykarp Polyxena Pompeo Pompeu Pompilia Pompiliu Pomponio Pompília
Pompónia Ponce Poncio Pontus Pooja Popobawa Poppea Poppy Porciana Porfir Porfirio Porfiriy
Porfiro Porfírio Pornchanok Porsche Porsha Porter Portia Posey Potap Potishana Poul Povel
Povilas Powell Poyraz Pozvizd Pozvizda Praba Prabawa Prabowo Prabu Pracídio Prado Prakosa
Prames Pranata Pranav Pranawa Pranee Praneel Pranit Prasetya Prasetyo Praskovya Pratt Pratyush
Pravda Pravdomil Pravdomila Praveen Pravomil Pravomila Pravoslav Pravoslava Prayitna Prayoga
Prayogo Prazeres Preben Prebislav Preciosa Precious Precília Predislav Predrag Predslava
Premtim Pren Prena Prentice Prentiss Presa Presley Press Preston Priam Price Pricilla Pridbjørn
Priidik Priidu Priit Priiten Prima Primavera Primeiro Primitiva Primitivo Primo Primula Primus
Prina Prince Princess Principiano Prinz Prisca Priscah Priscila Priscilla Priscillah Priscille
Prisha Priska Priskilla Priszcilla Priteche Priya Priyanka Prião Proculeius Procópio Prods
Profira Prokhir Prokhor Prokhorivna Prokhorovich Prokl Prokofiy Prokop Prokopa Prokopiy
Proletina Pros Prosper Prospero Prostisveta Protasiy Prov Providencia Prudence Prudencia
Prudencio Prudie Prudência Prudêncio Prune Prvoletka Pryor Przemek Przemyslaw Przemysław
Przemysława Przybysława Pría Príor Próspero Psziché Puccio Puck Pueblo Puji Puk Pulkheriya
Pulmu Pulquéria Pumbaa Puntira Pupi Puput Pura Pureza Purificacion Purificación Purificação
Purity Purl Purwa Purwadi Purwanto Pusat Pushti Puspa Puti Putri Putu Pyotr Pyry Pàola Pál Pála
Páldís Páley Pálfríður Pálhanna Pálheiður Pálhildur Páll Pálma Pálmar Pálmey Pálmfríður Pálmi
Pálrún Pálín Pálína Pámela Pánfilo Páris Pädhar Pädher Päivi Päivikki Päiviö Pär Pärja Pärle
Pärt Pärtel Pätar Päter Päther Päär Päären Päärn Pääru Pål Pålina Påll Påske Påval Pædhar
Pædher Pætar Pæter Pæther Pæthr Pætær Pégui Pénelopé Pénélope Pépio Péricles Pérsio Péter
Pétrína Pétrún Pétur Përparim Pía Pío Pírea Pólika Pünhan Pürçek Pătru Pēteris Pınar Pırıl
Pırıltı Pıtırcık Přemysl Přibyslav Přibyslava Pəri Pərişan Pərvanə Pərvin Pərvinə Pərviz QIU
Qaadir Qaasim Qabeel Qabil Qadar Qadeer Qadi Qadim Qadir Qahtan Qaim Qais Qalib Qamar Qamil
Qani Qanit Qaratel Qareeb Qarin Qaseem Qasid Qasif Qasim Qasım Qatadah Qawee Qay-yoom Qays
Qazim Qefsere Qemajl Qendresa Qendrim Qerim Qiana Qiang Qiyas Qori Qoşqar Quadir Quaiela Quang
Quar Quaresma Qudamah Quddoos Qudoos Queen Queenie Quentin Querubim Quessia Quiana Quianna
Quiliano Quim Quin Quincy Quinn Quint Quinten Quinter Quintin Quintino Quinton Quinty Quique
Quirilo Quirina Quirino Quitéria Qulam Qulu Qumru Quoc Quorra Qurban Qusay Qushi Qutaybah Qutb
Qutub Quyen Quynh Quéli Quélia Quévin Quírio Qëndresa Qëndrim Qönçə Qüdrət Qızbəs Qədir
Qələndər Qənirə Qəzənfər Qəşəm Raaghib Raagini Raahil Raakel Raakin Raamis Raamiz Raashid
Raatib Raavo Rabah Rabar Rabat Rabb Rabbaanee Rabbani Rabbiye Rabea Rabecca Rabee Rabi Rabiah
Rabih Rabit Racha Rachael Rachal Rachana Racheal Rachel Rachela Rachele Rachell Rachelle Rachid
Rachida Rachit Rachita Rachko Racho Rachèle Raci Racin Racquel Rad Rada Radan Radana Rade
Radechko Radegast Radek Radeke Raden Radenko Radha Radhborg Radhee Radhgärdh Radhika Radhost
Radi Radia Radica Radija Radika Radilo Radim Radimir Radimira Radimír Radimíra Radislav
Radislava Radit Raditya Radivoj Radivoje Radivoy Radka Radko Radmil Radmila Rado Radogost
Radogosta Radojka Radomil Radomila Radomir Radomira Radomisl Radomił Radomiła Radomír Radomíra
Radosav Radoslav Radoslava Radoslaw Radostka Radosveta Radosław Radosława Radovan Radovana
Radoš Radslava Radu Radvan Radvilė Radziwił Radúz Rae Raeann Raed Raees Raegan Raekwon Rael
Raelene Raelyn Raelynn Raewyn Raf Rafa Rafael Rafaela Rafaele Rafaella Rafaello Rafaelo Rafail
Rafal Rafan Rafay Rafaél Rafaéla Rafaël Rafał Rafe Rafee Rafeek Rafeeq Rafet Raff Raffael
Raffaela Raffaele Raffaella Raffaellino Raffaello Raffel Rafi Rafia Rafid Rafih Rafila Rafiq
Rafn Rafnar Rafney Rafnhildur Rafnkell Ragendra Raggi Raghav Ragheb Raghi Raghib Ragna Ragnar
Ragnbjörg Ragnborg Ragnborgh Ragndis Ragne Ragner Ragney Ragnfred Ragnfridh Ragnfrith
Ragnfríður Ragnfrød Ragnheiður Ragnhild Ragnhilda Ragnhildur Ragnild Ragnor Ragnvald Ragnveig
Ragnvi Ragnvor Ragny Ragnälf Ragnælf Ragnö Raguel Ragúel Rahab Raharja Rahat Rahayu Raheel
Raheem Rahel Rahim Rahima Rahime Rahiye Rahma Rahman Rahmat Rahmet Rahmi Rahn Rahsaan Rahul
Rahwa Rai Raid Raiden Raider Raido Raifa Raifə Raigo Raihan Raija Raik Raiko Raila Raili Railo
Railya Raimo Raimon Raimond Raimonda Raimondo Raimonds Raimu Raimund Raimunda Raimundo Rain
Raina Rainald Raine Rainer Rainhard Rainieri Rainka Raino Rainold Raisa Raissa Rait Raita
Raitis Raivis Raivo Raja Rajab Rajata Rajeshri Rajeswary Rajka Rajko Rajmonda Rajmund Rajmunda
Rajsa Rakeem Rakel Rakhman Rakide Raknar Raksha Raleigh Ralf Ralf-Dieter Ralf-Peter Ralfe
Ralina Ralph Raluca Rama Ramadan Ramadhan Ramazan Ramberto Ramesh Rami Ramid Ramil Ramilə Ramin
Ramina Raminta Ramira Ramirez Ramiro Ramiz Ramiza Ramize Ramna Ramo Ramon Ramona Ramone
Ramonita Ramsey Ramun Ramunė Ramush Ramy Ramzi Ramón Ramóna Ramūnas Rana Ranae Ranar Ranbir
Rance Rancho Rand Randa Randal Randall Randalín Randee Randel Randell Randi Randle Rando
Randolf Randolfo Randolph Randver Randvi Randy Randyu Randíður Randý Ranee Ranek Ranel Rangel
Rangellyubimi Rangga Rani Rania Ranieri Raniero Ranka Ranko Rannet Ranno Rannva Rannveig
Rannver Rannvig Ransom Ranveer Raoul Rapaz Raphael Raphaela Raphaël Raphaëlle Raquan Raquel
Raquelina Raqueline Rareș Ras Rasa Rasate Rasha Rashaad Rashaan Rashad Rashawn Rasheed Rasheeda
Rashid Rashida Rashidi Rashko Rasho Rasim Rasimə Rasin Rasit Rasma Rasmund Rasmus Rasofiel
Rastislav Rastislava Rasul Ratchanon Rathi Rathulf Ratibor Ratih Ratimir Ratislav Ratko Ratmir
Ratmír Ratna Ratt Rauf Rauha Raul Rauli Raulo Rauna Rauni Rauno Rava Ravald Rave Raven Ravenna
Ravi Ravn Ravnkjell Ravshana Ravy Rawald Rawan Rawiri Ray Rayaan Rayan Rayana Rayane Raybay
Rayburn Raye Rayen Rayfield Rayford Rayhona Rayina Rayisa Rayla Raylene Rayman Raymon Raymond
Raymonde Raymund Raymundo Rayna Raynard Rayne Rayner Raynichka Rayshawn Rayu Rayyona Rayén Raza
Razi Razija Razije Razina Raziyə Razı Raúl Rcho Rea Reagan Rean Reanna Reason Reatha Reba
Rebbeca Rebbecca Rebeca Rebecca Rebecka Rebeka Rebekah Rebekka Rebihat Recep Recepali Red Reda
Redden Redmond Redouan Redouane Reece Reed Reeda Reelika Reem Reemo Reena Reeno Reese Reesi
Reet Reeta Reetta Refet Refik Refki Refugia Refugio Refur Regan Rege Regena Regenia Reggie
Regin Regina Reginal Reginald Reginaldo Reginbald Reginbaldur Reginbjörg Regine Reginia Reginn
Regino Regis Regitse Regitze Regna Regner Regnhild Regni Regnild Regnwald Rego Regula Regína
Regīna Reha Rehaan Rehema Rehime Rei Reid Reidar Reidun Reifnir Reigo Reija Reijo Reiko Reili
Reilika Reilly Reima Reimar Reimer Reimo Reimund Rein Reina Reinald Reinalda Reinaldo Reinamor
Reinar Reine Reinel Reiner Reingard Reinhard Reinhardt Reinhart Reinhild Reinhilde Reinhold
Reinholdt Reinier Reinis Reino Reinout Reio Reis Reita Rejana Rejane Rejhan Rek Reksa Relika
Relinda Rella Relli Relu Rem Rema Remazan Rembrandt Remco Remedios Remek Remi Remig Remigio
Remigiusz Remington Remo Remona Remus Remy Remzi Remzije Remziye Remédios Remény Reményke
Remígio Remízio Rena Renaat Renada Renae Renaldo Renan Renar Renard Renarda Renata Renate
Renatka Renato Renatus Renaud Renay Renda Rendy Rene Renea Renee Renel Renetta Rengin Rengiya
Rengül Reni Renia Renita Renna Rennie Reno Rens Renske Renzo Renát Renáta René Renée Reo
Reperto Requerino Res Resat Reshat Reshoni Resi Resit Respati Ressie Restituta Restu Resulcan
Reta Retha Rether Reto Retta Rettie Reuben Reubin Reva Reveka Revi Revka Revo Revun Revza Rex
Rexford Rexhep Rey Reyansh Reyes Reyhan Reyhanə Reykdal Reykfell Reykfjörð Reyn Reyna Reynald
Reynalda Reynaldo Reynar Reynardo Reyndís Reynheiður Reynhildur Reynholt Reynir Reynold
Reynolds Reyr Reza Rezeda Rezin Rezső Rezzak Rezzan Rhavi Rhea Rheba Rheta Rhett Rhian Rhianna
Rhianne Rhiannon Rhoda Rhodé Rhona Rhonda Rhys Ria Riad Rian Riana Rianna Rianne Ribca Ric Rica
Ricadonna Ricarda Ricardina Ricardo Riccarda Riccardo Ricci Ricciardo Ricciotti Ricco Rice Rich
Richard Richarda Richardt Richelle Richerd Richie Richmond Richárd Rick Rickard Rickey Ricki
Rickie Ricky Ricmot Rico Rid Rida Ridge Ridhi Ridna Riduan Ridvan Ridwan Ries Riet Rifat Riff
Righer Rigmor Rigmár Rigo Rigoberto Rihanna Rihards Riho Riika Riikka Riin Riina Riine Riitta
Riivo Rijad Rijk Rik Rika Rikard Rikarda Rike Rikharð Rikharður Rikhild Riki Rikitza Rikiza
Rikka Rikke Rikki Riku Rikulf Rikvald Rikvidh Riley Rilind Rilla Rillie Rim Rima Rimantė Rimma
Rin Rina Rinaldo Rinda Rinesa Ring Ringo Ringsten Ringvidh Rini Rink Rino Rinor Rinze Rio Rion
Riona Ripley Ripszima Ris Risa Risalet Risasi Rishi Risper Risto Ristya Rita Ritchie Ritt Ritta
Ritter Ritva Riu Riva Rivca Rivelino River Rivka Rivo Riya Riyad Riza Riziki Rizki Rizvan
Ričardas Ričards Rnest Ro Roald Roalde Roan Roana Roano Roar Rob Robb Robbe Robbi Robbie Robbin
Robby Robbyn Robel Robena Robert Roberta Robertas Robertin Robertina Roberto Robertovna Roberts
Robim Robin Robina Robine Robinetta Robinson Robiya Robley Roboredo Robrt Robt Roby Robyn Rocco
Roch Rochdi Rochel Rochell Rochelle Rochus Rocio Rock Rocky Rocío Rod Rodah Rodan Rodas Roddy
Rodelinda Roderic Roderica Roderich Roderick Roderigo Roderik Rodger Rodgers Rodher Rodhger
Rodhgärdh Rodhils Rodhlef Rodhlög Rodhmar Rodhmund Rodholf Rodhsten Rodhulf Rodhvald Rodhvi
Rodhälf Rodhælf Rodi Rodica Rodion Rodmar Rodney Rodny Rodolfa Rodolfo Rodolphe Rodoslav
Rodoslava Rodrick Rodriga Rodrigo Rodrigue Rodulf Rodé Roe Roef Roel Roeland Roelof Roena Rog
Rogelina Rogelio Rogena Roger Rogers Rogier Rogneda Rognida Rogvolod Rogvoloda Rogélia Rogélio
Rogério Rohaan Rohan Rohat Roise Roisin Rojda Rojin Rojnu Rojus Rok Rokas Roko Roksan Roksana
Roksolan Roksolana Roland Rolanda Rolandas Rolande Rolando Rolands Roldan Roldán Rolende Rolf
Rolf-Dieter Rolf-Peter Roli Rolim Roll Rolla Rolland Rollande Rollef Rollie Rollin Rollo Rolly
Roly Rom Roma Romain Romaine Romaisa Romaissa Roman Romana Romane Romanivna Romanița Romano
Romanovich Romanovna Romarico Romarigo Romario Romashka Rome Romeia Romek Romel Romelia
Romelina Romello Romelo Romen Romena Romeo Romero Romet Romeu Romey Romhilda Romi Romia Romie
Romil Romilda Romina Rominett Romola Romoleta Romolo Romona Romuald Romualda Romualdas Romul
Romulus Romund Romy Román Romána Romário Romã Romão Romée Roméo Ron Rona Ronal Ronald Ronaldo
Ronalina Ronan Ronda Rondal Rondina Ronett Ronetta Roni Ronin Ronith Ronja Ronke Ronna Ronni
Ronnie Ronny Rono Rony Ronya Roomet Roope Roos Roosa Roosevelt Roosmarijn Roque Roquelina Roriz
Rory Rorí Ros Rosa Rosa-Maria Rosabel Rosabela Rosabella Rosabelle Rosalba Rosalee Rosaleen
Rosalia Rosalie Rosalina Rosalind Rosalinda Rosalinde Rosaline Rosalva Rosalyn Rosalía Rosamar
Rosamaria Rosamel Rosamond Rosamund Rosamunda Rosana Rosandra Rosanete Rosangela Rosann Rosanna
Rosannah Rosanne Rosano Rosaria Rosarie Rosarinho Rosario Rosaura Rosava Rosco Roscoe Rose
Rose-Marie Roseann Roseanna Roseanne Rosebel Rosebele Rosel Roselee Roselia Roselina Roselinde
Roseline Rosella Roselle Roselyn Roselyne Rosemarie Rosemary Rosen Rosena Rosenda Rosendo
Rosenka Rosetta Rosette Rosevelt Rosey Roshel Rosi Rosia Rosie Rosil Rosimir Rosina Rosinda
Rosine Rosio Rosislava Rosita Roska Rosko Rosl Roslyn Rosman Rosmarie Ross Rossa Rossana
Rossano Rossella Rossie Rostiana Rostichar Rostichara Rostimir Rostislav Rostislava
Rostislavivna Rostislavovich Rostun Rostunya Roswell Roswita Roswitha Rosy Rosália Rosário
Rosélia Roth Rother Rothger Rothmar Rotich Rotkar Rotker Rotraud Rotraut Roulf Rouven Rovald
Rovena Rovéna Rowan Rowen Rowena Rowland Roxana Roxane Roxann Roxanna Roxanne Roxelana Roxie
Roxy Roxán Roxána Roy Roya Royal Royce Royo Roza Rozalia Rozalija Rozalin Rozalinda Rozaliya
Rozamunda Rozana Rozanna Rozanne Rozella Rozemarijn Rozeta Rozhana Rozhden Rozi Rozin Rozina
Rozita Roziya Rozka Rozmarin Rozotsvet Rozvita Rozál Rozália Rozálie Rrahim Rron Rrustem Rua
Ruairi Ruari Rubani Rube Ruben Rubenovna Rubi Rubie Rubiela Rubim Rubin Rubina Rubinka Ruby
Rubye Rubén Rudan Rudana Rudecindo Rudesindo Rudi Rudolf Rudolfa Rudolfina Rudolfo Rudolfovna
Rudolfína Rudolph Rudolpho Rudra Rudy Rudīte Rueben Ruedi Ruel Ruf Rufat Ruffin Ruffina Ruffus
Rufina Rufino Rufio Rufo Rufta Rufus Ruggerio Ruggero Ruggiero Rugilė Ruhide Ruhiu Ruhiyyə
Ruhsar Ruhsat Ruhshona Ruhugül Ruhəngiz Rui Ruie Ruin Rukia Rukiye Rumaysa Rumejsa Rumeysa
Rumislava Runa Runbiorn Rune Runfast Runfrid Runfridh Rungo Runi Runkil Runný Runsten Runulf
Runvast Runvidh Runälf Runólfur Rupert Ruperta Ruperto Ruprecht Ruqayya Ruqiya Ruqiyyə Rurique
Rus Rusalina Rusaliya Rusana Rusen Rush Rushil Ruska Ruslan Ruslana Ruslanivna Ruslanovich
Ruslanovna Rusman Rusnė Russ Russel Russell Rustem Rustin Rusty Rusudan Rusudana Rusul Rusyava
Ruszalka Ruszlána Rut Ruta Rute Rutger Ruth Rutha Ruthann Ruthanne Ruthe Rutherford Ruthie
Ruthild Rutt Ruuben Ruut Ruven Ruwaihim Ruxanda Ruxandra Ruxsarə Ruy Ruzaliya Ruzanna Ruzhdi
Ruzhka Ruzica Ruzsinka Ruža Ružena Ružica Ryad Ryan Ryann Ryder Ryker Rylan Ryland Rylee
Ryleigh Ryley Rylie Rym Ryma Ryne Rynjus Ryohei Ryosuke Rysia Rysiek Ryskeldi Ryszard Rytis
Rytė Ryurik Ryuu Rza Ráchel Ráhel Rákhel Rákis Rán Ráðgeir Ráðhildur Ráðvarður Râdamas Rådgeir
Rådgjerd Rådgjerda Rådgrid Rådmod Rådmund Rådny Rådorm Rådvard Rådveig Råg Råmund Ræf Ræv
Rébecca Régina Réginald Régine Régis Régulo Réjane Réka Rémi Rémy Réta Rézi Ríkarður Ríkey
Ríkharð Ríkharður Rín Ríta Ríó Róbert Róberta Róbjörg Rói Rólant Róman Rómeó Rómula Rómulo Róna
Rónán Rós Rósa Rósalind Rósalía Rósanna Rósant Rósar Rósberg Rósbjörg Rósborg Róselía Rósenberg
Rósey Rósfríður Róshildur Rósi Rósinberg Rósinkar Rósinkara Rósinkrans Rósinkransa Róska
Róslaug Róslind Róslinda Róslín Rósmann Rósmary Rósmarý Rósmunda Rósmundur Rósný Rósý Róza
Rózia Rózsa Rózsi Róża Różanna Röfn Rögn Rögnvald Rögnvaldur Rögnvar Rökkvi Röné Rörik Röskva
Rösli Rövşanə Rövşən Röya Röyal Röyalə Röðull Rødh Rødhe Rødhing Røl Rømingus Rønjus Rønnaug
Rønne Rønnik Rønning Rørek Rørik Røskva Røth Røthe Røyan Røyen Rúbar Rúben Rúbia Rúbý Rúdi
Rúdólf Rún Rúna Rúnar Rúndís Rúnhildur Rúpio Rúrik Rúrí Rút Rútur Rübabə Rübeyda Rüdiger Rüfət
Rüknettin Rümeysa Ründo Rünno Rüya Rüçhan Rüşen Răducu Răzvan Rıfkıye Rūdolfs Rūta Růžena
Rəfiqə Rəhilə Rəhim Rəis Rəmziyyə Rəna Rəqsanə Rəsmiyyə Rəsul Rəxşəndə Rəşad Rəşid S'fiso
SHENG-HSIUNG SHIH-CHANG SHIH-HAN SHIH-MING SHU-CHEN SHU-CHING SHU-CHUAN SHU-FANG SHU-FEN
SHU-HUA SHU-HUI SHU-LING SHU-MEI SHU-MIN SSU-YU SU-CHEN SU-CHIN SU-CHING SU-CHU SU-LAN Saabir
Saad Saadat Saadet Saadia Saadiq Saafir Saahir Saaiq Saajid Saal Saale Saalih Saalim Saana
Saanvi Saaqib Saar Saara Saariyah Saba Sabah Sabahat Sabahate Sabaheta Saban Sabar Sabari Sabas
Sabastian Sabatino Sabato Sabbir Sabedin Sabeeh Saber Sabih Sabihe Sabil Sabin Sabina Sabine
Sabino Sabiq Sabir Sabirə Sabit Sable Saboor Sabra Sabri Sabrin Sabrina Sabrine Sabrína Sabur
Saburah Sabína Sabır Sacha Sachi Sachiko Sacidə Sacramento Sad Sada Sadaka Sadan Sadao Sadaqat
Sadat Sadberk Saddam Sade Sadeed Sadeti Sadi Sadia Sadie Sadija Sadije Sadik Sadika Sadiki
Sadina Sadiq Sadittin Sadiye Sadraque Sadrudine Sadybay Sadye Sadıq Safa Safae Safari Safet
Safi Safia Safija Safije Safina Safinaz Safira Safiri Safiya Safiye Safouan Safouane Safta
Safura Safír Saga Sage Sahar Sahara Sahibə Sahide Sahil Sahin Sahir Sahit Sahra Sai Said Saida
Saidi Saido Saif Saiful Saige Saija Saila Saim Saima Saime Saimi Saini Saint Sair Sairah Saire
Saka Sakari Sakarias Sakarías Sakhoriya Sakina Sakip Sakit Saksham Sakti Saku Sakura Sal Sala
Saladino Salah Salami Salamon Salazar Salbatore Salberg Salbjörg Saldís Saleh Salem Salemo
Salena Sales Salete Salgerður Salgır Sali Salida Salih Saliha Salim Salima Salimah Salimet
Salina Salka Salkım Salkın Salla Salley Salli Sallie Sally Salma Salman Salmann Salmar Salme
Salný Salohiddin Salome Salomea Salomena Salomey Salomeya Salomite Salomo Salomon Salomão
Salomé Salomón Salsabila Saltuk Salud Salurbay Salustiano Salustiniano Salvador Salvadora
Salvadore Salvar Salvator Salvatora Salvatore Salvatori Salvatorio Salvatorre Salvatrice
Salvação Salvi Salviano Salvina Salvino Salvátor Salvör Salwa Salín Salína Salóme Salómon
Salúquia Sam Samahat Samaksh Samama Saman Samandar Samanta Samantha Samar Samara Samaritana
Samaritano Samarth Samat Samatha Samay Samella Samer Samesh Sami Samia Samiah Samie Samina
Samir Samira Samire Samirə Samiya Samiyah Sammie Sammy Samo Sampo Sampsa Sampson Samra Samson
Samsul Samu Samual Samuel Samuela Samuele Samuella Samuil Samuli Samurtay Samuël Samwel Samweli
Samy Samúel Sana Sanaa Sanae Sanai Sanal Sanalp Sanavber Sanaya Sanberk Sancak Sancar Sancha
Sancho Sancia Sancler Sanda Sandalio Sandee Sandel Sander Sanders Sandhólm Sandi Sandie Sandile
Sandis Sandor Sandra Sandri Sandrina Sandrine Sandrino Sandro Sandu Sandur Sandy Sanel Sanela
Sanelma Sanem Saner Sanford Sang Sani Sanije Sanita Saniya Saniyah Sanja Sanjar Sanjay Sanjin
Sanjo Sanjuana Sanjuanita Sanka Sanlı Sanna Sanne Sanni Sannie Sanora Sansone Sansão Santa
Santana Sante Santelmo Santeri Santi Santiago Santina Santino Santo Santos Santtu Santuzza
Santál Santía Sanur Sanya Sançar Saoirse Saood Sapa Saphira Sara Sarabi Sarafina Sarah
Sarah-Jane Sarah-Louise Sarahi Sarai Saran Saranda Saraya Sardor Sare Sargın Sari Sariah Sarina
Sarita Sarlott Sarmat Sarmīte Sarolt Sarolta Sarp Sarper Sarphan Sarpkın Sarrah Sarthak Saruhan
Sarunporn Sarvan Sarvar Sarvinoz Sary Sarya Sarybay Sarína Sarıcabay Sasa Sascha Sasha Sasho
Sasikala Saskia Saskie Sasu Sathvik Sati Satomi Satrettin Satu Saturnin Saturnina Saturnino
Satya Satıa Sau Saul Saula Saule Sauli Saulina Saulius Saulo Saumu Saumya Saundra Sauro Sauti
Sauveur Sauyt Sauytbay Sava Savak Savana Savanah Savanna Savannah Savaş Saveli Saveliy Saveria
Saverio Saveta Savilla Savina Savino Savio Savion Savka Savni Savo Savon Savva Savvatiy Sawyer
Saxi Saxon Saxona Saya Sayalı Sayana Saydam Sayed Saygın Sayhan Sayin Saylau Sayrak Sayuri
Sayıl Sayın Sazhida Saçı Saïd Saïda Saúl Sağcan Sağlam Sağun Sağıt Saša Sašo Sa’adatu Sa’diya
Scarlet Scarleth Scarlett Scarlette Scevola Schatzi Schatzie Schirin Schley Schmetterling
Schnapps Schnaps Scholastika Schuyler Schwanhild Schwartz Scirocco Scot Scott Scottie Scotty
Seaborn Sead Seamus Sean Sean-Paul Seana Seanan Seaneen Seanna Season Seb Sebakhtin Sebas
Sebastiaan Sebastian Sebastiana Sebastiano Sebastien Sebastiene Sebastijan Sebastián Sebastião
Sebastjan Sebastían Sebattin Sebestian Sebestyén Sebigül Sebil Sebjørn Sebla Seblâ Sebrina
Sebulon Secundino Seda Sedat Sedef Sedefcho Seden Sedenius Sedevard Sedife Sedolf Sedrick
Sedrik See Seem Seema Seet Sef Sefanía Sefedin Sefer Segilola Segismundo Segundo Seha Sehare
Sehel Seher Seherezádé Sehriban Seid Seidi Seido Seif Seifur Seija Seila Seimur Sein Sejda
Sejla Sekleta Sel Selah Selaheddin Selajdin Selam Selatin Selcan Selcen Selcuk Selda Seldon
Selemawit Selen Selena Selene Seler Selesa Seleso Selim Selime Selin Selina Seline Selinti
Selis Selivan Seliverst Selja Seljan Selka Selma Selman Selmer Selmin Selmo Selvaggia Selver
Selvi Selvije Selyan Selâtin Selçuk Selénia Selésia Selésio Sem Sema Semaj Semat Semen
Semenarka Semender Semenica Semenivna Semenovich Semenovna Semhar Semibor Semih Semina Semine
Semir Semirad Semiramis Semire Semjon Semm Semra Semrin Semsa Semyon Semíramis Sena Senad
Senada Senaida Senan Senay Sencar Sencer Seneca Senem Sener Seniha Senija Senja Senka Senko
Senn Senna Senne Senni Senol Senon Senora Senta Senía Seomara Seona Seosamh Sep Sepo Sepp Seppe
Seppo September Septi Septíma Sera Seracettin Serafiina Serafilm Serafim Serafima Serafin
Serafina Serafino Serafín Serafína Serah Seraina Seraphin Seraphina Seraphine Sercan Serda
Serdal Serdar Serditko Sereina Seren Serena Serenat Serenela Serenity Sereno Serenus Serezli
Serfinaz Serge Sergei Sergej Sergelinka Sergen Sergey Sergeyevna Sergi Sergio Sergiu Sergius
Sergiy Sergiyivna Sergiyovich Sergo Serhat Serhatmehmet Serif Serife Serik Serilda Serina
Serine Serita Serkan Serma Sernur Serol Serpil Serra Sert Sertap Sertório Server Servet Servete
Servi Servinaz Servác Ses Sesar Seselía Sesil Sesiliya Sesilía Sesinando Sesira Seslav Sessa
Sesselja Sesselía Sessilía Sesto Seth Setsuko Settimio Setya Sevan Sevar Sevara Sevastiana
Sevastin Sevastyan Sevcan Sevda Sevdalin Sevdan Sevdelina Sevdem Sevdi Sevdije Sevdinar Seve
Sevelin Seven Sever Severa Severi Severiano Severin Severina Severine Severino Severo Severt
Severín Seveta Sevgen Sevginur Sevi Sevican Sevil Sevim Sevinc Sevinch Sevindik Sevinç Sevla
Sevsevil Seward Seweryn Seweryna Sextina Seya Seydo Seye Seyed Seyfulla Seyfullah Seyfəddin
Seyhan Seyhun Seyil Seyit Seyithan Seymour Seymur Seyran Seyyal Seyyide Sezal Sezen Sezer Sezgi
Sezgin Sezginbaş Seçen Seçgül Seçil Seçkin Seçkiner Seçme Sha Shaban Shad Shade Shadrack Shadya
Shae Shafter Shaha Shahina Shahnoza Shahriyor Shahzod Shahzoda Shaima Shaina Shaip Shakhina
Shakia Shakila Shakira Shakita Shala Shalanda Shalon Shalonda Shamar Shameka Shamika
Shamsuddeen Shan Shana Shanae Shanaya Shanda Shandi Shandra Shane Shaneka Shanel Shanell
Shanelle Shanequa Shani Shania Shanice Shaniece Shanika Shaniqua Shanita Shaniya Shanko Shanna
Shannan Shannen Shannon Shanon Shanou Shanta Shantae Shantay Shante Shantel Shantell Shantelle
Shanti Shaqir Shaquan Shaquana Shaquille Shaquita Shara Sharan Sharda Shardae Sharday Sharde
Sharee Sharell Sharen Shari Sharice Sharie Sharif Sharika Sharilyn Sharita Sharla Sharleen
Sharlene Sharlotta Sharmaine Sharman Sharmila Sharo Sharolyn Sharon Sharonda Sharri Sharron
Sharyl Sharyn Shasta Shatara Shaun Shauna Shaunda Shauneen Shaunna Shaunta Shaunte Shaurya
Shavon Shavonda Shavonne Shawana Shawanda Shawanna Shawn Shawna Shawnda Shawnee Shawnna Shawnta
Shawnte Shay Shayan Shayenne Shayla Shaylee Shayna Shayne Shchastibog Shchastislav Shchedra
Shchedrin Shchedrogost Shchedyu Shchefaniya Shchek Shcheki Shcheno Shchenyu Shcheriana
Shcherion Shcheriyan Shcherko Shchero Shcheryu Shchiliyan Shchilyan Shchilyanka Shchiryan
Shchono Shchrban Shchrkan Shchtilka Shchtrban Shchtrkan Shchurk Shea Sheamus Sheba Shedrick
Sheela Sheelagh Sheena Shefket Shefki Shefkije Shehu Sheila Sheilah Sheilla Sheillah
Shekherezada Sheki Shekoni Shela Shelba Shelbi Shelbie Shelby Sheldon Shelia Shella Shelley
Shelli Shellie Shelly Shelton Shelva Shelvia Shelvie Shem Shemar Shemeka Shemika Shemsi Shena
Shenika Shenita Shenko Shenna Shenol Shep Shepherd Shera Sheree Sherell Sheri Sherice Sheridan
Sherie Sherif Sherika Sheril Sherill Sherilyn Sherine Sherise Sherita Sherlene Sherley Sherly
Sherlyn Sherman Sheron Sherree Sherrell Sherri Sherrie Sherril Sherrill Sherron Sherry Sherryl
Sherwin Sherwood Shery Sheryl Sheryll Sheyla Sheyna Shianne Shibil Shida Shider Shiela Shila
Shiloh Shin Shinead Shinka Shinko Shino Shipchan Shira Shirely Shirin Shirko Shirl Shirlee
Shirleen Shirlene Shirley Shirleyann Shirlie Shishman Shivani Shivansh Shizue Shizuko Shkelqim
Shkelzen Shkodri Shkurta Shmilo Shmulyu Shohei Shohjahon Shohrux Shoji Sholpan Shon Shona
Shonda Shondra Shonna Shonta Shoshana Shota Shpejtim Shpilko Shpresa Shqipe Shqiprim Shravya
Shreya Shu Shukrije Shukrona Shusho Shyann Shyanne Shyheim Shyhrete Shyla Sian Siana Siara
Sibbie Sibel Sibila Sibilla Sibille Sibonelo Sibongile Sibusisiwe Sibusiso Sibyl Sibyla Sibylla
Sibylle Sid Sidar Siddharth Siddhártha Siddie Sider Sidiq Sidiqə Sidki Sidnei Sidney Sidon
Sidonia Sidonie Sidoniya Sidor Sidra Sidraque Sidsel Sidónia Sidónio Sie Sieb Siebe Siegbert
Siegfried Sieghard Sieghild Sieglind Sieglinde Siegmar Siegmund Siegrid Siegried Siegrun
Siegward Siem Sien Siena Sienna Siep Sierra Sietse Sif Sifa Sifonya Sifredo Sifuna Sigbergur
Sigbert Sigbjartur Sigbjörn Sigborg Sigdís Sigdór Sigdóra Sigfastur Sigfinnur Sigfreður Sigfrid
Sigfrido Sigfried Sigfríd Sigfríð Sigfríður Sigfús Sigga Sigge Siggeir Sigger Siggerður
Sighbiorn Sighborgh Sighburgh Sighdan Sighdiærf Sighfast Sighfridh Sighhiælm Sighhvat Sighløgh
Sighmar Sighmund Sighne Sighni Sighniut Sighridh Sighridher Sighrith Sighrun Sighvatur Sigi
Sigisbert Sigismund Sigita Sigizmund Sigjón Siglaugur Siglind Siglinde Siglög Sigmann Sigmar
Sigmond Sigmund Sigmunda Sigmundur Signa Signar Signe Signhildur Signild Signý Sigri Sigrid
Sigrun Sigríkur Sigríður Sigrún Sigsteinn Sigtryggur Sigtýr Sigur Sigurbaldur Sigurberg
Sigurbergur Sigurbirna Sigurbjarni Sigurbjartur Sigurbjörg Sigurbjörn Sigurbjört Sigurborg
Sigurbrandur Sigurbára Sigurd Sigurdríf Sigurdrífa Sigurdís Sigurdór Sigurdóra Sigurey
Sigurfinna Sigurfinnur Sigurfljóð Sigurgeir Sigurgeira Sigurgestur Sigurgrímur Sigurgísli
Sigurhanna Sigurhans Sigurhelga Sigurhildur Sigurhjörtur Sigurhólm Sigurjón Sigurjóna Sigurkarl
Sigurlaug Sigurlaugur Sigurleif Sigurleifur Sigurlilja Sigurlinn Sigurlinni Sigurliði Sigurlogi
Sigurlás Sigurlín Sigurlína Sigurmann Sigurmar Sigurmon Sigurmunda Sigurmundur Sigurnanna
Sigurnýas Sigurnýjas Siguroddur Sigurpáll Sigurrós Sigursteina Sigursteinn Sigursveinn Sigurunn
Sigurvaldi Sigurveig Sigurvin Sigurvina Sigurást Sigurásta Sigurða Sigurður Siguróli Sigurósk
Sigurörn Sigurþór Sigurþóra Sigvalda Sigvaldi Sigvard Sigvarður Sigyn Sigþrúður Sigþór Sigþóra
Siham Sihawukele Siim Siimon Siina Siiri Siivo Sijuade Siku Sil Sila Silagi Silan Silantiy
Silanur Silas Silata Sile Silfa Silfra Silfrún Silfur Silfá Silja Silje Silka Silke Sill Silla
Sille Silli Silolyub Silolyuba Silondile Siloslav Siloslava Silva Silvain Silvan Silvana
Silvandira Silvano Silvar Silve Silver Silverio Silvester Silvestr Silvestre Silvestro Silvi
Silvia Silvian Silviana Silviano Silvie Silvija Silvijn Silvina Silvino Silvio Silviu Silvius
Silviya Silviyaaleksandra Silviyan Silvo Silván Silvána Silvéria Silvério Silvía Silyan Silyana
Sim Sima Simao Simara Simas Simaura Simauro Simay Simber Simcha Simea Simen Simeon Simeona
Simeoni Simge Simi Similoluwa Simin Simina Simion Simisola Simiyu Simmie Simmu Simo Simon
Simona Simonas Simone Simoneta Simonetta Simonette Simonine Simonivna Simonne Simonovich
Simphiwe SimphiweyiNkosi Simplício Simpson Simten Simuzər Simya Simão Siméon Simón Sina Sinaida
Sinan Sincere Sinda Sindre Sindri Sindulfo Sindy Sine Sinead Sinem Sinezora Sing Sini Sinică
Sinikka Sinisa Siniša Sinja Sinkler Sinklitikiya Sinook Sinooka Sintija Sintiya Sinéad Sinésio
Siobain Sioban Siobhain Siobhan Siofra Sion Sione Siper Siphesihle Sippora Sira Sirac Sirak
Sirap Siren Sirena Sirene Siret Siri Siriann Sirianna Sirianne Siril Sirin Sirina Sirine Sirio
Sirja Sirje Sirkka Sirkku Sirla Sirle Sirlet Sirli Sirly Sirman Siro Sirpa Sirra Sirrí Sirrý
Sirvi Sisenando Siska Sisko Sisnando Sisoya Siss Sissa Sisse Sissel Sissi Sissy Sister Sistine
Sisínio Sita Sitarə Sitha Sithembiso Siti Sitiwat Sitona Sittik Sittikorn Sittona Siu Siv
Sivert Sivi Siviä Sivía Siw Sixt Sixta Sixten Sixtine Sixto Sixtus Siya Siyabonga Siyen Siyena
Sjafnar Sjana Sjoerd Sjors Sjovor Sjöfn Skade Skafti Skagalín Skaidrīte Skakalka Skamhals
Skapti Skardhe Skarlet Skarleta Skarpe Skarpheiður Skarphéðinn Skaði Skefill Skeggi Skellir
Skender Skip Skjaldvor Skjaldvør Skjalvor Skjolddis Skjoldis Skjoldvor Skjöldur Skogh Skoghe
Skol Skolastika Skolasztika Skorbut Skorri Skröggur Skugga Skuggi Skuld Skuldfrid Skule
Skulfrid Sky Skye Skyla Skylar Skyler Skärlog Skægge Skær Skæringur Skærlak Skírnir Skíðdal
Skíði Skúla Skúli Skúlína Skúta Slade Sladjan Sladjana Sladoledka Slamet Slav Slava Slavdo
Slave Slaven Slaveya Slaveyko Slavi Slaviboj Slavibor Slavica Slavil Slavina Slavisa Slavka
Slavko Slavoboj Slavobor Slavoj Slavoljub Slavolyub Slavolyuba Slavomil Slavomila Slavomir
Slavomír Slavomíra Slavuta Slavěna Slawomir Sloane Slobodan Slobodanka Slodhe Slyvia Sláva
Slávek Slávka Smail Smajl Smaranda Smekhoterapiya Smidh Smil Smiljan Smilla Smiltė Smirna Smith
Smiyana Smiður Smyrill Smári Snaga Snare Snefrid Sneha Sneider Snezana Snezhana Snezhinka
Snizhan Snizhana Snizhinka Snježana Snjáfríður Snjáka Snjófríður Snjóki Snjólaug Snjólaugur
Snjólfur Snorra Snorri Snovid Snozir Snæberg Snæbjartur Snæbjörg Snæbjörn Snæbjört Snæborg
Snæbrá Snædahl Snædís Snæfríður Snæhólm Snælaug Snælaugur Snær Snæringur Snærós Snærún Snævar
Snævarr Snæþór Snót Snøfrid So Soan Sobibor Sobiesław Sobimir Sobislav Sobislava Soběslav
Soběslava Socorro Soeiro Soffanías Soffía Sofi Sofia Sofian Sofiane Sofie Sofija Sofine Sofiya
Sofiyka Sofon Sofron Sofronie Sofya Sofía Sohan Sohvi Soila Soile Soili Soilikki Soini Sointu
Sokil Sokrat Sol Solal Solana Solange Solanio Solano Solaug Solbjørg Solborg Solbrit Solbritt
Soldis Sole Soledad Soledade Soleh Solene Soley Solfrid Solfryd Solgerd Solgull Solgunn Solhild
Soliana Soliha Solin Soline Solla Sollaug Sollor Solma Solmaz Solmøy Solo Sologub Sologuba
Soloman Solomiya Solomon Solomonivna Solomoniya Solomonovich Solon Solou Soloug Solovey Solrun
Solrund Solrunn Solunn Solva Solvei Solveig Solveiga Solvej Solvejg Solvi Solvita Solvor Solvår
Solène Solôngia Somadina Somer Sommer Somtochukwu Son Sona Sonad Sonam Sonata Sonay Sondra
Sondre Sone Soner Song Songurkan Songül Sonia Sonja Sonje Sonji Sonnenschein Sonni Sonnie
Sonnur Sonny Sonný Sontsedar Sontsedara Sontselik Sontselika Sontseslava Sontsevid Sontsevida
Sonya Sonyaz Soo Sook Sophanías Sophia Sophie Sophie-Louise Sophie-Marie Sophronia Sophus Sophy
Soraia Sorana Sorawut Soraya Sorcha Soren Sorin Sorina Sorkun Sosimo Sossen Sot Sotaro Sote
Soter Sotero Sotira Souad Soufian Soufiane Soukaina Souleymane Souma Soumaya Soumia Sovetbek
Sowande Soydan Soydaner Soyer Soyhan Soykan Soykut Soylu Soyselçuk Sozon Soňa Spa Spak Spake
Spandiyar Sparkle Spartak Spartakus Spas Spasena Spasivna Spasiyana Spencer Spenser Speranza
Speranța Sphiwe Spirela Spiridon Spirv Spiut Spiælbodhi Spiælle Spomenka Sporgh Sporði Spring
Spurgeon Spurgh Spyridon Spytihněv Spói Spørv Squire Srdan Srdjan Srecko Sreten Srečko
Sritharan Srmenka Stacee Stacey Staci Stacia Stacie Stacy Staffan Stafford Stak Stake Staki
Stale Stali Stamatka Stan Stana Stanca Stancu Stanford Stanimir Stanimira Stanimirka Stanimír
Stanisa Stanislas Stanislaus Stanislav Stanislava Stanislavivna Stanislavovich Stanislavovna
Stanislaw Stanislawa Stanisław Stanisława Staniyela Stanka Stanko Stanley Stanton Stapfan Stapi
Star Stardal Stare Starkaður Starke Starki Starla Starling Starodum Starr Starre Starri Stasha
Stasia Stasía Statine Stavisara Stavros Stavroula Staņislavs Steen Stef Stefaan Stefan Stefana
Stefani Stefania Stefanida Stefanie Stefanija Stefanivna Stefaniy Stefaniya Stefano Stefanos
Stefanovich Stefany Stefanía Steffani Steffanie Steffen Steffi Stefi Stefica Stefina Stefine
Stefnir Stefán Stefánia Stefánný Steijn Stein Steina Steinar Steinarr Steinbekk Steinberg
Steinbergur Steinbjörg Steinbjörn Steinbjørg Steinborg Steindís Steindór Steindóra Steiney
Steinfinn Steinfinnur Steinfrid Steinfríður Steinfrød Steingard Steingerður Steingjerd
Steingrim Steingrímur Steinhild Steinhildur Steini Steinkell Steinkjell Steinlaug Steinmann
Steinmar Steinmod Steinmóður Steinn Steinny Steinodd Steinor Steinrós Steinröður Steinrød
Steinrún Steintor Steinulf Steinulv Steinunn Steinvarður Steinvild Steinvor Steinvör Steinólfur
Steinþór Steinþóra Steivor Stela Stelian Steliana Stelina Stella Stellah Stellan Steluța Sten
Stena Stenar Stenbiorn Stenborg Stenborgh Stener Stenetta Stenfinn Stenfridh Stengärdh Stenhild
Stenkil Stenolf Stense Stenulf Stenvast Stenvor Stepan Stepanie Stepanivna Stepanovich
Stepanovna Stephaine Stephan Stephane Stephani Stephania Stephanie Stephanus Stephany Stephen
Stephene Stephenie Stephnie Stephon Sterling Sterre Stetson Stevan Steve Steveline Steven
Stevie Stevo Steward Stewart Steyana Stian Stien Stig Stigher Stigulf Stiina Stijn Stilla Stina
Stine Stinke Stinken Stipe Stipo Stirnir Stiven Stjarna Stjarney Stjepan Stoffa Stoimena Stoja
Stojan Stojanka Stojmír Stoletka Stone Stonewall Stoney Storbjörn Store Storlach Storm Storma
Stormur Stormy Stoyan Stoyanka Stoymir Stozhar Strahimir Strahinja Straumberg Strom Strongheart
Strømmine Stuart Stuf Sture Sturla Sturlaugur Sturri Stybbe Styfeldus Stygg Styr Styrbiorn
Styrbjörn Styreman Styrger Styrgerður Styrkar Styrkár Styrløgh Styrman Styrmir Styrr Styrvast
Stáza Stéfanie Stéphan Stéphane Stéphanie Stígheiður Stígrún Stígur Stína Stórólfur Störbjörn
Stødhing Su Suada Suanne Suat Suati Subomi Subutiye Suci Sude Sudi Sudie Sudiksha Sudimir
Sudimira Sudislav Sudislava Sudivoy Sudárka Sue Sueann Sueli Suellen Suen Sufjan Sugár Sugárka
Suhani Suhejla Suido Suive Suivi Suk Suki Sula Sulamita Sulamith Suleiman Sulejman Sulema
Sulevi Sulhi Sulki Sullivan Sulo Sultan Sultana Sultane Sulu Sumarliði Sumarlína Sumarrós
Sumaya Sumayya Sumeja Sumiko Summer Sumner Sumru Suna Sunamita Sunay Suncica Sunday Sune Sunel
Sung Sungara Suni Sunita Sunna Sunnefa Sunneva Sunni Sunnifa Sunniva Sunny Sunníva Sunshine
Sunvidh Suoma Suometar Supasit Supasita Suphi Suraje Suresh Suri Surma Surya Susam Susan Susana
Susanita Susann Susanna Susannah Susanne Susano Suse Susete Susette Susi Susie Sussan Sussanne
Sussie Susy Sutare Sutere Suthakaran Sutharsan Suus Suvada Suvakit Suvi Suvi-Anne Suwijuk Suzan
Suzana Suzann Suzanna Suzanne Suze Suzette Suzi Suzie Suzy Suéli Suğra Svafa Svafar Svala Svali
Svalrún Svan Svana Svanberg Svanbergur Svanbjörg Svanbjörn Svanbjört Svanborg Svandís Svaney
Svanfríður Svangeir Svanheiður Svanhild Svanhildur Svanhvít Svanhólm Svani Svanlaug Svanlaugur
Svanmundur Svanrós Svante Svantepolk Svantopolk Svanur Svanþrúður Svanþór Svarald Svarfdal
Svarg Svart Svarte Svarthövde Svatava Svatoboj Svatobor Svatomír Svatopluk Svatoslav Svatoslava
Svava Svavar Svea Svein Sveina Sveinar Sveinberg Sveinbjartur Sveinbjörg Sveinbjörn Sveinbjørn
Sveinborg Sveindís Sveiney Sveinfríður Sveingerður Sveinhildur Sveinjón Sveinke Sveinlaug
Sveinlaugur Sveinmar Sveinn Sveinov Sveinrós Sveinrún Sveinsína Sveinulf Sveinulv Sveinung
Sveinungi Sveinveig Sveinþór Sven Sven-Erik Sven-Olof Svena Svenald Svenborg Svend Svening
Svenja Svenke Svenn Svennik Svenning Svente Svenung Sverdrup Sverk Sverke Sverkel Sverker
Sverkil Sverre Sverrer Sverrir Svestina Svetislav Svetla Svetlana Svetlomir Svetlomira Svetlyu
Svetoslav Svetozar Svetozár Svezha Svidna Svirid Svit Svitlan Svitlana Svitlogor Svitodar
Svitodara Svitogor Svitogora Svitokol Svitolik Svitolika Svitolyub Svitolyuba Svitomir
Svitoslav Svitoslava Svitovid Svitovida Svitoyar Svitoyara Svitozar Svitozara Sviðandi
Svjetlana Svobodan Svobodana Svobodka Svyatogor Svyatogora Svyatolyub Svyatolyuba Svyatopolk
Svyatoslav Svyatoslava Svyatoslavivna Svyatoslavovich Svyatoslavovna Svyatovid Svyatoyar
Sváfnir Svärke Svärkir Svätopluk Sværker Sværkil Sværting Svölnir Svörfuður Světla Světlana
Světluše Swala Swaleh Swan Swanhild Swanhilda Swanhilde Swann Swantje Swart Swarte Swarthe
Swarthofthi Swave Swavi Swen Sweni Swening Swenja Swenki Swerting Swetlana Swäning Syahrini
Sybil Sybilla Sybille Syble Sybren Sydell Sydnee Sydney Sydni Sydnie Syed Sylas Sylfest Sylgja
Sylivia Sylke Sylva Sylvain Sylvaine Sylvan Sylvana Sylvania Sylvanus Sylve Sylvester Sylvi
Sylvia Sylviane Sylvianne Sylvie Sylvio Sylvère Sylvía Sylwester Sylwia Symon Symone Synnøve
Synthia Synva Synvis Synøve Syprian Syreeta Syrene Syria Syrine Sys Syuzanna Syver Syverin
Syverine Syvert Syxsten Szabella Szabina Szabolcs Szabrina Szaffi Szalvia Szalóme Szamanta
Szamira Szandra Szanna Szantina Szantána Szavanna Szavina Szavéta Szczepan Szederke Szedra
Szegfű Szelina Szelli Szellő Szellőke Szemerke Szemira Szemirámisz Szemőke Szendi Szendike
Szendile Szenta Szerefina Szerkő Szeréna Szerénke Szeverina Szibill Szibilla Szidalisz Szidi
Szidónia Sziglind Szille Szilveszter Szilvesztra Szilvia Szilvána Szilárd Szilárda Szimonett
Szimonetta Szimóna Szindi Szinta Szintia Sziringa Szirka Szirom Szironka Szirén Szixtin
Szixtina Szkarlett Szkilla Szofi Szofrónia Szolanzs Szonja Szonóra Szoraja Szorina Sztavrula
Sztella Szulamit Szulejka Szulikó Szulita Szultána Szvetlána Szymon Száva Szénia Szépa Szépe
Színes Szíra Szófia Szörénke Szúra Sába Sáli Sálvio Sámo Sámuel Sándor Sára Sári Sário Sáron
Sásquia Sássia Sátia Sátira Sátiro Sáva Sávio Sância Sânziana São Säbiorn Säbjörn Säborg Säde
Säfast Sävald Såmund Såve Såvi Sæbbe Sæberg Sæbergur Sæbiorn Sæbjartur Sæbjörg Sæbjörn Sæbjört
Sæbjørg Sæbjørn Sæborg Sæbrá Sædal Sædis Sædiærf Sædís Sæfinn Sæfinna Sæfríður Sæhildur Sæi
Sæla Sælaug Sælaugur Sæmann Sæmar Sæmi Sæming Sæmund Sæmunda Sæmundur Sæný Sær Særek Særós
Særún Sæsól Sæunn Sævald Sævaldur Sævar Sævarr Sæve Sævin Sævör Sæþór Sébastian Sébastien
Séfora Sénia Sénio Séraphine Sérgia Sérgio Séverin Séverine Sévérine Sía Sílvia Sílvio Símon
Símona Símonía Síria Sírnir Sírus Sísí Síta Sívar Sívio Sócrates Sófus Sófónías Sókrates Sól
Sóla Sólan Sólberg Sólbergur Sólbjartur Sólbjörg Sólbjörn Sólbjört Sólborg Sólbrá Sólbrún
Sóldís Sóldögg Sóley Sólfríður Sólgerður Sólhildur Sólimann Sólkatla Sóllilja Sólmar Sólmundur
Sólný Sólon Sólrós Sólrún Sólveig Sólver Sólvin Sólvör Sólín Sónata Sónia Söffren Söfren Sökmen
Sölmundur Sölva Sölvar Sölvey Sölvi Sölvína Sönke Sönmez Sören Sörli Söyler Sözen Sözer
Søgnhild Søgnhilde Søgni Søgnilde Sølfest Sølfester Sølga Sølva Sølve Sølvei Sølver Sølvfester
Sølvi Sølvy Sømjo Sønnev Sønneva Sønneve Sønnik Sønnøv Sønvis Søren Sørine Sørn Sørve Søs Søvei
Søverine Søvrina Søvrine Súla Súlamít Súria Súsan Súsanna Süalp Sübhan Sücaettin Sücəddin
Südabə Süer Süha Süheyda Sükran Sükrü Süleyla Süleyman Sülün Sümer Sümerya Sümeyye Sündüs Süner
Sünne Sürəyya Süsen Süvari Süzer Sýrus Sędzimir Sıla Sırma Sırriye Sıylıhan Sława Sławek
Sławomir Sławomira Səadət Səbinə Səbirə Səbuhi Sədaqət Səfurə Səfər Səhər Səidə Səlahəddin
Səlim Səlimə Səma Səmayə Səməd Sənan Sənubər Səriyyə Sərvər Sərxan Sərəncam Səxavət TSUNG-HAN
TSUNG-HSIEN TSUNG-LIN TSUNG-MING TZU-CHEN TZU-CHING TZU-EN TZU-HAN TZU-HAO TZU-HSIANG TZU-JUI
Ta Ta-tanisha Taago Taahaa Taahir Taaj Taalib Taamir Taanish Taariq Taava Taavetti Taavi Taavo
Tab Taban Tabassum Tabatha Tabea Tabetha Tabish Tabita Tabitha Taciana Taciano Taciddin Tacito
Taciána Tad Tadao Tadas Taddeo Tade Tadeen Tadej Tadeja Tadeo Tadeu Tadeusz Tadeáš Tadhg Tadija
Taeke Tafazal Taft Tagangül Tage Tagne Taha Tahar Tahaw-wur Tahawwur Taheem Tahir Tahj Tahmaseb
Tahmeed Tahmid Tahoor Tahseen Tahsin Tai Taial Taichi Taigo Taija Taijo Taiko Taimar Taimi
Taimo Taimur Taina Taine Tair Taire Tairi Tairo Taisha Taisir Taisiya Taisto Taito Taive Taivi
Taivo Taj Taja Tajammal Tajammul Tajana Taje Tajo Tajuana Tajudinn Tajus Takako Takatifu
Takisha Takuma Tal Tala Talal Talan Talas Talat Talay Talayer Talaz Talen Talha Talhah Tali
Talia Talib Talibe Talina Talis Talisha Talita Talitha Taliyah Talka Tallie Talmadge Talmage
Talon Talu Talula Talvar Talvikki Talvis Talvo Talía Talıb Tam Tama Tamala Tamam Tamanna Tamar
Tamara Tamas Tamatha Tamati Tamay Tamaydın Tamaşa Tambet Tambika Tambra Tameika Tameka Tamekia
Tamela Tamer Tamera Tamerk Tamesha Tami Tamia Tamica Tamie Tamika Tamiko Tamila Tamilla Tamino
Tamisha Tammara Tammera Tammi Tammie Tammo Tammy Tamra Tamu Tamya Tamára Tamás Tan Tana Tanagra
Tanak Tanalp Tanaska Tanay Tanbay Tanberk Tanbey Tancredo Tandoğdu Tandra Tandri Tandy Tane
Taneka Tanel Taneli Tanem Taner Tanerk Tanesha Tangaroa Tangela Tanguy Tangör Tangül Tanhan
Tania Tanika Tanimu Tanish Tanisha Tanita Taniya Taniyah Tanja Tanju Tankred Tankut Tanmayi
Tanna Tanner Tanpınar Tansel Tanses Tansev Tansoy Tansu Tansığ Tantri Tanveer Tanvi Tanya
Tanyel Tanyer Tanyolaç Tanyu Tanázia Tanía Tanıl Tanır Tao Taoufik Tapani Tapio Tara Tarah
Taraji Tarak Taran Tarancı Taras Tarasivna Tarasovich Tarasovna Tarcisio Tarcísio Tardu Taren
Tarfaan Tarfur Tarhan Tari Tarik Tarina Tariq Tariyel Tarja Tarkan Tarmo Taro Tarra Tarsha
Tarsicius Tarsício Tartış Taru Tarvi Tarvo Taryn Tarzícia Tarzícius Tasdik Tasha Tashi Tashia
Tashimira Tashina Tasia Tasnim Tassilo Tasso Tasvir Taswir Tate Tatia Tatiana Tatianna Tatiano
Tatijana Tatjana Tatjána Tatolyuba Tatomir Tatsiana Tatsuo Tatu Tatum Tatyana Tatyanna Taufan
Taufik Taulant Tauno Taunya Taurean Tauri Taurino Tauro Taurus Tautvydas Tava Tavares Tavaris
Tavast Tavasz Tavaszka Tavian Tavio Tavion Tavon Tawana Tawanda Tawanna Tawkeel Tawna Tawny
Tawnya Taya Tayana Tayaydın Tayfun Taygan Tayisiya Tayla Taylak Taylan Tayler Taylor Tayna
Tayshaun Tayyibe Tayyip Tazia Tazio Taçnur Taína Taís Taísa Taíssa Tağalp Taşan Taşar Taşkan
Taşkın Taťána Te Tea Teagan Teber Tecimer Tecla Ted Teddie Teddy Tedi Tedros Teea Teela Teele
Teemu Teena Teerth Teet Teetat Teevi Teevo Tegan Teguh Tegza Teigo Teija Teije Teijo Teili
Teisha Teitný Teitur Teja Tejala Tejas Tejs Tekant Tekay Tekbay Tekecan Tekin Tekiner Tekla
Teklya Teknaz Teksoy Telefonka Telemaco Telesfor Teliano Telim Tella Telle Tellervo Telly Telma
Telman Telmo Telo Telse Temeka Temidayo Temika Temime Temir Temira Temirhan Temistocle Temizkal
Temme Temmi Temmo Tempie Temple Tempo Temuçin Tena Tenesha Tenho Tenika Tenis Tenisha Tennessee
Tennie Tennille Tenvir Tenzin Tenório Teo Teobald Teobalda Teobaldo Teodemiro Teodezja
Teodolinda Teodomiro Teodor Teodora Teodorik Teodorivna Teodoro Teodorovich Teodors Teodosi
Teodosia Teodosie Teodosio Teodosiy Teodoslav Teodostin Teodoz Teodozie Teodóra Teodósia
Teodósio Teodózia Teofan Teofil Teofila Teofilo Teofánia Teohari Teokhar Teolinda Teoman Teon
Teona Teotónio Teppo Tequila Tera Terance Tercan Tercia Terciero Tere Tereasa Terell Terenc
Terence Terencius Terentiy Terentyevich Terenzio Teresa Teresca Terese Teresia Teresiah
Teresina Teresinha Teresita Teressa Teresía Tereza Terezie Terezija Terezinha Terhi Terhikki
Terho Teri Terica Terina Terisa Terje Terka Terlan Tero Terra Terrance Terrell Terrence Terresa
Terri Terrie Terrill Terrilyn Terry Terttu Tertullia Tervel Terza Terzo Teréz Teréza Terézia
Terência Terêncio Tesa Tesha Tess Tessa Tessel Tessie Tessza Tetyana Teun Teunis Teuta Teuvo
Tevide Tevin Tevo Tevs Tex Texanna Texas Texie Teya Teybet Teymur Teymuraz Teymurazovich
Teymurçin Teyo Tezcan Tezol Teófila Teófilo Teónia Thabani Thabisa Thabisile Thabiti Thad
Thaddeus Thaddäus Thai Thais Thalente Thales Thalia Thanatcha Thandazile Thandeka Thandiwe
Thando Thanh Thao Thaïs The Thea Theadore Theda Thedore Thekla Thelma Thembeka Thembekile
Thembile Thembisile Theo Theobald Theobold Theodis Theodocia Theodoor Theodor Theodora Theodore
Theodorik Theodoro Theodoros Theodorus Theodosia Theodosie Theodór Theodóra Theofan Theofil
Theofila Theola Theophil Theophile Theres Theresa Therese Theresia Theressa Therman Theron
Thersa Therése Theta Theódór Theódóra Thi Thiago Thiare Thibaud Thibault Thibaut Thibo Thielvar
Thiemo Thien Thierno Thierry Thies Thije Thijme Thijmen Thijn Thijs Thilo Thim Thimeo Thin
Thingbiorn Thingfast Thingger Thingulf Thingvar Thingvast Thinhinane Thiok Thirza Thiudhger
Thiudhsten Thiudhulf Thiälvar Thiälve Thiægn Thiælvar Thiælve Thobias Tholf Thom Thoma
Thomander Thomas Thomasena Thomasina Thomasine Thommas Thommy Thompson Thomás Thor Thora
Thorald Thoralf Thorben Thorberg Thorbern Thorbernus Thorbiorn Thorbjørn Thorbärg Thorbørn
Thord Thordh Thordher Thordo Thordur Thore Thorello Thorer Thorfast Thorfin Thorfinn Thorfred
Thorfridh Thorgard Thorgardh Thorgarth Thorger Thorgils Thorgisl Thorgny Thorgot Thorgrim
Thorgun Thorgund Thorgunn Thorgut Thorhild Thorhvat Thori Thorir Thorirus Thorith Thorkel
Thorketil Thorkil Thorkild Thorlacius Thorlaf Thorlak Thorlef Thorleif Thorlof Thorløgh Thormar
Thormod Thormodh Thormoth Thormund Thorn Thornton Thorolf Thorry Thorstein Thorsten ThorstenUlf
Thorth Thorun Thorwald Thorwar Thorwe Thorwith Thos Thresa Throkil Thrond Throtti Thrugels
Thrugils Thrugot Thrugun Thu Thuo Thura Thure Thurgot Thuri Thurir Thurlow Thurman Thursa
Thurston Thuthukile Thyra Thyrger Thyri Thyrvi Thyrwi Thythger Thythkil Thythulf Thành Théa
Théo Théodore Théophile Thérèse Thór Thøger Thảo Thế Thị Tia Tiago Tian Tiana Tianna Tiara
Tiare Tiarna Tiarnan Tiarra Tibbe Tibe Tiber Tiberia Tiberio Tiberiu Tiberius Tibi Tibo Tibor
Tiburcio Tiburcius Tibério Ticen Tichomil Tichomír Tichon Ticiana Ticiano Ticiána Tidiane
Tiegan Tieme Tiemen Tien Tiera Tiernan Tierra Tierri Ties Tiesha Tifani Tifany Tiffaney Tiffani
Tiffanie Tiffany Tiffiny Tigo Tigroni Tihomir Tiia Tiina Tiit Tiitus Tiiu Tijana Tije Tijl
Tijmen Tijn Tijs Tijuana Tikha Tikho Tikhol Tikhomir Tikhon Tikhonovich Til Tilbe Tilda Tilde
Tilden Tildra Tilen Tiliana Tilio Till Tilla Tilli Tillie Tillman Tillmann Tilly Tilman Tilmann
Tilo Tim Timbul Timcho Timea Timeo Timi Timika Timish Timm Timme Timmie Timmo Timmothy Timmu
Timmy Timo Timofei Timofey Timofeyevna Timofiy Timofiyivna Timofiyovich Timokh Timon Timona
Timote Timotei Timotej Timoteo Timoteus Timotey Timothe Timotheus Timothy Timothé Timothée
Timur Timurovich Timurovna Timurtaş Timuçin Timéa Timéo Timótea Timóteo Tin Tina Tinca Tincho
Tincuța Tindar Tindra Tindri Tindur Tine Tineke Tinetta Tiney Tinie Tinisha Tinna Tinne Tinni
Tinnie Tino Tiny Tiphaine Tira Tirca Tirdad Tirhas Tirsa Tirso Tirta Tirtayasa Tirza Tisa Tish
Tisha Tishie Tishk Tisho Tit Tita Titanilla Titas Titi Titilayo Titin Tito Titouan Titta
Tittína Titus Titánia Titânia Tivadar Tizian Tiziana Tiziano Tiğin Tjaldur Tjaša Tjörfi Tjörvi
Toaneta Tobbi Tobe Tobi Tobia Tobias Tobiasz Tobie Tobin Tobiáš Toby Tobías Toccara Tod Todd
Todda Toddi Tode Todomirka Todor Todoraki Todorin Todorina Todsawun Tofi Tofiq Tohias Toi Toimi
Toini Toivo Toka Tokcan Toker Toki Tokimir Tokki Toktuğ Tokunbo Toköz Tola Tolbert Tole Toledo
Tolek Tolentina Tolentino Tolga Toli Toliana Toligniv Toligniva Tolislav Tolli Tollie Tolonay
Tolonbay Tolulope Tolun Toluwanimi Tolyu Tom Toma Tomas Tomasa Tomasz Tomazina Tomaž Tome Tomek
Tomeka Tomen Tomi Tomie Tomika Tomiko Tominka Tomiris Tomislav Tomislava Tommaso Tommi Tommie
Tommy Tommye Tomo Tomoko Tomori Tomoya Tomris Toms Tomurcuk Tomàs Tomás Tomásia Tomázia Tomáš
Tomáška Tomé Tona Toncho Tonda Tone Tonette Toney Tonguç Toni Tonia Tonicha Tonie Tonimir
Tonino Tonio Tonisha Tonislav Tonita Tonitsveta Tonja Tonje Tonko Tonkostana Tonna Tonni Tonny
Tony Tonya Toomas Toon Topalko Topi Topias Topolko Toprak Topuz Tor Tora Toralf Torben Torbjörg
Torbjörn Torbjørn Torcato Tord Tore Torey Torfey Torfheiður Torfhildur Torfi Torgny Torhan Tori
Toriano Toribio Torie Torill Torkvát Torlacus Tormi Toro Toros Torpécia Torquato Torrance Torre
Torrence Torrey Torri Torrie Torry Torsten Torsti Tory Tosha Toshia Toshiko Toshio Toshka Toska
Tosti Toszka Toti Totko Toto Totso Totti Totyu Touko Tova Tove Tovi Tovuz Towanda Toy Toya
Toygar Toño Toğan Toğrul Trace Tracee Tracey Traci Traciana Tracie Tracy Trae Traian Trajano
Tran Trana Trang Trasila Traude Traudel Traudl Traugott Trausti Traute Traviata Travis Travon
Trayvon Tre Treacy Treasa Treasure Treena Tremaine Tremayne Tren Trena Trendafila Trent Trenten
Trenton Tresa Tressa Tressie Treva Trever Trevin Trevion Trevon Trevor Trey Treyton Treyvon Tri
Triana Tricia Trifon Trifonka Trifonovich Trigost Triin Triinu Trilby Trina Trindade Trine
Tringa Trinh Trini Trinidad Triniti Trinity Triona Tripp Tripti Tririg Trish Trisha Trista
Tristan Tristana Tristano Tristen Tristian Tristin Triston Tristán Tristão Triveni Trixi Triya
Troels Trofim Trofimovich Trokhim Trokhimivna Trokhimovich Trond Trosha Trostan Troy Troyan
Troyana Trpimir Trpka Trude Trudel Trudi Trudie Trudy True Truels Trufana Trugot Trula Truls
Trumaine Truman Trung Tryggi Tryggva Tryggvi Tryggvína Trysta Trystan Tránsito Trí Trú Trúmann
Trīne Trọng Tsagana Tsaneta Tsarevna Tsarko Tsaruk Tsetsa Tsetsiliya Tsiara Tski Tsocho Tsola
Tsonya Tsonyu Tsotso Tsubasa Tsuma Tsveta Tsvetan Tsvetana Tsvetanka Tsvetelina Tsvetilena
Tsvetlina Tsvetoliliya Tsvetyana Tsvitan Tu Tuan Tuana Tubbi Tucker Tude Tudor Tudora Tudorița
Tudosia Tuere Tufan Tufani Tufka Tugiman Tui Tuija Tuire Tuki Tukufu Tula Tule Tuli Tulia Tulio
Tulipán Tulir Tullia Tullio Tulu Tulun Tumas Tumi Tuna Tunacan Tunahan Tunar Tuncel Tuncer
Tunchanok Tunga Tunguç Tuni Tunne Tunradee Tunç Tunçboğa Tunçkılıç Tuomas Tuomo Tuovi Tur
Turabi Tural Turan Turanə Turbog Turbrid Turcein Ture Turgay Turgo Turgut Turi Turid Turlough
Turner Turvi Turxan Tutku Tutkucan Tutkun Tutu Tutya Tuudur Tuukka Tuula Tuuli Tuulia Tuulikki
Tuur Tuure Tuva Tuvi Tuyet Tuyuğ Tuğba Tuğcan Tuğrulhan Tuğtaş Tuğçe Tverdigost Tverdislav
Tverdislava Tverdogosta Tvorilad Tvorimir Tvorimira Tvorislav Tvorislava Tvrtko Twan Twana
Twanda Twanna Twila Twyla Ty Tya Tycho Tye Tyesha Tyge Tygo Tyisha Tyke Tyki Tykone Tyla Tylaug
Tyler Tylor Tymeo Tymon Tymoteusz Tynisha Tyquan Tyr Tyra Tyree Tyreek Tyreese Tyrek Tyreke
Tyrel Tyrell Tyrese Tyrfingur Tyri Tyrik Tyrin Tyriq Tyrique Tyron Tyrone Tyrus Tyshawn Tyson
Tytti Tytus Tyyne Tyyni Tábita Tácia Tácio Tália Tálio Támar Támmaro Támár Tánya Tásia Táňa
Tâmiris Tânia Tähte Tähti Tåle Tåline Tåran Tåren Tårn Tårån Témisz Ténia Téo Téon Tércio
Tétisz Tía Tíalilja Tíbor Tíbrá Tícia Tília Tímea Tími Tímon Tímoteus Tímóteus Tína Tíra Tíria
Tístran Tóbia Tóbías Tóbý Tói Tóka Tóki Tómas Tór Tóta Tõivo Tõnis Tõnn Tõnno Tõnu Törel Tøger
Tøker Tøkert Tøllev Tølli Tølløv Tønder Tønne Tønnes Tønni Tøran Tørber Tøri Tørine Tøris
Tørjus Tørkjell Tørla Tørner Tùng Tú Túki Túlia Túlio Túlipa Túlir Túvi Tükelalp Tükəzban Tülay
Tülin Tümay Tümer Tümkurt Tünde Tündér Tünzalə Türabi Türcan Türkalp Türkan Türkanə Türkcan
Türker Türkmen Türknur Türkü Tüvana Tüzeer Tüzenur Tüüne Týr Týra Tılsım Tınal Tınaz Tűzvirág
Təhminə Tələt Təranə Tərlan Tấn Ubaadah Ubadah Ubaid Ubaidah Ubaldo Ubay Ubayd Ubaydullah Ubbi
Uberlinda Uberta Uberto Ubika Ubjørg Uca Ucchal Ucello Uche Uchenna Uchita Uda Udalrico Udant
Udarsh Udbjørg Udder Uddi Udeen Udeera Udna Udo Udve Udyati Ueli Uffe Uffi Ufred Ufukay Uggi
Ugla Ugluspegill Ugnė Ugo Ugolino Ugur Uhban Uido Uik Uile Ujamaa Ujunwa Ukko Uko Uku Ula
Ulakbey Ulaş Ulbrecht Ulderico Uldine Uldis Ulduz Ulf Ulfat Uli Uliana Ulichan Ulises Ulisse
Ulisses Ulita Uljana Uljas Ulje Uljána Ulla Ulla-Britt Ulli Ullivieri Ullo Ullrich Ulmar Ulric
Ulrica Ulrich Ulrick Ulrico Ulrik Ulrika Ulrike Ulrikke Ultan Ulu Ulualp Ulubay Uludağ Uluhan
Uluman Ulutay Uluğbey Ulv Ulva Ulvar Ulvarna Ulve Ulvheid Ulvhild Ulvhilda Ulvi Ulvrun Ulya
Ulyan Ulyana Ulysse Ulysses Uma Umaarah Umair Umande Umang Umar Umay Umaya Umbelina Umberto
Umfredo Umi Ummahani Umman Umoja Umut Umutcan Umuşan Un Una Undine Undo Undína Unelma Unggul
Uni Unique Unjani Unknown Unna Unnamed Unnar Unnati Unnbjörg Unnbjörn Unndís Unndór Unni
Unnsteinn Unnur Unnþór Uno Untamo Unto Unøss Uolevi Uoti Upadhriti Upasna Upik Upkaar Upma
Upton Ura Ural Uraltay Urbain Urbalina Urban Urbano Urbino Urbiria Urbána Urfan Urhan Urho
Uriah Urias Uriel Urien Urijah Urima Urishilla Urma Urmas Urmet Urmi Urmo Uros Uroš Urpo Urpu
Urrab Urraca Urs Ursel Ursiciana Ursin Ursina Urso Ursula Ursulina Ursus Urszula Urte Urvashi
Urve Urvi Urvo Urzula Urzulina Uránia Urânia Urðar Urður Urša Urška Uršula Uršuľa Us Uschi Usha
Ushan Ushindi Usiku Usko Usman Usmon Uso Ustim Ustimivna Ustimovich Ustin Ustina Ustinovich
Ustinya Ustus Usyi Uta Utama Ute Uthwagin Utkan Utkarsh Utku Utkucan Utta Utto Utz Uudo Uuno
Uve Uwe Uxi Uxue Uyanser Uygar Uygun Uygur Uysal Uzay Uzbay Uzel Uzer Uzima Uzonka Uzsoy Uçan
Uçbeyi Uğan Uğur Uğuralp Uğurkan Uğurtan VICTOR Vacibe Vaclav Vada Vadim Vadimivna Vadimovich
Vadimovna Vadvirág Vafir Vagn Vagna Vagnbjörg Vagnfríður Vahar Vahid Vahide Vahidə Vahittin
Vaho Vahur Vaida Vaidas Vaido Vaike Vaima Vaino Vairi Vaishnavi Vajèn Vaka Vakarė Vaklina
Vakris Vakur Val Vala Valagils Valarie Valary Valberg Valbergur Valbjörg Valbjörk Valbjörn
Valbjört Valbona Valbone Valborg Valbrandur Valburga Vald Valda Valde Valdemar Valdemara Valdet
Valdev Valdheiður Valdi Valdimar Valdir Valdis Valdo Valdomiro Valdor Valdu Valdur Valdís
Valdór Valeh Valencia Valene Valente Valentia Valentijn Valentim Valentin Valentina Valentine
Valentinivna Valentino Valentinovich Valentinovna Valentinus Valentyna Valentín Valentína
Valentínus Valentýn Valentýna Valentīna Valeri Valeria Valerian Valeriano Valerianovich Valerie
Valerij Valerija Valerio Valeriu Valeriy Valeriya Valeriyevna Valeriyivna Valeriyovich Valerián
Valero Valery Valeryan Valeryanovich Valeryevich Valería Valesca Valeska Valev Valey Valfríður
Valgarð Valgarður Valgeir Valgerða Valgerður Valgi Valgý Valhildur Valiana Valid Validə Valija
Valinda Valjo Valjon Valju Valka Valkyrja Vallary Vallaður Vallie Vallo Vallý Valma Valmar
Valmir Valmira Valmo Valmor Valmundur Valný Valon Valorie Valpuri Valquíria Valrie Valrós
Valrún Valsteinn Valter Valther Valtjov Valto Valtr Valtter Valtteri Valtýr Valur Valva Valve
Valves Valya Valère Valèria Valér Valéria Valérie Valério Valéry Valíant Valý Valþrúður Valþór
Vamakshi Vambo Vambola Vanamo Vance Vanda Vander Vanderleia Vando Vandråd Vane Vanesa Vanessa
Vanessza Vanetta Vangeliya Vania Vanilla Vanina Vanita Vanja Vanna Vannesa Vannessa Vanni
Vannie Vansha Vanukhi Vanusa Vanuza Vanya Vappu Vaqif Vara Varan Vardju Vardjuv Vardo Varenya
Varfolomey Varfolomiy Varfolomiyivna Varfolomiyovich Varg Vargın Varick Varje Varju Varlaam
Varlam Varlık Varma Varmar Varmdal Varmo Varo Varpu Varro Varsha Varsonofiy Varta Varvara
Varínia Varða Vasana Vasarė Vasatika Vasco Vasenka Vashilya Vashon Vashti Vasif Vasil Vasile
Vasilica Vasilică Vasilije Vasiliki Vasilina Vasilisa Vasilivna Vasiliy Vasilka Vasilovich
Vasilyevich Vasilyevna Vaska Vasko Vassa Vassie Vassili Vassilios Vaste Vasudha Vasyl Vaszília
Vatnar Vatnsfjörð Vatroslav Vatslav Vattar Vattnes Vaughan Vaughn Vavila Vavrinec Vavřinec
Vaysal Vazeh Vaísa Vaíse Vebi Vebjørn Vebrand Vechko Vecide Veda Vedan Vedant Vedat Vedette
Vedhika Vedika Vedran Vedrana Veer Veera Veerle Veeti Vefia Vefrød Vega Vegar Vegard
Vegliantino Vehbi Veido Veig Veiga Veigar Veigo Veigur Veijo Veikka Veikko Veiko Veimo Veino
Veis Veit Vekla Vela Velda Velemir Velemudr Veleslav Veleslava Velet Veli Veli-Matti Velia
Veliana Velichar Velichko Velimir Velimír Velinna Velislav Velislava Velitdin Veliyanka Veljko
Veljo Vella Vellamo Vello Velma Velmira Velmo Velta Velva Velvet Velvo Vena Venancio Venceslao
Venceslau Venceslás Venchislava Venda Vendela Vendelina Vendelín Vendelína Vendula Vendulka
Venecia Venedikt Venediktivna Venediktovich Venera Veneranda Venessa Venetia Venetsiya Venetta
Venezio Veniamin Veniaminovna Venice Venie Venislava Venita Veniyamin Veniyaminivna
Veniyaminovich Venla Vennie Venno Venný Ventura Venturo Venus Venusa Venuše Venâncio Veola Ver
Vera Verban Verbéna Verda Verde Verdell Verdi Verdiana Verdie Verdinaz Vere Verena Vergie
Vergil Vergílio Verica Veridiano Verim Verislava Verita Verl Verla Verle Verlene Verlie Verlin
Verline Verlon Verlyn Vermundur Vern Verna Vernal Verne Vernell Vernelle Verner Verneri
Vernetta Vernharð Vernharður Verni Vernia Vernice Vernidub Vernie Vernislav Vernita Vernon Vero
Veron Verona Veronica Veronicah Veronika Veronique Veronka Versa Versie Vertie Veránka Veréna
Veríssimo Verónica Verónika Veróníka Vesa Vesel Veselan Veselin Veselinka Vesislav Vesna Veso
Vespasiyan Vessie Vesta Vestar Veste Vester Vestina Vestmar Vesuvio Veszta Veta Vetko Veto
Vetrarrós Vetsa Veturliði Vetúria Veva Veysel Veysəl Vezat Vezhda Vezire Vezrife Vi Via Vianei
Vianney Vibeka Vibeke Vic Vica Vicenta Vicente Vicenzo Vicenția Vicențiu Vicho Vicie Vick
Vickey Vicki Vickie Vicky Vico Victoire Victor Victoria Victoriano Victorina Victorine
Victorino Victorio Victoro Victory Victoría Victória Vicy Vicência Vicêncio Vid Vida Vidadi
Vidal Vidar Vidaúl Vide Videl Videlin Viden Vidhi Vidia Vidima Vidin Vidor Vidoslav Vidoye
Vidrik Vidrun Vidunn Vidyu Vidálio Viel Vienna Vieno Viera Vieroslava Viesturs Vigalot Vigan
Vigbjørg Vigdis Vigdís Vigfrid Vigfús Vigge Viggo Viggó Vighild Vigilija Vigliv Viglín
Vigneswaran Vignir Vigny Vigný Vigo Vigri Vigrun Vigtýr Vigunn Vigur Vihaan Vihtori Viia Viil
Viiu Viive Viivi Viivika Vija Vijay Vijeko Vijitha Vik Vika Vikar Vikenti Vikentiy Vikentyevich
Vikhr Vikhren Vikhroni Viki Viking Vikki Vikta Viktor Viktoria Viktorie Viktoriia Viktorija
Viktorin Viktorina Viktorivna Viktoriya Viktorovich Viktorovna Viktors Viktoría Viktorín
Viktória Vilar Vilator Vilayət Vilberg Vilbergur Vilbert Vilbjörn Vilbjørg Vilbogi Vilborg
Vilbrandur Vildan Vildane Vilde Vildis Vildís Vilemína Vilena Vilenina Vilenovich Vilfrid
Vilfríður Vilge Vilgeir Vilgerd Vilgerður Vilgjerd Vilgot Vilgun Vilgunn Vilhelm Vilhelma
Vilhelmi Vilhelmiina Vilhelmina Vilhelmine Vilhelmína Vilhjálmur Vilho Vili Viliam Vilian
Vilibald Vilim Vilina Vilis Vilislav Vilius Viliya Viliyan Vilizar Vilizara Vilja Viljam
Viljami Viljar Vilje Viljem Vilji Viljo Vilkhema Villa Villads Ville Villem Villemo Villgunn
Villi Villiam Villimey Villu Villum Villumine Villő Vilma Vilmar Vilmeke Vilmer Vilmike Vilmos
Vilmundur Vilmy Vilnis Vilný Vilorovich Vilppu Vilrun Vilson Viltrud Viltė Vilve Vilém Viléma
Viman Vin Vina Vinaya Vinbjörg Vince Vincenc Vincencia Vincencie Vincent Vincente Vincentio
Vincenz Vincenza Vincenzina Vincenzo Vincențiu Vinchentso Vinciane Vindar Vineta Vinetu Viney
Vinicio Vinicius Vinie Vinita Vinjar Vinka Vinko Vinn Vinni Vinnie Vinný Vino Vinsen Vinsnt
Vinson Vinsý Vinton Vinz Vinzenz Vinícia Vinício Vinícius Viola Violaine Violante Violenta
Violet Violeta Violett Violetta Violette Violin Violinda Viorel Viorela Viorica Viorika Vir
Vira Viraj Virdie Virge Virgel Virgen Virgia Virgie Virgil Virgile Virgilio Virgill Virgin
Virginia Virginie Virginiya Virginía Virgle Virgo Virgolina Virgulino Virgília Virgílio
Virgínia Virgínie Virgínio Viriato Viridiana Virineya Virje Virkko Virko Virman Virodan Virodar
Viroslav Viroslava Virpi Virtude Virva Virve Virzhiniya Virág Visar Visarion Visha Vishata
Visheslav Vishetin Vishezor Vishka Vishnyu Visitación Visnja Vissarion Vist Vistan Visvaldis
Vita Vital Vitale Vitali Vitalia Vitalian Vitaliano Vitalija Vitalina Vitalis Vitaliy Vitaliya
Vitaliyivna Vitaliyovich Vitalyevich Vitan Vitiza Vitko Vitlyan Vito Vitold Vitolda Vitomir
Vitomira Vitor Vitore Vitoria Vitorina Vitorino Vitosh Vitryan Vittore Vittoria Vittorino
Vittorio Vitus Vitália Vitálio Vitória Vitório Viva Vivaan Vivalda Vivaldo Vivan Vivdya Viveca
Viveka Viveke Vivelinda Viveque Vivi Vivia Vivian Viviana Viviane Viviann Vivianna Vivianne
Vivica Vivie Vivien Vivienne Vivike Vivil Vivild Vivilde Vivill Vivina Viviána Viðar Viðfjörð
Viðja Viðjar Viļums Višeslav Vjatšeslav Vjekoslav Vjenceslav Vjeran Vjolca Vjollca Vjosa Vlad
Vlada Vladan Vladana Vladica Vladilen Vladilena Vladilenovich Vladimer Vladimir Vladimiro
Vladimirovna Vladimír Vladimíra Vladislav Vladislava Vladislavivna Vladislavovich Vladislavovna
Vladislavs Vladivoj Vladlen Vladlena Vladlenovich Vladlina Vlado Vladěna Vlaicu Vlas Vlasovich
Vlast Vlasta Vlastimil Vlastimila Vlastimír Vlastimíra Vlastislav Vlastislava Vlatko Vlinder
Vlk Vlo Vlora Vlădelina Voditsa Vodogray Vodotrav Vognedar Vognyan Voichița Voicu Vojen
Vojislav Vojmil Vojmír Vojmíra Vojslav Vojslava Vojtech Vojtěch Vojtěška Vok Volante Voldemar
Voldemārs Volelyub Volfgang Volkan Volker Volkhard Volkmar Volkvart Vollert Volli Vollie
Vollrath Volmer Volney Volodar Volodimir Volodimira Volodimirivna Volodimirovich Volodislav
Volodymyr Volya Voncile Vonda Vonetta Voney Vonn Vonnie Vootele Vopnfjörð Vopni Vordís Vorin
Vorm Vorotislav Voršila Votele Voyislav Voynka Vratan Vratislav Vratislava Vratko Vrbunka Vrei
Vreneli Vreni Vrinda Vrishti Vritti Vrold Vrål Vselyub Vselyud Vsemil Vseslav Vseslava Vsevlad
Vsevolod Vsevolodovich Vtsa Vuk Vula Vulfia Vullnet Vuokko Vural Vurgun Vurğun Vuslat Vusumuzi
Vyacheslav Vyacheslava Vyacheslavovich Vyacheslavovna Vyanjana Vysheslav Vytautas Vytė
Vzkreseniya Václav Václava Váli Válter Vápni Vár Vâlâ Vân Vânia Vânio Väino Väinämö Väinö Väldo
Värdi Värner Västen Vår Vårhild Vårin Vårunn Væne Væsten Vævast Vébjörg Vébjörn Véda Védís
Végeir Végerður Vékell Vélaug Vélaugur Vélia Vémundur Vénusz Véný Véronique Vérter Vérène
Vésteinn Véta Vêndel Víbekka Víctor Vídalín Víf Vífill Vígberg Vígdögg Víggunnur Víglundur
Vígmar Vígmundur Vígsteinn Vígþór Víking Víkingur Vílmar Vílson Vísa Vít Víta Vítor Vítoslav
Vítězslav Vítězslava Víðar Víðir Víóla Víóletta Víťazoslav Vöggur Völundur Vörður Vöttur Vøgg
Vüqar Vüsal Vüsalə Văn Vėjūnė Věduna Věnceslav Věnceslava Věnek Věnka Věra Věroslav Věroslava
Věslava Všeboj Všebor Všerad Všeslav Vũ Vəfa Vəfadar Vəli WAN-TING WEI-TING WEN-CHANG WEN-CHENG
WEN-CHIEH WEN-CHIN WEN-CHUNG WEN-HSIANG WEN-HSIEN WEN-HSIUNG WEN-HUA WEN-LUNG WEN-PIN WU-HSIUNG
Waahid Waail Waajid Waceera Wachira Wacław Wacława Wade Wadee Wadi Wadood Wael Wafa Wafaa Wafae
Wafeeq Wafi Wafiq Wafula Wage Waghn Wahab Wahb Wahban Waheed Wahhaab Wahhaaj Wahyu Wai Waida
Waimarie Wainaina Waino Wairimu Wakeeta Wakiman Walborg Walburg Walburga Walda Waldeburg Waldek
Waldemar Walderik Waldi Waldo Waldtraud Waldtraut Wale Walentina Walfried Walid Walker Wallace
Walli Wally Walo Walpurga Walpurgis Walt Walter Walther Walton Waltraud Waltraut Waltrud
Waltteri Waluyo Wamalwa Wambua Wambugu Wambui Wamwema Wan Wanda Waneta Wanetta Wangari Wangila
Wangui Wani Wanita Wanja Wanjala Wanjiku Wanjiru Wanjohi Wannes Wanyama Wanyonyi Ward Warda
Wardaya Wardell Wardi Warhi Wari Waridi Warinder Warjas Warji Warner Warre Warren Warsa Warsita
Warta Warwick Waseme Wash Washington Wasin Wasis Wassaya Wassim Watika Watson Watt Wava Waverly
Wawan Waweru Wawrzyn Wayde Wayland Waylon Wayman Waymon Wayne Wazir Weaver Webb Webjørn Webster
Weddy Weena Wei Wekesa Weldon Wellington Wells Welton Wemund Wen Wenceslao Wenche Wencke Wende
Wendel Wendelin Wendell Wendi Wendie Wendolin Wendolyn Wendy Wenke Wenona Wenzel Wera Wermund
Werner Wernher Weronika Wes Wesley Wesonga Wess Wessel West Westi Westin Westley Weston Wether
Wheeler Whit Whitley Whitney Wibeke Wibke Wiburgh Wictoria Widisha Widya Wiebe Wiebke Wieland
Wiep Wies Wieslaw Wiesław Wiesława Wifrith Wigbert Wigburg Wiger Wigh Wighlek Wighman Wigil
Wigot Wikar Wiking Wikitoria Wiktor Wiktoria Wilber Wilbert Wilbur Wilburn Wilda Wilde Wilder
Wiley Wilford Wilfred Wilfreda Wilfredo Wilfrid Wilfrido Wilfried Wilfriede Wilhelm Wilhelma
Wilhelmiina Wilhelmina Wilhelmine Wilhelmus Wilhemina Wiliam Wilja Wilkie Will Willa Willaim
Willam Willard Wille Willem Willemijn Willemina Willena Willene Willetta Willette Willfried
Willi Willia William Williams Willian Williard Willibald Willibert Willie Williemae Willis
Willodean Willow Willum Willy Wilma Wilman Wilmar Wilmer Wilmet Wilson Wilton Wiltrud Wim Wimar
Wincent Wincenty Winda Windell Windy Winfield Winford Winfred Winfried Wing Winifred Winni
Winnie Winnifred Winny Winola Winona Winston Winter Winthrop Winton Wiola Wioletta Wira Wirda
Wiremu Wirt Wishi Wisnu Wissam Wissem Wisten Witek Withi Witold Wittekind Wiveca Wivi Wivian
Wiwi Wladimir Wm Wojciech Wojtek Woldemar Wolf Wolf-Dieter Wolf-Dietrich Wolf-Rüdiger Wolfe
Wolfgang Wolfhard Wolfram Wollert Wolmar Wonda Wong Wood Woodie Woodroe Woodrow Woodson Woody
Worley Worth Wout Wouter Wrage Wraghi Wrange Wreth Wriddhish Wridesh Wright Wulan Wulf Wuraola
Wyatt Wycliff Wycliffe Wylie Wyman Wynell Wynona Wyszomir Wálter Wäste Wæne Wæther Władysława
Włodzimierz Xabat Xahria Xalak Xalbador Xalid Xalidə Xaliq Xalisə Xalvador Xaləddin Xam Xamis
Xanana Xander Xandi Xandra Xandrah Xankişi Xanlar Xanten Xanthe Xanthia Xanthippe Xanım Xatirə
Xaver Xaverie Xaverius Xavi Xavia Xavier Xaviera Xaviero Xavion Xavér Xavéria Xavər Xem Xena
Xenia Xenie Xeno Xenodiké Xenócrates Xeres Xerxes Xever Xhafer Xhavit Xhejlane Xheladin Xhelal
Xhemajl Xhemile Xheneta Xhevahire Xhevat Xhevdet Xia Xiao Xica Xico Ximen Ximena Xin Xiomar
Xiomara Xisto Xiti Xiu Xiulan Xiuying Xoana Xobeen Xochitl Xolid Xosrov Xuan Xudaverdi Xudayar
Xudu Xue Xumar Xun Xuân Xylia Xzavier Xénia Xénio Xénon Xóchitl Xədicə Xəlil Xəyal Xəyalə
Xəyyam YA-CHU YA-HUI YA-LING YA-PING YA-TING YA-WEN YEN-TING YU-CHEN YU-CHIN YU-EN YU-FEI
YU-FENG YU-HSIANG YU-HSUAN YU-LAN YU-LING YU-MEI YU-TING YU-TUNG YU-YING YUEH-O YUEH-TUNG
YUEH-YING YUN-FEI YUNG-CHANG YUNG-CHING Yaa Yaakov Yaaseen Yablen Yablenka Yachana Yacho Yacine
Yada Yadavi Yadid Yadiel Yadigar Yadira Yadviga Yaeko Yael Yaelle Yafet Yafi Yafir Yaghnam
Yagmur Yagnesh Yago Yagoda Yagodin Yahaira Yahia Yahir Yahvi Yahya Yahyaa Yahyo Yahşi Yahşikan
Yair Yaiza Yajaira Yakim Yakiv Yako Yakob Yakobo Yakoslav Yakov Yakovlevich Yakovlevna
Yakovovich Yakub Yakubovich Yakun Yalaz Yalazabay Yalazalp Yalgın Yalislava Yalkın Yalman
Yaltırak Yalçın Yalçıner Yalım Yalın Yalınalp Yaman Yamar Yamaç Yameen Yamid Yamile Yamilet
Yamilex Yamin Yamina Yamini Yamən Yan Yana Yanachko Yanadin Yanaki Yanakin Yanamartina Yanara
Yance Yanche Yancho Yancy Yandel Yane Yanedin Yaneg Yanek Yanet Yaneth Yang Yani Yanic Yanichko
Yanick Yanik Yanimir Yanina Yanira Yanis Yanisa Yanislav Yanislaviya Yaniyel Yanka Yanko Yankul
Yankı Yann Yannic Yannick Yannik Yannis Yano Yanomil Yantar Yantsislav Yanuariy Yanush Yaprak
Yaqeen Yaqoot Yaqub Yar Yara Yarchik Yarcho Yared Yareli Yarema Yaremivna Yaremovich Yaren
Yaretzi Yargı Yari Yarilo Yarina Yaritza Yarka Yarm Yarno Yaro Yaromil Yaromir Yaromisl
Yaropolk Yarosh Yaroslav Yaroslava Yaroslavivna Yaroslavovich Yarosvit Yarovid Yarovit Yartse
Yartur Yaryu Yasaar Yasan Yaseen Yasemen Yasemin Yasen Yasena Yaser Yash Yashar Yashasvi
Yashawini Yashem Yashica Yashka Yasho Yashoda Yashodhara Yashon Yashvi Yasin Yasina Yasinta
Yasir Yasmeen Yasmin Yasmina Yasmine Yasmín Yasna Yasnogor Yasnolik Yasnovid Yasnozir Yasser
Yassin Yassine Yassir Yasti Yastreb Yasuhiro Yasuko Yasəf Yasəmən Yatan Yatana Yathrib Yatin
Yatso Yauvani Yavir Yavolod Yavor Yavora Yavuz Yavuzalp Yavər Yaw Yawar Yawer Yayak Yaz Yazan
Yazeed Yazganalp Yazgül Yazgülü Yazgı Yazmin Yazmín Yazo Yaël Yaëlle Yağan Yağmur Yağın Yağız
Yağızalp Yağızkurt Yaşar Yaşattin Yda Yecid Yedit Yedita Yedryu Yeduard Yeduardivna
Yeduardovich Yedvin Yee Yeferson Yefim Yefimena Yefimovich Yefimovna Yefimyevich Yefka Yefrem
Yefremivna Yefremovich Yefrosiniya Yefstafyevich Yeganə Yegor Yegorovich Yegorovna Yehuda Yeimy
Yeison Yejide Yekaterina Yekbun Yekda Yekim Yektar Yektor Yel Yelda Yeldora Yelean Yelektron
Yelemag Yelena Yelenitsa Yelenko Yeleoneta Yeleonora Yelesen Yelfida Yeli Yelian Yelias Yelin
Yelina Yelisa Yelisaveta Yelisey Yeliseyevich Yeliseyivna Yeliseyovich Yelisiya Yelitsa
Yeliyezer Yeliz Yelizabet Yelizabeta Yelizar Yelizarovich Yelizaveta Yelko Yella Yelma Yelo
Yelvina Yelvira Yelvis Yemabela Yemane Yemanoil Yemanuil Yemanuila Yemanuyel Yemelyan Yemil
Yemilian Yemiliya Yemiliyan Yemma Yemmanuyel Yen Yenal Yencho Yendo Yener Yeneral Yengi Yeni
Yenifer Yenitsa Yenny Yeno Yenthe Yeny Yenyu Yepelek Yepifan Yepistimiya Yer Yeraz Yeredin
Yeremey Yeremeyevich Yeremiy Yeremiya Yergana Yergha Yerik Yerika Yerina Yerke Yerko Yermil
Yermilovich Yermilya Yermolay Yermolayevich Yerofey Yerofeyevich Yerol Yersen Yerson Yertan
Yervin Yesen Yesenia Yeseniya Yesica Yesid Yesmeralda Yesoob Yessenia Yessi Yessica Yestela
Yester Yeter Yetiyen Yetişal Yetkin Yetta Yetunde Yeva Yevangelina Yevdokim Yevdokiya Yevelina
Yevette Yevfrosiniya Yevgen Yevgenivna Yevgeniy Yevgeniya Yevgeniyovich Yevgenyevna Yevgraf
Yevlampiy Yevpraksiya Yevridika Yevsey Yevseyevich Yevstafiy Yevstakhiy Yevstati Yevstatiy
Yevstigney Yevstigneyevich Yevtim Yewande Yeya Yeşil Yeşim Yfke Yi Yigit Yildiz Yilmaz Yina
Yineth Ying Yinthe Yivga Yiğit Yiğitalp Yiğitcan Ylan Ylann Ylber Ylenia Ylermi Ylfa Ylfur Ylja
Ylli Ylur Ylva Ylvi Ylvie Ymir Ymke Yngling Yngvar Yngvard Yngve Yngveldur Yngvi Ynja Yoan
Yoana Yoanaleksandr Yoanivo Yoann Yoanna Yocelyn Yochana Yodit Yoel Yoga Yohan Yohana Yohane
Yohann Yohannes Yoichi Yoil Yokhanna Yoko Yolal Yolanda Yolande Yolando Yolima Yolina Yoliyan
Yolko Yolonda Yon Yona Yonatan Yonathan Yonca Yong Yonika Yono Yordan Yordanka Yorick York
Yoruç Yosan Yosef Yoselin Yoshie Yoshiko Yoshio Yoshita Yosip Yosipa Yosipivna Yosipovich Yosma
Yosuke Yosun Youba Youcef Youlanda Youna Younes Young Youp Youri Yousef Yousra Youssef Yovan
Yovanka Yovcho Yovilla Yovitsa Yovko Yovo Yovro Yovtso Yozhi Yrian Yrja Yrjan Yrjans Yrjar
Yrjänä Yrjö Yrkill Yrsa Ysabel Ysabelle Ysaline Yseult Ystein Ysten Ytorm Yu Yudit Yudy Yue
Yuette Yug Yugi Yugina Yui Yuk Yukhim Yukhimivna Yukhimiya Yukhimovich Yuki Yukiko Yuko Yulanda
Yuli Yulia Yulian Yuliana Yulianiya Yulianna Yulianovich Yulieth Yulisa Yulissa Yuliy Yuliya
Yuliyan Yuliyena Yuly Yulyevich Yulyevna Yuma Yumi Yumiko Yun Yuna Yung Yuni Yunis Yunita
Yuniya Yunona Yunt Yunus Yuonne Yurani Yurany Yurdagül Yurdakul Yurdan Yurdanur Yurdaser Yureed
Yurem Yuri Yuridia Yuriko Yurita Yuriy Yurtgüven Yurtseven Yurttaş Yury Yuryevna Yusif Yussuf
Yustianna Yustim Yustimivna Yustimovich Yustin Yustina Yustinian Yusuf Yuta Yutika Yuvenaliy
Yuvraj Yuzefa Yvan Yves Yvette Yvo Yvon Yvone Yvonne Yésica Yéssica Yönetmen Yöntem Yüce Yücel
Yücelen Yüksel Yümun Yıldır Yıldıralp Yıldıray Yıldırım Yıldız Yılma Yəhya Yến Zaafir Zaahid
Zaahir Zaakir Zabava Zabir Zablon Zac Zacarias Zacarías Zach Zachar Zacharia Zachariah
Zacharias Zacharie Zachariáš Zachary Zachery Zack Zackariya Zackary Zackery Zada Zade Zadie
Zaeem Zaenab Zafa Zafar Zafeer Zafer Zafir Zafira Zafrul Zagorka Zahaar Zaharia Zaheer Zahfer
Zahi Zahid Zahide Zahir Zahira Zahit Zahnya Zahra Zahri Zahro Zahrun Zahur Zaib Zaid Zaida
Zaiden Zaido Zain Zainab Zainabu Zaira Zaire Zaitra Zaituni Zak Zakaria Zakarias Zakariya
Zakariyo Zakariás Zakary Zakaría Zakarías Zakayo Zakhar Zakhari Zakharin Zakharinka Zakharivna
Zakhariy Zakharovich Zakharovna Zakharyevich Zakhele Zakho Zaki Zakir Zakiyaxon Zaklina Zakária
Zala Zaliha Zalina Zalindra Zalán Zalánka Zaman Zamfir Zamfira Zamiliya Zamin Zamiq Zamir
Zamira Zamy Zan Zana Zander Zandra Zane Zanebono Zaneta Zango Zanipolo Zaniyah Zanka Zanko
Zansi Zapryan Zaqueu Zara Zarah Zarar Zaraza Zarco Zardilaque Zarema Zaria Zariah Zarina Zarko
Zarna Zará Zarəngiz Zashil Zauqi Zaur Zavarin Zaven Zavier Zavion Zaweel Zayan Zayd Zayda
Zayden Zayeka Zayn Zaynab Zayne Zayra Zaytuna Zayyan Zayyir Zazi Zaíro Zbigniew Zbigniewa
Zbislav Zborislav Zboyislav Zbyhněv Zbyhněva Zbyněk Zbyslav Zbyslava Zbyszek Zbyszko Zbyňka
Zbyšek Zbyška Zdena Zdenek Zdenka Zdenko Zdeněk Zderad Zdeslav Zdeslava Zdeňka Zdirad Zdislav
Zdislava Zdorovega Zdravcho Zdravelin Zdravelina Zdravets Zdravka Zdravko Zdukhostina Zdzisław
Zdzisława Zdík Zea Zeb Zebastian Zebirce Zebulon Zechariah Zed Zef Zeferina Zeferino Zefira
Zeger Zehaan Zehnia Zehra Zehranur Zeina Zeinab Zejna Zejnep Zejnepe Zejnije Zekai Zekayi Zeke
Zekeriya Zeki Zekije Zekiye Zela Zelal Zelaya Zelda Zelfije Zelha Zelia Zelie Zelig Zeliha
Zelina Zelinda Zeline Zelinke Zelipe Zeljka Zeljko Zella Zellmer Zelma Zelmira Zelpha Zemfira
Zemislav Zemzem Zena Zenaida Zenaide Zenas Zende Zenek Zengin Zengő Zenia Zenina Zenke Zenkő
Zennun Zeno Zenobia Zenobie Zenobiusz Zenon Zenovia Zenta Zenun Zenzele Zenzi Zenzile Zenzo
Zenóbia Zeqir Zerafet Zerdad Zere Zeren Zeride Zerina Zerrin Zerá Zeta Zetta Zettie Zevlüde
Zewad Zeynal Zeynel Zeynelabidin Zeynep Zeyno Zeynulla Zeynəb Zeynəgül Zgura Zhadan Zhadana
Zhaklin Zhamal Zhamali Zhanan Zhanar Zhanat Zhane Zhanerke Zhanin Zhanipa Zhaniya Zhanna
Zhannat Zhanovich Zhansaya Zhara Zharko Zhasmin Zhayna Zhazira Zhdan Zhdana Zhdanovna Zhelyazka
Zhenimira Zheyna Zhibek Zhichka Zhito Zhitomir Zhittyelyub Zhiva Zhivomira Zhivorid Zhivosil
Zhivoslav Zhoresovich Zhorka Zhorzhina Zhozefina Zhuliana Zia Ziad Ziba Zibeydə Zibuyile Zied
Ziedonis Ziemowit Ziggy Zigmund Zigrīda Zihni Zija Zijad Zijadin Zijavere Zika Zikmund Zila
Zilan Zilda Zilfa Zilikha Zillah Zille Zilma Zilmil Zilpah Zilpha Zimra Zimran Zina Zinaida
Zinajda Zinal Zinayida Zineb Zinerva Zineta Zinhle Zinira Ziniya Zinka Zinko Zinnura Zinnure
Zinovi Zinoviy Zinoviyovich Zinovyevich Zinət Zion Zipa Zippora Zipporah Zirka Zita Ziva Zivana
Zivka Zivko Zivojin Zivorad Ziya Ziyada Ziyaettin Ziyash Ziza Zizi Zlat Zlata Zlatan Zlatana
Zlateya Zlati Zlatica Zlatil Zlatimir Zlatiyan Zlatka Zlatko Zlato Zlatodan Zlatogor Zlatomir
Zlatomira Zlatomír Zlatomíra Zlatoslav Zlatoslava Zlatotsvet Zlatous Zlatousta Zlatozar Zlatuše
Zlotan Zlotodan Zoa Zobaida Zobu Zoe Zoey Zofia Zofija Zohra Zoi Zoichka Zoie Zoila Zoja Zola
Zoli Zollie Zolna Zolotodana Zoltan Zoltán Zoltána Zomilla Zona Zonga Zonia Zophanías Zophonías
Zora Zoraida Zoral Zoran Zoreglyad Zoreglyada Zoremir Zorepad Zoreslav Zoreslava Zorica Zorina
Zorinka Zorka Zorlu Zoroslav Zoroslava Zoryan Zoryana Zoryanivna Zoryanovich Zosia Zosim Zosima
Zoya Zozan Zoárda Zoé Zoë Zrin Zrinislav Zsaklin Zsanett Zsanin Zsanina Zsanka Zsanna Zsazsa
Zselinke Zsella Zselyke Zseni Zseraldin Zseraldina Zsigmond Zsinett Zsolna Zsolt Zsombor
Zsorzsett Zsuzsa Zsuzsanna Zsuzsi Zsuzska Zsuzsánna Zsálya Zsófi Zsófia Zsóka Zsüliett Zsüsztin
Zuba Zubaida Zubayr Zubeida Zubeyde Zuhal Zuhra Zuhri Zuker Zukhra Zula Zulaia Zulaikha Zuleica
Zuleima Zulejka Zulema Zulfa Zulfiya Zulma Zumaridi Zunilda Zura Zuwayhir Zuwena Zuzana Zuzanna
Zuzichka Zvenigor Zvenigora Zvenimir Zvenislav Zvenislava Zvezdan Zvezdana Zvezdemira Zvezdin
Zvezdislav Zvezdiyan Zvezdolet Zvezdomir Zvonimir Zvonimira Zvonimír Zvonimíra Zvonka Zvonko
Zwatie Zygfryd Zygfryda Zygmund Zylla Zymer Zyrafete Zyta Záboj Zápor Záviš Zäzilia Zäzilie Zé
Zéfiro Zélia Zélie Zélio Zénia Zília Zínia Zója Zóphanías Zóphonías Zóra Zöhrehan Zöhrə Zöldike
Zübeyde Züfer Züheyla Zülal Zülbiye Züleyha Züleyxa Zülfiyyə Zülfüqar Zülfüye Zülgarni Zülüf
Zümra Zümre Zümrüd Zümrüt Zəhra Zəkəriyyə Zəminə Zərdüşt Zərif Zərifə Zərnigar Ànna Ábel
Ábrahám Ácil Ádi Ádika Ádila Ádám Áfonya Áfra África Ágata Ágatha Ági Ágnes Ágosta Ágoston
Ágota Águeda Ágúst Ágústa Ágústína Áki Ákos Áldáska Álea Álex Álfar Álfdís Álfey Álfgeir
Álfgerður Álfgrímur Álfheiður Álfhildur Álfrós Álfrún Álfsól Álfur Álfþór Ália Álison Álvara
Álvaro Ámbar Ámon Ámos Ámundi Ángel Ángela Ángeles Ánh Ánizs Ápio Áprilka Áquila Ára Árbjartur
Árbjörg Árbjörn Árbjört Árdís Árelía Árelíus Árgeir Árgils Ári Ária Árlaug Ármann Ármey Ármin
Ármina Árna Árndís Árney Árnheiður Árni Árnika Árnína Árný Áron Árpád Árpádina Ársæl Ársæll
Ársól Árveig Árven Árvácska Árvök Árón Áróra Árún Árþóra Ás Ása Ásberg Ásbergur Ásbjörg Ásbjörn
Ásborg Ásdís Ásdór Áser Ásfríður Ásgautur Ásgeir Ásgerður Ásgils Ásgrímur Áshildur Ási Ásia
Áskatla Áskell Ásla Áslaug Áslaugur Ásleif Áslákur Ásmar Ásmundur Ásný Ásrós Ásröður Ásrún Áss
Ást Ásta Ástbjörg Ástbjörn Ástbjört Ástdís Ástfríður Ástgeir Ástgerður Ástheiður Ásthildur
Ástmar Ástmundur Ástráður Ástríkur Ástríður Ástrós Ástrún Ástvald Ástvaldur Ástvar Ástveig
Ástvin Ástþrúður Ástþór Ástþóra Ásvaldur Ásvarður Ásvör Ásólfur Ásþór Átila Átina Áurea Áureo
Âdem Âlemşah Ândria Ângela Ângelo Ânia Ägwar Äkä Änne Äringer Äringisle Ärmund Ärna Ärndis
Ärnfast Ärnfrid Ärnfridh Ärnger Ärngun Ärngunna Ärngärdh Ärni Ärnlef Ärnmund Ärnulf Ärnvardh
Ärnvast Ärnvi Ärnvidh Äsbjörn Äsborg Äshild Ästrid Ätlitzä Åbiörn Åbjørn Ådel Ådne Åfrid Åge
Ågesine Ågne Ågot Ågota Ågote Ågun Ågunn Åke Ålaug Åleiv Ålov Åmund Åne Ånen Ånet Åni Ånje Ånny
Ånon Ånond Ånund Ånunda Årfinn Årfrid Årfryd Årgeir Årgunn Århild Årid Årlaug Årleiv Årny Åron
Årsel Årsild Årsille Årstein Årunn Åsa Åsbera Åsbjörn Åsbjørg Åsbjørn Åsbrand Åsdis Åse Åsel
Åselene Åsfrid Åsfrød Åsgeir Åsgerd Åsgjerd Åsgrim Åshild Åshilda Åshilde Åsilde Åsine Åskjell
Åslaug Åsle Åsleik Åsleiv Åsmund Åsne Åsny Åsodd Åsol Åsold Åsrun Åsrød Åsta Åste Åstein Åstor
Åsul Åsulf Åsulv Åsunn Åsvald Åsvar Åsvard Åsveig Åsvor Åtlaug Åvald Åvar Åvet Æbbe Ædel Æge
Ægileif Ægir Ægwar Ælfgifu Ælgh Ænfridh Ærinbiorn Ærinbjørn Ærinborgh Ærinfridh Æringer
Æringisl Æringærdh Ærinolf Ærinvardh Ærinvidh Ærland Ærling Ærlænd Ærmund Ærnbiorn Ærnborgh
Ærndis Ærnfridh Ærnger Ærngun Ærnils Ærnkil Ærnløgh Ærnmund Ærnolf Ærnvardh Ærnvast Ærnvidh Æsa
Æsbiorn Æsger Æsgerður Æsir Æskil Æskild Æstridh Æsvidh Ætlitzæ Ævar Ævarr Ævör Çaba Çakar
Çakır Çakırca Çaltı Çalım Çamok Çapkan Çavuldur Çağ Çağa Çağan Çağatay Çağdan Çağdaş Çağla
Çağlar Çağlasın Çağlayan Çağman Çağrı Çağveren Çağıl Çağın Çelem Çelik Çelikkan Çelikyürek
Çerçi Çetin Çetinalp Çetinsu Çevik Çeviköz Çevregül Çilga Çimen Çimnaz Çinarə Çinerk Çingiz
Çise Çisem Çisil Çiçək Çiğdem Çokan Çoker Çolpan Çopur Çoğay Çıdal Çınar Çıvgın Èric Écska Éda
Édgar Édi Édipo Édith Édouard Édua Ékes Életke Élia Élie Élin Élio Élisabeth Élise Élodie
Éloïse Élsio Élson Élton Éléonore Émeric Émile Émilie Émilien Émy Énia Énio Éola Éric Érica
Érico Éris Étel Étienne Éva Évila Ëakumbu Ían Ícaro Ída Ígor Íma Ími Ína Íngrid Íngride Íngue
Ír Íren Írena Íris Írisz Írunn Ísabel Ísabella Ísadóra Ísafold Ísak Ísalind Ísar Ísarr Ísbjörg
Ísbjörn Ísbjört Ísdís Íseldur Ísey Ísfold Ísgeir Ísgerður Íshildur Íshólm Ísidór Ísidóra Ísis
Íslaug Ísleif Ísleifur Íslilja Ísmael Ísmar Ísmey Ísold Ísrael Ísrún Íssól Ísveig Ísól Ísólfur
Ítalo Íunn Íva Ívan Ívar Íven Ízisz Íñigo Óda Ódin Ófeigur Ófelía Óla Ólaf Ólafur Ólafía
Ólafína Ólavía Ólfjörð Óli Óliver Ólivía Ólína Ólíver Ólöf Ómar Ómi Ósa Óscar Ósk Óskar Ósklín
Ósland Ósmann Ósvald Ósvaldur Ósvífur Ótta Óttar Óttarr Óðinn Óðný Õie Õilme Õnne Õnnela Õnneli
Öcal Ödbjörn Ödborg Ödger Ödgerd Ödgun Ödgärd Ödha Ödhbiorn Ödhborg Ödhe Ödhfridh Ödhger
Ödhgils Ödhgrim Ödhgun Ödhgärdh Ödhhild Ödhild Ödhin Ödhmar Ödhmund Ödhny Ödholf Ödhsten Ödhulf
Ödhvald Ödhvast Ödhvidh Ödis Ödmar Ödmund Ödriiaz Ödön Ödül Öge Ögge Ögmunda Ögmundur Ögn Ögri
Ögärdh Öiulf Öjulf Öke Ökkaş Ökmen Öktem Ökten Öktürk Ölfva Öllegård Ölnir Ölrún Ölveig Ölver
Ölvir Ömer Ömriye Ömür Önal Önalan Öncel Öncü Öncüer Önd Önder Öndólfur Önel Öner Önfjörð Öngen
Öniz Önsal Önundur Örbekk Örbrún Örfiye Örgün Örian Örien Örik Örjan Örk Örlaugur Örlygur Örn
Örnólfur Örsi Örvar Öryürek Örzse Ösp Össur Östen Östman Övald Över Övgü Övidher Övind Övül
Övün Övünç Öxar Öxdal Öxndal Öykü Özakan Özalpsan Özaslan Özay Özbay Özbek Özberk Özbilek
Özbilge Özcan Özdal Özde Özdeş Özdil Özdilek Özdoğa Özdoğdu Özel Özen Özenç Özer Özerdinç Özerk
Özertem Özge Özgen Özger Özgü Özgül Özgün Özgür Özinal Özinan Özkan Özkent Özkutlu Özlem Özler
Özlü Özmen Özok Özokçu Özol Özpetek Özpınar Özsel Özsoy Özsözlü Öztan Öztek Öztekin Öztuna
Öztunç Öztürk Özyurt Özçam Özüdoğru Ööle Öğet Öğün Öğünç Ødhbiorn Ødhe Ødhger Ødhgisl Ødhgrim
Ødhgærdh Ødhin Ødhmund Ødholf Ødhsten Ødhvald Ødhvidh Ødhælf Ødis Ødriiaz Ødven Øgoti Øgrim
Øiar Øiolf Øistein Øivar Øivin Øivind Øivine Øivinn Øivor Øjvind Økil Ølaf Ølgård Øli Øllegård
Ølve Ølver Ølvir Ømbjørg Ømund Øn Ønd Ønder Øpi Ørger Ørgine Øricus Øring Ørja Ørjan Ørjans
Ørjar Ørjas Ørje Ørjer Ørn Ørni Ørnulf Ørnulv Ørvar Østein Østen Østine Østman Østulf Øthbiorn
Øthger Øthgerth Øthi Øthin Øthkil Øthulf Øven Øvet Øvind Øvli Øyalf Øyan Øybjørg Øybrand Øydis
Øyel Øyen Øyfast Øyfrid Øygils Øygunn Øyjar Øylaug Øymund Øyolv Øyon Øyrun Øystein Øytjov Øyu
Øyunn Øyuv Øyvald Øyvard Øyvin Øyvind Øyvine Øyvor Úa Úddi Úlfa Úlfar Úlfdís Úlfey Úlfgeir
Úlfheiður Úlfhildur Úlfhéðinn Úlfkell Úlfljótur Úlfrún Úlftýr Úlfur Úlla Úlrik Úna Úndína
Úranus Úranía Úrsula Úrsúla Übeydullah Üdvöske Üge Ülar Ülari Ülev Ülfet Ülfət Ülgen Ülke Ülkü
Ülküdeş Ülküm Ülkər Ülla Üllar Üllas Ülle Ülli Üllo Ülo Ülve Ülvi Ülviyyə Ümid Ümit Ümmahan
Ümmet Ümmühan Ümray Ünal Ünalan Ünalp Ünay Ünek Üner Ünlen Ünlü Ünol Ünsal Ünsever Ünver Ünübol
Ürfettin Ürge Ürgo Ürkmez Ürper Üsame Üstün Üzer Üzeyir Üçer Üçgül Üüve Ýja Ýma Ýmir Ýr Ýrar
Ýrr Þalía Þangbrandur Þeba Þengill Þeyr Þeódís Þeódóra Þingey Þinur Þiðrandi Þiðrik Þjálfi
Þjóstar Þjóstólfur Þjóðann Þjóðar Þjóðbjörg Þjóðbjörn Þjóðgeir Þjóðhildur Þjóðleifur Þjóðmar
Þjóðrekur Þjóðvarður Þjóðólfur Þoka Þollý Þor Þorberg Þorbergur Þorbjörg Þorbjörn Þorbrandur
Þorbrá Þorfinna Þorfinnur Þorgarður Þorgautur Þorgeir Þorgerður Þorgestur Þorgils Þorgnýr
Þorgríma Þorgrímur Þorgísl Þorkatla Þorkell Þorlaug Þorlaugur Þorleif Þorleifur Þorleikur
Þorlákur Þormar Þormundur Þormóður Þorri Þorsteina Þorsteinn Þorstína Þorvaldur Þorvar
Þorvarður Þrastar Þrymur Þrá Þráinn Þrándur Þróttur Þröstur Þrúða Þrúðmar Þrúður Þula Þura Þurí
Þuríður Þurý Þyri Þyrill Þyrnir Þyrnirós Þyrí Þór Þóra Þóranna Þórar Þórarinn Þórarna Þórbergur
Þórbjarni Þórbjörg Þórbjörn Þórdís Þórelfa Þórelfur Þórey Þórfríður Þórgnýr Þórgrímur Þórgunna
Þórgunnur Þórhaddur Þórhalla Þórhalli Þórhallur Þórhanna Þórheiður Þórhildur Þóri Þórinn Þórir
Þórkatla Þórlaug Þórlaugur Þórleif Þórleifur Þórlindur Þórmar Þórmundur Þórný Þórodda Þóroddur
Þórormur Þórsteina Þórsteinn Þórsteinunn Þórstína Þórunn Þórveig Þórvör Þórða Þórður Þórólfur
Þórörn Þöll Þúfa Ādams Ādolfs Ārija Ąžuolas Ćiril Čeněk Česlav Čestmír Čestmíra Čeňka Čistoslav
Čistoslava Đuro Đurđica Đức Ērika Ēriks Ēvalds Ğanim Ģederts Ģirts İbiş İbrahim İde İdil İdiris
İdris İhsan İkiz İklim İlahə İlalmış İlayda İlbay İlbek İlbey İlbilge İldem İldeniz İldeş İlgi
İlham İlhamə İlim İlkan İlkanə İlkbahar İlke İlker İlkim İlkin İlklima İlknur İlkut İlmafer
İlnarə İlper İlqar İlqarə İlsu İltan İltay İltekin İlter İlteriş İlyas İmam İmge İmran İmre
İmren İmrihan İnal İnançlı İnarə İnayət İnci İncifir İncilay İnna İnqilab İnsaf İntihap İntiqam
İntizar İpar İpek İradə İrem İrfan İris İrtek İsa İsak İsgəndər İslam İslime İsmayıl İsmet
İsmət İsra İsrafil İvecen İxtiyar İyem İyiyürek İzel İzem İzgi İzgü İzzət İçimbike İçöz İşcan
Ľubica Ľubomír Ľubomíra Ľubor Ľuboslav Ľuboslava Ľuboš Ľudmila Ľudomil Ľudomila Ľudovít Łucja
Łucjan Łukasz Őszike Őzike Řehoř Řehořka Şaban Şabettin Şadıman Şafii Şahat Şahbanu Şahdiye
Şahika Şahin Şahinalp Şahinbey Şahinder Şahiner Şahlar Şahmar Şahmettin Şahnaz Şahnuray
Şahvələd Şahıgül Şakir Şali Şamiha Şamil Şamxal Şan Şanal Şanlı Şanlıbay Şans Şansal Şanver
Şavki Şayan Şayeste Şaylan Şazime Şebboy Şebnem Şefi Şefiye Şehamet Şehnaz Şehrazat Şehreban
Şehza Şekim Şelale Şelâle Şemsettin Şemsinisa Şen Şendoğan Şener Şenkal Şennur Şenol Şensoy
Şerafeddin Şeref Şerman Şermin Şevket Şevketfeza Şevval Şeyda Şeyma Şide Şiir Şilan Şimal
Şimşek Şinasi Şirin Şirivan Şirzad Şuayp Şule Şöhret Şölen Şölə Şövkət Şükri Şükufə Şüküfe
Şükür Şıxı Şəfa Şəfiqə Şəhla Şəhrəbanu Şəlalə Şəmsiyyə Şərafət Şərəfəddin Šabtaj Šalamoun
Šalomoun Šarlota Šarūnas Šavel Šebastián Šeherezáda Šime Šimon Šimona Šimun Širi Špela Štefan
Štefanija Štefica Štefka Štefánia Štěpán Štěpána Štěpánka Šulamit Šárka Šťasta Żaneta Žakelina
Žakelína Žan Žaneta Žanis Žarko Ždan Ždana Želibor Želimir Želimír Želimíra Želislav Želislava
Željan Željka Željko Želmír Želmíra Žemyna Žiga Žigmund Žiroslav Žitomír Žitomíra Žitoslav
Žitoslava Živa Živan Živana Živilė Žofia Žofie Žygimantas Əbdül Əcəbnaz Ədalət Ədibə Əflatun
Əhliman Əhməd Əhəd Əjdər Əkbər Əkrəm Əli Əliş Əliəkrəm Ələkbər Ələsgər Əmin Əminə Əmir Əntiqə
Ənvər Ərtoğrul Əsgər Əsmər Əyyub Əşrəf Șerban Ștefan Ștefana Ștefania Άγγελος Άδωνις Άλκηστις
Άνθιμος Άννα Άντζελα Άρης Άριστος Άρτεμις Έκτορας Έλενα Έλλη Έξαρχος Έφη Ήβη Ήλια Ήρα Ίκαρος
Ίρις Ίων Όθων Όλγα Όμηρος Αίας Αβραάμ Αγάθη Αγάπη Αγάπιος Αγαθάγγελος Αγαθή Αγαθοκλής
Αγαθόνικος Αγαμέμνων Αγαπητός Αγγέλικα Αγγελής Αγγελική Αγησίλαος Αγλαΐα Αγνή Αγόρω Αδάμ
Αδαμάντιος Αδαμαντία Αδριανός Αηδόνα Αθανάσιος Αθανασία Αθηνά Αθηναγόρας Αθηνοδώρα Αθηνόδωρος
Αικατερίνη Αιμίλιος Αιμιλία Αιμιλιανός Ακρίτας Ακριβή Ακριβός Αλέκα Αλέξανδρος Αλέξης Αλέξιος
Αλίκη Αλεξάνδρα Αλεξία Αλκιβιάδης Αλκινόη Αλκμήνη Αμάντα Αμαλία Αμβροσία Αμβρόσιος Αμφιθέα
Αμφιτρίτη Ανάργυρη Ανάργυρος Ανέστης Αναγνώστης Ανανίας Αναξαγόρας Αναστάσιος Αναστασία Ανατολή
Ανδρέας Ανδριάνα Ανδριανή Ανδροκλής Ανδρομάχη Ανδρομέδα Ανδρονίκη Ανδρόνικος Ανθή Ανθούλα
Ανθούλης Αννίκα Ανναμπέλλα Αννούλα Αντίγονος Αντίπατρος Αντιγόνη Αντρέας Αντριάνα Αντωνία
Αντύπας Αντώνης Αντώνιος Απολλωνία Αποστολία Αποστόλης Απόλλων Απόστολος Αρέθα Αρίσταρχος
Αργυρούλα Αργυρώ Αργύρης Αργύριος Αρετή Αριάδνη Αριστέα Αριστείδης Αριστομένης Αριστοτέλης
Αριστοφάνης Αριστόβουλος Αρτέμης Αρτέμιος Αρτεμισία Αρχέλαος Αρχιμήδης Αρχοντία Ασημάκης Ασημής
Ασημίνα Ασημούλα Ασκληπιός Ασπασία Αστέριος Αστέρω Αταλάντη Αυγέρης Αυγή Αυγουστής Αυγουστίνα
Αυξέντιος Αφέντης Αφέντρα Αφροδίτη Αχιλλέας Αχιλλεία Αύγουστος Βάγια Βάιος Βέρα Βίκη Βίκτορας
Βίκτωρ Βαγγέλης Βαγγελιώ Βαγιανή Βαλάντης Βαλάντω Βαλέρια Βαλέριος Βαλεντίνα Βαλεντίνος Βαρβάρα
Βαρδής Βαρθολομαίος Βαρσάμος Βαρσαμία Βασίλειος Βασίλης Βασιλεία Βασιλική Βεατρίκη Βελισσάριος
Βελισσαρία Βενέτιος Βενετία Βενιαμίν Βενιζέλος Βερονίκη Βερόνικα Βησσαρία Βησσαρίων Βικέντια
Βικέντιος Βικτωρία Βικτόρια Βιολέτα Βιργινία Βλάσης Βλάσιος Βλαδίμηρος Βλασία Βούλα Βρασίδας
Βρυσηίς Βύρων Γαβριέλα Γαβριέλλα Γαβριήλ Γαλάτεια Γαλάτιος Γαλήνη Γαληνός Γαρουφαλλιά
Γαρυφαλλιά Γαρύφαλλος Γενοβέφα Γεράσιμος Γερακίνα Γερασιμούλα Γεσθημανή Γεωργία Γεώργιος
Γιάννης Γιαννούλα Γιασεμή Γιολάντα Γιώργος Γιώτα Γκίκας Γκόλφω Γλαύκη Γλυκερία Γραμματική
Γρηγόριος Δάφνη Δέσποινα Δήμητρα Δήμος Δίκαιος Δαβιδούλα Δαμασκηνή Δαμασκηνός Δαμιανή Δαμιανός
Δανάη Δανιήλ Δημήτρης Δημήτριος Δημοκράτης Δημοσθένης Δημούλα Δημόκριτος Διαλεκτή Διαμάντω
Διαμαντής Διαμαντούλα Διδώ Δικαία Διογένης Διομήδης Διονυσία Διονύσης Διονύσιος Δομήνικος
Δούκισσα Δράκων Δροσιά Δρόσος Δωροθέα Δωρόθεος Δόμνα Εβελίνα Ειρήνη Ειρηναίος Ελένη Ελέσσα
Ελεονόρα Ελεονώρα Ελευθέριος Ελευθερία Ελισάβετ Ελισσαίος Ελπίδα Ελπίς Εμμανουέλα Εμμανουήλ
Επαμεινώνδας Επιστήμη Ερασμία Ερατοσθένης Ερατώ Εριέτα Εριφύλη Ερμής Ερμιόνη Ερμόλαος Ερρίκος
Ερωτόκριτος Ερωφίλη Ευάγγελος Ευαγγελία Ευανθία Ευγένιος Ευγενία Ευδοκία Ευδοξία Ευδόξιος
Ευελίνα Ευθαλία Ευθυμία Ευθύμης Ευθύμιος Ευκλείδης Ευλαμπία Ευμένιος Ευμορφία Ευπραξία
Ευριπίδης Ευρυδίκη Ευρύκλεια Ευσέβιος Ευσεβία Ευσεβεία Ευστάθιος Ευσταθία Ευστράτιος Ευστρατία
Ευτέρπη Ευτυχία Ευτύχιος Ευφροσύνη Εφραίμ Εύα Εύκλεια Ζάχος Ζήνων Ζήσης Ζαμπέτα Ζαμπία Ζαφείρης
Ζαφείριος Ζαφειρία Ζαχαρένια Ζαχαρίας Ζαχαρούλα Ζηναϊς Ζηνοβία Ζηνόβιος Ζησούλα Ζωή Ηλέκτρα
Ηλίας Ηλιάνα Ηράκλεια Ηρακλής Ηρόδοτος Ησαΐας Ηώ Θάλεια Θάνος Θέκλα Θέμης Θέμις Θέτις Θαλής
Θαλασσινή Θανάσης Θανασία Θεανώ Θεμιστοκλής Θεμιστόκλεια Θεοδοσία Θεοδούλη Θεοδόσης Θεοδόσιος
Θεοδότη Θεοδώρα Θεολογία Θεολόγος Θεοπίστη Θεοτόκης Θεοφάνης Θεοφίλη Θεοφανία Θεοφύλακτη
Θεοφύλακτος Θεοχάρης Θεοχαρούλα Θεόδουλος Θεόδωρος Θεόκλεια Θεόκλητος Θεόπιστος Θεόφιλος
Θεόφραστος Θεώνη Θηρεσία Θησεύς Θοδωρής Θουκυδίδης Θρασύβουλος Θωμάς Θωμαή Θωμαίς Ιάκωβος
Ιάσονας Ιάσων Ιακωβίνα Ιακώβ Ιγνάτιος Ιγνατία Ιερεμίας Ιερόθεος Ιερώνυμος Ιζαμπέλλα Ινώ Ιοκάστη
Ιορδάνης Ιορδανία Ιουλία Ιουλιανή Ιουλιανός Ιούλιος Ιπποκράτης Ιππολύτη Ιππόλυτος Ισίδωρος
Ισαάκ Ισαβέλλα Ισιδώρα Ισμήνη Ιφιγένεια Ιωάννα Ιωάννης Ιωακείμ Ιωνάς Ιωσήφ Ιωσηφίνα Κάρολος
Κέλλυ Κίμων Καλή Καλλίνικη Καλλίνικος Καλλίστρατος Καλλιρρόη Καλλιρόη Καλλιόπη Καλομοίρα Καλυψώ
Κανέλλα Καρυοφυλλιά Κασσάνδρα Κασσιανή Κατερίνα Κερασιά Κηρύκος Κική Κικιλία Κλέαρχος Κλήμης
Κλαίρη Κλεάνθης Κλειώ Κλεομένης Κλεονίκη Κλεοπάτρα Κλεόβουλος Κλεόπας Κλημεντίνη Κλυταιμνήστρα
Κοκκώνα Κομνηνή Κομνηνός Κονδυλία Κοραλία Κορνήλιος Κορνηλία Κοσμάς Κρινιώ Κρυστάλλης
Κρυσταλλένια Κυβέλη Κυδωνία Κυπαρισσία Κυπριανή Κυπριανός Κυράτσα Κυριάκος Κυριαζής Κυριακή
Κωνσταντία Κωνσταντίνα Κωνσταντίνος Κωστούλα Κόσμια Κύρος Κώστας Λάζαρος Λάκης Λάμπρος Λάσκαρης
Λέανδρος Λέων Λήδα Λαέρτης Λαζαρία Λαμπρινή Λαοκράτης Λασκαρίνα Λαυρέντιος Λαυρεντία Λεμονής
Λεμονιά Λεονάρδος Λευκοθέα Λευτέρης Λεωνίδας Λεωνιδιά Λεώνη Λητώ Λογοθέτης Λουίζα Λουδοβίκος
Λουκάς Λουκία Λουκιανός Λουλουδένια Λυγερή Λυδία Λυκούργος Λύσανδρος Μάγδα Μάγια Μάκης Μάνθα
Μάνθος Μάνος Μάρθα Μάριος Μάρκος Μένανδρος Μίλτος Μίμης Μίνωας Μαγδαληνή Μαγδαληνός Μακάριος
Μακρίνα Μαλαμάτη Μαλαματένια Μαλβίνα Μαντώ Μανώλης Μαρία Μαρίνα Μαρίνος Μαργαρίτα Μαργαρίτης
Μαργιέττα Μαριάνθη Μαριάννα Μαριγώ Μαριλένα Μαρκέλλα Μαρτίνος Μαρωτέσα Ματίνα Ματθίλδη Ματθαίος
Ματρώνη Μαυρίκιος Μαυροειδής Μαυρούδης Μαύρα Μαύρος Μεγακλής Μεθόδιος Μελένια Μελέτια Μελέτιος
Μελίνα Μελπομένη Μενέλαος Μερκούριος Μερόπη Μεταξία Μηλιά Μηνάς Μικές Μιλτιάδης Μινέρβα Μιράντα
Μιχάλης Μιχαέλα Μιχαήλ Μυρσίνη Μυρτώ Μόσχα Νάσια Νέαρχος Νέστορας Νίκανδρος Νίκη Νίκος Νίκων
Ναθαναήλ Ναπολέων Νατάσα Ναταλία Ναταλίνα Ναυσικά Νεκτάριος Νεκταρία Νεοκλής Νερατζιά Νεφέλη
Νεόκλεια Νεόφυτος Νικήτας Νικητία Νικηφόρος Νικολέτα Νικολίτσα Νικόδημος Νικόλαος Νομική Ντίνα
Ντίνος Νταίζη Ντανιέλα Ξένη Ξένια Ξανθή Ξανθίππη Ξανθός Ξενοφών Οδυσσέας Οδυσσεύς Οδύσσεια
Ολυμπία Ολύμπια Ορέστης Ορφέας Ουρανία Πάρις Πάτροκλος Πέτρα Πέτρος Πίνδαρος Παγώνα Παναγής
Παναγία Παναγιώτα Παναγιώτης Πανδώρα Πανορμίτης Πανταζής Παντελής Παντελία Παντελεήμων Παντούλα
Πανωραία Παράσχος Παρέσσα Παρασκευάς Παρασκευή Παρθένα Παρθένης Πασχάλης Πασχαλιά Παταπία
Παυλίνα Παυσανίας Παύλος Πελαγία Πελοπίδας Περικλής Περικλεία Περιστέρα Περσεφόνη Πηγή Πηνελόπη
Πιερρίνα Πλάτων Πλούταρχος Ποθητή Πολυζώης Πολυκράτης Πολυνίκη Πολυξένη Πολυτίμη Πολυχρονία
Πολυχρόνιος Πολύβια Πολύβιος Πολύδωρα Πολύδωρος Πολύκαρπος Πολύμνια Πορφύρης Πουλχερία Πούλια
Πραξιτέλης Προδρομία Προκόπιος Προμηθέας Πρόδρομος Πυθαγόρας Πωλίνα Πύρρος Ράλλης Ρέα Ρήγας
Ρίζος Ραλλία Ραφαέλα Ραφαήλ Ραχήλ Ρεβέκα Ρεβέκκα Ρεγγίνα Ρηγούλα Ροδάνθη Ροδαμάνθη Ροδιά
Ροδόκλεια Ροδόφλος Ρουμπίνη Ρούσα Ρωμανός Ρωξάνη Ρόζα Σάββας Σάκης Σάρα Σάρρα Σέργιος Σίμος
Σαββούλα Σαλώμη Σαμουήλ Σαπφώ Σαράντης Σεβαστή Σεβαστιανή Σεβαστιανός Σελήνη Σεμίνα Σεραφεία
Σεραφείμ Σιρανούς Σμαράγδα Σολομών Σουλτάνα Σουμέλα Σοφία Σοφοκλής Σπάρτακος Σπάρτη Σπήλιος
Σπυράννα Σπυρίδων Σπυριδούλα Σπύρος Στέλλα Στέλλιος Στέργιος Στέφανος Σταμάτης Σταμάτιος
Σταματίνα Σταυρούλα Σταύρος Στεργιανή Στεργιαννώ Στεφανία Στυλιανή Στυλιανός Συμέλα Συμεωνία
Συμεών Συμεώνη Σωζούσα Σωκράτης Σωτήρης Σωτήριος Σωτηρία Σωφρονία Σόλων Σώζων Τάκης Τάσος Τίμων
Τίτος Ταξίαρχος Ταξιάρχης Ταξιαρχία Τατιάνα Τερψιχόρη Τζένη Τζανέτος Τηλέμαχος Τηλεμαχος
Τιμοθέα Τιμολέων Τιμόθεος Τριαντάφυλλη Τριαντάφυλλος Τριανταφυλλιά Τρισεύγενη Τρυφωνία Τρύφων
Τσαμπίκα Τσαμπίκος Υάκινθος Υακίνθη Υβόννη Υπαπαντή Φάνης Φένια Φίλιππος Φαίδρα Φαίδων Φανή
Φανουρία Φανούριος Φεβρωνία Φερενίκη Φιλήμων Φιλίππα Φιλαρέτη Φιλιππία Φιλιώ Φιλοθέη Φιλομήλα
Φιλόθεος Φλοριάντ Φλωρίνα Φλωρεντία Φλώρα Φοίβη Φοίβος Φρίξος Φραγκίσκος Φραντζέσκα Φρειδερίκη
Φρειδερίκος Φρόσω Φρύνη Φωκάς Φωκίων Φωτεινή Φωτεινός Φώτης Φώτιος Χάιδω Χάρη Χάρης Χάρις Χαρά
Χαράλαμπος Χαρίκλεια Χαρίλαος Χαρίτος Χαραλάμπης Χαραλαμπία Χιονιά Χλόη Χρήστος Χρίστος
Χριστίνα Χριστιάν Χριστιάνα Χριστοδούλα Χριστοφόρα Χριστόδουλος Χριστόφιλη Χριστόφορος Χρυσάνθη
Χρυσή Χρυσαυγή Χρυσαφένια Χρυσοβαλάντιος Χρυσοβαλάντου Χρυσοβαλάντω Χρυσούλα Χρυσόστομη
Χρυσόστομος Χρύσα Χρύσανθος Ѓорги Ѓорче Єва Євген Євгенівна Євгенійович Єлисавета Єлисей
Єлисейович Єлисеївна Єфрем Єфремович Єфремівна Іван Іванович Іванівна Ігнат Ігнатович Ігнатівна
Ігор Ігорович Ігорівна Ілля Іллівна Ірена Ірина Јане Јасмина Јован Јована Јовче Аарон Ааронович
Ааронівна Аблен Абрамович Абылғазы Авгия Август Августиан Августин Августинович Августинівна
Августович Авдеевич Авдей Авел Авер Аверкий Аверно Аверьян Аверьянович Авигея Авксентий Аво
Аврам Аврели Аврелий Аврелій Аврелійович Аврелійовна Аврор Автоном Авторка Агап Агапи Агапий
Агата Агатопод Агафон Агафья Аггей Агент Аглай Аглая Аглоида Агнен Агнеш Агнешка Агоп Агъци Ада
Адалберт Адам Адамина Адамович Адамівна Адеан Аделин Адем Адра Адриан Адрианиа Адрианович
Адриян Аела Аерозол Ажаргүл Азалия Азар Азарий Азарович Азарівна Айбүбі Айгүл Айдарғали Айдемир
Айдынғали Айжарық Айжарқын Айкүміс Аймангүл Аймағамбет Аймаған Аймақ Аймұрат Айнагүл Айнанұр
Айнұр Айрен Айсүгір Айсұлу Айсәуле Айтақын Айтуған Айтқали Айшуақ Айшық Айымгүл Айғали Айғанша
Айғыз Айқын Айәділ Акашия Аким Аксакусти Аксентия Аксидан Аксинтия Аксёнович Акулина Алания
Алберт Албина Албияна Алдин Алевандър Алевтин Алевтина Алевтинович Алевтинівна Алег Алек
Алекзандриян Александар Александр Александра Александрина Александрович Александровна
Алексеевич Алексеевна Алексей Алексеј Алексиа Аленка Алиана Алина Алисия Алла Алмұрт Алтая
Алтынгүл Альберт Альбертович Альбертовна Альбертівна Альбіна Аліна Алға Алғыр Алқа Алқагүл
Амалія Амбър Амвросий Амвросій Амвросійович Амвросійовна Амория Амос Ана АнаМария Ананий
Анаргүл Анастасия Анастасія Анатолий Анатолия Анатольевич Анатольевна Ангела Ангелина Ангелка
Андика Андреевич Андреевна Андрей Андреј Андриана Андрон Андроник Андрій Андрійович Андріївна
Анелина Анета Анжела Анжелика Анза Аникей Аникита Анимира Анисим Анисимович Анита Аница Анна
Аномалия Антип Антипович Антоалина Антон Антонела Антонин Антонина Антонович Антоновна
Антонівна Ануфриевич Ануша Анхея-мей Аніта Аполинария Аполлинарий Аполлон Аппақ Аралия Ардақ
Арефий Аристарх Аркадий Аркадия Аркадьевна Аркадій Аркадійович Аркадіївна Арсен Арсена Арсений
Арсенович Арсеньевич Арсенівна Артем Артемий Артемович Артемовна Артемьевич Артемівна Артурович
Артық Артёмович Архип Архипович Архиповна Арындық Арынғазы Арқат Аселина Асифа Аскольд
Аскольдовна Астромерия Асқан Асқар Аталық Атамұрат Атанас Атина Аурора Афанасий Афанасьевич
Афанасьевна Афиноген Ағабек Ағанияз Ағзам Ағила Ағлия Ағын Ақай Ақайша Ақан Ақару Ақат Ақбай
Ақбала Ақберді Ақболат Ақбота Ақбәтес Ақеділ Ақжан Ақжарқын Ақжол Ақжібек Ақжігіт Ақзия Ақлима
Ақмарал Ақназар Ақнұр Ақнәзік Ақпанбет Ақсұлтан Ақтамақ Ақтаң Ақтоқты Ақтілек Ақшора Ақылбай
Ақылбек Ақылжан Ақылтай Ақын Ақынжан Ақырап Ақыш Аққал Аққожа Аққозы Аққыз Аңсар Аңсаған Багра
Бажен Байақын Байбөрі Байғали Байқошқар Балина Балғабек Бацислава Бағыбай Бақытбек Бақыткелді
Беатрис Бейқұт Бела Белисима Беломира Бенедиктович Бенелена Беримир Берин Берислава Берия Беро
Берослав Бетина Бетино Бечо Бея Билена Билян Билјана Бинко Биньо Бисенти Бисер Бисера Биянка
Благица Благо Благовест Благодатка Благой Благомир Благосвет Благосвета Благој Блаже Бог
Богдалина Богдан Богданна Богданович Богдановна Богданівна Богиня Богодар Богодарович
Богодарівна Богой Боголюб Богомил Богородка Богослав Богуслав Богуслава Богуславович
Богуславівна Бодромир Бодурка Божан Божидар Божидара-силвестра Божик Божимир Божин Божинел
Божинела Божко Божо Божур Божурка Боздақ Боил Боила Бойко Бойчо Болен Болеслав Болеславович
Болеславовна Болеславівна Боне Бонислав Бонифация Бонко Боно Борена Борис Бориска Борислав
Бориславович Бориславівна Борисович Борисовна Борисівна Борче Борянка Боца Боян Бојан Бранко
Бригита Бронислав Бронислава Брониславович Будимир Буна Буча Бързана Бүбі Бүбіхан Бүбіш Бұлабай
Бұрхан Бұқа Вадим Вадимович Вадимовна Вадимівна Ваклина Валентин Валентина Валентинович
Валентиновна Валентинівна Валерианович Валериевна Валерий Валерия Валерьевич Валерьян
Валерьянович Валерій Валерійович Валеріївна Валя Вангелия Ванухи Варвара Варлаам Варта
Варфоломей Варфоломій Варфоломійович Варфоломіївна Васенка Васил Василий Василина Василиса
Василка Василь Васильевич Васильевна Васильович Васильівна Васка Вацлав Вашиля Вежда Велиана
Велимир Велинна Велиянка Венда Венедикт Венедиктович Венедиктівна Венеция Вениамин Вениаминовна
Венислава Венчислава Веніямин Веніяминович Веніяминівна Вера Верена Верислава Вероника Веса
Веселин Веселинка Весислав Весна Весо Веспасиян Ветко Веца Вечко Вигалот Виго Виделин Виден
Видима Видин Видое Видослав Видю Викенти Викентий Викентьевич Виктор Викторин Виктория
Викторович Викторовна Виленович Вилиан Вилизар Вилизара Вилислав Вилия Вилиян Вилорович Вилхема
Винету Винко Вино Винсънт Винченцо Виолет Виолета Виолин Виржиния Висарион Виссарион Виталий
Витальевич Витко Витлян Витомир Витомира Витош Вихрен Вихрони Вихър Вичо Виша Вишетин Вишка
Вишню Влад Владилен Владилена Владиленович Владимер Владимир Владимировна Владислав
Владиславович Владиславовна Владиславівна Владлен Владлена Владленович Влас Власович Влатко
Водица Войнка Володимир Володимира Володимирович Володимирівна Всеволод Всеволодович Всемил
Всеслав Вула Възкресения Въльо Върбунка Въца Вышеслав Вячеслав Вячеславович Вячеславовна Віктор
Вікторович Вікторівна Вікторія Віолетта Віра Віталій Віталійович Віталіївна Габи Гавриилович
Гаврила Гаврило Гаврилович Гаврилівна Галактион Галена Галентин Галиен Галимир Галина Галиян
Галя Гани Ганислав Ганна Гануца Ганцомир Ганчо Ганьо Гаро Гатьо Гацо Гвардиана Гвоздейка Гедеон
Гелемир Гена Генади ГенадиВалериев Генадий Генислав Генко Геннадиевич Геннадиевна Геннадий
Геннадьевна Геннадій Геннадійович Геннадіївна Гено Генчо Гео Геодим Геомил Георгелена Георги
Георгиевич Георгиевна Георгий Георгица Георгій Георгійович Георгіївна Герасим Герасимович Герга
Герган Гергей Гергелюб Гергин Гердан Гердана Герман Германович Германівна Геро Герой Гертруда
Гертрудович Герчо Гетислав Гетко Гето Гецо Гечо Гешо Гивеза Гиздален Гиздана Гико Гилдрой Гичка
Глафира Глеб Глебович Гліб Глібович Глібівна Горан Гордана Гордеевич Гордей Гордій Гордійович
Гордіївна Гория Гостомысл Гоца Гоце Графица Гремислав Грета Григорий Григорьевич Григорьевна
Григорій Григорійович Григоріївна Гримяна Гроздинка Гуна Гурий Гурьевич Гъда Гълъбица Гюгра
Гюргя Гүлнафиса Гүлнұр Гүлнәр Давид Давидович Давидівна Давыд Давыдович Дакота Дамяна Дамјан
Дан Данагүл Данелина Даниел Даниилович Данила Данило Данилович Даниловна Данилівна Данимира
Даница Данка Данна Данче Данівна Дарданела Дарина Дария Дарија Дариға Дарко Дарья Дафинка Деа
Деви Делиана Делчо Деля Делян Деляна Дементий Демид Демидович Демидівна Демир Демирела Демьян
Демьянович Демян Дениандра Дениз Деника Денимир Денис Денислав Дениславена Денисович Дениян
Денница Денчо Дердидас Десимиляна Десимир Десислав Десияна Деслав Деспин Деспинка Деспот
Детелин Дефлорина Дечко Дечо Дечю Дешо Дея Деян Дејан Джана Джанер Джанко Джиневра Джихад
Джон-стефан Джулия Диаманди Диамантина Диан Диана-Мария Дивизие Дивизия Дивил Дида Дидко Диего
Дико Дилмана Дилян Димитар Димитра Димитриевич Димка Динна Дмитриевич Дмитриевна Дмитрий Дмитро
Дмитрович Дмитріївна Добрина Добромысл Доброслав Дойка Доменика Доне Доника Дора-Анна Дорина
Дорофеевич Дорофей Доста Доча Драган Драгана Драгица Дренка Дуда Душан Душка Дюкяна Дүния Дүрия
Дәлила Дәмелі Дәмина Дәнеш Евангелина Евгений Евгения Евгеньевна Евграф Евдоким Евдокия
Евлампий Евпраксия Евридика Евсеевич Евсей Евстати Евстатий Евстафий Евстахий Евстигнеевич
Евстигней Евтим Евфросиния Егор Егорович Егоровна Едвин Едит Едита Едрю Едуард Едуардович
Едуардівна Екатерина Еким Ектар Ектор Ел Елвис Елдора Елеан Електрон Елемаг Елена Еленица
Еленко Елеонета Ели Елиан Елиас Елиезер Елиз Елизабет Елизабета Елизавета Елизар Елизарович
Елин Елина Елиса Елисеевич Елисей Елисия Елица Елко Елма Елфида Ельо Ема-Бела Еманоил Емануел
Емануил Емануила Емельян Емил Емилиан Емилиян Емилија Емма Емілія Ендо Еница Енчо Еньо Еню
Епифан Ервин Ергана Ередин Еремеевич Еремей Еремия Ерик Ерина Ермил Ермилович Ермиля Ермолаевич
Ермолай Ерол Ерофеевич Ерофей Ерсен Еріка Есен Естела Етиен Ефим Ефимена Ефимович Ефимовна
Ефимьевич Ефка Ефрем Ефремович Ефросиния Ефстафьевич Жаклин Жамиға Жанаргүл Жанин Жанна Жанович
Жансұлу Жара Жарко Ждановна Жейна Желязка Женимира Жеңісгүл Жива Живомира Жичка Жоресович Жорка
Жулиана Жүмаш Жүпар Жұлдызай Жұмабике Жұмагүл Жұпар Жәлила Жәмила Заварин Завен Заека Замфир
Занго Занка Занко Запрян Зарко Зафа Зафер Зафир Захар Захари Захарин Захаринка Захарович
Захаровна Захарьевич Захарівна Захо Зағила Зағипа Зағира Зақира Звездан Звездемира Звездин
Звездислав Звездиян Звездолет Звездомир Згура Здравелин Здравелина Здравец Здравко Здравчо
Здухостина Зейнегүл Зенгин Зибагүл Зика Зинаида Зинко Зинови Зиновий Зиновьевич Зиновій
Зиновійович Зиягүл Златан Златея Злати Златил Златимир Златиян Златка Златко Златогор Златозар
Златомир Златомира Златослав Златослава Златоцвет Златьо Зоичка Золтан Зоран Зорка Зорян
Зорянович Зорянівна Зосима Зоя Зузичка Зылиқа Зүбайда Зүбайра Зүлиха Зүлфия Зүмрат Зәкия
Зәмзамия Зәмзегүл Зәрипа Зәуре Ивалена Иван Иванеса Иваничка Иванка Иванна Ивановна Ивелиана
Ивинка Иглика Игнатий Игнатович Игнатьевич Игор Игоревич Игоревна Игорь Изидора Измаил
Измаилович Изот Изотович Изяслав Иларион Иларионович Илеана Илианна Илинда Илиомар Илич Илия
Илиян Илија Илка Илко Илчо Ильинична Ильич Илья Ильясович Имилиан Инан Ингемунд Инеса Инко
Иннокентий Инчо Иосипович Иосиф Иосифович Ипат Ипатий Иполит Ипполит Ира Ираида Ираклий Ириан
Ирин Ирина Ириней Ириян Ирко Ирла Ирма Ирник Исай Исак Исидор Исидорович Исихия Искрен Искър
Исперих Истан Истатко Истилияна Истилян Исус Итко Ихтиандър Ицо Ичо Ия Йено Йеремия Йоан
Йоан-Александър Йоан-иво Йоана Йоанна Йован Йованка Йовица Йовко Йово Йовро Йовцо Йовчо Йожи
Йоил Йоко Йолина Йолиян Йолко Йона Йоника Йорданка Йосип Йосипович Йосипівна Йоханна Кадифейка
Казимир Калея Калина Калиса Каллистрат Калуда Камея Камілла Кануша Капитон Карамелита Карен
Карим Карин Карина Карл Карло Кармен Каролин Карп Карчо Касиди Касьян Катакомб Каталинка
Катастрофа Катерин Катерина Катинка Каунка Кветослава Кевин Кеворк Кенжегүл Керанка Кери Кети
Кеңесгүл Кибер Ким Кимба Кимбо Кимон Кимчо Кин Кинка Кино Кинта Киприслав Киприян Кир Кира
Кириен Кирил Кирилл Кирилловна Кирило Кирилович Кирилівна Кирка Кирчо Киряк Киряки Киряко Кис
Кит Кито Китодар Китомир Китчица Клавдий Клавдия Клавдія Клара Клеуна Клим Климент Климентович
Климентівна Клоя Кнут Козма Койно Койо Койчо Кокимира Коко Коле Колчо Кольо Колю Комара Комнин
Кондрат Кондратий Конон Константин Константина Константиновна Корнелия Корнил Коста Костадинка
Костянтин Костянтинович Костянтинівна Кралина Красидара Красияна Криси Кристиана Кристина
Кристия Крсте Кръстанка Ксандриния Ксения Кузман Кузьма Кузьминична Кунка Куприян Кьнина Күбара
Күлай Күлайхан Күлайша Күлбала Күлбағила Күлбағира Күлира Күләнда Күләсия Күмісай Күнай Күнсұлу
Кәусәр ЛЕА-МАРИЯ Лавр Лаврентий Лада Ладимир Ладислав Лазар Лазарь Лазура Лалка Лалко Лало
Лальо Ламби Ламбо Ламбю Ланселот Лариса Ласкал Ласкар Ластър Латин Латко Латьо Латю Лаца
Леандър Лев Левент Левко Левчо Лека Леко Ленин Ленко Ленче Леон Леонид Леонидовна Леоновна
Леонтий Леонтій Леонтійович Леонтіївна Леонід Леонідович Леонідівна Леопольд Леопольдович
Леопольдівна Лесе Лесь Лесівна Летисия Лефтер Лечо Либерта Лидийка Лидия Лика Лилия Лилко Лило
Лилчо Лилян Лилянка Лилјана Лимон Лина Линда Липе Лихия Личо Лия Ловчо Лозан Лозана Лозанка
Лозен Лонгин Лора Лора-софия Лоранс Лорена Лоти Лука Лукан Лукия Луко Лукьян Лули Лулчо Луна
Лусио Лусия Лучезар Лъчезарка Львовна Любим Любина Люблина Любов Любовь Любомир Любослава
Любосмысл Людмила Люляна Люсила Лянка Ліза Лілія Ләйля Магдалена Мадлен Майя Макар Макарович
Макаровна Макарівна Максим Максимилияна Максимильян Максимович Максимовна Максимівна Малена
Малтина Маноел Манол Манолина Маноло Мантас Мануил Мануш МанчестърЮнайтед Манчо Маньо Маню
Мара-антоанета Марангони Маргарит Маргарита Маргит Марек Марен Мари-анри Мариан Марий Марийка
Марин Марина Маринел Маринета Маринчо Марио Мариоллита Мариотка Маритна Мария Мария-Хуана
Мария-елена Мариян Марија Марк Марк-антоний Марко Маркус Марківна Марлена Марсович Марта Мартен
Мартин Мартина Мартиниян Мартинович Мартинівна Мартын Мартьян Маруся Маруш Марфа Марчело Марія
Марјан Маса Маслина Матвеевич Матвеевна Матвей Матей Матка Матьо Матю Махно Маша Машо Маја
Мағауия Мағзұм Мағруф Медиан Медиха Мелания Мелъди Мено Мерилин Меропа Месак Метакса Методи
Мефодий Мечислав Меңдібай Миглена Микита Микитович Микитівна Миколай Миколайович Миколаївна
Мила Милан Милара Милен Милена Милиана Милий Милица Милован Милост Мимоза Мина Минка Мир
Миранза Мирена Мирон Миронович Мироновна Миронівна Миропа Мирослав Мирославович Мирославівна
Мирјана Мисла Митко Митофан Митошка Михаил Михайлена Михайлина Михайло Михайлович Михайловна
Михайлівна Михей Мишка Младлена Модест Моисей Мокей Момера Момчило Момынәлі Моника Мортадела
Мстислав Мушана Мырқасым Мілена Мұса Мұхамәди Мұхтар Мұқамәди Мәдел Мәди Мәжен Мәткәрім
Наводненка Надежда Надица Надка Надія Назар Назарович Назарівна Наина Найда Найо Найчо Наке
Нако Нани Нанко Нано Нансимир Нанчо Наню Наркис Нарцислав Наско Настимир Настия Настрадин
Наталья Наталія Натан Натанаил Натановна Наташа Натко Наум Наумовна Нафисат Нафтали Нацко Нацо
Начиян Начко Начо Нағи Невен Невена Невенко Невилиян Невян Негослав Негрита Неделин Неделчо
Неделяна Недислав Недко Недьо Недю Недялко Нейка Нейко Нейчо Нелида Нелко Нелла Нелчо Нене
Ненко Ненсислав Ненчо Неокли Неолина Нерес Нестор Несторович Несторівна Нешка Нигрита Ниетқали
Никандр Никанор Никита Никифор Никифоровна Никодим Никоела Никола Николаевна Николай Николина
Никон Ниловна Нина Нинель Нионила Нифонт Ниязмұхамбет Ниязғали Нона Нонна Норка Нурета Нығмет
Нүсіп Нүсүп Нұрақын Нұғман Нөкербек Обретим Ованес Огин Огнемир Огнен Огнена Одарка Океан
Оксана Оксенія Октавия Октябрина Олег Олегович Олеговна Олегівна Олек Олекса Олександр
Олександрович Олександрівна Олексович Олена Олесь Олесьович Оливера Олимпи Олимпиада Олимпий
Ольга Омана Омар Омарғали Омелян Омелянович Омелянівна Омуртаг Оник Онисим Онуфри Онуфрий Ончо
Опанас Опанасович Опанасівна Оразақын Орест Орестович Орестівна Орина Орися Орлеана Орлин
Ортодокси Орфей Орхидей Орхидея Орхип Орхипович Орхипівна Орце Осип Оскар Оскаровна Остап
Остапович Остапівна Остромир Оханес Охрім Охрімович Охрімівна Павел Павелин Павилия Павко Павле
Павлик Павлин Павлина Павлинчо Павло Павлович Павловна Павломир Павлівна Паисий Пако Палвира
Палми Палмиро Паломина Панай Панайот Панас Панасович Панасівна Панда Панде Панделис Пане
Панкрат Панкратий Панкртийян Пано Панталей Пантелей Пантелеймон Пантелеймонович Пантелеймонівна
Пантера Панто Пантю Панфил Панчо Паолина Парамон Параскев Параход Парашкев Парашкеван
Парашкевица Пармен Парунка Паруш Парфен Паско Паспанахил Пато Патрик Патриотка Патьо Паулин
Паулина Паун Пахом Паца Пацо Пачо Пейко Пейо Пейодон Пейолина Пейтан Пейчин Пейчо Пеко Пелагея
Пелай Пеле Пелина Пенко Пенчин Пенчо Пеньо Пеню Пео Пепелота Пепино Пепислав Пепо Периана
Перикъл Персиана Персиян Перчо Петар Петиконгрес Петинка Петкан Петко Пето Петр Петраки Петрана
Петре Петрийка Петринел Петро Петрович Петровна Петрозар Петромил Петромира Петрушка Петрівна
Пешка Пилип Пилипович Пилипівна Пимен Пламена Платон Плодовитка Полексина Поликарп Полин Полина
Порфирий Потап Правда Прасковья Преса Прина Пров Прокл Прокофий Пролетина Простисвета Прохор
Прохорович Прохорівна Прохір Пріска Пупи Първолетка Рада Радиа Радим Радимира Радислав Радка
Радован Радосвета Радостка Раинка Раиса Райничка Рамина Рангел Рангел-любими Рандю Ранчо Расате
Ратибор Ратмир Рафаил Рачко Рачо Рашко Рашо Раю Раян Рақат Реан Ревка Регина Рем Ренгия Риана
Римма Риналдо Рис Ристо Ристя Ричард Ричерд Рия Роберт Роберто Робертовна Робин Робърт Рогелина
Рогена Родан Родион Роза Розалин Розалія Розана Розета Розин Розка Розоцвет Ройо Роксан Роксана
Роксолана Роман Романович Романовна Романівна Ромел Ромелина Ромен Ромео Ромил Ромолета Ромул
Роселина Росен Росенка Росимир Росислава Роска Роско Ростиана Ростимир Ростислав Ростислава
Ростиславович Ростиславівна Рубен Рубеновна Рудольфовна Ружка Румислава Русалия Руска Руслан
Русланович Руслановна Русланівна Рюрик Сабина Сабиғат Савва Савватий Савелий Савета Садық
Салина Самсон Самуил Санка Сара Сарая Сахория Сашо Сања Сағым Сағындық Сақып Свежа Светла
Светлана Светломир Светломира Светлю Светозар Светослав Свидна Свободка Святополк Святослав
Святослава Святославович Святославовна Святославівна Світлана Себастиан Себахтин Севан Севар
Севастин Севастьян Севда Севдалин Севдан Севелин Северин Севета Седеф Седефчо Селен Селена
Селиван Селиверст Семен Семенарка Семенович Семеновна Семенівна Сенко Серафим Сергеевна Сергей
Сергелинка Сергій Сергійович Сергіївна Сеслав Сибила Сиви Сигизмунд Сидер Сидония Сидор Сиен
Сиена Сила Силаги Силан Силантий Силвестър Силви Силвио Силвия-александра Силвиян Сильвестр
Силян Силяна Симеон Симо Симон Симона Симонович Симонівна Синклитикия Синтия Сирман Сисоя
Сифоня Скакалка Скорбут Слав Славдо Славе Славейко Славен Славея Слави Славил Славка Сладоледка
Слободан Смехотерапия Смирна Снежана Снежинка Сніжана Сократ Соломон Соломонович Соломонівна
Соломія Софийка София Софија Софон Софрон Софія Соња Спартак Спас Спасена Спасияна Спасівна
Спирела Спиридон Стависара Стаматка Станиела Станимир Станимирка Станислав Станиславовна
Станіслав Станіславович Станіславівна Сташа Стелина Степан Степанович Степановна Степанівна
Стефан Стефани Стефанија Стефанович Стефанівна Стеяна Стоимена Столетка Стоян Стоянка Стојан
Сузана Сузи Съвестина Сърменка Сыдық Сырғабек Сүйін Сәлімбай Сәлімбек Сәлімгерей Сәмен Сәмет
Сәми Сәтжан Сәуір Таисия Тамара Таня Тарас Тарасович Тарасовна Тарасівна Татьяна Ташимира Тања
Таңшолпан Твердислав Творимир Теа Теймуразович Телефонка Темира Теодор Теодора Теодорович
Теодорівна Теодоси Теодосий Теодослав Теодостин Теофан Теохар Тервел Тереза Терентий
Терентьевич Теса Тетяна Тигрони Тилиана Тило Тильо Тимо Тимон Тимотей Тимофеевна Тимофей
Тимофій Тимофійович Тимофіївна Тимур Тимурович Тимуровна Тимчо Тино Тинчо Тит Тиха Тихо Тихол
Тихомир Тихон Тихонович Тишо Тијана Тоанета Тоде Тодомирка Тодор Тодораки Тодорин Тодорина
Токимир Толек Толиана Толю Тома Томас Томе Томен Томинка Томислав Томо Тона Тоне Тони Тонимир
Тонислав Тоницвета Тонко Тончо Топалко Тополко Тоска Тотко Тотьо Тотю Тоцо Тошка Трајан Трајче
Трендафила Трифон Трифонка Трифонович Трофим Трофимович Трохим Трохимович Трохимівна Троша
Труфана Тръпка Туфка Тұлымхан Тұрдақын Улиана Ульян Ульяна Урима Устим Устимович Устимівна
Устин Устинович Фабияна Фадеевич Фадей Фаина Фатиме Феврония Федор Федорович Федоровна
Федорівна Федосеевич Федосий Федосьевич Федот Федотович Федір Феликс Феликсович Феликсовна Феня
Феодосьевич Феоктист Феоктистович Феофан Феофанович Феофанівна Ферапонт Фикия Филарет Филатей
Филатович Фили Филидан Филимон Филимонович Филион Филип Филипас Филипини Филипопол Филипп
Филиппович Филипповна Филко Филомир Филчо Фильо Фимка Финдо Фиро Фирс Фирчо Фичо Флавия
Флорентин Флори Флориан Флорика Флорин Флоро Фока Фокич Фома Фомич Фори Фортунат Фосил Фотий
Фотинка Франк Франц Францислав Францівна Фрацил Фреди Фродо Фрол Фролович Фронка Фуга Фуго Фуко
Фъстък Фьодор Фёдорович Фёкла Хавтелин Хана Ханко Хараламби Харалампи Харалан Харбингър Хари
Харизан Харитон Харитония Харитонович Харитоновна Харламович Харлампий Харлампович Харлампьевич
Хасан Хасатин Хачо Хвойне Хебър Хектор Хенриета Хераклит Хернани Хефестион Химинай Хинка Хинко
Хино Хитко Холи Хома Хомович Хороз Храбрин Храбър Хранимир Хранислава Хрелко Хрельо Хрисанка
Хрисим Хрисимир Хрисо Христа Христалин Христела Христивилин Христиела Христилиан Христилияна
Христина Христо Христо-никола Христодор Христоелена Христозар Христозорнициан Христозорницомил
Христомил Христомир Христослав Христофор Христя Хрисчо Хрондел Хрусан Хубав Хубавелка Хубавен
Хубан Хубен Цанета Царевна Цвета Цветан Цветана Цветанка Цветелина Цветилена Цветлина
Цветолилия Цветяна Цеца Цола Цоню Цоня Цоцо Цочо Цъки Чавдар Чана Чанкете Чанко Чано Чаньо
Чардафон Чардафона Чародей Чауш Чачия Чачо Чвор Чедо Чедомир Ченко Ченю Чепо Череша Черноризец
Черньо Чеслав Чеславович Четвърта Чийо Чико Чило Чона Чонар Чони Чоно Чоню Чочо Чочомир Чубрик
Чубрина Чуде Чудо Чудомир Чудослав Чук Шабан Шана Шанко Шаноу Шаро Шейна Шеки Шена Шенко Шенол
Шехерезада Шибил Шидер Шинка Шинко Шино Шипчан Ширко Шишман Шкодри Шмильо Шмулю Шпилко Шушо
Щедра Щедрин Щедю Щеки Щено Щеню Щериана Щерион Щериян Щерко Щерьо Щерю Щефания Щилиян Щилян
Щилянка Щирян Щоно Щтилка Щтърбан Щтъркан Щурк Щърбан Щъркан Ъглен Ъгленка Ълен Ърнест Ъруин
Ърчо Ъчка Ьобирдар Эдгардович Эдгарович Эдуард Эдуардович Эдуардовна Элеонора Эльдаровна Эмилия
Эмиль Эммануил Эраст Эрнест Эрнст Ювеналий Юги Юлиан Юлианович Юлиена Юлий Юлия Юлиян Юльевич
Юльевна Юнона Юрдан Юри Юрий Юрита Юрьевна Юстианна Юстим Юстимович Юстимівна Юстин Юстина
Юстиниан Юхим Юхимович Юхимівна Яблен Ябленка Явор Явора Яго Ягода Ягодин Язо Яким Яко Якоб
Яков Яковлевич Яковлевна Яковович Якослав Якуб Якубович Яків Ялислава Ян Яна-Мартина Янадин
Янаки Янакин Яначко Яне Янег Янедин Янек Яни Яниел Яник Янимир Янина Янис Янислав Яниславия
Яничко Янка Янко Янкул Яно Яномил Янтар Януарий Януш Янцислав Янче Янчо Ярема Яремович Яремівна
Ярина Ярка Ярно Яромир Ярополк Ярослав Ярослава Ярославович Ярославівна Ярце Ярчо Яръм Ярю Ясен
Ясена Ясер Ястреб Ятан Ятана Яцо Ячо Яшар Яшка Яшо Яшон Ғабдіғазиз Ғазизбек Ғайнижамал Ғайса
Ғайша Ғали Ғалиақпар Қазына Қайша Қаламқас Қалбибі Қалтұрған Қалуан Қамария Қамқа Қиса Әбдуәли
Әбді Әбдібай Әбдібақи Әбдібақит Әбдібек Әбдіжаппар Әбдіжәміл Әбдікәрім Әбдіманап Әбдімәжит
Әбдімәлік Әбдінасыр Әбдінұр Әбдірахман Әбдірашид Әбдірақым Әбдірзақ Әбдірәсіл Әбдісалам
Әбдісамат Әбдісаттар Әбдісейіт Әбдіхалық Әбдіхамит Әбдішүкір Әбдіғазиз Әбдіғали Әбдіғаппар
Әбдіғожа Әбдіқадыр Әбдіқаиыр Әбдіқайым Әбет Әбиба Әбу Әбубәкір Әбунасыр Әбусадық Әбутәліп
Әбуғали Әбуғалым Әбіл Әбілпейіз Әбілғазиз Әбілғазы Әбілқайым Әбілқайыр Әбілқан Әбілқасым Әдемі
Әди Әдиба Әдила Әдина Әдия Әділ Әжібай Әзел Әзербай Әзиза Әзима Әзіз Әигерім Әйнек Әлақын
Әлемгүл Әли Әлима Әлипа Әлия Әлфия Әмила Әмина Әмира Әнес Әтина Әшім Өзбек Өнербек Өтетілеу
"""

SURNAMES = """
AN Aaaqil Aabel Aaberg Aabid Aadam Aadil Aaen Aafjes Aaftink Aagaard Aages Aagesen Aagten Aaij
Aaker Aakre Aakster Aalam Aalberdink Aalberg Aalberink Aalbers Aaldenberg Aalders Aalefjær
Aalfs Aall Aalmers Aalsburg Aalst Aalten Aaltink Aalto Aaltonen Aalts Aalves Aamil Aamir
Aamirah Aamland Aamo Aamodt Aamot Aandahl Aanderaa Aanei Aanenson Aanes Aanstoot Aaraas
Aarbakke Aarden Aarens Aarflot Aarhus Aarif Aariz Aarle Aarne Aarnes Aarnink Aarrestad Aarse
Aarseth Aarstad Aart Aarts Aartsen Aarup Aarvold Aarønes Aarøy Aas Aasa Aasen Aasif Aasim
Aasland Aasmäe Aatiq Aav Aavik Aazim Aba Abaan Ababei Abacı Abad Abada Abadan Abadie Abaine
Abakanowicz Abakumov Abakumova Abarca Abascal Abatantuono Abate Abato Abaurre Abba Abbad Abbadh
Abbagnale Abbas Abbaslı Abbasov Abbasova Abbassi Abbaszadə Abbes Abbestege Abbet Abbinck Abbing
Abbingh Abbink Abbosov Abbott Abbruzzese Abbt Abbud Abbühl Abdalla Abdallah Abdelaziz
Abdellaoui Abdelli Abderhalden Abdi Abdiaziz Abdifatah Abdikadir Abdildina Abdille Abdinoor
Abdirahman Abdirov Abdirova Abdou Abdow Abdrakhmanov Abdrakhmanova Abdrashev Abdrasheva
Abduazizov Abduboriyov Abdulhamidov Abdulin Abdulina Abdulla Abdullah Abdullahi Abdullaoğlu
Abdullayev Abdullayeva Abdullazadə Abdullohov Abdumalikov Abdurahmonov Abe Abecassis Abed Abegg
Abel Abela Abelen Abella Abellán Abeln Abels Aben Aberg Aberhart Abernathy Aberson Abeyta
Abgottspon Abicht Abid Abildayev Abildayeva Abildgaard Abildtrup Abilev Abileva Abilov Abilova
Abiola Abishev Abisheva Abičić Ablyazov Ablyazova Aboraa Abou Abouda Aboudib Aboukir Abrafi
Abragamovska Abragamovskiy Abraham Abrahams Abrahamsen Abrahamsson Abrahám Abrahámová Abramchuk
Abramczuk Abramczyk Abramenko Abramets Abramo Abramov Abramova Abramovic Abramović Abrassart
Abraão Abrego Abreu Abrikosov Abrikosova Abril Abrorov Abrosimov Abrosimova Abruzzese Abruzzo
Abshire Abspoel Abstege Abt Abubakar Abubakrov Abuga Aburto Abutalipov Abutalipova Abuzyarov
Abuzyarova Abwao Abächerli Accardi Accardo Accetta Accomando Accordino Acedo Acerbi Acero Aceto
Acevedo Achaorainn Acharya Achberger Achbergerová Acheampong Achieng Achille Achilles Achison
Achkinadze Achleitner Achola Achour Achouri Achtelik Achterberg Achteren Achterhof Achterhoff
Achterkamp Achterop Achthoven Acierno Acker Ackerl Ackerman Ackermann Ackle Aclan Acosta
Acquaviva Acquisto Acri Acuña Acátolli Adadia Adal Adam Adamaszek Adamchuk Adamczyk Adame
Adamec Adamecová Adamenko Adami Adamiec Adamiuk Adamo Adamovich Adamová Adams Adamsen Adamski
Adamson Adamu Adamów Adan Adasme Adda Addadóttir Addason Addens Addicks Addink Addis Addonizio
Adduci Ade Adebisi Adegbite Adegoke Adekunle Adelaar Adelakun Adeleke Adels Adelsköld Adelusi
Ademi Ademiluyi Aden Adenauer Ader Aderibigbe Aderogba Adesiyan Adetokunbo Adeyemi Adeyemo
Adhastair Adhiambo Adinolfi Adisa Adkins Adler Admiraal Adolf Adolfs Adolfss Adolfsson Adolph
Adolphi Adolphs Adoma Adomah Adomako Adongo Adornetto Adorno Adow Adragna Adriaans Adriaansen
Adriaensdr Adriaense Adriaensen Adriaenssens Adrian Adrianov Adrianova Adriansyah Adrichem
Adrovic Adryaens Adríans Adríels Adu Adusei Adutwum Adutwumwaa Adwubi Ady Adán Adíels Adólfs
Adıvar Adžijević Aeberhard Aebi Aebli Aeby Aedo Aegelinck Aegerter Aeije Aelberden Aelberdijnck
Aelberdinck Aelberdink Aelberink Aelbers Aelberts Aelftrud Aelhorst Aellers Aelofs Aelten
Aeltten Aenninck Aenvelinck Aenvelink Aerndts Aerni Aerninck Aernink Aersse Aerssens Aerts
Aertsz Aeschlimann Aeswijn Afanasenko Afanasjev Afanasov Afanasova Afanasyev Afanasyeva Afendik
Affentranger Affinito Affolter Afirifa Aflatuni Afoakwa Afolabi Afolayan Afonja Afonso
Afrakomaa Afremov Afremova Afrikanov Afrikanova Afrikantov Afrikantova Afrosimov Afrosimova
Afruzova Afzelius Agafonov Agafonova Agapeyev Agapeyeva Agapov Agapova Agapyev Agapyeva Agarwal
Agate Agazzi Agdestein Agerskov Ageyev Ageyeva Aggarwal Aggelen Agger Aggerholm Aggrizzi
Agnadóttir Agnars Agnarsson Agnason Agnello Agnesi Agnew Agnis Agnoi Agosta Agosti Agostinelli
Agostini Agostino Agosto Agovic Agrawal Agrella Agresta Agresti Agrisi Agrizi Agrizzi Agro
Agrusa Agteren Agterhof Agthoven Aguado Aguayo Agudelo Agudo Aguero Aguiar Aguilar Aguilera
Aguiló Aguirre Agullo Agurto Agustina Agustí Agustín Agutin Agutina Agyapomaa Agyapong Agyare
Agyei Agyeiwaa Agyemang Agüero Ah Ahave Ahearn Ahearne Ahern Aherne Ahjupera Ahl Ahlander
Ahlberg Ahlers Ahlgren Ahlin Ahlke Ahlm Ahlqvist Ahlström Ahluwalia Ahmad Ahmadi Ahmadov Ahmed
Aho Ahoff Ahokas Ahola Ahonen Ahortor Ahrenberg Ahrens Ahrén Ahtisaari Ahuja Ahumada Aichholzer
Aichinger Aidicín Aiette Aigner Ailpín Ailín Aimi Aindriais Aindriú Ainmneach Ainsboro
Airaksinen Airchinnigh Airligh Airmeas Airoso Airt Aissani Aissaoui Aitigín Aitken Aittoniemi
Ajao Ajayi Ajello Ajewole Akal Akan Akar Akatov Akatova Akatyev Akatyeva Akavan Akay Akaydın
Akbarov Akbulatov Akbulatova Akbulut Akdeniz Akechi Akelis Akello Akgül Akgündüz Akhadov
Akhadova Akhmadiyev Akhmadiyeva Akhmedov Akhmedova Akhmetov Akhmetova Akhtar Akimenko Akimov
Akimova Akindinov Akindinova Akinfiyev Akinfiyeva Akinfov Akinfova Akinrinola Akinwale Akinyi
Akker Akkeren Akkerman Akkermans Akkersdijk Akmalov Akman Akmačić Akoaa Akobirov Akoth Akoto
Akowua Aksenov Aksenova Aksentyev Aksentyeva Aksu Aksyonov Aksyonova Akulenko Akulin Akulina
Akulov Akulova Akumu Akyaa Akyeamfuɔ Akyeampomaa Akyeampong Akyena Akyerε Akyerεko Akyürek
Akyüz Akça Akçay Akışık Akşit Akɔmaa Alabi Aladóttir Alagna Alaimo Alain Alamäki Alanen Alanis
Alaniz Alanko Alarcón Alarie Alario Alas Alason Alastair Alastroim Alatalo Alba Albani Albano
Alber Alberda Alberdi Alberdinck Alberdingk Albergaria Albergo Alberici Alberico Alberijnck
Alberink Albernas Albernaz Albero Alberola Albers Albert Alberta Albertelli Alberti Albertini
Alberto Albertoni Alberts Albertsen Albertsson Albeslo Albin Albini Albino Albinsson Albisetti
Albisser Alboni Albornoz Albrecht Albrechtsen Albrektsen Albrincks Albring Albronda Albu
Albuquerque Alcala Alcalde Alcalá Alcantra Alcaraz Alchevska Alcolea Alcántar Alcántara Alcázar
Aldanov Aldanova Aldars Aldenberg Aldenkamp Alderliesten Alders Aldershof Aldi Aldobrandi
Aldridge Ale Alefs Alegre Alegria Alegría Alejandro Alekhin Alekhina Aleksa Aleksander
Aleksandersen Aleksandrenko Aleksandrov Aleksandrova Aleksandrovich Aleksandrzak Alekseev
Alekseyenko Alekseyev Alekseyeva Aleksiejuk Aleksin Aleksina Aleksiychuk Aleksiyenko
Aleksiyevich Aleksovska Aleksovski Aleksyuk Alemannië Alemany Alemdar Alemán Alen Alenburg
Alencar Alenquer Aleo Alers Ales Aleshkovskaya Aleshkovskiy Alesi Alessandrini Alessandro
Alessi Alessio Alex Alexa Alexander Alexanders Alexandersen Alexandersson Alexandre Alexandreli
Alexs Alexíus Aleynikov Aleynikova Alfano Alfarenga Alfaro Alferdink Alfering Alferink Alfers
Alferyev Alferyeva Alfieri Alfimov Alfimova Alfons Alfonsi Alfonso Alford Alfreds Alfredsson
Alfreðs Alfyorov Alfyorova Algiere Alhart Alho Ali Aliaga Aliaj Alibekov Alibekova Aliberti
Alicea Alig Alighieri Alimpiyev Alimpiyeva Aling Alink Alinurov Alio Alioto Alipov Alipova
Alipyev Alipyeva Alis Alislegers Alisov Alisova Alix Aliyev Aliyeva Alizadeh Alković Alksne
Alksnis Alladóttir Allain Allaire Allal Allali Allan Allans Allard Allas Allason Allegra
Allegretti Allegretto Allegri Allegro Allemand Allemanië Allen Allenbach Allende Allendes Aller
Allerby Alles Alleva Allgeyer Allik Allis Allison Allmen Allmhúráin Allocca Alm Alma Almada
Almagià Almagro Almansa Almanza Almaraz Almars Almazán Almeida Almerinck Almeslo Almeyda
Almgren Almlöf Almonacid Almonte Almqvist Alnıaçık Alo Aloba Aloise Aloisi Aloisio Alonge
Alongi Alonso Alonzi Alonzo Aloo Alot Alpaidis Alpatov Alpatova Alphen Alpuğan Alreks
Alreksdóttir Alreksson Als Alscher Alsina Alst Alston Alstrup Altadonna Altamirano Altamura
Altavilla Altena Altenwerth Altera Althaus Althuis Altieri Altimari Alting Altink Altmann
Altobelli Altobello Altoe Altomare Altoé Altukhov Altukhova Altynbayev Altynbayeva Altıntaş Alu
Aluoch Alva Alvarado Alvarenga Alvarez Alvars Alve Alvear Alver Alvernaz Alves Alvez Alvins
Alyabyev Alyabyeva Alyanak Alzate Alzinova Alázia Amabile Amacher Amadeo Amadio Amador Amadò
Amahle Amaldi Amalfitano Amalrada Amann Amanović Amanowicz Amante Amantea Amanzholov
Amanzholova Amara Amaral Amarante Amarantov Amarantova Amari Amaro Amat Amato Amatucci Amaya
Ambani Ambauen Amberg Ambiveri Amble Ambrasas Ambrogi Ambrogio Ambrosi Ambrosia Ambrosini
Ambrosino Ambrosio Ambrosius Ambroziak Ambrozik Ambrozim Ambrozin Ambrozina Ambrożewicz
Ambrožič Ambühl Amedeo Amelink Amelio Amelsvoort Amerongen Amersvoort Ameur Amfiteatrov
Amfiteatrova Amhalghaidh Amhlaigh Amhlaoigh Amhlaoimh Amici Amicis Amico Amicone Amidei Amidžić
Amigó Amim Amina Aminova Amiotte Amirayeva Amirov Ammaniti Ammann Ammari Ammirati Ammosov
Ammosova Amo Amoa Amoako Amoakowaa Amoanimaa Amoasi Amodei Amodeo Amodio Amoit Amon Amondi Amor
Amore Amores Amorim Amorosi Amoroso Amorós Amos Amosov Amosova Ampadu Amparo Ampofo Ampofowaa
Ampoma Amponsa Amponsah Ampuero Amrane Amrani Amrein Amri Amrouche Amsel Amsing Amsler Amssen
Amstad Amstel Amstrup Amstutz Amtink Amundsen Amundson Amvrosov Amvrosova Amvrosyev Amvrosyeva
Amyot Amélia Amírs Ana Anabadha Anand Ananias Ananin Ananina Ananyev Ananyeva Anarqızı Anastasi
Anastasia Anastasio Anastasov Anastasova Anastasyev Anastasyeva Anaya Ancharov Ancharova
Anchesqui Anciaux Ancona Anctil Anda Andel Andela Anderberg Anderegg Anderhalden Anderhub
Anderl Andermatt Anders Andersdatter Andersen Anderson Andersson Andile Anding Andolenko
Andolina Andonov Andonovska Andonovski Andorful Andra Andrade Andrades Andradóttir Andrason
Andrašek Andrašík Andrašíková Andre Andrea Andreano Andrearczyk Andreas Andreasdatter Andreasen
Andreasik Andreassen Andreasson Andreev Andreini Andrejczuk Andreola Andreoli Andreotti
Andreozzi Andres Andresen Andreu Andrew Andrews Andrey Andreychenko Andreychin Andreyev
Andreyeva Andreyko Andreão Andri Andriani Andriano Andrianov Andrianova Andries Andriesen
Andriessen Andrieu Andrieux Andrijašević Andrijević Andringa Andriola Andris Andriyashev
Andriychenko Andriychuk Andriyenko Andriyevich Andriyevska Andriyishin Andriyishina Andriyovich
Andriyuk Andrião Andrić Andronikov Andronikova Andronov Andronova Andropov Andropova
Androshchuk Andrukhiv Andrukhovich Andrukiewicz Andruntsiv Andrusenko Andrushchenko Andrushkiv
Andrushko Andrusishin Andrusiv Andrusov Andrusova Andrusyak Andruszko Andrys Andryszczyk
Andryushchenko Andrzejak Andrzejewska Andrzejewski Andrzejuk András Andrássy Andráš Andrášik
Andrášiková Andrášová André Andrén Andrés Andziak Anekvorakul Anele Anello Anempodistov
Anempodistova Anes Anfelinck Anfimov Anfimova Anfinns Angadóttir Angantýrs Angarita Angason
Angeletti Angeli Angelico Angelillo Angelini Angelino Angelis Angello Angelo Angelone Angeloni
Angelotti Angelovich Angelucci Angenent Angerer Angers Anggraini Anggreny Anggriawan Angiolello
Angiolillo Angis Anglada Angotti Anguiano Anguillara Anguissola Anguita Angulo Angus Angwenyi
Anholts Anichini Aniello Anikeyev Anikeyeva Anima Anioła Anisayeva Anishchenko Anisimov
Anisimova Aniskin Aniskina Anissimov Aničić Anjos Anker Ankeren Ankersen Ankhimov Ankhimova
Ankidinov Ankidinova Ankiewicz Ankra Ankudinov Ankudinova Ankunding Anliker Anna Annaheim
Annala Annarrs Annars Annas Anne Annefeldt Annekijnck Annekink Annels Annen Annenkov Annenkova
Annes Annese Anneveldink Annevelijnck Annevelinck Annevelink Annevelt Anneveltink Anninskaya
Anninskiy Annraoi Annsboro Annunziata Annunziato Annus Annvelinck Anokye Anraoi Ansa Ansboro
Ansel Anselmi Anselmo Anseminck Ansems Ansermet Ansinck Ansink Ansom Ansomaa Ansomah Ansorova
Anssink Anstoot Ansum Antal Antalová Antelami Antfelink Anthamatten Anthony Anthonys Antico
Antikainen Antille Antipenko Antipin Antipina Antipov Antipova Antipyev Antipyeva Antić Antkiv
Antoine Antolini Antolković Antolović Anton Antonacci Antonelli Antonellis Antonello Antonenko
Antonets Antonetti Antoni Antonia Antoniazzi Antonini Antonino Antonioli Antonioni Antonis
Antonise Antoniv Antonić Antonov Antonova Antonovich Antons Antonsen Antonsson Antonucci Antony
Antonyev Antonyeva Antonyuk Antoníus Antoszczyk Antoń Antończak Antsinck Antson Antsyferov
Antsyferova Anttila Anttonen Antunes Antunović Antwerp Antwerpen Antwi Antwiwaa Antón Antônio
Antúnez Anurov Anurova Anuryev Anuryeva Anvarov Anveldinck Anveldink Anvelinck Anvelink Anyango
Anyanwu Anyona Anyukov Anyukova Anzivino Anzévui Aodha Aodhchain Aodhchaoin Aodhgáin Aodháin
Aogáin Aoidh Aoki Aoko Aonghais Aonghuis Aonghusa Apablaza Apanowicz Aparecida Aparicio Aparin
Aparina Apeldoorn Apenhorst Apine Apinis Apitz Apiyo Aplerbeck Apodaca Apolinário Apollo
Apolonio Apondi Aponte Aporti Apostel Apostolov Apostolova Appel Appeldoorn Appelhof Appelman
Appelo Apperlo Appia Appiah Apple Appolinario Aprea April Apsīte Apsītis Apte Aquila Aquilina
Aquilino Aquino Arab Arabia Arabov Arabova Arace Aracena Aradóttir Aragona Aragonés Aragão
Aragón Arajuo Aramburu Arana Arancibia Aranda Araneda Arango Aranovskaya Aranovskiy Arans
Arason Araszkiewicz Arata Araujo Aravena Aravirta Araya Arazlı Araña Araújo Arb Arbatov
Arbatova Arbeid Arbeider Arbitman Arboleda Arbour Arbuzov Arbuzova Arcand Arcara Arcari Arcaro
Arce Archambault Archer Archuleta Arcioni Arciszewska Arciszewski Arco Arcos Ardalionov
Ardalionova Ardelean Ardianto Ardila Ardito Ardizzone Ardolino Arduini Arduíni Ardüser Arefin
Arefina Arefov Arefova Arefyev Arefyeva Aregger Arellano Arena Arenas Arend Arendarczyk
Arendonk Arends Arendsen Arendt Arendzen Arens Arenskaya Arenskiy Arent Arents Arentsen Arentz
Arentze Arentzen Arepyev Arepyeva Ares Arevalo Argan Argenio Argenta Argentero Argenti
Argentieri Argento Argenziano Argiro Argo Argons Arguello Argurio Ariaans Arians Arias Ariasso
Aribi Ariens Aries Ariesen Arifcanov Arigoni Arildsen Arilíus Arinbjörns Arinck Arink Ariosto
Aris Arissen Aristarkhov Aristarkhova Aristov Aristova Ariza Ariño Arjona Arkadin Arkadina
Arkadov Arkadova Arkadyev Arkadyeva Arkel Arkes Arkhangelskaya Arkhangelskiy Arkhimovich
Arkhipenko Arkhipov Arkhipova Arkhipyev Arkhipyeva Arlotta Armand Armani Armanini Armas
Armashenko Armata Armato Armatys Armbruster Armellin Armellini Armellino Armendáriz Armengol
Armenia Armenta Armenti Armento Armetta Armijo Armińska Armiński Armstrong Arnaiz Arnal Arnalds
Arnaldsdóttir Arnaldsson Arnars Arnau Arnaud Arnbergs Arnbergsdóttir Arnbergsson Arnbjörns
Arndt Arndórs Arnes Arnesen Arneson Arnet Arnfinns Arnfinnsdóttir Arnfinnsson Arnfreyrs
Arngarðsdóttir Arngarðsson Arngeirs Arngils Arngríms Arngrímsdóttir Arngrímsson Arnijnck
Arninck Arning Arnink Arnkells Arnkelsdóttir Arnkelsson Arnlaugs Arnlaugsdóttir Arnlaugsson
Arnleifs Arnleifsdóttir Arnleifsson Arnljóts Arnljótsdóttir Arnljótsson Arnmunds Arnmundsdóttir
Arnmundsson Arnmóðs Arnmóðsdóttir Arnmóðsson Arno Arnodds Arnoddsdóttir Arnoddsson Arnold
Arnoldi Arnolds Arnott Arnould Arnoux Arnsberg Arnsteinns Arntsen Arntz Arntzen Arntzenius
Arnviðs Arnviðsdóttir Arnviðsson Arnórs Arnúlfs Arnúlfsdóttir Arnúlfsson Arnþórs Aro Aroca
Arola Arone Aronets Arons Aronsson Arora Aros Arpagaus Arpenbeke Arpini Arpino Arragon Arrak
Arranz Arredondo Arregui Arreola Arres Arriaga Arriagada Arribas Arrieta Arrighi Arrigo
Arrigoni Arrivabene Arro Arroyo Arruda Arsenault Arsenich Arsenov Arsenova Arsenyev Arsenyeva
Arslan Arslanoğlu Arsovska Arsovski Arsoy Arta Artale Artamonov Artamonova Arteaga Artemenko
Artemyev Artemyeva Artho Arths Arthsdóttir Arthsson Arthurs Arthúrs Artigas Artim Artimishin
Artimishina Artimovich Artino Artner Arts Artsybashev Artsybasheva Artsybushev Artsybusheva
Artuso Artyomov Artyomova Artyukh Artyushenko Artz Artáin Artúir Artúrs Aru Arula Arvesen
Arvidsson Arx Arya Aryan Aryani Aryee Arzt Arzulu Aránguiz Arévalo Aríels Aríus Arıcan As
Asadov Asaels Asafov Asafova Asafyev Asafyeva Asamoa Asamoah Asanbayev Asanbayeva Asani Asante
Asantewaa Asare Asaro Asaula Asbeck Asbjørnsen Asch Aschauer Aschenbroich Aschman Aschwanden
Asenjo Asensio Asenso Aseyev Aseyeva Ashe Asheim Ashimov Ashimova Ashirbekov Ashirbekova
Ashirov Ashirova Ashley Ashman Ashton Asiama Asiedu Asieduwaa Asikainen Asilayeva Asilbekov
Asjes Askes Asks Asksdóttir Asksson Aslan Aslanlı Aslanova Asmanova Asmiraeva Asmundo Asmus
Asmussen Asp Aspars Aspelund Asphaug Asplund Asprucci Assante Assche Asselin Asselman Assem
Assen Assenberg Assendorp Asser Assies Assink Assis Assmus Assumpção Assunção Assú Astafei
Astafyev Astafyeva Astakhov Astakhova Astapov Astapova Astashin Astashina Asten Astete Asti
Astier Astorga Astrup Astudillo Astuti Astvatsaturov Astvatsaturova Asztalos Ata Ataa
Atakişioğlu Atakol Atamanchuk Atamanov Atamanova Atamanyuk Atan Atanasov Atanasova Atasever
Atchison Atencio Athman Atieno Atienza Atkins Atkinson Atladóttir Atlas Atlason Atlis
Atroshchenko Attanasio Attardo Attia Atwal Atzigen Atzler Aubakirov Aubakirova Auberson Aubert
Aubin Aubry Aubut Aubé Auciello Auclair Auderset Audet Audi Audia Audino Audy Aue Auer Auezov
Auezova Auf Aufderhar Auffret Aufiero Auge Augello Auger Augeri Augsburger Augusta Augustin
Augustino Augusto Augustsdatter Augustsen Augustsson Augustynek Auinger Auken Aukes Aukhadiyev
Aukhadiyeva Aukland Aulenti Aulie Auma Aumann Aun Aune Auniņa Auniņš Auraq Aurelio Auricchio
Auriemma Aurilio Aurora Aus Aussick Aust Austars Austermühle Austin Austmanns Austmars
Austradóttir Austrason Austris Autio Auvinen Auvray Auwera Auziņa Auziņš Auðbergs
Auðbergsdóttir Auðbergsson Auðberts Auðbjörns Auðgeirs Auðkells Auðkelsdóttir Auðkelsson
Auðmunds Auðmundsdóttir Auðmundsson Auðsdóttir Auðsson Auðunns Auðuns Auðólfs Auðólfsdóttir
Auðólfsson Avakumov Avakumova Avan Avara Avchenko Avdeyenko Avdeyev Avdeyeva Avdiyev Avdiyeva
Avdyeyenko Avelar Aveleda Avella Avellino Aven Avena Avenarius Avendaño Aveni Averbrincke
Averchenko Averesch Averhagen Averkiyev Averkiyeva Averkov Averkova Avery Aveskamp Avest Avila
Avilin Avilina Avilov Avilova Avilés Avksentyev Avksentyeva Avogadro Avoirt Avolio Avotiņa
Avotiņš Avramchuk Avramenko Avramov Avramova Avril Avseyev Avseyeva Avvakum Awadh Awadil Awamil
Awani Awashish Awinja Awino Awj Awmar Awodiran Awolowo Awuah Awuor Axels Axelsen Axelsson
Axmann Axundlu Axundov Axundova Axundzadə Ayaan Ayad Ayadi Ayala Ayamin Ayanda Ayandokun
Ayaydın Aybar Aydan Ayers Ayieko Ayize Aykaç Aylinova Ayllón Aylward Ayoola Ayotte Ayrosa
Aytkhozhin Aytkhozhina Aytmatov Aytmatova Ayubov Ayuma Ayupov Ayupova Ayuso Ayverdi Ayyubi
Ayzman Azarin Azarina Azarov Azarova Azaryev Azaryeva Azban Azcona Azebedo Azedias Azeredo
Azevedo Azhayev Azhayeva Azhazha Azizi Azizov Azizova Aznar Azolskaya Azolskiy Azorin Azzarello
Azzaro Azzopardi Azzouz Azócar Aðalbergs Aðalbergsdóttir Aðalbergsson Aðalberts Aðalbjörns
Aðalborgars Aðalgeirs Aðalmunds Aðalmundsdóttir Aðalmundsson Aðalráðs Aðalráðsdóttir
Aðalráðsson Aðalsteinns Aðalvíkingsdóttir Aðalvíkingsson Aðólfs Ağaoğlu Ağayeva Aşıkoğlu Baa
Baafi Baah Baai Baaiman Baak Baalen Baalink Baanders Baaqir Baar Baarck Baardsen Baardson
Baardwijk Baaree Baarle Baars Baarschers Baart Baas Baasch Baashir Baasim Baasit Baawia Babacan
Babachenko Babak Babanlı Babaoğlu Babar Babarichenko Babati Babato Babayev Babayeva Babayevaa
Babayevskaya Babayevskiy Babbo Babchenko Babel Babenko Babeshko Babey Babich Babichenko Babij
Babikov Babikova Babin Babino Babits Babiuch Babiy Babiychuk Babić Babič Babjak Babjaková Babka
Babko Bablyak Babos Babtunde Babu Baburov Baburova Babyak Babyuk Baca Baccaro Bacci Bacciarini
Bacco Baceti Bach Bacha Bachand Bachanek Bachelet Bacher Bachetti Bachilo Bachinger Bachler
Bachmann Bachmeier Bachofen Bacia Bacigalupi Bacik Bacino Back Backer Backes Backlund Backman
Backstrom Bacon Bacosi Bacsik Badal Badami Badamo Badan Badane Badaracco Badaró Badel Bademci
Bader Badertscher Badilla Badillo Badlak Badoer Badoglio Badolato Badoux Badowska Badowski Badr
Badrak Badu Badía Baechler Baeken Baele Baelen Baelinck Baelinckhuisjen Baelinckhuisken Baen
Baena Baere Baert Baertman Baeten Baetens Baetmans Baets Baeyens Baez Baeza Baffa Baganz Bager
Bagge Bagger Baggio Baghdadi Bagirov Bagirova Bagińska Bagiński Baglio Baglioni Bagmut Bagnoli
Bagnoud Bagrintsev Bagrintseva Bagriy Bagryantsev Bagryantseva Bagutti Bah Bahamonde Bahamondes
Baharia Baharlı Bahati Bahena Bahl Bahloul Bahna Bahno Bahnová Bahon Bahri Bahringer Bai
Baiamonte Baiense Baier Baijens Baijr Bail Bailat Bailey Baillargeon Bailleul Bailly Bailís
Bains Baio Baiocchi Baird Bairéad Baisceir Bajaj Bajak Bajamonti Bajan Bajardi Bajc Bajko
Bajrami Bajwa Bak Baka Bakalarczyk Bakalo Bakare Bakari Baker Bakerink Bakes Bakhouche Bakhti
Bakhuizen Bakiera Bakke Bakken Bakker Baklan Baklanov Baklanova Baklar Bakos Baksa Bakshi
Bakumenko Bakun Bakunin Bakunina Bakuła Bakırcıoğlu Bakıxanov Bal Bala Balaban Balaguer
Balagura Balakhurov Balakrishnan Balakunets Balan Balanchuk Balandyuk Balança Balarini Balas
Balassa Balasubramanian Balatinac Balawender Balay Balbi Balbo Balboni Balcer Balcewicz Balck
Balckenschot Balcı Baldacci Baldassano Baldassare Baldassari Baldassarre Baldauf Baldelli
Balder Balderas Baldi Baldick Baldin Baldina Baldini Baldino Baldo Baldocchi Baldoni Baldotto
Balds Baldsdóttir Baldsson Balducci Baldvins Baldwin Baldwins Bale Baleegh Balema Balemi
Balenko Balestra Balestre Balestreri Balestrieri Balet Baley Bali Baliana Balik Balika Balinck
Balink Balint Balinčić Balistreri Balitskiy Baliyev Baliyeva Balić Baljak Balkanska Balkema
Balken Balkernij Balkov Balkova Balkow Ball Balla Ballard Ballarini Ballast Balle Ballerini
Ballester Ballesteros Ballestraz Balli Balliana Ballinari Balling Ballo Ballsans Balma Balmat
Balmelli Balmer Balnuweit Balode Balodis Balog Baloga Balogh Balogová Balogun Balotelli Balslev
Baltacha Baltarovich Baltasars Baltensperger Baltiņš Balyuk Balyukh Balzano Balzarini Balzary
Balzer Balázs Baláž Balážová Bambach Bambad Bambadóttir Bambason Bambino Bambis Bamidele
Bamiloye Bamonte Ban Banachowicz Banak Banakh Bancerz Banchero Band Banda Bandeira Bandel
Bandello Bandera Bandeville Bandi Banducci Bandura Bandurka Bandurko Bandyk Banek Banerjee Bang
Bangerter Banik Baničević Bank Banke Banko Banks Bann Bannikov Bannikova Banninck Banninckhage
Bannincks Bannink Bannon Bannáin Banovac Bansal Banse Banshchikov Banshchikova Bantli Bantwini
Banville Bany Banyś Banzer Banáin Baoighealláin Baoighill Baoill Bappa Baptista Baquero Baquete
Barabash Barac Baracca Barad Barahona Barajas Baraka Baral Baran Barandun Baranello Baranets
Baranik Baranka Barankiewicz Baranková Barannik Baranov Baranova Baranovich Baranová Baranowicz
Baranowski Baranyai Baranyuk Barasa Baratta Baraza Barazzuol Barać Barański Barba Barbagallo
Barbano Barbara Barbaria Barbarigo Barbarino Barbarić Barbaro Barbarosoğlu Barbati Barbato
Barbe Barbeau Barbella Barber Barbera Barberi Barberini Barberio Barbero Barberá Barbetta
Barbey Barbier Barbieri Barbieux Barbir Barbić Barbo Barbon Barbone Barbora Barbosa Barbot
Barboza Barbu Barbuto Barcaccia Barcella Barcellona Barcellos Barcelos Barceló Barch Barckell
Barckrinck Barco Barcz Barczuk Bardet Bardi Bardill Bardin Bardo Bare Barej Bareja Barela
Barella Barenco Barends Barents Barese Baresi Barešić Barge Bargebos Barger Bargerbos
Bargerbosch Bargetze Bargh Bargman Bari Baria Baribeau Baril Barile Barilko Barilla Barillaro
Barillon Barink Barić Baričević Barišić Barkel Barker Barkholz Barković Barletta Barlie
Barloggio Barlow Barman Barmet Barna Barnaba Barnabe Barnes Barnett Barneville Baro Baroffio
Barok Baroková Baron Barone Barongo Baroni Baross Barozzi Barr Barra Barracco Barraco
Barradóttir Barragán Barral Barranco Barraq Barras Barrason Barraud Barraza Barrazuol
Barrazzuol Barre Barreau Barreda Barreira Barrel Barrella Barrena Barrera Barrese Barresi
Barret Barreto Barrett Barretta Barrette Barretto Barrientos Barriere Barriga Barrile Barrio
Barrios Barris Barrnette Barron Barros Barroso Barrows Barry Barría Bars Barsanti Barsotti
Barszczak Barta Barteczko Bartel Bartela Bartell Bartels Barten Bartenev Barteneva Barth
Barthel Barthelemy Bartholet Bartkiv Bartkowicz Bartl Bartlett Bartley Bartman Barto Bartocha
Bartok Bartoletti Bartoli Bartolini Bartolo Bartolomei Bartolomeo Bartolomucci Bartolomé
Bartolone Bartolotta Bartolotti Bartolucci Barton Bartoszak Bartoszczyk Bartovič Bartovičová
Bartoň Bartoś Bartoš Bartošová Bartošík Bartošíková Bartulović Bartuś Bartyzel Bartók
Bartłomiejczyk Barušić Barvinok Bary Barylla Barzini Barák Barðadóttir Barðason Barðis Baró
Baróid Barón Barún Barłóg Bas Basa Basaam Basadonna Basaj Basak Basanets Bascuñán Baseda Baseer
Basei Baselgia Bashaar Bashaarat Basheerah Bashir Bashirian Bashpolchenko Bashtan Basilio
Basilone Basinskaya Basinskiy Basista Baskakov Baskakova Baskin Basmanov Basmanova Basok Basoni
Bass Bassadóttir Bassan Bassani Bassano Bassason Basse Basset Bassett Bassetti Bassi Bassin
Bassis Basso Bassos Bassul Bast Bastek Basten Baster Bastiaanse Bastiaense Bastianelli Bastida
Bastidas Bastien Bastin Bastone Bastos Bastíans Bastías Basu Basyrov Basyrova Basyuk Baszak
Bataglia Bataille Batal Batalla Batalyp Batalypa Batchelar Baten Batenko Bates Bath Batig
Batista Batliner Batlle Batool Batra Batrac Batrnek Batskalevich Batta Battaglia Battaglini
Battaglino Battagnoli Battelli Batthyány Battista Battistela Battistella Battistelli Battisti
Battistoni Battke Battle Baturalp Baturinets Batyuk Batz Batóg Bauadóttir Bauason Bauch Baud
Baudet Baudin Baudo Baudoin Baudouin Baudoux Baudry Bauduin Bauer Bauermeister Bauers Baugs
Baugsdóttir Baugsson Bauhausz Baulet Baum Bauman Baumann Baumbach Baume Baumeister Baumer
Baumgart Baumgartner Baumhauer Baun Baur Bausch Bauschinger Bauschke Baussen Baustert Bautista
Bauwens Bauwhuis Bauzà Bava Bavaro Bavaud Bave Bavilskaya Bavilskiy Bavrichenko Bawa Bawhave
Bawoł Baxter Bay Baya Bayard Bayborodin Bayborodina Baybrook Bayda Baydak Bayeni Bayer Baykam
Bayle Baymuratov Baymuratova Bayo Bayona Bayrak Bayramov Bays Baysarovich Baysultanov
Baysultanova Bayzhanbayev Bayzhanbayeva Bayzhanov Bayzhanova Bayón Bayındır Bazarbayev
Bazarbayeva Bazavluchenko Bazela Bazhan Bazhov Bazhova Bazilevich Bazilevska Bazilevskiy Bazin
Bazinet Bazjak Bazoni Bazydło Bazylewicz Bazyluk Bazzano Bazzi Baños Bañuelos Bača Bačak Bačić
Bağırov Bağırova Bałazy Bałdys Baňa Baňas Baňasová Baňo Baś Başoğlu Baša Bašić Baška Baško
Bašková Bašnec Bašo Bašová Beach Beacháin Beaglaoich Beagáin Beahan Beakey Beal Beale Bean
Beannuille Beard Bearnáin Beartlaigh Bearáin Beasley Beasty Beatrice Beattie Beatty Beau
Beaucage Beauchamp Beauchemin Beauchesne Beaud Beaudet Beaudin Beaudoin Beaudry Beaufils
Beaujean Beaulieu Beaumier Beaumont Beaupré Beauregard Beausoleil Beauséjour Beauvais Beavogui
Bebber Bebeshko Bebi Bebić Beccaria Beccheria Becerra Bech Becht Bechtelar Beck Becke Beckel
Beckenbauer Becker Beckerinck Beckerink Beckers Beckert Beckijnck Beckinck Becking Beckius
Beckmann Becude Bedard Bedewitz Bedi Bednar Bednarczyk Bednarek Bednarowicz Bednarski Bednár
Bednárik Bednáriková Bednárová Bednář Bednářová Bedore Bedoya Bedrinov Bedzik Beeck Beecke
Beeckerinck Beeckerink Beeckinck Beeckman Beeckmans Beek Beeke Beekerink Beekhof Beekhuijsen
Beeking Beekink Beekman Beekmans Beeks Beekwever Beele Beeli Beemers Beening Beenink Beens Beer
Beerents Beerken Beerli Beernaert Beernens Beerninck Beernincks Beernink Beernschot Beest
Beeste Beestman Beestmans Beethoven Beffa Beffort Begalin Begalina Begemann Beggan Beggerinck
Beggerow Beggs Begley Beglinger Begma Begonja Begue Beguin Begum Beh Behan Behl Behr
Behrenbruch Behrend Behrends Behrendt Behrens Behruzov Beier Beieren Beiers Beigg Beij Beijer
Beijers Beijnum Beijring Beijtel Beinirs Beinteinns Beirgin Beirn Beirne Beissel Beitel Beitirs
Bejarano Bejger Bejm Bejma Bejnarowicz Bek Beka Bekaert Bekans Bekbergen Beke Beken Beker
Bekerijnck Bekerink Beking Bekink Bekker Bekkers Bekkhozhin Bekkhozhina Bekking Bekkink Bekmans
Bekturov Bekturova Bekus Bekzhanov Bekzhanova Bela Belaid Belaidi Belarbi Belardo Belbachir
Belcavello Belda Bele Belen Belenkiy Belenko Beletić Beley Belezhkova Belezyanskaya
Belezyanskiy Belfi Belfiore Belhadj Belhumeur Belin Belinato Belinskaya Belinskiy Beljajev
Belkacem Belkacemi Belkadi Belkevich Belkheir Belkhiri Bell Bella Bellafiore Bellanca Bellanger
Bellante Bellanti Bellantoni Bellavance Bellavia Belle Belleau Bellec Bellefleur Bellemans
Bellemare Bellenot Bellerose Bellet Belletini Belley Bellezza Belli Bellia Bellido Bellina
Bellini Bellink Bellino Bellis Bellisario Bellissimo Bello Bellocchio Belloli Bellomo Bellon
Bellone Belloni Bellotti Bellucci Belluomini Bellè Bellò Belmans Belmar Belmock Belmonte
Belobotskiy Belobrovko Beloivan Belokonskavrazhalska Belokurov Belokurova Belomlinskaya
Belomlinskiy Belonovich Belonozhko Beloochenko Belorukov Belorukova Belorusets Beloshapko
Belotti Belousov Belousova Belov Belova Belozerov Belozerova Belozyorov Belozyorova Belošević
Belpere Belsito Belt Beltman Belton Beltrame Beltrami Beltramo Beltran Beltrán Beltz Belvedere
Belyakov Belyakova Belyankin Belyankina Belyayev Belyayeva Belykh Belyy Belz Belzile Bembenek
Bembo Bemer Bemers Bempes Bempus Bems Ben Benabdellah Benahmed Benaicha Benaissa Benali Benamar
Benamara Benameur Benanti Benaouda Benard Benassi Benavent Benavente Benavides Benavídez
Benchapatranon Bencheikh Benci Bencivenga Bencivengo Bencke Benda Bender Benderer Bendix
Bendixen Bendsen Bendtsen Bene Benecke Benedetti Benedetto Benedictis Benediktov Benediktova
Benedikts Bener Benesch Benet Benetti Benevento Benevenutte Benevides Beneš Benešová Bengevoord
Bengevoort Bengtsen Bengtson Bengtsson Benica Benidikts Benigni Benigno Benigsen Benijnckinck
Beniker Beninati Beninato Beninga Benisowitsch Benitez Benito Benić Benjamin Benjamíns Benković
Benlow Benmoussa Benn Bennardo Bennedsen Bennekijnck Bennekinck Benner Bennet Bennetsen Bennett
Bennijnck Bennijnckinck Benninck Bennincks Benning Benninger Bennink Benoist Benoit Benonýs
Benoît Bensaid Bensalah Bensalem Benscoter Bensel Bensinck Bensing Bensink Benslimane Benson
Bent Bentheim Benthin Bentinck Bentivegna Bentley Bento Benton Bents Bentsen Bentsink Bentzen
Benussi Benveniste Benvenuti Benvenuto Benyahia Benyamina Benyoucef Benyuk Benz Benza Benziane
Benzing Benítez Benónís Benónýs Benčić Beoláin Beourgeois Beqiraj Bera Beraković Beraldo Beran
Beranek Beranová Berard Berardi Berardinelli Berardinis Berardino Berardo Berarducci Berberat
Berberoğlu Berchem Berchier Berchtold Berckel Berclaz Berdal Berdat Berdoz Berdzik Bereda
Beregfy Berek Berenato Berends Berendschot Berendse Berendsen Berendt Berengario Berenguer
Berenpas Berens Berenschot Berenschott Berensen Berents Berentschodt Berentschot Berentschott
Berentsen Berentz Berentzen Beres Beresford Berestov Berestova Beretta Berezin Berezina
Berezovskaya Berezovskiy Bereś Berg Bergami Bergamin Bergamini Bergamo Bergant Bergdahl Berge
Bergen Berger Bergerbos Bergerbus Bergerbusch Bergeron Berges Bergevin Bergfalk Bergfinns
Bergfinnsdóttir Bergfinnsson Berggren Bergh Berghe Berghmans Berghreinns Berghuis Berghvelt
Bergin Bergius Bergjóns Bergkvist Berglund Bergman Bergmann Bergmanns Bergmars Bergmunds
Bergmundsdóttir Bergmundsson Bergnaum Bergoglio Bergquist Bergqvist Bergroth Bergs Bergsdóttir
Bergsson Bergsteinns Bergsten Bergstrand Bergstrom Bergström Bergsveinns Bergvall Bergvins
Bergze Bergþórs Bering Beringer Berisha Berkahn Berkane Berkani Berkel Berkelaar Berkelder
Berkeler Berkenbosch Berkien Berkum Berlusconi Berman Bermejo Bermingham Berminghim Bermudez
Bermúdez Bernaards Bernabei Bernabé Bernacchi Bernad Bernadini Bernadot Bernadóttir Bernal
Bernard Bernardes Bernardi Bernardini Bernardić Bernardo Bernardová Bernaschina Bernasconi
Bernasocchi Bernason Bernat Bernatchez Bernatek Bernatowicz Berndts Berndtsson Berner Bernero
Bernet Bernetti Berney Bernhard Bernhards Bernhardt Bernharðs Bernharðsdóttir Bernharðsson
Berni Bernicia Bernie Bernier Bernijnck Berninck Berning Bernini Bernink Bernis Bernolák
Bernoláková Bernscatt Berntsen Berntsson Bernyngh Bernódus Berra Berre Berrefjord Berrenschot
Berretta Berrocal Berry Berrè Berríos Bersadóttir Bersani Bersason Berscheid Bersenev Berseneva
Bersenyov Berset Bersis Berta Bertagnolli Bertani Bertelli Bertels Bertelsen Bertemes
Bertenbreiter Berthe Berthelot Berthelsen Berther Berthet Berthiaume Berthier Bertho Berthold
Berthoud Berthouzoz Berti Bertilsson Bertin Bertini Bertino Berto Bertocchi Bertola Bertolami
Bertoldi Bertoli Bertolini Bertolino Bertolosso Bertolotti Bertolucci Bertone Bertoni Bertonsin
Bertorelli Bertozzi Bertoša Bertram Bertrams Bertrand Bertrán Bertsch Bertucci Bertuzzi Berude
Berus Bervoets Berwert Berwich Beryoza Beryozin Beryozina Beránek Beránková Berényi Besançon
Beschers Besedin Besedina Besençon Besgers Beskers Besnard Bespalenko Bespalko Bespalov
Bespalova Besputin Besputina Bessadóttir Bessarab Bessason Besschers Besse Besselder Besseler
Besselinck Bessette Bessinck Bessing Bessingpas Bessink Bessinkpas Bessire Bessis Besson Best
Bestuzhev Bestuzheva Bet Betancur Bethke Bethlen Betine Betini Betka Betlej Betlińska Betliński
Betschart Bett Betta Bettahar Betten Bettendorff Bettex Betti Bettin Betting Bettini Bettoni
Bettschen Betz Betúels Beuchat Beuckenhorst Beuijinck Beuijink Beuijtink Beuink Beukehorst
Beukenbos Beukenbosch Beukenhorst Beukerinck Beukers Beulen Beulens Beuling Beulingen Beumer
Beumers Beumkes Beun Beuninkeijde Beuninkweide Beunk Beuret Beurret Beurse Beusek Beushausen
Beusinck Beusink Beussink Beutel Beutelspacher Beutinck Beutler Bevacqua Bevan Bevc Bevervoorde
Bevilacqua Bevinck Bevz Bevzenko Bexell Bey Beyens Beyer Beyers Beyersdorf Beytrison Bezbatko
Bezborodko Bezdetko Bezditko Bezemer Bezençon Bezerra Bezio Bezić Bezjak Bezpalenko Bezpaliy
Bezpalkiv Bezpalko Bezpelchenko Bezruchenko Bezruchko Bezruč Bezshchasniy Bezugliy Bezuidenhout
Bezus Bezushko Bezzubenko Bezák Bezáková Bełz Bełza Beňa Beňo Beňová Beňuš Beňuška Beňušková
Beňušová Beśka Beşerler Beşok Bgidenko Bhagat Bhailis Bhailís Bhaird Bhaitéir Bhakta
Bhaldraithe Bhalla Bhandari Bhardwaj Bhargava Bhasin Bhat Bhatia Bhatnagar Bhatt Bhattacharyya
Bhatti Bhavsar Bheacháin Bheannuille Bheatha Bhebhe Bhedleni Bheithigh Bhejelibomvu Bhembe
Bhengu Bhensela Bhiadhtaigh Bhial Bhiocáire Bhloscaigh Bhosc Bhovungana Bhreitheamhain
Bhreithimh Bhriain Bhríde Bhua Bhulbh Bhulf Bhungane Bhuí Bháin Bhál Bia Biacháin Biafore
Biaggi Biagi Biagini Biagioni Biagiotti Biaidh Biamonte Bianca Biancalana Biancardi Bianche
Bianchi Bianchini Bianco Bianconi Bianda Bianki Biase Biasi Biasta Biataigh Biazate Białach
Białas Białasik Białczyk Białecka Białecki Białek Białk Białka Białous Biba Bibeau Bibi
Bibisorayeva Bicalho Bicek Biceková Bichler Bichsel Bickel Bicudo Bicz Bidas Bidault Bidstrup
Bie Bieber Biedermann Biegała Bielas Bielat Biele Bielecka Bielecki Bieler Bielert Bieleń
Bielicka Bielicki Bielik Bieliková Bielińska Bieliński Biello Bielmann Bieman Bien Bienasch
Bienia Bieniak Bienias Bieniasz Bierens Bierhaus Bieri Bierman Biermann Biernacik Biernacka
Biernacki Bierstraten Biesaga Biesebeek Biesek Biesenbach Biesenbos Biesty Bieszke Bievink
Biezenbos Bifrare Bigdeli Biggen Bigger Biggio Bigler Bignami Bignardi Bignasca Bigot Bigras
Bigum Bihan Bii Bijelić Bijffanck Bijlsma Bijvank Bik Bikelwayo Bikwayo Bila Bilaal Bilbao
Bilde Bilderbeek Bilek Bileková Bilello Bilewicz Bilge Bilgin Bilik Bilir Bilić Bilka Bilko
Bilková Billard Billaud Bille Billet Billicks Billon Bills Billung Billy Bilodeau Bilolov
Bilotti Bimmel Binaghi Binda Bindaco Binder Binderup Binelle Biner Binet Binette Binetti
Binggeli Bingula Bini Binner Bins Binsfeld Bintner Bintz Binz Bionda Biondi Biondo Bionáin
Biorainn Bioráin Bir Birch Bircher Birchler Birchmeier Bird Birgen Birgersson Birgirs Birk
Birkeland Birkemeyer Birkirs Birkić Birmingham Birn Birnbacher Birnbaum Birnirs Biron Birri
Birtalan Birtings Birtingsdóttir Birtingsson Birtirs Birtić Biryukov Biryukova Birzniece
Birznieks Biró Bisaga Bisaillon Bisceglia Bischof Bischoff Bischoffs Bise Bisesi Bisgaard
Bishell Bishop Bisio Bislin Bisogno Bissig Bisso Bissoli Bisson Bissonnette Bistafa Biswas Bite
Bitelli Bitencourt Bitner Bitov Bitova Bitsch Bitschnau Bittel Bitter Bitterli Bittner Bitto
Bitz Bivanck Biver Biviano Bivink Bivona Biwer Biwott Bixio Biyase Biyela Bizhan Bizjak Bizoń
Bizzaro Bizzarro Biçer Bićanić Bičak Bičanić Bjargars Bjargmunds Bjargmundsdóttir Bjargmundsson
Bjargþórs Bjarkadóttir Bjarkans Bjarkars Bjarkason Bjarkis Bjarmadóttir Bjarmars Bjarmason
Bjarmis Bjarnadóttir Bjarnars Bjarnason Bjarnfinns Bjarnfinnsdóttir Bjarnfinnsson Bjarnfreðs
Bjarnfreðsdóttir Bjarnfreðsson Bjarnharðs Bjarnharðsdóttir Bjarnharðsson Bjarnhéðinns Bjarnis
Bjarnlaugs Bjarnlaugsdóttir Bjarnlaugsson Bjarnleifs Bjarnleifsdóttir Bjarnleifsson
Bjarnsteinns Bjarnólfs Bjarnólfsdóttir Bjarnólfsson Bjarnþórs Bjartmanns Bjartmars Bjarts
Bjartsdóttir Bjartsson Bjartþórs Bjeliš Bjelland Bjerg Bjerke Bjerre Bjerregaard Bjerring
Bjerrum Bjorkman Bjornson Bjólans Bjólfs Bjólfsdóttir Bjólfsson Björgmunds Björgmundsdóttir
Björgmundsson Björgvins Björgólfs Björgólfsdóttir Björgólfsson Björgúlfs Björgúlfsdóttir
Björgúlfsson Björk Björklund Björkman Björns Björnólfs Björnólfsdóttir Björnólfsson Bjørgen
Bjørn Bjørnebye Bjørnstad Blaabjerg Blaak Blaauwhand Blaawen Black Blackburn Blacking Blackwell
Bladt Blaeu Blaeuw Blagaić Blaha Blaho Blahová Blain Blair Blais Blaise Blake Blakking Blanc
Blanca Blancato Blanch Blanchard Blanche Blanchet Blanchette Blancken Blanco Blanda Blandin
Blandino Blando Blanes Blank Blanken Blankenship Blankvoort Blaschek Blasco Blase Blaser Blasi
Blasio Blassneck Blatnik Blatter Blattner Blau Blauensteiner Blaut Blauwen Blazquez Blažej
Blažejová Blažek Blažević Blažič Blažičko Blažková Bleau Blecher Bleckijnck Bleckinck Blecking
Bleckink Bleeker Blees Blehr Bleier Bleijenberg Bleiker Blekink Blekking Blekkink Bless
Bleumink Blevins Blewanus Blick Blijdenstein Blin Blinov Blinova Blioscáin Blits Blitz Blix
Blixt Bloch Blochwitz Block Blockhaus Blockson Bloemendaal Bloemendal Bloemer Bloemerije
Bloemers Bloemerts Bloemesaeds Bloise Blok Blokhin Blokhina Blokhuizen Blokland Blom Blomberg
Blomerije Blomers Blomgren Blomkvist Blommaert Blomme Blomquist Blomqvist Blomstedt Blondeau
Blondeel Blondel Blondiau Blondin Blonk Bloomerije Bloommers Blose Blot Bloten Blouin Blowick
Bluehmke Bluemers Blum Blume Blumendahl Blumenthal Blumer Blumink Blumrath Blumstein Blunschi
Bluszcz Bláca Bláha Bláhová Bláthmhaic Blázquez Bläsi Blättler Bläuer Blængs Blængsdóttir
Blængsson Blærs Blævars Blömers Blösch Blümel Bo Boada Boadi Boadu Boaga Boahen Boakye
Boakyewaa Boarin Boase Boatemaa Boatemaah Boaten Boateng Bob Boba Bobadilla Bobak Bobal Boban
Bobanović Bobel Boberg Bobev Bobik Bobko Bobkov Bobkova Boborykin Boborykina Bobrov Bobrova
Bobrowicz Bobryk Bobst Bobula Bobulová Boburov Bobuľa Bobuľová Bobylev Bobyleva Bobylyov Bocca
Boccaccio Boccherini Bocchino Bocci Boccia Boccio Boccioni Boccuzzi Bocelli Bochatay Bochenkov
Bochenkova Bochkov Bochkova Bochnak Bochnia Bochorishvili Bochud Bociek Bock Bockel Bocken
Bocker Bocquet Bodaicín Bodart Boddaugh Boddewies Boddewis Bode Bodek Bodelijnck Bodenmann
Boderike Bodhlaeir Bodhlaer Bodin Bodkens Bodkin Bodmer Bodner Bodnár Bodoni Bodrov Bodrova
Bodson Boduch Bodurov Bodwijs Bodych Bodylev Bodyleva Bodzak Bodziony Boecekeners Boechat Boeck
Boeckeler Boeckenbus Boeckenhorst Boeckers Boeckholt Boeckhorst Boeckmeijer Boeckx Boeeink
Boegell Boeginck Boehler Boehm Boeije Boeijenck Boeijenk Boeijinck Boeijink Boeijkinck
Boeijkink Boeijnck Boeinck Boeing Boejink Boejnck Boekenharst Boekenhorst Boekhoff Boel Boelens
Boelinck Boelkens Boell Boels Boemenfelts Boemfelt Boemffelt Boemveld Boemvelde Boenck Boencker
Boenckinck Boenink Boer Boerefijn Boerhof Boerland Boers Boersma Boesch Boesen Boeser Boesijnck
Boesinck Boessinck Boesveld Boesvelt Boetenbos Boetet Boetzelaer Boeve Boeveld Boevelijnck
Boevelink Boevelt Boevinck Boeyenk Boeyink Boezio Boffa Bogaczyk Bogadi Bogadóttir Bogaert
Bogaerts Bogan Bogard Bogason Bogatchenko Bogdan Bogdani Bogdanov Bogdanova Bogdanovich
Bogdanović Bogdashin Bogdał Bogdán Boge Bogema Bogenheim Bogenrieder Bogert Bogijnck Boginck
Bogis Bogisich Bogner Bognuda Bognár Bogolyubskaya Bogolyubskiy Bogomolov Bogomolova Bogomyakov
Bogomyakova Bogoslovskaya Bogoslovskiy Bogović Bogoyavlenskaya Bogoyavlenskiy Bogt Bogumił
Bogusiewicz Boguska Boguski Boguslavskaya Boguslavskiy Bogusz Boguszewska Boguszewski Boguta
Boguś Bogynck Bogáin Bohan Bohdanowicz Bohge Bohlander Bohlin Bohman Bohn Bohnbach Bohner
Bohnhof Bohosiewicz Bohrer Bohórquez Boi Boiago Boiardo Boichat Boienck Boiinck Boijkinck
Boijkink Boijnck Boijtinck Boijtink Boilard Boileau Boillat Boily Boinck Boing Boink Bois
Boisclair Boisen Boisjoli Boisseau Boisson Boissonneault Boisvert Boitani Boitinck Boitink
Boito Boivin Boix Boizam Bojanić Bojanowska Bojanowski Bojarczuk Bojczuk Bojdo Boje Bojesen
Bojinck Bojsen Bok Boke Bokers Bokhoven Bokkel Bokkelt Boksa Boland Bolander Bolant Bolatlı
Bolay Bolaños Boldrin Boldrine Boldrini Bolduc Boldù Bolender Boles Bolger Bolghuidhir
Bolguidhir Bolhuis Bolijnck Bolin Bolinck Boling Bolinger Bolink Bolio Boljkovac Bolkesteijn
Boll Bolladóttir Bollason Bollen Bollhalder Bolli Bolliger Bollinger Bollis Bollobás Bolm
Bolman Bolmat Bolnbach Bologna Bolognese Bolotov Bolotova Bolshakov Bolshakova Bolster Bolt
Bolte Bolters Bolthof Bolthoff Bolton Boltyshev Boltysheva Boluchevskaya Boluchevskiy Bolyai
Bolzan Bolzmann Bolívar Bolčević Bom Boman Bombara Bombieri Bome Bomers Bomfelt Bommarito
Bommer Bomnerts Bompiani Bon Bona Bonacci Bonaccorsi Bonaccorso Bonadies Bonadiman Bonadio
Bonadonna Bonafede Bonagura Bonanni Bonanno Bonano Bonaparte Bonar Bonardi Bonasera Bonato
Bonatti Bonaventura Bonavita Bonaya Bonbach Bond Bondar Bondarenko Bondarev Bondareva Bondaruk
Bonde Bonderer Bondesen Bondevik Bondi Bondra Bondrová Bondt Bondumier Bondyra Bonelli Bonello
Bonen Boner Bones Bonet Bonetti Bonfanti Bonfiglio Bonfim Bongen Bongers Bongiorno Bongiovanni
Bongni Bonhomme Boni Bonica Bonicenha Boniface Bonifacio Bonifazi Bonilha Bonilla Bonin Bonini
Bonino Bonis Bonito Bonjour Bonkinck Bonnard Bonnaud Bonneau Bonnefoy Bonneker Bonnekers
Bonnekes Bonnekijnck Bonnekinck Bonner Bonnet Bonnin Bonninck Bonnink Bonny Bono Bonolis Bonomi
Bonomo Bonot Bonsignore Bonsra Bonsu Bonsveld Bont Bonte Bontempo Bontemps Bonueva Bonura
Bonventre Bonvin Bonvini Bonzon Booden Booeckenhorst Booeijnck Booekenhaerst Booekers Booelinck
Booevelijnck Boogaerts Booijckinck Booijkinck Bookenharst Booker Booltthoff Boom Boome Boomers
Boomfeldt Boomgart Boomkamp Boomkot Boon Boone Boonen Boonhof Boonpungbaramee Boord
Boorgerijnck Booth Bophela Bor Bora Borah Borak Borawska Borawski Borbély Borcard Borch
Borchard Borcharen Borcharts Borchers Borchman Borczyk Borde Bordeleau Bordes Bordewijk Bordin
Bordoli Bordonaro Bore Borejko Borek Boreková Borel Boreland Borer Borg Borgars Borge Borgeaud
Borgerbos Borgerding Borges Borgese Borgh Borghese Borghi Borgia Borgijinck Borgman Borgmeijers
Borgne Borgo Borgognon Borgschulze Borgstedt Borgström Borgúlfs Borgúlfsdóttir Borgúlfsson
Borgþórs Borik Boriková Borino Boris Borisenko Borishchenko Borisov Borisova Borisová Borissov
Boriš Borišová Borja Bork Borka Borken Borkiewicz Borkinck Borkink Borko Borková Borkowicz
Borkowski Borkus Borland Borloz Borman Bormann Bormor Born Bornemisza Bornet Bornijnchave
Borninckhave Borninckhof Borninckhoff Borninckhoven Borninkhof Borninkhoff Bornscheuer Borodin
Borodina Borojević Boros Borovaya Borovoy Borovský Borový Borowska Borowski Borošak Borra
Borrani Borre Borregaard Borrego Borrell Borremans Borrink Borrmann Borrn Borromeo Borromini
Borroni Borruat Borrás Bors Borsa Borsari Borsch Borsellino Borsiere Borsoi Borst Borstorff
Bortacháin Borter Bortkiewicz Bortnikov Bortnikova Bortolini Bortolot Bortoloth Bortoloti
Bortolotti Bortsov Bortsova Boru Boruc Borup Boruschewski Boruń Boryczko Borys Borysewicz
Borysiak Borysiewicz Borysiuk Borzomì Borzych Borzym Borík Boríková Bos Bosboom Boscarato Bosch
Boschetti Bosco Bose Bosek Bosetti Bosi Bosibori Bosilj Bosio Bosire Boske Boskes Bosler Bosma
Bosman Bosmans Boso Bosov Bosova Boss Bossard Bossche Bosse Bossel Bossen Bosshard Bossi Bossio
Bosso Bossoli Bosson Bossuyt Bossé Boström Bosurgi Bosák Bosáková Botacim Botacin Botelho
Botella Botello Botham Bothoek Bothorn Bothornius Botica Botić Botor Bots Botsford Botta
Bottarelli Bottari Bottaro Botte Bottega Bottenburg Botteon Botteron Botti Botticelli
Bottiglieri Bottigliero Bottini Bottino Botto Bottone Bottoni Bottyán Bou Bouabdellah Bouafia
Boualem Bouali Bouaziz Boubekeur Boucetta Bouchama Bouchard Bouchareb Bouchat Bouche Boucher
Bouchet Bouchez Bouckaert Boucsein Boudart Boudet Boudewijns Boudiaf Boudjemaa Boudraa Boudreau
Bouffard Bougie Bouguerra Bouhuis Bouhuizen Bouillon Boukhalfa Boukhari Boukhatem Boulanger
Boulay Boulet Boulianne Boulogne Bouma Bouman Boumaza Boumediene Boumeester Boumeesters
Boumeijster Boumeister Boumeisters Bounab Bouquet Bour Bourassa Bourban Bourbeau Bourbon
Bourbonnais Bourdages Bourdeau Bourdin Bourdon Bourgault Bourgeois Bourget Bourgoin Bourgondië
Bourguignon Bourke Bourquard Bourque Bourqui Bourquin Bourrouag Bouschen Bousquet Boussaid
Boutaleb Boutellier Boutet Bouthillier Bouthoorn Boutin Bouton Bouvet Bouvier Bouvijn Bouwer
Bouwers Bouwhuess Bouwhuijs Bouwhuis Bouwhuisen Bouwman Bouwmans Bouwmeester Bouwmeesters
Bouwmeijster Bouwmeisters Bouziane Bouzid Bouzidi Bova Bovard Bove Boveld Boveldt Bovelijnck
Bovelinck Bovelink Bovelt Boven Bovene Bovenen Boverman Bovet Bovey Bovigny Bovink Bovino Bovy
Bowater Bowden Bowe Bowen Bowers Bowhave Bowler Bowles Bowman Boxhammer Boxtart Boyabenyathi
Boyandin Boyandina Boyarskaya Boyarskiy Boyashov Boyashova Boyce Boyd Boyde Boye Boyema Boyer
Boyko Boylan Boyle Boyse Boysen Bozanja Bozhenko Bozi Bozsik Bozworth Bozza Bozzelli Bozzi
Bozzini Bozzo Bozzoli Bozzuto Boðadóttir Boðason Boðis Bończak Boś Boška Bošković Bošnjak
Bošnjaković Bošňák Bošňáková Božanić Božanović Božiković Božić Božič Božičević Božičković Braak
Braake Braakhekke Braakman Braakmans Braal Braam Braambrink Braans Braaten Brabec Bracci
Braccia Bracco Braceschi Brach Bracha Brachaczek Bracher Brachman Bracke Brackel Bradden
Bradford Bradić Bradley Bradshaw Bradtke Brady Bradáin Brae Braeck Braecke Braek Braeke Braem
Braems Braga Bragadin Bragadóttir Bragaglia Bragagnolo Bragason Bragato Bragatto Braggion
Bragin Bragina Bragis Bragt Brahe Brahier Brahimi Brahmbhatt Brahmi Brahms Braido Braillard
Brajković Brake Brakel Brakus Bralić Bramante Brambilla Bramelstroott Bramsen Branaola Branca
Brancaccio Brancaglioni Brancato Branch Branciforte Branco Brand Branda Brande Brandejs
Brandenberger Brandenburg Brandenburger Branderhorst Brandes Brandi Brandis Brandić Brandl
Brandner Brando Brandon Brands Brandsdóttir Brandsson Brandstetter Brandstrup Brandstätter
Brandt Brandtner Brandão Brankov Branković Brannelly Brant Brantsen Braoin Braonáin Brar Bras
Brasey Brask Braskamp Brass Brassard Brasse Brassen Brasser Brasseur Brassil Brate Bratschi
Bratt Bratukhchev Bratz Brauer Brauers Brault Braun Braune Bravato Bravim Bravin Bravo Bray
Brazda Brazeau Brazerol Bračun Brańka Brborkov Brcking Brcko Breanndáin Breasail Breasláin
Breathnach Breda Bredahl Bredesen Bredthouwers Bree Breeas Breehl Breejen Breekveldt Breen
Bregar Bregesk Bregnard Bregolin Breguła Bregy Breheny Brehmer Breiner Breisacher Breisleáin
Breit Breitbarth Breitenberg Breitenstein Breivik Brejnak Brekadóttir Brekason Brekis Brekke
Brem Bremer Bremmelstroet Bremmelstroete Bremmelstroot Bremser Brenen Brengenborg Brengers
Brenna Brennan Brenner Brentini Brentorp Bresadóttir Bresason Brescia Bresciani Breshkovskaya
Breshkovskiy Bresis Breslin Bresnehan Bressan Bresse Bresser Bressi Bresson Bressoud Brestirs
Bresé Bret Brethouwer Brethouwers Brethower Breton Brett Brettschneider Bretveld Bretz Breu
Breuer Breugel Breugelensis Breugelman Breugelmans Breukelaar Breukeleveen Breukelveen Breukers
Breukink Breum Breumelstroet Breumelstroete Breumelstroot Breurinck Breurink Breurynck Breves
Brevinck Brevink Brewer Breza Brezhnev Brezhneva Brezina Brezininiski Breziniscki Brezinová
Brezinski Brezjan Breznay Breznik Breś Bria Briain Brian Briand Brianezi Brianáin Briartaigh
Bric Briccialdi Briceño Brichard Brichese Brick Bridge Bridges Bridson Bridy Briede Briedis
Briel Briemer Brien Briere Briesenick Brievingh Brigandi Brigante Briganti Briggs Bright
Briglia Briguet Brijncke Brill Brimadóttir Brimars Brimason Brimirs Brimis Brinch Brinck
Brincke Brinckvoort Brindisi Bringmann Brink Brinke Brinkerhoff Brinkkotte Brinkman Brinkmann
Brino Briody Briones Brioschi Briosqui Bris Brisebois Brisee Briseño Brisgen Brislane Brisleáin
Brisot Brisset Brissette Brisson Brito Britschgi Britt Brittijn Britvec Brix Brixius Brizee
Brizzi Brière Briútean Brjánns Brkić Brlas Brlek Brletić Bro Broad Broadwater Broberg Brocard
Brocato Brocco Broccoli Broch Brochard Brochu Brochuijs Brock Brockman Brockmans Brodard
Brodawka Brodbeck Brodd Broddadóttir Broddason Broddis Broderick Brodersen Brodeur Brodin
Brodmann Brodowicz Brodskaya Brodskiy Brody Broe Broeck Broecke Broeckhuijs Broeckhuijsen
Broeckman Broeckx Broedel Broeders Broek Broeke Broekers Broekhoff Broekhoven Broekhuijs
Broekhuijzen Broekhuizen Broekman Broekmans Broekmeule Broekmole Broekmolen Broekmoole
Broekmuele Broekmöle Broening Broens Broer Broerinck Broerink Broeshart Brogaard Brogan Broger
Broggi Broggini Brogle Brogli Broic Broicke Broijls Broijrijnck Broin Brojek Brokken Brolcháin
Brolin Broman Brommelstroet Brommelstroett Brommelstroot Brommelstrtt Bron Broncel Bronckhorst
Bronder Brondert Brondyke Broniarek Broniek Bronka Bronkhorst Brons Bronsema Broocke Brooecke
Brooerinck Brookes Brookmans Brooks Brophy Broquet Brorijnck Brorinck Brosch Broschi Brose
Brosi Brosius Brosnacháin Brosnan Brossard Brosseau Broström Broszkiewicz Brot Brotschi Brotz
Broughan Brouillard Brouillette Brousseau Brouwer Brouwers Brovtsev Brovtseva Browarczyk Brown
Browne Browning Broy Broye Broś Brož Brožová Bru Bruacháin Bruadair Bruadar Brucato Bruce
Bruchem Bruchez Bruck Bruckmann Bruckner Bruder Brudny Bruekink Bruen Brugge Bruggeman
Bruggemeijer Bruggen Bruggenkamp Brugger Bruggers Bruggert Bruggink Brugman Brugnaro Brugnoli
Bruhn Bruhns Bruic Bruijel Bruijl Bruijn Bruijne Bruijninck Bruijnincks Bruijnink Bruijns Bruin
Bruine Bruinier Bruininck Bruins Bruist Bruiséal Brukkers Bruland Brum Brumana Brumelstroot
Brumleve Brummel Brummels Brummelstroet Brummelstroete Brummelstroot Brummelstrott Brummes Brun
Bruna Brunckhorst Brundel Brune Bruneau Bruneel Brunel Bruneli Brunelle Brunelleschi Brunelli
Brunello Brunenberg Brunet Brunetti Brunetto Bruni Brunijnck Bruninck Bruning Brunink Brunius
Brunner Brunninkreef Bruno Brunold Brunos Brunovská Brunovský Bruns Brunschwiler Brunsinch
Brunsinck Brunsing Brunsink Brunss Brunswijck Brunswijk Bruntel Bruntink Bruntsinck Bruntsink
Brunzink Brurinck Brus Bruscantini Bruschi Brusco Brush Brushteyn Brusque Bruss Brusse Brussen
Brussinks Brusveen Bruton Bruttin Bruun Bruus Bruycker Bruyere Bruyn Bruyne Bruyninckx
Bruynzeels Bruyère Bruzda Bruzzese Bruś Bruška Bruško Brušková Bryan Bryant Bryczek Bryda
Brygoła Bryja Bryndza Bryner Bryngeirs Brynjars Brynjólfs Brynjólfsdóttir Brynjólfsson
Brynjúlfs Brynjúlfsdóttir Brynjúlfsson Brynleifs Brynleifsdóttir Brynleifsson Brynsteinns
Bryntýrs Brynþórs Bryson Bryusov Bryusova Bryzek Brzana Brzeziński Brzeźniak Brzozowska
Brzozowski Brzykcy Brząkała Brzęk Brádaigh Bráonáin Brägger Brändli Brännström Bräuer Bräutigam
Brænne Bréanáin Brímadóttir Brímason Brímis Bríonáin Bródka Brógáin Bróithe Brózda Brömme
Brönnimann Bröring Brødsgaard Brøgger Brøndum Brún Brüggmann Brühlmann Brühwiler Brülhart
Brülisauer Bründler Brüning Brčić Bua Buachalla Buadha Buadhacháin Buadhaigh Buaile Bubak Bubel
Bucca Buccellato Bucceri Bucci Bucciarelli Bucciero Buccini Buccino Bucco Buccola Buch Buchalik
Buchanan Buchard Bucharo Buchberger Buchegger Bucher Buchholz Buchinger Buchler Buchli Buchman
Buchmann Buchner Buchrucker Buchs Buchser Buchta Buchwalder Buck Buckel Buckell Buckelle
Buckelo Buckenhorst Buckholtz Buckhorst Buckley Buckner Buckridge Bucks Bucolo Buczko
Buczkowska Buczkowski Buczma Buczyńska Buczyński Bud Budai Budaqlı Buday Budde Budden Buddewies
Buddewijs Buddijnck Buddingh Buddink Buder Budhlaeir Budig Budiman Budimir Budiyanto Budkiewicz
Budner Budniak Budrewicz Budych Budzeń Budzich Budzyń Bue Buejink Buekenbos Buekenbosch
Buekenhorst Buelde Buelens Buendía Buening Buenink Buenk Bueno Bueren Buerkeus Buerkink Buerse
Buersink Buesink Buess Buessink Buestes Bueti Buevink Bufalini Bufalino Buffa Buffat Buffo
Buffone Bugge Buggenum Bugiel Bugla Buglione Bugmann Bugnard Bugni Bugno Bugnon Bugrimenko
Bugueño Buhari Buhl Buhler Buholzer Buhr Buick Buiel Buiing Buijinck Buijink Buijnck Buijninck
Buijnink Buijs Buijtenholt Buijtenhuijs Buijtinck Buil Builtéir Buinck Buinink Buiren
Buirseweide Buisinck Buisson Buitenbus Buitenhuis Buitink Buitléir Buitrago Bujard Bujas Bujko
Bujold Buk Bukenbos Bukerhorst Bukhosini Bukovec Bukovská Bukovský Bukowiec Bukowski Bukrán
Buksa Buksha Bukvić Bul Bula Bulak Bulanda Bulatov Bulatova Bulczak Bulgakov Bulgakova Bulganin
Bulganina Bulgarin Bulgarina Buljan Bull Bulla Bulle Bullens Bulliard Bullingen Bullo Bullock
Bulochnikov Bulochnikova Bulsinck Bulsink Bulte Bulten Bultin Bultmann Bultot Bulychev
Bulycheva Bulzink Bulzoni Bumann Bumb Bumgarner Bumkes Bumov Bundgaard Bundi Bundur Bungić
Bunin Bunina Bunink Bunić Bunjes Bunlerngsri Bunlupong Bunrkes Bunschoten Buntschu Bunyachenko
Bunčić Buonaiuto Buonanno Buonauro Buono Buonomo Buonopane Buoro Burachenko Buraid Buratti
Burbano Burcardo Burch Burchard Burchardt Burchill Burczak Burdach Burdi Bure Bureau Burel
Buren Bureš Burešová Burg Burgat Burgener Burger Burgers Burgess Burghagen Burght Burgi Burgio
Burgo Burgos Burgstaller Burgues Buri Burian Burić Burjan Burkatovskaya Burkatovskiy Burke
Burkhanlarski Burkhard Burkhardt Burkiewicz Burkitbayev Burkitbayeva Burknadóttir Burknason
Burknis Burks Burman Burmeister Burmistrov Burmistrova Burnach Burnat Burnett Burns Buro Burov
Burova Burovskaya Burovskiy Burr Burrell Burren Burri Burris Burrows Burstall Burt Burton
Burtscher Bury Buryachenko Burza Burzawa Burzec Burzyńska Burzyński Burčul Buršić Bus Busa
Busacca Busalacchi Busato Buscetta Busch Buschbaum Busemann Buser Busetti Bush Bushin Bushina
Busienei Busink Busk Buson Busoni Busque Busquets Buss Bussa Bussard Bussche Busschers Busse
Bussinck Bussing Bussinger Bussink Bussières Bussmann Busson Bussone Busta Bustamante Bustos
Buszka Buszkiewicz Buszko Buszta Butala Butcher Buteyn Buthey Butin Butina Butkiewicz Butković
Butkus Butler Butorin Butorina Butov Butova Butrym Butselaar Butt Butta Buttacavoli Butte
Buttimer Buttimore Butting Buttitta Butto Butty Buunk Buur Buuren Buurink Buurman Buurse
Buursinck Buursink Buus Buwink Buyda Buyink Buyse Buysse Buytelaar Buytenbosch Buza Buzatto
Buzin Buzina Buzon Buzov Buzza Buzzelli Buzzeo Buzzi Bučanac Bučar Buława Buś Buśko Bušljeta
Bużeńska Bużeński Bwire Bychenko Bychkov Bychkova Byers Bykov Bykova Bylina Bylund Bymolt Byra
Byrd Byrne Byrnes Byskov Bystrek Bystroń Byström Bytner Byzdra Bzdęga Bzymek Bácaeir Bácaer
Báez Báidh Báin Bálint Bán Bánffy Bánová Bárcena Bárta Bártová Bárány Bárðs Bárðsdóttir
Bárðsson Báth Bäbler Bächtold Bäck Bäcker Bäcklund Bäckman Bäckström Bähr Bänninger Bänziger
Bär Bärer Bärtsch Bärtschi Bättig Bäumer Bæk Bækgaard Bærentsen Bærings Bæringsdóttir
Bæringsson Bærons Bègue Béagáin Béalatún Béarra Béataigh Béchard Bédard Bégin Béguelin Béice
Béireach Bélair Béland Bélanger Bélisle Béliveau Bénard Bérard Béres Bérubé Bétancourt Bétrisey
Bílek Bílková Bóadóttir Bóas Bóason Bóis Bórik Bóriková Bórquez Bótólfs Bótólfsdóttir
Bótólfsson Bôrik Bôriková Bõstrov Böck Böcker Böhi Böhlen Böhler Böhm Böink Bökenkamp Bökers
Bömers Böms Böni Bönisch Börgeling Börjesson Börks Börksdóttir Börksson Börlin Börner Bösch
Bösiger Böttner Böðvars Bødker Bøe Bøgh Bøhn Børgesen Børre Børsting Bùi Búadóttir Búason Búis
Búradóttir Búrason Búrc Búrca Búris Büchel Büchele Bühler Bühlmann Büker Bülow Büngener
Bünyadzadə Bürer Bürger Bürgin Bürgler Bürgy Bürki Bürklein Bürkli Bürli Büscher Büsschers
Büsser Bütikofer Bütschi Büttler Büttner Bąbel Bąbol Bączkiewicz Bąk Bąkiewicz Bērziņa Bērziņš
Běhounek Běhounková Bělohlávek Błach Błachowska Błachowski Błasik Błaszczyk Błaszczykowska
Błaszczykowski Błaszyk Błaziak Błażejak Błażejczak Błażejewicz Błądek Bździuch Bəhmənli
Bəşiroğlu CHAN CHANG CHAO CHEN CHENG CHI CHIA CHIANG CHIAO CHIEH CHIEN CHIH CHIN CHIU CHO CHOU
CHU CHUAN CHUANG CHUEH CHUNG Caan Caballero Cabalzar Cabana Cabanillas Cabañas Cabała Cabbarlı
Cabello Cabeza Cabezas Cabhail Cabibbo Cabo Caboto Cabraigh Cabral Cabrera Cabrero Cabrini
Cabán Caccamise Caccamo Caccavale Caccese Cacchione Caccia Caccianemico Cacciatore Cacciola
Caccioppoli Caceres Cacko Cadalbert Cadden Caddow Cadefau Cadena Cadenas Cader Cadhain Cadhla
Cadhlaigh Cadieux Cadiou Cadogan Cadonau Cadorette Cadorna Cadosi Cadotsch Cadruvi Cady Caetani
Caetano Caete Caetmans Cafarchia Cafarella Cafarelli Cafasso Cafe Caffarelli Cafferkey Cafferky
Cafferty Caffrey Cafraigh Cafua Cafuk Cagney Cagnin Cagnina Cagnotto Cahalane Cahill Cahillane
Cahir Cai Caiazza Caiazzo Caibe Caicedo Caidín Caijerman Caillaud Caille Caillet Cailpín Cailín
Caimbeul Caimbéal Cain Caine Cainero Caingne Cainnigh Cairbre Cairealláin Cairn Cairns Cairo
Caironi Caiside Caisleáin Caislin Caissy Caisín Caithir Caithlín Caitigín Caito Cajacob Cal
Calabrese Calabretta Calabrez Calabreza Calabria Calabro Calafiore Calaigh Calamari Calandra
Calandro Calarco Calassara Calatayud Calatrone Calazans Calbhaigh Calbo Calcagni Calcagno
Calcar Calcaterra Caldarella Caldarelli Caldarera Caldarone Caldeira Caldera Calderari
Calderaro Calderon Calderone Calderón Caldo Caldwell Calegari Calegario Calgari Calhoun Caliari
Calicchio Caliendo Califano Califfe Calik Calil Calimam Caliman Calistro Calitri Caliva Calixto
Caljouw Calla Callaghan Callahan Callan Callanan Callanáin Callebaut Callegari Callegaro
Calleja Callens Callesen Callewaert Calligan Calliman Callinan Cally Calláin Calmon Calnáin
Calotto Caloz Caltabiano Caltagirone Caluza Calvanese Calvano Calvet Calvetti Calvey Calvez
Calvi Calvillo Calvo Calzada Calzascia Camacho Camalov Camanni Camara Camarata Camargo
Camarillo Camata Camatta Cambareri Cambiage Cambier Cambio Cambria Camelio Camenzind Camer
Camerino Cameron Cames Camichel Camicione Camilete Camiletti Camilleri Camillete Camilli
Camillo Caminada Caminiti Camino Camiscione Cammarano Cammarata Cammel Cammen Camozzi Camp
Campagna Campagnaro Campagne Campana Campanale Campanella Campanelli Campanile Campano Campbell
Campe Campeau Campenhout Campers Campes Camphuijs Camphuis Campi Campillo Camping Campione
Campise Campitelli Campo Campobasso Campodonico Campoli Campolo Camponovo Campopiano Camporeale
Camporez Camporês Campos Campoy Camps Campus Camuccini Camus Can Canainn Canal Canale Canales
Canali Canals Canata Canavan Canceglieri Cancellieri Cancian Cancino Candaux Candela Candelaria
Candia Candido Candito Candolfi Canepa Canet Canetta Canevari Canevascini Cangialosi Canil
Canio Cann Canna Cannada Cannan Canne Cannenborgh Canniffe Cannijns Canning Cannizzaro Cannon
Cannone Cannova Canny Cano Canonica Canova Cansi Cansian Cansio Cant Cantalupo Cantarella
Cantero Cantieni Cantillo Cantimori Cantin Cantone Cantoni Cantore Cantrell Cantu Cantwell
Cantón Cantú Canuel Canzano Canzian Cao Caobhacáin Caobháin Caochlaigh Caochlaí Caocháin
Caodhla Caodháin Caoidheáin Caoile Caoileáin Caoillidhe Caoilte Caoimh Caoin Caoindealbháin
Caoinigh Caoinleáin Caola Caollaidhe Caollaí Caoláin Caomháin Caomhánach Caomhánaigh Caona
Caonaigh Caotháin Caouette Caoáin Capaccio Capaldi Caparelli Caparrós Capatt Capaul Capała
Capdevila Capecchi Capeder Capek Capeková Capele Capelini Capella Capelle Capelli Capello
Capiga Capito Capka Capko Capková Caplis Capo Capobianco Capodanno Capon Capone Caponera Caponi
Caponigro Caporale Caporaso Capotosto Capozzi Capparelli Cappelen Cappella Cappelletti Cappelli
Cappellini Cappellino Cappello Cappers Cappetta Cappiello Capples Cappo Cappola Capponi
Cappucci Capra Caprara Capretta Capri Capriglione Caprini Caprio Capriotti Caproni Capua
Capuaigh Capuana Capucho Capurso Caputa Caputi Caputo Capuzzi Car Caraballo Carabello Caracappa
Caracci Caracciolo Caradonna Caramanica Caranci Carangelo Carano Caratsch Caravella Caravello
Carazas Carbaire Carbajal Carbajo Carballo Carbery Carbonara Carbone Carbonell Carboni
Carbonneau Carbó Carchidi Carda Cardamone Cardano Cardarelli Cardelli Cardello Cardenas Cardi
Cardile Cardillo Cardin Cardinal Cardinale Cardinali Cardinaux Cardo Cardon Cardona Cardone
Cardoni Cardosa Cardosi Cardoso Cardozo Carducci Cardullo Carella Carelli Carello Cares Careta
Caretta Carey Carfagna Carfagno Carfora Carico Caridade Carideo Caridi Cariello Carignan
Carilli Carina Carinci Carini Carino Cariou Carić Carl Carlberg Carle Carlen Carleo Carlesso
Carleton Carley Carlgren Carli Carlier Carlin Carlini Carlino Carlisi Carlo Carlone Carloni
Carlos Carlowitz Carlozzi Carls Carlsen Carlsohn Carlson Carlsson Carlström Carluis Carmaig
Carman Carminate Carminati Carmine Carmo Carmody Carmona Carmosino Carnaghi Carnebeeck Carneiro
Carnera Carnero Carnevale Carney Carnicelli Carniele Carnielle Carnielli Carnot Carnotte Caro
Carocci Carolan Carolis Caron Carone Caronia Carosella Caroselli Carosi Carosone Carota
Carotenuto Carozza Carpaccio Carpenter Carpentier Carpentieri Carpinelli Carpinello Carpino
Carpio Carr Carra Carragher Carragáin Carraidhin Carranza Carraro Carrasco Carrasquillo Carraud
Carraux Carre Carrel Carrer Carrera Carreras Carrere Carrero Carretero Carreño Carreón
Carrghamhna Carrghamhne Carricato Carrier Carriera Carriere Carrieri Carriero Carrig Carrigan
Carrigy Carrillo Carrion Carrizo Carriço Carrière Carrión Carro Carroll Carron Carrozza Carry
Carráin Carson Carsteijn Carstein Carsten Carstens Carstensen Carta Cartelli Carter Cartes
Carthy Cartier Carton Cartwright Carty Cartáin Cartúr Caruana Carullo Caruso Carusone Carvajal
Carvalhido Carvalho Carvelli Carver Carville Carúin Carún Casa Casadei Casado Casagranda
Casagrande Casaide Casal Casale Casaleggio Casaletto Casali Casalino Casalodi Casals Casamento
Casanova Casanovas Casarella Casares Casarin Casarlaigh Casaro Casas Casasanta Casassa Casazza
Cascella Casciani Casciano Casciato Cascioli Cascone Case Casella Casellati Caselli Caserta
Cases Casey Cash Cashen Cashman Casier Casillas Casini Casino Cason Caspar Caspari Casparsson
Casper Caspers Caspersen Cassani Cassano Cassaro Cassart Cassarà Cassella Cassen Casserley
Casserly Cassese Cassetta Cassiano Cassidy Cassin Cassinelli Cassini Cassino Cassone Castagna
Castagno Castagnola Castain Castaldi Castaldo Castaneda Castañeda Castaño Castberg Casteen
Castein Casteine Castejón Castel Casteleyn Castelione Castell Castellani Castellano Castellanos
Castelli Castellini Castellitto Castello Castells Castellucci Castelluccio Castelló Casteluber
Casterop Castiglia Castiglione Castiglioni Castilla Castillo Castioni Castonguay Castoro
Castricone Castrillo Castrillón Castro Castyn Casárez Catabriga Catailín Catalani Catalano
Catalanotto Catalino Catalá Catalán Catania Catano Catanzano Catanzaro Catargiu Cate Catellan
Catenacci Catenazzi Caterina Caterino Cathail Cathala Cathaláin Cathaoir Cathasaigh Cathbhaid
Cathbhuadha Cathbhuadhaigh Cathbhuaidh Cathe Cathláin Cathmhaoil Cathomas Cathomen Catháin
Catizone Catone Catrambone Catta Cattai Cattaneo Cattani Cattelan Cattigan Cattin Cattmans
Catto Catucci Cauchon Caudron Cauley Caulfield Caune Cava Cavalcante Cavalcanti Cavaleiro
Cavaliere Cavalieri Cavalli Cavallina Cavallini Cavallo Cavanagh Cavanelas Cavanna Cavargna
Cavataio Cavatti Cavazos Cavegn Cavelti Caversani Cavicchi Cavieres Caviezel Cavigelli Cawley
Cayer Cazares Cazorla Cañas Cañellas Cañete Cañizares Cea Ceafarcaigh Ceallabhuí Ceallacháin
Ceallaigh Ceallbhuí Ceamharcaigh Ceanainn Ceannabháin Ceannaigh Ceanndubháin Ceannduibh
Ceannfhaola Ceannfhaolaidh Ceanntabhail Ceapóg Ceara Cearbhaill Cearbhalláin Cearbhláin
Cearbháin Cearmada Cearnaigh Cearr Cearrúcáin Cearrúin Cearáin Ceatharnaigh Ceballos Cebekhulu
Cebisa Cebo Cebulak Cecala Ceccarelli Cecchetti Cecchi Cecchini Cecco Ceccon Cecconi Cece
Cecere Ceci Cecils Cecot Cecote Cecotti Ceder Cederblom Cederschiöld Cederström Cedillo Cedrone
Ceelen Cefalo Cefalu Ceglia Cegła Cei Ceirisc Ceiriúcháin Ceithearnaigh Ceja Celani Celano
Celentano Celenza Celia Celik Celio Celis Cella Celli Cellini Cellucci Cellura Celma Celmiņa
Celmiņš Celms Celona Celot Celuch Cempel Cempers Cempes Cena Cenci Cendron Cenge Cennamo
Centanni Centek Centeková Centeno Centofanti Centola Centore Centrella Centrone Ceocháin
Ceoinín Ceolin Ceorais Ceothach Ceothánach Ceothánaigh Ceotto Cepeda Ceran Cerar Ceraso
Cerasoli Cerasuolo Ceravolo Cerbone Cercone Cerda Cerdá Cerdán Cereghino Ceresa Cerezo Cerf
Cergueira Ceri Cericola Cerini Cerino Cerminaro Cerniglia Cerqueira Cerquiglini Cerreta Cerri
Cerrito Cerro Cerrone Cerroni Cerruti Certa Certo Cerulli Cerullo Cerutti Cervantes Cervelli
Cervera Cervi Cervini Cervino Cervone Cervántez Cerón Cesa Cesare Cesari Cesarini Cesario
Cesaro Cesaroni Cesarotti Ceschi Cescon Cesconeto Cesconetto Cesena Cesnak Cesnaková Cesta
Cestarić Cestaro Cestone Cetera Cetta Ceuijers Ceulemans Ceunen Ceunincks Ceupen Ceuppens
Ceveskamp Cevolani Ceynowa Ceárna Chaba Chaban Chabane Chaber Chaberek Chabert Chabior Chabloz
Chabot Chacha Chachaj Chachuła Chacko Chacón Chad Chada Chadaj Chadha Chadwick Chagas Chagnon
Chagwe Chahal Chai Chaib Chaihirankarn Chaisatit Chakrabarti Chakraborty Chala Chalenko
Chalifoux Chalimoniuk Chaliy Challandes Chalupa Chalupka Chalupková Chalupová Chamane
Chamberlain Chamberland Chambers Chambon Chambovey Chamorro Champagne Champion Champlin
Champoux Chan Chana Chand Chanda Chander Chandler Chandra Chandran Chandía Chaney Chang
Changawa Chanliyeva Chaoin Chaoui Chapa Chaparro Chapdelaine Chapelle Chapiniti Chaplin
Chaplina Chaplygin Chaplygina Chapman Chappot Chappuis Chapron Chapuis Chaput Char Charbonneau
Charbonnier Chardon Charef Charest Charette Charland Charlebois Charles Charlet Charlier
Charlot Charlton Charmillot Charnish Charo Charoensuksopol Charon Charosova Charpentier Charpié
Charrier Charrière Charron Charskaya Charskiy Chartier Charton Chartrand Charushnikov
Charushnikova Chase Chassot Chassé Chatagny Chateau Chatelain Chatriand Chatriant Chatterjee
Chatys Chatáin Chaudet Chaudhari Chaudhary Chaudhry Chaudhuri Chaudry Chauhan Chausse Chautems
Chauveau Chauvet Chauvin Chavarría Chaves Chavez Chawla Chayer Chayka Cheara Cheba Chebet
Chebii Cheboi Chebon Chebyshyov Checa Checchi Chechi Cheda Cheema Chege Cheibub Cheikh
Chekalyuk Chekhov Chekhova Chekmayev Chekmayeva Chelagat Chelangat Chelimo Chellaoua Chellis
Chemin Chemtai Chemutai Chen Chenangat Chenaux Chene Cheng Chengo Chepchirchir Chepchumba
Chepkemboi Chepkemoi Chepkirui Chepkoech Chepkorir Chepkosgei Chepkurui Chepkwemoi Chepkwony
Chepngeno Chepngetich Cheptoo Cherbuin Cherchesov Cherchesova Cherednik Cherek Cherepanov
Cherepanova Cherepennikov Cherepennikova Chergui Cherian Cherico Cheriet Cherif Cherifi
Cherinko Cherkashin Cherkashina Chernenko Chernev Cherneva Chernousov Chernousova Chernov
Chernova Chernyshev Chernysheva Chernyshevskaya Chernyshevskiy Cheron Cherono Cherop Cherotich
Cherpillod Cherry Chertanov Chertanova Cherubini Cheruiyot Cherutich Cheruto Chervaz
Chervonenko Chesang Chesaux Cheseaux Chesire Chessney Chetrafilski Chevalier Chevalley
Chevallier Chevresson Chevrier Chevrolet Cheyech Chełmicka Chełmicki Chhabra Chiappetta
Chiappini Chiara Chiaradia Chiaramonte Chiarella Chiarelli Chiarello Chiaro Chiasson Chiaverini
Chiavetta Chibani Chibi Chibini Chichvarkin Chichvarkina Chico Chicoine Chiecan Chiecon Chiera
Chies Chiesa Chiesurin Chiffelle Chigi Chikh Chikov Chikova Chiliza Chimienti China Chindamo
Ching Chinnici Chino Chiodi Chiodini Chiodo Chipchikov Chipchikova Chirchir Chirco Chirichella
Chirico Chirkov Chirkova Chiron Chistov Chistova Chittolini Chiumento Chiusano Chivilikhin
Chivilikhina Chizh Chizhov Chizhova Chlebda Chlebek Chlebowska Chlebowski Chlipała Chloig
Chmara Chmiel Chmielak Chmielewski Chmil Chochół Choda Chodak Choeychuen Choffat Choi Choille
Choina Choinière Choinnigh Chojak Chojna Chojnacki Chokin Chokina Chokshi Cholewczyńska
Cholewczyński Cholewka Chollet Chomba Chomhghaill Chomiak Chomicka Chomicki Chomik Chomiuk
Chomsri Chonco Chopard Chopin Chopra Choque Choquette Chornovil Choroś Chorążewicz Chotzen
Choudhary Choudhry Choudhury Chouinard Choulat Chovan Chovanec Chovanecová Chovanová Chowaniak
Chowdhury Chowitunkit Chołody Chrappa Chrappová Chretien Christ Christe Christen
Christensdatter Christensen Christiaens Christian Christiandatter Christians Christiansdatter
Christiansen Christie Christoffersen Christoph Christophe Christopher Christophers
Christophersen Chrodtrud Chromy Chrooij Chrosáin Chruszcz Chrzanowski Chrétien Chtistensdatter
Chuard Chubay Chuchla Chuchrowska Chuchrowski Chudakov Chudakova Chudinov Chudinova Chudoba
Chudík Chudíková Chukchukov Chukov Chukovskaya Chukovskiy Chukwu Chulaki Chulev Chuleva
Chumachenko Chumak Chumakov Chumakova Chumba Chumo Chung Chupetlovska Chuprina Chupriyanov
Chupriyanova Church Churilov Churilova Churov Churova Chuturkov Chuyko Chvanov Chvanova Chvátal
Chwalisz Chwała Chwedczuk Chwedoruk Chyb Chylak Chávez Chèvre Chénard Chénier Chételat Chłąd
Ciabattoni Ciabháin Ciaburri Ciaccia Ciaccio Ciak Ciambrone Ciampa Ciampi Cianaigh Cianci
Ciancio Cianciola Cianciolo Cianciulli Cianelli Cianflone Ciani Ciano Cianáin Ciapa Ciaragáin
Ciaraigh Ciaramitaro Ciaravino Ciarba Ciardha Ciardhubháin Ciardullo Ciarka Ciarleglio Ciarlo
Ciarmhacáin Ciarmhaic Ciarrocchi Ciaráin Ciarúcáin Ciastek Ciaś Cibane Cibelli Cibhil Cibin
Cibor Cibula Cibulka Cibulová Cibuľa Cibuľka Cibuľková Cicala Cicale Cicalese Ciccarelli
Ciccarello Ciccarone Cicchetti Cicchini Cicchino Cicci Cicciarelli Cicco Ciccolella Ciccone
Cicconi Ciccotelli Cicero Cich Cichorius Cichos Cichowlas Cichy Cicilia Cicio Cicone Cid
Ciechanowska Ciechanowski Ciechowicz Cieciora Cieciura Cieloch Ciemięga Cieniuch Ciepluch
Cieplucha Ciepła Ciepłuch Cierenberg Ciereszko Cieri Cierpinski Cierpisz Cierpka Ciervo
Ciesielczyk Ciesielka Ciesielski Ciesiółka Ciećko Cieślak Cifaldi Cifarelli Cifelli Cifuentes
Ciganović Cignaroli Cigán Cigánik Cigániková Cigánová Cigáň Cigáňová Cik Cikotic Cilea Cilento
Cilibrasi Cill-Dia Cillartráin Cillo Cilltráin Cilluffo Cillín Cima Cimaglia Cimarosa Ciminelli
Ciminera Cimini Cimino Cimmino Cimo Cimoch Cimorelli Cina Cinco Cindrić Cinelli Cini Cinnseala
Cinnseamáin Cinnéide Cinnéir Cino Cinotti Cinque Cinquemani Cintrón Ciocca Ciocco Ciochoń
Cioffi Ciolino Ciollabháin Ciolli Cioltráin Cione Cioni Cionnaigh Cionnaith Cionnfhaola Cioppa
Cioráin Ciosáin Ciosóg Ciothaigh Ciothóg Ciotola Ciotti Ciołczyk Cipolla Cipollone Cipriani
Cipriano Cira Circo Cirelli Ciresi Ciriello Cirigliano Cirilli Cirillo Cirincione Cirino
Cirrincione Cirrito Cis Cisneros Cisoń Cisterna Cisternas Citino Citko Citrano Cittadino
Cittera Ciuba Ciucci Ciuffo Ciufo Ciuk Ciulla Ciullo Ciuruś Ciuła Civaschi Civello Civiello
Civita Civitarese Civitello Ciúinín Ciúrtáin Cięciwa Ciężka Claasen Claassen Claerbout Claes
Claesdr Claesen Claesner Claessen Claessens Claesson Claeys Clafferty Claffey Claimhín Clair
Clalüna Clancy Clanderman Clandermans Claochlaoigh Claochlaí Claonáin Clare Clarenburg Claret
Claridge Clarius Clarizio Clark Clarke Clarme Claro Classon Claude Claudel Claudino Claus
Clausen Claveau Clavero Clavien Clavin Clay Clayton Clear Cleary Cleem Clees Clemens Clemensen
Clement Clemente Clementi Clements Clemmensen Clemons Clenaghan Clerc Clerck Clercq Clerici
Clerico Clerkin Clermont Clery Cleuvers Cleve Cleveland Cliche Clifford Clincke Cline Clinten
Clinton Clivaz Cloarec Clocharta Clochartaigh Clochasaigh Clocks Cloeck Cloet Cloeten Cloever
Clogherty Cloherty Clohessey Clohessy Clomp Clompenhouwer Clompes Clomps Cloney Cloonan Cloone
Clooney Clooster Clootwijck Cloovers Clopath Close Closset Cloutier Clouwers Cloux Clovers
Cluanaigh Cluanáin Cluevers Clumpers Clumps Clune Clunies-Ross Cluse Clárach Cléir Cléirchín
Cléireacháin Cléirigh Clément Clúin Clúmháin Clúnáin Cnuacháin Cnáimhsighe Cnáimhsí Cnáimhín Co
Coady Coakley Coardi Coates Cobb Cobes Cobhthaigh Cobo Cobos Cobus Coca Cocca Cocchi Cocchiola
Cocci Cocco Cochet Cochláin Cochran Cociarelli Cock Cockers Cockes Cocklinck Cocks Coco Cocozza
Cocuzza Coda Codella Coderre Codin Codina Codiroli Cody Coebes Coelha Coelho Coello Coelman
Coelmans Coeman Coemans Coen Coenders Coene Coenen Coeners Coenkens Coenne Coentjes Coepmans
Coerdes Coesen Coesinck Coessinck Coeszvelt Coeverden Cofała Coffers Coffey Cofone Cofrancesco
Cofré Cogan Cogiel Cogley Coglianese Cogliano Cohalan Cohen Coholan Coia Coighin Coigil
Coigligh Coigny Coijers Coile Coileáin Coiligeáin Coiligh Coillte Coillín Coiléir Coilín Coimín
Coincheanainn Coineoil Coineáin Coineóil Coingheallaigh Coingheallá Coinghialla Coinghiallaigh
Coinghíola Coinne Coinneacháin Coinneirtinne Coinneáin Coinnich Coinnigh Coinnleáin Coinnéir
Coinnér Coinnín Coinín Coips Coirbín Coirnín Coiro Coisdeala Coisdealbha Coisteala
Coistealbhaigh Coitir Coitirigh Coks Cola Colabella Colacino Coladeci Colaianni Colaizzi
Colaluca Colandrea Colaneri Colangelo Colantoni Colantonio Colantuoni Colantuono Colao
Colapietro Colarossi Colarusso Colas Colasanti Colasuonno Colato Colavita Colavito Colbach
Coldenbarg Coldenbargh Cole Colella Colello Coleman Colenberg Colenbergh Colenbrander Coles
Coletta Coletti Coletto Coley Colfer Colgan Colhoun Colicchio Colijn Colin Colina Colinet Colić
Coll Colla Collado Collaigh Collao Collard Collart Collaráin Collata Collaud Collazo Collen
Colleneler Colleran Collet Colletta Collette Colletti Colley Colli Collier Colligan Collignon
Collin Collina Collinder Colling Collins Collis Collodi Colly Colláin Colman Colmáin Colodeta
Colodete Colodetti Colom Coloma Colombi Colombini Colombo Colomer Colon Colona Colone Colosi
Colot Colpaert Colreavy Colson Colste Colstede Colstee Colsteede Colstege Colucci Coluccio
Coluim Colum Columbo Colunga Colve Colwagen Colón Comair Comans Comar Comarela Comartún Comas
Combe Comber Combes Combi Comboni Combre Combs Comeau Comella Comencini Comer Comerford
Comeriato Comerio Comhdhain Comhghaill Comhghain Comhraí Comisky Comisso Comito Comman Comment
Commins Comní Como Comolli Compagno Compagnone Company Compton Compère Comte Comtois Comunale
Comyn Comáin Con Cona Conacha Conagail Conaill Conaire Conallta Conalláin Conaola Conaonaigh
Conaráin Conaty Conbhae Conbhaigh Conbhaí Conbhuaidh Conbhuidhe Conbhuí Conbhá Conboy Conbá
Conca Concannon Conceicao Conceição Concepción Conceprio Concha Concharraige Conchobhair
Conchoille Conchradha Conchubhair Conchúir Conciani Conde Condello Condoleo Condon Condren
Condron Conduibh Condún Conefrey Conesa Conetta Confalone Confhaola Conforti Confraoich Congail
Conghaile Conghamhna Congo Conigliaro Coniglio Coninck Conincks Conings Coningshuijs
Coningshuis Conlan Conley Conleágha Conlon Conluain Conláin Conmara Conmee Conmhacháin
Conmhaoil Conmhaí Conmhaídhe Conmhuí Conmy Conmí Conn Connachtaigh Connachton Connachtáin
Connacháin Connaghy Connaigh Connallta Connaughton Connbhuí Connchamháin Conneeley Conneely
Connell Connellan Connelly Conner Connery Connghamhna Connijns Connings Connmhacháin Connmhaigh
Connmhaí Connole Connollaigh Connolly Connor Connors Connáin Connóil Connól Connúcháin Conod
Conole Conra Conrach Conrad Conradi Conradsen Conraoi Conree Conroy Conry Consaidín Considine
Consigli Consiglio Constant Constantin Constantineau Constâncio Contarato Contarini Contarino
Conte Contento Conter Conterini Contessa Conthra Conti Contini Contino Conto Contra Contractor
Contrafatto Contreras Contrino Conus Convey Conway Conwell Conáin Conámha Conóil Conúcháin
Coobesen Coobs Cooenen Coogan Cooijers Cook Cooke Cooksley Coolahan Cooldewij Coolen Cooley
Cools Coonan Coonen Cooney Cooninck Coonincks Cooninks Cooper Coops Coorenberg Coort Coosinck
Cop Copeland Copes Copier Copp Coppejahn Coppens Coppi Coppo Coppola Coppolino Copt Coquoz
Coraducci Corallo Coray Corazza Corbacho Corbat Corbaz Corbeil Corbello Corbett Corbi Corbin
Corbo Corboz Corbáin Corcione Corcora Corcoran Corcoráin Corcos Corda Cordano Cordaro Cordasco
Cordero Cordes Cordey Cordi Cordier Cordisco Cordoba Cordone Cordova Corduff Core Coredo
Corella Corelli Coret Coret-Coredo Coreth Corigliano Corish Corkery Corlaigh Corless Corlett
Corley Cormack Cormacáin Cormaic Corman Cormican Cormick Cormier Corminboeuf Cormy Cornacchia
Cornejo Cornelia Cornelis Cornelisse Cornelissen Cornelisz Corneliussen Cornella Cornelsen
Cornet Cornetta Cornez Cornil Cornu Cornut Cornuz Corocher Corominas Corona Coronado Coronel
Corpataux Corput Corr Corra Corracháin Corradetti Corradi Corradini Corradino Corrado Corradáin
Corragáin Corraidh Corraidhin Corraigh Corral Corrales Corrao Corrdhuibh Corre Correa Correale
Corredor Correia Corrente Correnti Correr Correya Corrghamhna Corridan Corriere Corrigan
Corriveau Corry Corráin Corrêa Cors Corsa Corsaro Corsello Corsentino Corsetti Corsi Corsiglia
Corsini Corsino Corso Corstiaens Cortbeeck Corte Corten Cortes Cortese Cortesi Cortez Corth
Corthay Corthésy Corti Cortina Cortopassi Corts Cortschot Cortschott Cortschotten Cortshot
Cortés Corvalán Corvi Corvino Corvo Corwin Cosandey Coscair Coscia Cosco Cosendey Cosgair
Cosgrave Cosgrove Cosinck Cosio Cosman Cosme Cosmo Cossette Cossiga Cossin Cossinck Cossink
Cossy Costa Costagáin Costalonga Costanza Costanzi Costanzo Costariol Coste Costela Costella
Costello Costelloe Coster Costers Costigan Cosáin Cota Cote Coterlet Cotrone Cotroneo Cots
Cotta Cotte Cotten Cotter Cotters Cottet Cotthardt Cotti Cottin Cotting Cottmans Cotto Cotton
Couderc Coudert Coudum Coughlan Couillard Coulombe Coulon Couman Coumans Counihan Courbat
Courcey Courchesne Cournane Cournoyer Courtemanche Courtenay Courtier Courtin Courtney Courtois
Courvoisier Cousin Cousineau Cousins Coutant Coutaz Coutinho Couto Coutts Coutu Couture
Couturier Couvreur Covarrubias Covelli Covello Coviello Covino Covre Cowan Cowely Cowen Cowley
Cox Coyle Coyne Cozumeco Cozza Cozzi Cozzo Cozzolino Cozzone Crabben Cracchiolo Craenen Craft
Cragg Crahan Crahay Craidheáin Craig Craine Craith Cramer Cramp Crampen Crampsey Crampsie
Crampton Cranbrink Crane Cranen Crangle Cranley Cranly Craobháin Crausaz Cravellar Craven
Cravotta Craw Crawford Crawley Crea Creag Creagáin Crean Crecco Creed Creedon Cregan Crehan
Creijell Creill Creimín Crelier Cremasco Cremer Cremers Cremin Cremona Cremonesi Crepin
Crescenzi Crescenzo Cresci Crespi Crespo Cressafe Cressers Cressier Cresswell Cresta Cretegny
Cretton Crevar Crevier Crevoisier Crews Criado Criagáin Cribbons Cricco Crijchsman Crilly
Crimmins Crimín Crinion Criomhthain Criostóir Criostúir Crisafulli Crisinel Crispi Crist
Cristea Cristofaro Cristoforetti Cristoforo Crittin Crivelli Crneković Crnković Croad Croal
Croce Croci Croes Croesen Croesenbrinck Croesenbrink Crohan Croidheáin Croij Croithín Crolly
Cromminga Crona Crone Cronelly Cronholm Cronin Cronje Cronjen Cronjäger Cronly Cronnie Crooks
Croosebrink Croosenbrijnck Cros Crosbie Crosby Croscott Croscut Croscutt Crosenbrinck
Crosenbrink Cross Crossan Crosskofp Crosáin Crota Crotaigh Croteau Crotty Crouten Crouzet Crowe
Crowley Crozatti Cruacháin Cruadhlaoich Cruces Cruchon Crucháin Crudden Cruickshank
Cruijsebrinck Cruisbrinck Cruise Cruisebrinck Cruitín Crusan Cruyskens Cruz Cryan Crábháin
Cráibhín Créadaigh Créagáin Crépeau Crétin Crête Críodáin Críogáin Críonáin Cródhal Cróil
Cróinín Crónallaigh Crónghaile Crúis Crúz Cseh Csere Cseszneky Csillag Csizmadia Csokonai
Csonka Csukás Csupó Csurka Csák Csáki Csóka Csókás Cuacach Cuadrado Cuag Cuagáin Cuaig Cualáin
Cuana Cuanacháin Cuanaigh Cuanna Cuannaigh Cuanáin Cuarnáin Cuarta Cubillos Cuch Cuche Cuda
Cuddihy Cudré Cudzich Cuellar Cuenca Cuenen Cueni Cuennet Cuentjes Cuervo Cuesta Cueto Cuevas
Cuffe Cugia Cui Cuideagáin Cuideagánaigh Cuidithe Cuigeannaigh Cuijck Cuijper Cuijpers
Cuileamhain Cuileannáin Cuileanáin Cuilinn Cuill Cuilleáin Cuilliudha Cuilliú Cuillín Cuilín
Cuimilín Cuimín Cuineáin Cuinn Cuinneacháin Cuinneagáin Cuinneáin Cuinnleáin Cuinnéir Cuirc
Cuireáin Cuirleáin Cuirreáin Cuirrín Cuirtéir Cuirtéis Cukier Cukon Culhane Culi Cullaigh
Cullen Culligan Cullinan Cullinane Culloty Cullve Cully Culot Culve Culver Cuman Cumascaigh
Cumhail Cumhaill Cumiskey Cumisky Cummerata Cumming Cummings Cummins Cummiskey Cummisky Cundari
Cunen Cunha Cunnaidh Cunnane Cunneen Cunningham Cunny Cunshnir Cuomo Cup Curatoli Curchod Curci
Curcio Curdaigh Curdy Curiel Curitiba Curley Curnane Curneen Curnyn Curraidh Curraidhin Curran
Curraoin Currat Currie Curry Curráin Curtin Curtis Curty Curtáin Cusack Cusano Cusson Custódio
Cutler Cutrufo Cuttat Cutuli Cuvarlı Cuvelier Cuyper Cuypers Cuyvers Cuzzocrea Cuéllar Cvenić
Cvetko Cvetković Cvetnić Cvitan Cvitković Cvrtila Cwalile Cyba Cybul Cydzik Cygal Cyganik
Cylwik Cyman Cymbała Cymer Cypriano Cyprich Cyprichová Cyr Cyrek Cyrillo Cyroń Cyrulik Cywka
Czachor Czachowska Czachowski Czajka Czajkowski Czajor Czak Czakó Czapiga Czarnecki Czech
Czechowska Czechowski Czekalska Czekalski Czenczek Czerepak Czerkies Czermak Czerner
Czerniakiewicz Czerniec Czerwionka Czerwińska Czerwiński Czesak Cziffra Czochara Czopik
Czosnyka Czubaj Czubaszek Czuj Czulak Czupryn Czupryna Czura Czuryło Czylok Czyszek Częścik
Członka Cába Cáceres Cádáin Cámara Cánovas Cápa Cárcamo Cárdenas Cárthaigh Câmara Céadagáin
Céadaigh Céide Céidigh Céileachair Céilleachair Céirín Céitig Céitinn Céitín Cérúcáin Céspedes
Cíger Cígerová Cíobháin Cíobhánaigh Cíoráin Cíosóg Cíosóig Círríc Cógáin Cómair Córdoba Córdova
Córrain Cózar Côgo Côté Cúilriabhaigh Cúirnín Cúise Cúlacháin Cúláin Cúndúin Cúndún Cúnúin
Cúnún Cúrnáin Cúrsa Cýrus Cąkała Cīrule Cīrulis Cłapa Cəbrayılov Cəfərova Cəfəroğlu Cəfərzadə
D'Agostini D'Agostino D'Altoè D'Amore D'Arcy D'Hondt D'hondt Daako Daakoaa Daal Daalen Daalman
Daalmans Daalwijk Daamin Daams Daane Dabhoireann Dabhráin Dabháin Dabir Dabo Dabukke Dach
Dachev Dachgelder Dachgeldt Dachgelt Dacko Dada Dadalto Dadej Daeid Dael Daele Daelman Daelmans
Daems Dafflon Dagane Dagbjarts Dagbjartsdóttir Dagbjartsson Dagenais Dagfaradóttir Dagfarason
Dagfaris Dagfinns Dagfinnsdóttir Dagfinnsson Daggeirs Daghnáin Dagmanns Dagnýrs Dags Dagsburg
Dagsdóttir Dagsson Dagþórs Dahir Dahl Dahlberg Dahlgaard Dahlgren Dahlin Dahlman Dahlmans
Dahlquist Dahlqvist Dahlström Dahlén Dahm Dahmane Dahmani Dahmen Dai Daibheid Daibhidh Daibhíd
Daibhín Daigle Daigneault Daiken Daimer Daimhín Daino Dajos Dakaj Dakhil Dakhno Dal Dalal
Dalberts Dalby Dalcamp Dalcin Dale Daleiden Dalem Dalen Dalerov Dalessi Dalgaard Dalin Dalina
Dalkıran Dall Dall'armellina Dall'ava Dalla Dalladóttir Dallaire Dallapé Dallara Dallason
Dallinger Dallis Dalman Dalmanns Dalmars Dalmatov Dalmatova Dalmau Dalpé Dalsgaard Dalt Dalto
Dalton Daltro Daltún Dalvi Dalvins Dalwigh Daly Dalziel Dam Damanik Damaske Damborg Damboń
Damcatte Damcot Damcott Damcotte Damek Damgaard Damhof Damian Damiani Damiano Damijanić Damirov
Damjanović Damjans Damkaet Damkaeten Damkat Damkate Damkatshuijske Damkatt Damkatte Damkes
Damkjær Damkot Damkott Damkotte Damkotts Damm Damme Dammekers Dammers Damone Damours Damps Dams
Damsgaard Damurah Dan Danachair Danaher Dancewicz Danchenko Danchuk Dancy Dancák Dancáková
Dandanov Dandolo Dane Daneau Danek Daneková Danel Danella Danelíus Danese Danesi Dangl Dani
Daniec Daniel Daniele Danieli Daniels Danielsen Danielsson Danieluk Danikhnov Danikhnova
Danilchuk Danilczuk Danilenko Danilin Danilina Danilkin Danilkina Danilov Danilova Danilyuk
Danioth Danis Danisz Danivals Danjuma Dankevich Dankiewicz Dankiv Danko Dankov Dankova Danková
Danneberg Danner Danninger Dano Danov Danova Danová Dans Dansereau Dansi Danso Dantas Dante
Dantes Danuser Danza Danzi Daníels Danívals Dančiak Dančiaková Dančák Dančáková Daochain Daoda
Daola Daoud Daoudi Daoust Dar Dara Daragan Daraiche Darain Darani Daraż Darcy Dardel Dardengo
Dardenne Dare Dargacz Dargan Dargáin Darin Dariva Darko Darmody Darms Darnau Darojković Daroz
Darradóttir Darras Darrason Darris Darroz Darstharst Darsthorst Darul Darányi Daríus Darłak
Dasey Dasgupta Dash Dashenko Dashkevich Dashkov Dashkova Dasilva Dass Dassel Dassell Dassen
Dassié Dasthorst Dastous Date Dato Datsenko Datsyuk Datta Dattoli Daub Daube Daubner Daud
Daudrich Dauer Daugaard Daugherty Daum Dauphin Dautanec Dauth Dauti Dautović Dautzenberg Davatz
Dave Davel Davelaar Davenport Davern Davey Davi Davia Daviault David Davide Davidenko Davids
Davidsen Davidson Davidsson Davies Davila Davimuka Davin Davino Davis Davison Davitt Davoli
Davoren Davy Davydov Davydova Davíðs Davõdov Daw Dawick Dawidczyk Dawidek Dawiec Dawson Dawud
Day Dayal Dayer Daza Dazio Dazzi Daðadóttir Daðason Daðis Dağdaş Dağlaroğlu Dağlı Daňa Daňko
Daňková Daňo Daňová DeVries Deacair Deacon Deacy Deady Deagánaigh Dean Deane Deargáin Dearmada
Dearáin Dease Deasmhumhna Deasy Deaueroux Debato Debbijnck Debbinck Debbing Debbink Debelić
Debeljak Deblois Debnár Debnárová Debona Debonneville Debray Debroux Debruyne Decaillet Decamps
Deceuninck Dechamps Decherinck Dechering Decker Deckerink Deckers Deckert Deckesbos Deckow
Declerck Declercq Decock Deconinck Decoster Decristophoris Dedert Dedov Dedova Dee Deegadan
Deegan Deehan Deeley Deely Deeney Deeny Deep Deerberg Deere Deery Deetters Defanti Deflorin
Degasperi Degelink Degen Degenaar Degener Degeners Degermark Deggerink Degn Degonda Degroote
Degrueff Degryse Degtev Degteva Degueldre Dehmel Dehn Dehon Deigan Deignan Deikesbuis Deil
Deirg Dej Deja Dejardin Dejesus Dejneka Dejonghe Dekelink Dekeyser Dekker Dekkers Dekýš
Dekýšová Dela Delacruz Delacrúz Deladoëy Delaere Delafuente Delagarza Delage Delahaye Delahunty
Delai Delaloye Delamare Delaney Delannoy Delao Delap Delaparte Delapaz Delaporte Delar Delargy
Delarmelina Delarosa Delarue Delastre Delatorre Delattre Delaunay Delavy Delazare Delcourt
Delcroix Delden Deledda Delekta Deleon Deleu Deleuran Deleón Delfgaauw Delfino Delforge
Delfosse Delgadillo Delgado Delhaye Delhez Delikat Delisa Delise Delisle Deliso Delić
Dell'Antonia Dellamark Dellaparte Delle Delley Delli Delligatti Dello Dellucci Dell’Anno
Dell’Aquila Dell’Olio Delmas Delmenico Delmotte Delonge Delorme Deloughrey Deloughry Delporte
Delpupo Delrío Deltour Deluga Delvalle Delvaux Delvigne Delwayo Delâge Delèze Dema Deman
Demanet Demange Demant Demaret Demarmels Demartins Dementyev Dementyeva Demers Demersseman
Demeulenaere Demeyer Demeyere Demiańczuk Demidenko Demidov Demidova Demir Demirbaş Demirel
Demiri Demkes Demma Demmendaal Demming Demoni Demont Demonte Demots Demoulin Dempsey Demszky
Demus Demut Demuth Demuynck Demšar Dena Denadai Denckels Dencker Deneault Deneka Denend Denesik
Denezhkin Denezhkina Deng Dengg Dengler Deni Denihan Denis Denisco Denisenko Denison Denisov
Denisova Denissov Denisyev Denisyeva Denk Denkel Denkema Denkerkel Denkiewicz Dennehy
Dennenberg Denner Denninck Denning Dennis Denny Denoth Dente Dentice Dentino Denys Denzel
Denzinger Denzler Deníels Deo Deol Deoraidhin Deoráin Depace Deperinck Depero Depoorter Deprez
Deprá Deptuch Depuydt Deramo Derasmo Deraspe Derbal Dercks Dercksen Derckxen Deregus Derek
Derevenskaya Derevenskiy Derežić Dergach Deriaz Derichs Dering Derivaz Derkach Derkaoui Derks
Derksen Derkz Dermody Dermott Derouiche Derr Derradji Derrick Derrien Derrig Derron Dertmann
Derungs Dervogt Deryazhna Deryazhniy Derycke Deryhe Deryło Desai Desaulniers Desautels Desbiens
Desbois Descamps Deschamps Deschenaux Deschievane Deschênes Descloux Descôteaux Desfossés
Desgagné Deshaies Deshanovska Deshanovski Deshayes Deshmukh Deshpande Deshusses Desio
Desjardins Deslarzes Deslauriers Desmarais Desmedt Desmet Desmeules Desmond Desnoyers
Desormeaux Despres Després Desrochers Desroches Desrosiers Dessart Dessaure Dessel Dessureault
Dessy Destéfani Deszcz Detaille Deterdinck Deterinck Dethier Dethloff Detka Detournay Detry
Detti Dettling Deugewert Deuinck Deuink Deukinck Deunk Deus Deuschle Deut Deutschmann Devally
Devan Devane Devaney Devanney Devantay Devaud Devaux Devdyuk Deveault Develder Devenney Dever
Devereaux Devereux Devery Devečka Devečková Devi Deville Devillers Devilly Devin Devine Devitt
Devittori Devlin Devold Devolder Devos Devoy Devriendt Devyatkin Devyatkina Devčić Dewaele
Dewan Dewez Dewilde Dewitte Dewulf Dey Deyev Deyeva Deyneka Deyneko Deysun Dezhnev Dezhneva
Dezhnyov Deágha Deághdha Deák Deáková Deže Dhadho Dhaliwal Dhar Dhawan Dhiarmada Dhillon
Dhingra Dhondt Dhonncha Dhonnchadha Dhonnchaidh Dhooghe Dhorchaidh Dhuarcáin Dhubhghail
Dhubhghaill Dhuibh Dhuibhir Dhuinn Dhuinneabháin Dhuinnshlé Dhuinnshléibhe Dháibhidh Dháibhis
Dhé Dhúirnín Diaconescu Diaconu Diaf Diallo Diamond Diarmada Dias Diaz Dib Dibbert Dibbink
Dibiasi Dick Dickens Dicker Dickerson Dickey Dicki Dickie Dickinson Dickson Dida Diderik
Dideriksen Didier Didović Didriksen Die Dieckhoff Dieckmann Diederich Diedrich Diefenbach Diego
Diekema Diekesbos Diekmann Dielberg Dielen Diem Diement Dienberch Dienel Dienes Diepenbroeck
Dieperinck Dieprink Dierckinck Dierckx Dieren Dierick Dierickx Dierkinck Dierkink Diersen
Dierst Dierte Dies Diesbach Diesbergen Dieselbrink Dieter Dieterdinck Dieterdink Dieterinck
Dieterink Diethelm Dietl Dietlin Dietrich Dietwyler Dietz Dietzsch Dieu Dieudonné Dievelaar
Diez Diezel Dif Diffin Diffley Diggelmann Diggin Diggins Dighe Dignan Diirr Dijck Dijckbos
Dijcke Dijckhof Dijckhuijsen Dijckhuis Dijckman Dijcksbos Dijcksbus Dijcsbos Dijcxbus Dijeert
Dijeerte Dijenberch Dijerkijnck Dijerte Dijk Dijkbos Dijkebos Dijkermans Dijkgraaf Dijkman
Dijksbos Dijksbus Dijkstra Dijoux Dijrkinck Dijrkink Dijsselbrinck Dijsselbrink Dijstelbrinck
Dijxbus Dikane Dikson Dildorova Dilla Dillane Dillard Dillen Dillier Dillon Dilnozova Dilnurova
Dima Dimba Dimbane Dimbani Dimitriyev Dimitriyeva Dimmeldal Dimovska Dimovski Din Dinabantu
Dinamarca Dinan Dinangwe Dindela Dindi Dineen Dinesen Ding Dingeldein Dingelstedt Dingemanse
Dingila Dini Dinis Dinkel Dinneen Dinu Dinwa Dioguardi Diolain Dioláin Diolúin Diolún Dion
Dionne Dionún Dioráin Diot Diothchain Diothcháin Diotte Dippel Dippl Dirchs Dircken Dirckes
Dircks Dircksen Dircksens Dirckx Direáin Dirix Dirks Dirkse Dirksen Dirkx Dirkze Dirnberger
Dirrane Dirren Dirven Disdero Diserens Diskin Disselbrink Dissing Distelbrinck Distelbrink
Disztl Ditlevsen Ditschlerin Dittmann Dittmar Dittmer Dittrich Divan Divenney Diver Divine
Diviney Dix Dixit Dixon Diyorayeva Diyorov Dizdar Dizhur Diéguez Diðriks Djebbar Djellal
Djellouli Djoudi Djurhuus Dlaba Dlabane Dlabazane Dladla Dlakadla Dlakela Dlamane Dlambula
Dlamdaka Dlamini Dlamlenze Dlangamandla Dlawuza Dlebenkomo Dlodlo Dlomo Dludla Dludlu Dlungwana
Dmitriev Dmitriyev Dmitriyeva Dmitruk Dmoch Dobay Dobbelaere Dobbin Dobbins Dobbrunz Dober
Dobes Dobiecka Dobiecki Dobler Dobos Dobosiewicz Dobre Dobrić Dobrodeyev Dobrodeyeva
Dobrokhotov Dobrokhotova Dobrolyubov Dobrolyubova Dobrosz Dobrovský Dobrowolski Dobroń Dobrucka
Dobrucki Dobrzańska Dobrzański Dobrzyńska Dobrzyński Dobson Dobychin Dobychina Dobó Dobšinská
Dobšinský Dochartaigh Dochioiu Dockx Docquier Doctor Dodd Dodinch Dodolev Dodoleva Dodson Doe
Doedens Doeijnck Doel Doenck Doencks Doenk Doesburg Doeven Doeïnck Dofradóttir Dofrason Dofris
Dogan Doghair Dogherty Doglioni Doherty Dohman Dohn Dohring Doibhilin Doighre Doijnck Doijncks
Doimo Doinck Doingeard Doirnín Doiron Dokken Dokkum Dokova Doktor Doktór Dol Dolainn Dolan
Dolch Dold Dolega Dolenc Doležal Doležalová Dolf Dolgikh Dolgopyat Dolin Dolina Dolinar
Dolinskaya Dolinskiy Dolinyak Dolinšek Doliwa Dolić Doll Dolladóttir Dollason Dolle Dollen
Dollis Dolman Dolotin Dolotina Dolzhenko Dolôres Domachowska Domachowski Domagała Domański
Dombrovskaya Dombrovskiy Dombrowski Domek Domene Domenico Domeniconi Domhnaigh Domhnaill
Domhnalláin Domian Domingo Domingue Domingues Dominguez Dominicis Dominiković Dominiks
Dominković Domino Dominé Domińczak Domka Dommelen Dommels Domnikov Domnikova Domo Domokos
Domowicz Domoń Domurad Doménech Domínguez Domínquez Domżał Don Donadira Donagher Donaire Donald
Donaldson Donaoile Donarelli Donati Donato Donatoni Doncabe Donchadha Donchú Donckers Donda
Dondergoor Donegan Donetskiy Donev Doneva Dong Dongelen Dongen Donghaile Dongoran Donie Donini
Doniyorov Donk Donkerd Donkergoed Donkersgoed Donkor Donlon Donnabháin Donnacha Donnagáin
Donnan Donnay Donncha Donnchadha Donnchaidh Donnchú Donndhubhartaigh Donndubhartaigh Donne
Donnell Donnellan Donnelly Donnet Donnghaile Donnghusa Donnáin Donoghue Donohoe Donohue Donoso
Donovan Donselaar Dontsov Dontsova Dony Donzé Donà Dončević Doods Doody Dooenck Dooey Doogan
Doohan Doolan Dooley Doolittle Dooly Dooren Doorhof Doorn Doornbos Doornhem Doornijck Doornik
Doorninck Doornincks Doornink Doorty Doppers Doppler Dora Doran Dorawa Doraí Dorcha Dorchaidh
Dorchaidhe Dorchaigh Dorcháin Dordan Dordáin Dore Dorfer Dorgan Doria Dorigo Dorimedontov
Dorimedontova Dorion Dorka Dorko Dorková Dormedontov Dormedontova Dormidontov Dormidontova
Dormond Dorn Dorna Dornan Dorner Dornink Doroba Dorobek Dorobisz Dorociak Dorofeyev Dorofeyeva
Doronin Doronina Doroshenko Doroszkiewicz Doroszuk Dorot Dorota Dorotová Dorová Doroz Dorrian
Dorsa Dorsaz Dorsey Dorsman Dorsten Dorsthorst Dorthe Doruch Dorval Dorynek Dorzenoni Doré
Dosch Doshi Doskoczynski Dossetti Dossi Dostert Dostie Dostoyevskaya Dostoyevskiy Dostál
Dostálová Dotsenko Dotson Dotta Dotte Doucet Doudigan Dougherty Douglas Douma Doumont Dovara
Dovlatov Dovlatova Dovudov Dowd Dower Dowerg Dowey Dowley Dowling Downar Downes Downey Downing
Downs Doyckink Doyen Doyle Doynck Doyon Dočolomanská Dočolomanský Doğan Dołęga-Zakrzewska
Dołęga-Zakrzewski Došek Draaijers Draaisma Draajers Draayers Drabczyk Drachmann Draejers Draghi
Dragičević Dragobratović Dragojević Dragu Dragunskaya Dragunskiy Draijer Draijers Drajers
Drajna Drajnová Drake Drakenberg Drakokhurst Drakos Drakulić Drandić Drapeau Draskovich
Draskovics Draskovits Draupnirs Draus Draxler Dražić Drdla Drechsler Drees Dreese Dreesen
Dreesens Dreessen Dreessens Dreher Dreier Dreiers Dreijer Dreijers Dreissigacker Drej Drejer
Drejers Drekadóttir Drekason Drekis Drela Drempel Drengs Drengsdóttir Drengsson Drennan Drentel
Drentell Drentels Drenten Drenthe Dreschner Dresdner Dressler Dreszer Dretvić Drew Drewa Drewes
Drewicz Drewnik Drewniok Drewniowska Drewniowski Drewnowicz Drewnowska Drewnowski Drews Dreyer
Dreyers Drgas Drian Driehuijs Driehuis Driel Dries Driesen Drieskus Driessche Driessen Driest
Driesten Drietlaar Drievoet Drijhuijs Drijhuis Drintel Drisceoil Driscoll Drishlov Driyanskaya
Driyanskiy Drobakha Drobczyńska Drobczyński Drobek Drobik Drobisz Drobniak Drobnik Drobny
Drobná Drobný Drobot Droguett Drohan Droighneáin Drolet Droma Drommelders Drommeler Drommelers
Drompt Droney Drop Droppa Dropper Droppers Droppová Drost Drosten Drotár Drotárová Drouet
Drouin Droz Drozd Drozda Drozdenko Drozdov Drozdova Drozdowicz Droś Droździel Droździk Drożdżal
Drtina Druacháin Druart Drub Drubin Drum Drumm Drummelers Drummond Drummy Drunen Druppers Druso
Druszcz Druzhayev Druzhayeva Druzhinin Druzhinina Druzhnikov Druzhnikova Drwięga Drygas Drygała
Dryka Drynda Drysdale Drywa Drzał Drzewiecka Drzewiecki Dríscín Drócháin Dróna Drónaidhe Drózd
Dröppers Drążyk DuBuque DuMez Dua Duah Duan Duane Duar Duarcáin Duarte Dub Duba Dubach
Dubandlela Dubas Dubayev Dubayeva Dubazane Dube Dubeau Dubel Dubenko Dubey Dubha Dubhabhoireann
Dubhagáin Dubhaigh Dubhartaigh Dubhchain Dubhda Dubhdháin Dubhdábhoireann Dubhghaill Dubhgáin
Dubhlaigh Dubhlainn Dubhlaoich Dubhluachra Dubhláin Dubhradáin Dubhshláine Dubhthaigh Dubhuidhe
Dubháin Dubik Dubin Dubina Dubinin Dubinina Dubinyanskaya Dubinyanskiy Dubis Dubler Dubnička
Dubois Dubos Dubost Dubourg Dubov Dubova Dubovečak Dubovská Dubovský Dubreuil Dubuc Dubuis
Dubuisson Dubus Dubé Duc Duca Ducharme Duchemin Duchene Duchesne Duchesneau Duchman Duchnik
Duchnowska Duchnowski Duchoud Duchêne Duclos Ducommun Ducraux Ducret Ducrocq Ducry Duczek
Duczmal Duda Dudała Dudczak Dudek Dudeková Dudik Dudin Dudina Dudintsev Dudintseva Dudka Dudko
Dudková Dudkowiak Dudler Dudley Dudli Dudo Dudok Dudoková Dudová Dudzicz Dudziec Dudás Dudík
Dudíková Due Dueholm Duelund Duenck Duenk Duerr Dueven Duez Dueñas Duff Duffin Duffy Dufgus
Dufie Dufort Dufour Dufrane Dufrasne Dufresne Dufþaks Dufþaksdóttir Dufþaksson Dugal Dugar
Dugas Dugerdil Dugfús Duggan Duguay Duhaime Duhamel Duhanaj Duhig Duhy Duibhealla Duibheannaigh
Duibhfhinn Duibhgeadáin Duibhgeannaigh Duibhgeannáin Duibhghealla Duibhghiolla Duibhginn
Duibhir Duibhleanna Duibhlearga Duibhne Duibhthe Duibhín Duibhínn Duigeannaigh Duignan
Duigneáin Duijmen Duijn Duijnck Duijren Duijser Duijtshof Duijtshoff Duijvenslatt Duilearga
Duilleáin Duineacha Duink Duinn Duinneacha Duinneacháin Duinnléi Duinnshlé Duinnshléibhe
Duinnín Duirnín Duithche Duitman Duitshof Duiven Duivenvoorde Duivenvoorden Dujardin Dujmović
Dukada Dukat Duke Dukić Dul Dula Dulas Dulbecco Dulchaointigh Dulcken Dulemba Dulewicz Dulfer
Dulik Dull Dulla Dullová Dulman Dulmans Dulmer Dulmers Dulmes Dulohery Dulová Dulude Duma
Dumais Dumakude Dumanlı Dumas Dumała Dumin Dumisa Dumitrescu Dummermuth Dumont Dumortier
Dumouchel Dumoulin Dunajewska Dunajewski Dunal Duncan Duncáin Dunford Dungan Dunge Duniec Dunk
Dunkle Dunlap Dunleavey Dunleavy Dunn Dunne Dunnewald Dunnewick Dunnewijck Dunnewijk Dunnewik
Dunnewold Dunnewoldt Dunnewolt Dunning Dunny Dunphy Dunroer Dunshléibhe Dunst Dunworth Dunyoeva
Duodo Dupasquier Dupertuis Dupin Dupliy Dupond Dupont Duppenthaler Dupras Duprat Dupraz Dupre
Dupré Dupuis Dupuy Dupéré Duque Duquesne Duquette Durak Duran Durand Durant Durante Duras
Durczok Durdinets Durdonova Durdu Durdík Durdíková Duren Duret Durfee Durgan Durgnat Durham
Durieux Duriez Durisch Durkan Durkin Durlak Durlej Durlik Durlovska Durlovski Durma Durmaz
Durmuş Durnan Durnin Durning Durocher Duroux Durrer Durrihy Durussel Dury Durys Durán Duse
Dusik Duska Dusko Dusková Duss Dussart Dussault Dussen Duszczak Duszczyk Duszkiewicz Dusík
Dusíková Dutertre Dutka Dutkiewicz Dutko Dutková Dutra Dutrieux Dutruy Dutt Dutta Duunk Duus
Duval Duvanel Duvančić Duven Duvenslat Duvenvoirde Duvillard Duvivier Duvnjak Duxbury Duyaza
Duygulu Duyvensladt Duyvenslatt Duyvenvoorde Duze Dułak Duša Dušek Dušeková Dušička Dušičková
Duška Duško Dušková Dušová Duży Dvalinns Dvojak Dvonč Dvončová Dvorak Dvorská Dvorský Dvořák
Dvořáková Dwala Dwamena Dwane Dworczak Dworniczak Dwyer Dyachkov Dyachkova Dyakonov Dyakonova
Dyal Dybał Dybaś Dybiec Dybka Dycha Dyck Dycxbus Dyczko Dyda Dydak Dydo Dyer Dyett Dyhr Dyja
Dyjach Dyjas Dyk Dyka Dykas Dykman Dykstra Dylak Dylik Dylong Dylus Dymarczyk Dynak Dynia
Dyogot Dyomushkin Dyomushkina Dyrek Dyrssen Dyselbrink Dyshev Dysheva Dyszkiewicz Dyszy Dytko
Dytrych Dywan Dyś Dzene Dzenis Dzerzhinskaya Dzerzhinskiy Dzezov Dzhandosov Dzhandosova Dzhogov
Dzhumaliyev Dzhumaliyeva Dzhun Dzhus Dziadkiewicz Dziadkowiec Dziadosz Dziadowicz Dziadura
Dziarmaga Działa Działak Działo Dziczek Dzidek Dziduch Dziechciarz Dziedzic Dziedzina Dzielska
Dzielski Dzienis Dzienisz Dzienniak Dzierwa Dzierżak Dziewa Dziewior Dziewit Dziełak Dzieża
Dzika Dzikiewicz Dzindra Dziopa Dziuban Dziubdziela Dziubińska Dziubiński Dziuda Dziugieł
Dziurawiec Dziurdzia Dziurla Dziwak Dziób Dzsudzsák Dzurjanin Dzurjaninová Dzwonnik Dzyuba
Dáibhid Dáibhidh Dáibhis Dáibhís Dáid Dála Dálaigh Dán Dánová Dávid Dávidová Dávila Dächert
Dähler Dänzer Déadaigh Décarie Défago Déid Déide Déise Déiseach Déisigh Délèze Déry Désilets
Déziel Díaz Díez Díghe Díochon Díocháin Díomasaigh Díscín Díómedes Dóláin Dómaldadóttir
Dómaldason Dómaldis Dómalds Dómaldsdóttir Dómaldsson Dónalds Dónaldsdóttir Dónaldsson
Dóradóttir Dórason Dóris Dórs Dósóþeus Dózsa Döbel Döhn Döinck Dölke Dönz Dörig Döring Dörner
Dörr Dörre Dörschner Døssing Dúadóttir Dúason Dúda Dúgáin Dúinsméarach Dúis Dúlaigh Dúnadhaighe
Dúnaighe Dúnaí Dúnlaing Dúnláing Dúnns Dúnáin Dúnúrta Dúraí Dúrcháin Dúrcáin Dúška Dück Dünki
Dünser Dürr Dürrenberger Dürst Düşenkalkar Dýradóttir Dýrason Dýris Dýrmunds Dýrmundsdóttir
Dýrmundsson Dąbal Dąbek Dąbkiewicz Dąbkowska Dąbkowski Dąbrowicz Dąbrowska Dąbrowski Dąbroś
Dąbrówka Dębicka Dębicki Dębińska Dębiński Dębniak Dębosz Dębska Dębski Dłubak Długajczyk
Długozima Dūmiņa Dūmiņš Důras Džapo Dương Dəmirbəyli D’Achille D’Acquisto D’Acunto D’Adamo
D’Addario D’Addio D’Addona D’Agata D’Agosta D’Agostino D’Aiuto D’Aleo D’Alesandro D’Alesio
D’Alessandro D’Alessio D’Alfonso D’Alia D’Alleva D’Aloia D’Aloisio D’Alonzo D’Alto D’Amato
D’Ambra D’Ambrosi D’Ambrosia D’Ambrosio D’Amelio D’Amico D’Amore D’Andrea D’Angelo D’Aniello
D’Annunzio D’Antona D’Antoni D’Antonio D’Antuono D’Apolito D’Aprile D’Aquila D’Aquino
D’Arcangelo D’Arco D’Arezzo D’Arienzo D’Arpino D’Arrigo D’Asaro D’Ascanio D’Ascenzo D’Ascoli
D’Atri D’Attilio D’Auria D’Avanzo D’Aversa D’Azzo D’Egidio D’Elia D’Emilio D’Ercole D’Errico
D’Esposito D’Ettore D’Imperio D’Innocenzo D’Intino D’Orazio D’Oria D’Orio D’Orsi D’Orso
D’Ottavio D’Ovidio D’Urbano D’Uva Each Eachaidh Eachain Eachmharcaigh Eacháin Ealanaidh Earl
Earle Early Easboig Eaton Ebani Ebbadóttir Ebbason Ebbers Ebberts Ebbesen Ebbinck Ebbincks
Ebbink Ebbis Ebener Ebenesers Ebenezers Ebergs Eberhard Eberhardt Eberharter Eberl Eberle Ebert
Eberth Ebink Ebner Ebsen Echevarría Echeverría Echterer Eck Eckbauer Ecker Eckert Eckervelt
Eckhardt Eckstein Eco Ecoeur Edberg Eddadóttir Eddason Edelmann Eden Eder Edgars Edgren Edilons
Edin Edling Edlinger Edlund Edman Edmonds Edorh Edström Edun Edvards Edvardsen Edvardsson
Edvins Edvinsson Edwards Edwin Edílons Eebbijnck Eebinck Eeckhout Eeckinck Eeffsinck Eefsinck
Eefsink Eefsinkbrink Eeftink Eekinck Eekink Eelckinck Eelen Eelinck Eelink Eelkinck Eelman
Eelshof Eeltijnck Eeltinck Eeltink Eeltinkhuijsken Eeltinkhuis Eeltinkhuisken Eeltinks
Eelverdinck Eelverdink Eengels Eenink Eenpalu Eerde Eerden Eerenbeemt Eerkens Eerlings Eernisse
Eerola Eerstinck Eerten Eesinck Eesink Eesselijnck Eesselinck Eest Eeszink Eeverdink Eevers
Eevsinck Eewool Effertz Effler Effsinck Efing Efraíms Eftimie Egan Egbers Egberts Egea Egeberg
Egeland Egeli Egelund Egerszegi Egge Eggel Eggen Eggenberger Eggenmueller Eggenschwiler Egger
Eggerick Eggerts Eggimann Eggincks Eggink Eggli Eggmann Eggs Eggþórs Egholm Egills Egisheim
Egli Eglinton Egloff Eglīte Eglītis Egmond Egnell Egorov Egterbroek Ehlers Ehlert Ehm Ehmann
Ehrig Ehrling Ehsaas Eibhir Eibl Eich Eichberger Eichel Eichenberger Eicher Eichhorn Eichinger
Eichmann Eide Eifert Eigenheer Eigenmann Eigenwillig Eijbergen Eijbers Eijkelboom Eijkman
Eijlers Eijndhoven Eijnink Eijssel Eijting Eikars Eikelkamp Eikemo Eikenboom Eilerdinck Eilerts
Eilfirt Eilífs Eilífsdóttir Eilífsson Eimer Einars Einarsson Einaudi Einert Einink Einirs
Einvarðs Einvarðsdóttir Einvarðsson Einþórs Eiríks Eiríksdóttir Eiríksson Eis Eischen
Eisenegger Eisenlauer Eisenring Eisl Eisma Eisner Eiteagáin Eitheagáin Eitinck Eivers Eivins
Eiðars Eiðs Eiðsdóttir Eiðsson Ejlaal Ejlersen Ek Ekai Ekal Ekberg Ekblad Ekbom Ekdahl Ekdal
Ekelund Ekeno Ekenstein Ekenstierna Ekert Ekholm Ekici Ekidor Ekinck Ekink Ekiru Ekitela Eklund
Eklöf Ekman Ekpo Ekstrand Ekström Ekwueme Ekşioğlu Elant Elardo Elatlı Elbe Elberg Elbergs
Elberinck Elberts Elbertse Elborg Elborgh Elburg Elbæk Elcan Eldars Elder Eldgríms
Eldgrímsdóttir Eldgrímsson Eldjárns Eldmars Eldons Elds Eldsdóttir Eldsson Eldórs Elekinck
Elens Elentínus Elert Elevelt Eleyth Elfars Elferdinck Elferdink Elferink Elfers Elfferdijnck
Elfferink Elfrink Elfráðs Elfráðsdóttir Elfráðsson Elgaard Elgueta Elias Eliasen Eliassen
Eliasson Elifova Elijah Elimars Elinck Elinckinck Elink Elinkkaveste Elinórs Elis Elizondo
Eliçin Elking Elkink Elkjær Elladóttir Ellason Ellegaard Ellena Eller Ellerts Ellery
Elleverkinck Ellingsen Elliot Elliott Ellis Ellison Elliðadóttir Elliðason Elliðis Ells Ellwart
Ellís Elmars Elmastaşoğlu Elmer Elmiger Elmo Elmsäter Elo Elofsson Eloranta Elorza Eloy Els
Elschot Elsemulder Elsen Elsenaar Elsener Elsenerus Elshof Elsinga Elsinghorst Elskamp Elsner
Elss Elssen Elst Eltinck Eltschinger Elvars Elverdinck Elverdink Elverfeldt Elverinck Elvers
Elvervelt Elvins Elvis Elwart Elwood Elzas Elzinga Elzinkhorst Elçiboğa Elías Elíesers Elímars
Elínbergs Elínbergsdóttir Elínbergsson Elínmunds Elínmundsdóttir Elínmundsson Elínórs Elís
Emanuele Emanuelli Emanuelsson Emanúels Emard Emaus Embden Emborg Embreks Emeli Emeralds Emerik
Emerson Emert Emery Emilio Emils Emilsson Emin Emina Eminov Emma Emmanuel Emmanúels Emmelen
Emmelmann Emmen Emmenegger Emmerich Emmerick Emmerik Emmi Emo Emonet Empsink Emsink Emuria
Encina End Endemans Ender Endo Endress Endringer Endrizzi Ene Enea Enemark Enevoldsen Eng
Engberg Engbers Engbersen Engberts Engdahl Engebretsen Engel Engeland Engelberts Engelen Engeli
Engelinck Engelmann Engels Engelse Engelstad Engen Enger Engert Engilberts Engilbjarts
Engilbjartsdóttir Engilbjartsson Engiljóns Engills Engl England Englebert Engler English
Englund Engman Engström Engstrøm Engvall Enksink Enkssink Enninck Ennis Enns Enoks Enquist
Enrico Enright Enríquez Enschot Ensdijk Enserink Enst Entinck Entincks Entink Entringer Enz
Enzinger Eochadha Eochagáin Eochaidh Eocháin Eoghain Eoin Eoinín Epars Epifano Epiney Episcopo
Eplinius Epman Epp Eppenhof Eppinck Epping Eppinga Eppink Eppolito Eramo Erard Eraslan Erazo
Erb Erbay Erber Erberk Erbervelt Erbolato Erbulak Erceg Ercegović Erckens Ercolani Ercole Erde
Erdin Erdman Erdmann Erdoğan Erdős Eregae Erenburg Erez Erginsoy Ergotić Ergül Erhardt Erhart
Erhout Erices Erichsen Erickson Erics Ericson Ericsson Erik Eriks Eriksen Eriksson Erjavec
Erkekli Erkel Erkens Erkenswik Erketswik Erkkilä Erkko Erlacher Erlandsen Erlandson Erlandsson
Erlars Erlei Erlends Erlendsdóttir Erlendsson Erler Erlings Erlingsdóttir Erlingsson Erm
Ermenreksdóttir Ermenreksson Ernesje Ernesse Ernestós Erni Ernirs Ernisse Ernits Ernman Ernser
Ernst Ernsten Ernsts Ernstsen Erny Eronat Eronen Erons Erpelding Erpenbeeck Erpenbeke Erps
Erpsdóttir Erpsson Errani Errante Errico Errigo Ertaş Ertepınar Ertl Ertürk Erupe Ervasti
Ervati Erve Ervin Ervine Erwes Erçetin Eršek Eržen Es Esbensen Escalante Escalona Escamilla
Esche Eschler Escobar Escobedo Escolano Escribano Escrivá Escudero Esekon Esekíels Esenwein
Esfandyar Eshan Esink Esinkbrinke Esinyen Esjars Eskelinen Eskens Eskes Eskesen Eskildsen
Eskola Esmeijer Esméria Esnault Espada Esparza España Español Especemile Espejo Espensen
Espersen Espinal Espino Espinosa Espinoza Espitia Esposito Espíndula Espírito Esquibel Esquivel
Esras Esrudóttir Esruson Essche Esselen Esselinck Esselink Esselinkhaar Esselinkpas
Esselinkschoppe Essen Esser Essert Essinck Essincks Essink Essinkbrink Esson Est Estay Este
Esteban Estefans Esterházy Estermann Estes Esteve Esteves Estevez Estey Estrada Estévez Etemi
Eterović Etienne Etique Ettlin Etyang Etzler Etzold Eugster Eustace Evalds Evangelista
Evangelisti Evans Evarti Evelingen Evensen Evenson Everaert Everde Everdink Everett Everhardink
Everhart Everinck Evers Eversan Everts Evliyaoğlu Evola Evoy Evrard Evéquoz Ewald Ewart Ewen
Ewick Ewing Ewoi Exo Exposito Expósito Eyanae Eyben Eybergs Eyer Eyjólfs Eyjólfsdóttir
Eyjólfsson Eylaugs Eylaugsdóttir Eylaugsson Eyleifs Eyleifsdóttir Eyleifsson Eyll Eymars
Eymunds Eymundsdóttir Eymundsson Eynde Eyríks Eyríksdóttir Eyríksson Eysmont Eysteinns Eyvars
Eyvazalı Eyvazlı Eyvinds Eyvindsdóttir Eyvindsson Eyþórs Eze Ezeugo Ezzo Eáin Eça Eðvalds
Eðvars Eðvarðs Eóinín Eóthach Eötvös E’zozova FAN FANG FENG FU Faas Faassen Fabbri Fabbro Fabel
Faber Fabian Fabiani Fabiano Fabianová Fabiańczyk Fabijanić Fabio Fabis Fabiszak Fabián
Fabiánová Fabozzi Fabra Fabre Fabregat Fabri Fabricius Fabris Fabrisíus Fabrizi Fabrizio Fabro
Fabry Fabuš Fabušová Fac Faccini Facciolo Faccitin Fachini Fachtna Facke Faco Facundes Fadden
Fadel Fadeyev Fadeyeva Fadian Fadipe Fae Faenza Faerber Faes Fafard Fagan Fagerström Fagerudd
Faggiani Fagiani Fagotto Fagundes Fagunwa Faherty Fahey Fahlmer Fahner Fahri Fahrni Fahy
Faiella Failla Faillace Faiola Fair Faircheallaigh Fairhall Faith Faivre Faizan Fajardo Fajimi
Fajnor Fajnorová Fakazi Fakude Fal Falabi Falaleyev Falaleyeva Falardeau Falasco Falba Falbo
Falce Falchetto Falcione Falco Falcone Falconi Falcó Falcón Faleti Faletti Falgeirs Falier Falk
Falkanger Falkenberg Falkenrath Falkner Fall Fallaci Fallamháin Faller Fallesen Fallo Fallon
Fallone Falloppio Faloye Falquet Falqueto Falquetto Fals Falsdóttir Falsetta Falsetti Falso
Falsone Falsoni Falsson Falter Faltyn Falvey Falvo Falzarano Falzon Falzone Fama Famiglietti
Famularo Famuła Fan Fandeyev Fandeyeva Fanella Fanelli Fang Fanger Fanisa Fankhauser Fannars
Fannbergs Fanngeirs Fannin Fanning Fannon Fant Fantin Fantini Fanto Fanton Fantoni Fantozzi
Fanucchi Fanucci Faodhagáin Faoite Faoláin Farace Faraci Faragó Farah Faranda Farangizova
Faranáin Faraone Farber Fardel Fardim Fardin Fardink Fare Farell Farella Farenyuk Fares Farese
Fargnoli Farhodov Faria Farias Farida Fariello Farina Farinacci Farine Farinella Farinelli
Farino Farizayeva Farizov Farkas Farkašovská Farkašovský Farkondeh Farland Farley Farmer Farnan
Farner Farnese Farnon Farnsworth Faro Farone Faroni Farquet Farragher Farrell Farrelly Farren
Farrissey Farrissy Farro Farruggia Farruggio Farrugia Farry Farré Fartushnyak Faruga Faryna
Farzonova Farías Fasanella Fasano Fasasi Fasching Fasciano Fasnacht Faso Fasoli Fasolo Fasone
Fassarella Fassbender Fassio Fastenko Fastring Fasullo Fata Fateyev Fateyeva Fatha Fathaigh
Fatharta Fathartaigh Fatica Fatta Fattore Fattori Fatyanov Fatyanova Faubert Faucher Faucherre
Fauchère Fauci Fauconnier Faugno Faulhaber Faulkner Faull Faure Fausch Faust Faustini Faustino
Fausto Fauteux Fava Favale Favaro Favata Favero Favia Favier Favoreto Favorito Favre Favreau
Favro Favstov Favstova Fay Fayolle Fazekas Fazia Fazio Fazli Fazliju Fazoli Fazollo Fazzari
Fazzi Fazzina Fazzini Fazzino Fazzio Fazzolari Fazzone Fazôlo Faúndez Fašiang Fašiangová Fealy
Fearachair Fearacháin Fearadhaigh Fearchair Feardhaigh Fearghail Fearghaile Fearghaíosa
Fearghusa Fearon Fearraidhe Fearraigh Fearraí Fearáin Febo Fechant Fecher Fechner Fecken
Fecteau Fedak Feddersen Fede Fedele Fedeli Federer Federici Federico Federspiel Fedier Fedin
Fedina Fedor Fedorczyk Fedorov Fedorova Fedorová Fedoseyev Fedoseyeva Fedosov Fedosova Fedosyev
Fedosyeva Fedotov Fedotova Fedotyev Fedotyeva Feduleyev Feduleyeva Fedulin Fedulina Fedulov
Fedulova Fedyk Fee Feehan Feeley Feely Feene Feeney Feenhouse Feenne Feenstra Feeny Feer Feest
Fefilov Fefilova Fegan Fehan Fehilly Fehlmann Fehr Fehrig Fehringer Fehér Feichtenschlager
Feichter Feichtinger Feichtner Feiereisen Feigenbaum Feighery Feigl Feijoo Feil Feinen Feinstra
Feirtéar Feitel Feithín Feitknecht Feitoza Fekete Feklisov Feklisova Felban Felber Feld Feldek
Feldeková Felder Feldhoff Feldkamp Feldt Felete Feletti Felges Felice Felicetti Felici
Feliciano Feliksiak Feliniak Felisiak Feliu Felix Felixs Felke Fellah Fellay Feller Fellers
Fellin Fellinger Fellmann Fellner Feltboom Felten Feltgen Felton Feltz Feltzer Feluś Femia
Femina Fenelon Fenerov Fenev Feneva Feng Fenger Fengs Fengsdóttir Fengsson Fenighty Fenlon
Fennell Fennelly Fennemans Fenner Fennessey Fenning Fenoglio Fenrirs Fenske Fenstermacher
Fenton Fenya Feo Feofanov Feofanova Feofilaktov Feofilaktova Feofilov Feofilova Feoktistov
Feoktistova Feola Feole Feonin Feonina Fera Feraco Fercher Ferdinands Ferdinck Ferdyn
Ferdínands Ferenac Ferencz Feret Fergus Ferguson Ferhat Ferland Ferlazzo Ferlin Ferlita Ferm
Fermi Fernandes Fernandez Fernicola Fernández Feron Ferone Ferrabosco Ferraco Ferrada Ferragamo
Ferragni Ferraioli Ferraiolo Ferraiuolo Ferran Ferrand Ferrandino Ferrando Ferrante Ferranti
Ferrantino Ferrara Ferrarese Ferrari Ferraris Ferrata Ferrazzi Ferre Ferreira Ferrell Ferrer
Ferrera Ferreras Ferrero Ferretti Ferreyra Ferrier Ferrighetto Ferris Ferriter Ferron Ferrucci
Ferry Ferrán Ferrández Ferrándiz Ferrão Ferstl Fertig Fertrams Feruzova Fesenko Fetisov
Fetisova Fetten Fetz Feu Feuerbach Feusi Feuz Fevre Fevrier Feyder Feykirs Feys Ffeerinck
Ffresen Fhailghigh Fhaoláin Fhearadhaigh Fhearchair Fheargail Fhearghail Fhearghaile Fhearghusa
Fhearraigh Fheorais Fhiachra Fhinn Fhinneachtaigh Fhinnéin Fhionghuin Fhionnachta
Fhionnachtaigh Fhionnghaile Fhionnlaich Fhionnlaoich Fhionntaigh Fhionáin Fhir
Fhlaithbheartaigh Fhlaithimh Fhlannagáin Fhlannchadha Fhlannáin Fhloinn Fhuallaigh Fhualáin
Fhíontaigh Fhógartaigh Fiacha Fiachna Fiachra Fiacháin Fiaich Fiala Fialová Fiannachta
Fiannachtaigh Fiannaidh Fiannaidhe Fiannaigh Fiaux Fibonacci Fica Fichtinger Ficino Ficner Fico
Ficová Ficoń Fidelis Fidler Fidor Fidos Fidura Fidvi Fieberdink Fieberink Fiebig Fiedler
Fiedorczuk Fiedoruk Field Fielding Fields Fieramosca Fiere Fierek Fierens Fierro Fietz Fievet
Figat Figheadóra Figi Figl Figueira Figueiredo Figueras Figueroa Figuerola Figura Fihlela Fijak
Fijałek Fijewska Fijewski Fijoł Fik Fikrətoğlu Fikus Filak Filakhtov Filakhtova Filali
Filangieri Filar Filaretov Filaretova Filas Filatov Filatova Filatyev Filatyeva Filban Filbin
Filbín Filc Filcová Filek Filet Filete Fileti Filetti Filiatrault Filiks Filimonikhin
Filimonikhina Filimonov Filimonova Filip Filipe Filipek Filipeková Filipenko Filipič Filipko
Filipková Filipov Filipova Filipović Filipová Filipowicz Filipowski Filippelli Filippi
Filippini Filippis Filippo Filippone Filippov Filippova Filippus Filippyev Filippyeva Filips
Filipyev Filipyeva Filipčić Filkov Filkova Fillekes Fillinger Fillion Filogamo Filonov Filonova
Filosofov Filosofova Filsinger Filtenborg Filus Filusz Filzi Filípek Filípeková Fim Fimple Fina
Finamore Finan Finch Finck Fincke Findlay Finegan Finelli Finetti Fini Finizio Fink Finka Finke
Finková Finlay Finley Finn Finnbjörns Finnbogadóttir Finnbogason Finnbogis Finneachta Finneadha
Finnegan Finneran Finnerty Finngeirs Finnjóns Finnlaugs Finnlaugsdóttir Finnlaugsson Finns
Finnsdóttir Finnsson Finnthighearn Finnucane Finnvarðs Finnvarðsdóttir Finnvarðsson Fino
Finocchio Finotto Finucane Finzi Fiocca Fiocchi Fiodhabhra Fiol Fiola Fionin Fionina Fionnachta
Fionnachtaigh Fionnagáin Fionnalláin Fionndhubhcáin Fionnghaile Fionnghalaigh Fionnghusa
Fionnlaoich Fionnmhacáin Fionntáin Fionnáin Fior Fioravante Fioravanti Fiore Fiorella Fiorelli
Fiorello Fiorentino Fiorenza Fioresi Fioretti Fiorez Fiori Fiorilli Fiorim Fiorini Fiorino
Fiorito Fiorot Fiorotto Fiorucci Fiołek Fiołka Firbhisigh Firdavsev Firese Firgantoro Firląg
Firmansyah Firme Firsov Firsova Firtéar Fiscalini Fisch Fischbach Fischer Fischetti Fischli
Fischlin Fisco Fiset Fisher Fisker Fit Fita Fitas Fithchealla Fithcheallaigh Fitipaldi Fitrzyk
Fitschen Fittipaldi Fitz Fitzgerald Fitzgibbon Fitzgibbons Fitzi Fitzmartin Fitzmaurice
Fitzpatrick Fitzsimmons Fitzsimons Fiutak Fiório Fišer Fišerová Fjalars Fjarkadóttir Fjarkason
Fjarkis Fjelde Fjeldstad Fjodorov Fjólars Fjólmunds Fjólmundsdóttir Fjólmundsson Fjölnirs
Fjölvars Fjörnirs Flaas Flabháin Flaga Flaherty Flahive Flaiano Flaim Flaithbhearta
Flaithbheartaigh Flaitheamháin Flaithearta Flaithimh Flaithimhín Flaitile Flamand Flament
Flaminio Flammang Flammer Flanagan Flanagáin Flannabhra Flannagan Flannagáin Flannchadha
Flannelly Flannery Flannghaile Flantz Flaskamp Flasza Flater Flathamháin Flatharta Flathartaigh
Flatley Flavin Fleche Fleck Fleerkatte Flego Flegontov Flegontova Flegontyev Flegontyeva
Fleischer Fleischhacker Fleischmann Fleming Flemmings Flepp Fles Fleszar Fletcher Fleurant
Fleuren Fleury Flieger Fliegner Flindt Flink Flinkert Flinn Flint Flipse Flipsen Fliri Flisek
Flisiak Flocco Floch Floder Flodqvist Floinn Flood Flooren Flor Flora Florczak Flore Florea
Flores Flori Florian Florijn Florio Florêncio Flosadóttir Flosason Flosis Flottmann Flowers
Floyd Flozillo Flury Flynn Flárta Flókadóttir Flókason Flókis Flórents Flórez Flóvents Flück
Flückiger Flüeler Flühmann Flükiger Fo Foa Fockers Fockijnck Fockinck Focking Foconi Fodhladha
Fodor Foerstner Fofanov Fofanova Foffi Fofie Fog Fogarty Fogazzaro Fogaça Fogaš Fogašová Foged
Fogel Fogelklou Fogh Foghludha Foghlú Foghlúdha Fogiel Foglia Foglio Fogt Foidl Foisy Foit Fojt
Fokin Fokina Fokkers Fokkes Fokking Fokkink Folan Folch Foldager Foletti Foley Folga Folino
Folkesson Folliero Folly Folta Foltys Fomenko Fomichev Fomicheva Fomichyov Fomin Fomina Fonck
Fonder Fondo Fonhof Fonhoff Fonjallaz Fonseca Font Fontaine Fontana Fontanella Fontecchio
Fontes Fonti Fonvizin Fonvizina Fonzi Foockijnck Foody Foot Foote Foppiano Forafo Foran Forbes
Forcier Forcina Forcucci Ford Forde Foreman Foremniak Forero Forest Foresta Forestier Forget
Forgia Forgione Forgues Forgáč Forgáčová Forino Foriwaa Forjan Forkel Forkin Forkink Forlano
Forlenza Forlini Forma Formato Formbach Formica Formigoni Formisano Fornaciari Fornadóttir
Fornalik Fornalska Fornalski Fornason Fornay Fornazier Forni Fornis Forrer Forrest Forrester
Fors Forsberg Forsell Forsgren Forslund Forsman Forsström Forst Forster Forstner Forsyth Fort
Forte Forti Fortier Fortin Fortini Fortino Fortuin Fortuna Fortunato Fortunatov Fortunatova
Fortuny Fortuyn Forysiak Forza Foscari Fosco Foser Foss Fossen Fossmars Fossum Foster Fosu
Fosua Foteyev Foteyeva Foth Fotimayeva Fotiyev Fotiyeva Foto Fotyev Fotyeva Foucart Foucault
Foucher Foulon Fouquet Fourcade Fournier Fowler Fox Foy Foyle Foà Fołta Frabotta Fracassi
Fracasso Fracci Fracheboud Frachin Frade Fradella Fradette Fraga Fragale Fragnière Fragola
Fraher Frahmeke Frainclín Fraioli Frais Fraisse Fraken Frami Franas Franaszek Franc Franca
Frances Francesca Franceschet Franceschetto Franceschi Franceschini Francesco Francesconi
Francese Francey Franch Franchetti Franchi Franchin Franchina Franchini Franchino Franchuk
Francia Francillon Francione Franciosa Francis Francisca Francischeto Francischetto Francisco
Francisqueti Francisqueto Franck Francken Franco Francoeur Francois Francone Franczuk Frandsen
Franecki Franek Franeková Frangella Frangipane Frania Franiak Franik Franić Franičević Franjić
Frank Franka Franke Frankemeulen Franken Frankhuizen Franklin Franklíns Franko Franková
Frankowicz Frankowska Frankowski Franks Frankson Franków Frano Franová Frans Franscini Fransen
Franssen Fransson Franta Frantz Frantzen Franušić Franz Franza Franze Franzen Franzese Franzis
Franzmann Franzone Franzoni Franzs Franzén François Françoise Frappier Fras Fraschina Frascone
Fraser Fraszczyk Fratangelo Frate Fratello Fraticelli Fratta Frattaroli Frattini Frauen
Frauendorf Frautschi Frawley Fray Frayermann Frazier Frazzini Frazão Fraňa Fraňo Fraňová Fraňvá
Fraś Freaney Freda Frederick Frederico Frederiksen Fredes Fredholm Frediani Fredin Fredo
Fredriks Fredriksen Fredriksson Freeley Freely Freeman Freeney Freers Freesen Freeth Fregolent
Frei Freiburghaus Freigang Freil Freimann Freimuth Freire Freis Freisen Freitag Freitas Frel
Frelek Frelich Freling Frelink Frema Fremie Fremont Frenbruge French Frenette Frenken Frentz
Frenzel Frerichs Frericks Freriks Freriksen Fresco Frescobaldi Fresen Fresh Freshour Freud
Freudenberger Freudenthaler Freund Freuwink Frey Freybjörns Freygarðs Freygarðsdóttir
Freygarðsson Freymars Freymunds Freymundsdóttir Freymundsson Freymóðs Freymóðsdóttir
Freymóðsson Freyre Freyrs Freysteinns Freyviðs Freyviðsdóttir Freyviðsson Freyþórs Friberg
Fricano Friche Frick Fricke Fricken Fricker Frickus Frid Fried Friedek Friedenberg Friederich
Friedl Friedli Friedman Friedmann Friedrich Friedrichs Friedrichsen Friehus Friel Friele
Frielink Frieselder Friesen Friess Friezell Friezelle Friezen Friggi Frighil Frigo Frigon Friis
Frimer Frimerová Frimpomaa Frisch Frischknecht Frisella Frisina Frisk Frisone Frithile Fritsch
Fritschi Fritz Fritzs Frizi Frizzera Frizzo Friðbergs Friðbergsdóttir Friðbergsson Friðberts
Friðbjörns Friðfinns Friðfinnsdóttir Friðfinnsson Friðgeirs Friðjóns Friðlaugs Friðlaugsdóttir
Friðlaugsson Friðleifs Friðleifsdóttir Friðleifsson Friðmanns Friðmars Friðmunds
Friðmundsdóttir Friðmundsson Friðriks Friðs Friðsdóttir Friðsson Friðsteinns Friðvins Friðþjófs
Friðþjófsdóttir Friðþjófsson Friðþórs Frič Friščić Frketić Frohn Frohofer Froio Frolick Frolov
Frolova From Froment Fromm Frommelt Fronczek Fronczyk Frongillo Fronia Front Frontiero Frontino
Fronzo Froon Frosch Froschauer Frossar Frost Frostadóttir Frostason Frostis Froń Frubink Fruett
Frukacz Frutiger Frutos Fry Frycz Frydel Frydrychowicz Frye Frykowska Frykowski Frymus Fryś
Fránns Frárs Frère Fréchette Fréin Frías Frímanns Fróðadóttir Fróðason Fróðis Fróðmars Fröhli
Fröhlich Fröschl Frølund Frühwirth Frącz Frączkiewicz Frątczak Ftorek Ftoreková Ftáčnik
Ftáčniková Fu Fuada Fuadacháin Fuallaigh Fualáin Fuartháin Fuaruisce Fuaráin Fucci Fuccillo
Fuchs Fuchteln Fuckinck Fuda Fudalej Fuente Fuentealba Fuentes Fuenzalida Fuertes Fuertman
Fugazzi Fugiel Fuglsang Fuhlbrügge Fuhrmann Fuickinck Fujiati Fujii Fujita Fujiwara Fukking
Fukkink Fukuda Fulaneti Fulara Fularczyk Fulco Fuldauer Fulgenzi Fulginiti Fuli Fuller Fulliam
Fulton Fumaneri Fumanesi Fumeaux Fumo Funadóttir Funari Funaro Funason Funch Funder Fundi
Fundão Funis Funk Funnell Fuoco Fura Furda Furer Furey Furfaro Furga Furgał Furgała Furger
Furia Furian Furino Furlan Furman Furmankiewicz Furmanov Furmanova Furness Furno Furrer Furrian
Furs Fursov Fursova Furtado Furter Furtsev Furtseva Fusani Fusaro Fuscaldo Fusco Fuseli Fusenig
Fusillo Fusinato Fuss Fust Fuster Futtrup Futyma Fux Fuzaylov Fuzeti Fuček Fučík Fuławka Fyda
Fydrych Fyfe Fyhn Fylkirs Fyodorov Fyodorova Fábián Fábregas Fáfnirs Fágáin Fáilbhe Fálkadóttir
Fálkason Fálkis Fárta Fátharta Fávero Fäh Fält Fältskog Féichín Féinneadha Féith Fífills Fíona
Fíonartaigh Fógarta Fógartaigh Fóghladha Fólkadóttir Fólkason Fólkis Fóráin Föhn Fökkink Föllmi
Förster Fúraigh Fúsadóttir Fúsason Fúsis Füchslin Fülöp Füreder Fürer Fürst Fąferek Fırat
Fərəcov Gaarde Gaarder Gaasch Gaba Gabadela Gabaldón Gabara Gabathuler Gabba Gabbana Gabdullin
Gabdullina Gabela Gabelko Gabhacháin Gabhann Gabhezi Gabhisa Gabhláin Gabháin Gabioud Gabius
Gabler Gabor Gabriel Gabriele Gabrieli Gabrielli Gabriels Gabrielsson Gabriyelov Gabriël
Gabrovliyeva Gabrych Gabryel Gabryelczyk Gabryszak Gabríels Gabud Gaburro Gabutti Gabyshev
Gabysheva Gaccione Gacem Gachanja Gacheri Gacheru Gachet Gachoki Gacháin Gadda Gaddadóttir
Gaddason Gade Gadegaard Gadelshin Gadelshina Gadhra Gadlela Gadowska Gadowski Gadschiew Gadzała
Gadzina Gaeckinck Gaels Gaertner Gaerverdinck Gaeta Gaetani Gaetano Gaete Gaffney Gafraigh
Gagarin Gagarina Gagashe Gaggini Gaggioni Gagliano Gagliardi Gaglione Gagnon Gagné Gago Gagys
Gahan Gahleitner Gaia Gaiatto Gaibhre Gaibhtheacháin Gaigher Gaiguer Gailius Gaillard Gaillet
Gailliúin Gaillín Gailys Gaine Gaines Gainey Gaiotto Gairbhe Gairbhia Gairbhighe Gairbhín Gaito
Gaitán Gaičiūnas Gaižauskas Gajardo Gajcy Gajda Gajdoš Gajdzik Gajewski Gajowiak Gajownik
Gajzler Gakii Gakstädter Gal Gala Galagan Galaktionov Galaktionova Galamb Galambos Galan
Galander Galano Galante Galanti Galarneau Galarza Galavotti Galaz Galbo Galdames Galdikas Galds
Galdsdóttir Galdsson Galeano Galeati Galek Galen Galenus Galenzone Galewicz Galešić Galgallo
Galgalo Galiakberov Galiakberova Galiano Galiazzo Galica Galijn Galik Galiková Galilei Galina
Galindo Galipeau Galiyev Galiyeva Galić Galińska Galiński Galkin Galkina Galkovskaya Galkovskiy
Galktionov Galktionova Gall Gallagher Gallaher Gallais Galland Gallant Gallardo Gallart
Gallchobhair Gallchóir Galle Gallego Gallegos Galleguillos Gallen Galler Gallet Galley Gallez
Galliard Galligan Galliker Gallivan Gallo Gallogly Gallois Galloway Galláin Gallée Galon Galos
Galović Galtarossa Galtsov Galtsova Galu Galuba Galuppi Galvan Galvani Galvez Galvin Galvis
Galván Galyego Galáin Galán Galík Galíková Gama Gamache Gamalíels Gamble Gamboa Gamboni Gambu
Gambuse Gamede Gamez Gamhna Gamhnáin Gamlin Gamma Gammelgaard Gammer Gamoń Gamper Gamrat
Gamscher Gamsjäger Gamsker Gancarczyk Ganckvoort Ganckvort Gandhi Gandlevskaya Gandlevskiy
Ganesan Ganesh Ganeshamoorthy Gangemi Ganghfoort Gangl Gangnus Ganguly Ganichev Ganicheva
Ganiyev Ganiyeva Ganley Ganly Gannon Gans Gansner Gantenfordt Gantenfort Gantevoort Gantforth
Gantner Gantvoort Ganvert Ganzmann Gao Gaoith Gaoithín Gaona Gaora Gapys Gara Garaba Garafalo
Garafola Garai Garaidh Garand Garasimov Garasimova Garatva Garavaglia Garavan Garay Garb Garba
Garbaciak Garbacik Garbani Garbarini Garbarino Garbeldijnck Garbels Garber Garbháin Garbo
Garbowska Garbowski Garceau Garcia Garczarek Garczyk Garcés García Garde Gardella Gardiman
Gardiner Gardner Gardocka Gardocki Gareau Garety Garg Gargallo Gargan Gargano Garibaldadóttir
Garibaldason Garibaldi Garibaldis Garibay Garica Garin Gariépy Garkendarp Garland Garmendia
Garncarek Garncarz Garneau Garner Garnier Garobbio Garofano Garon Garone Garozzo Garps
Garpsdóttir Garpsson Garradóttir Garraghy Garrahy Garramone Garrason Garreau Garret Garretsen
Garrett Garrido Garriga Garrihy Garris Garrison Garritano Garrits Garritsen Garritzen Garrone
Garros Garry Garstenveld Gartlan Gartland Gartmann Gartner Garufi Garvelink Garver Garverdinck
Garverdink Garvey Garvin Garwerdinck Garwert Garza Garzone Garzoni Garzón Garðars Gasa Gasbarro
Gasche Gascon Gascón Gasek Gasela Gashi Gasik Gaskin Gasmi Gasnier Gaspar Gaspard Gasparello
Gaspari Gasparini Gasparotto Gasparro Gaspenvelt Gaspenveltt Gasperi Gasperini Gaspoz Gass
Gasser Gassner Gast Gastel Gastélum Gasz Gatapov Gatapova Gately Gates Gatherat Gathogo Gathoni
Gatháin Gati Gatica Gatimu Gato Gatsheni Gatta Gatti Gattlen Gatto Gattone Gattringer Gattuso
Gatwiri Gatzka Gauadóttir Gauason Gaucci Gauchat Gauci Gauder Gaudet Gaudin Gaudino Gaudio
Gaudioso Gaudreault Gaudry Gaudyn Gaughan Gauis Gauks Gauksdóttir Gauksson Gaulin Gaumond
Gautadóttir Gautason Gauthey Gauthier Gautier Gautis Gautreks Gautreksdóttir Gautreksson Gauts
Gautschi Gautsdóttir Gautsson Gautviðs Gautviðsdóttir Gautviðsson Gauvin Gauvreau Gava Gavaghan
Gavalier Gavalierová Gavenda Gavendová Gavican Gavigan Gavillet Gavin Gavina Gavino Gaviria
Gavorník Gavorníková Gavrilenko Gavrilets Gavrilin Gavrilina Gavrilishin Gavrilishina Gavriliv
Gavrilov Gavrilova Gavrilovska Gavrilovski Gavrilyuk Gavrish Gavrishkevich Gavryushenko
Gawkowska Gawkowski Gawliczek Gawlik Gawron Gawłowicz Gawłowska Gawłowski Gay Gaya Gayda
Gaydabura Gaydamaka Gaydar Gayday Gaydenko Gayduk Gayevska Gayevskiy Gaylord Gaynard Gaynor
Gaytán Gayvoronska Gayvoronskiy Gazdanov Gazdanova Gazola Gazu Gazzara Gazzo Gazzola Gaál
Gałach Gałaj Gałat Gałczyńska Gałczyński Gałecka Gałecki Gałęza Gaś Gašpar Gašparovič
Gašparovičová Gašparová Gažo Gažová Gcaba Gcaleka Gcugcwa Gcumisa Gcwabe Gcwensa Gealabháin
Gealagáin Gealbháin Geannáin Geany Geanáin Gearabháin Gearachaigh Gearailt Gearchaigh Geard
Geargáin Gearty Geary Gebashe Gebauer Gebbinck Gebbing Gebbink Gebhardt Gebhezi Gebink Gedeonov
Gedeonova Gedeza Gedi Gee Geelen Geelens Geelijnck Geelijnk Geelinck Geelink Geelkinck Geels
Geem Geene Geenen Geens Geeraerts Geerdes Geerdink Geerkes Geerlichs Geerling Geerlings Geers
Geerts Geertsen Geese Geesinck Geesing Geesink Geesinkbulten Geessinck Geessing Geessink Geest
Geesynck Geeszinck Geffen Geffroy Gegić Geherty Gehre Gehri Gehrig Gehring Gehringer Gehrke
Geier Geiger Geijer Geilvoet Geimhridh Geinoz Geiradóttir Geirarðs Geirarðsdóttir Geirarðsson
Geirason Geirfinns Geirfinnsdóttir Geirfinnsson Geirharðs Geirharðsdóttir Geirharðsson
Geirhjörts Geirhjörtsdóttir Geirhjörtsson Geirhvats Geirhvatsdóttir Geirhvatsson Geiris
Geirlaugs Geirlaugsdóttir Geirlaugsson Geirleifs Geirleifsdóttir Geirleifsson Geirmunds
Geirmundsdóttir Geirmundsson Geirröðs Geirröðsdóttir Geirröðsson Geirs Geirtryggs
Geirtryggsdóttir Geirtryggsson Geirvalds Geirvaldsdóttir Geirvaldsson Geirólfs Geirólfsdóttir
Geirólfsson Geirþjófs Geirþjófsdóttir Geirþjófsson Geisel Geiser Geisladóttir Geislason Geisler
Geislis Geissbühler Geissler Geissmann Geiszler Geißler Gelabert Gelardi Gelasimov Gelasimova
Gelckinck Geldens Gelder Gelderkamp Gelderskamp Gelekinck Gelemanović Gelen Gelens Gelijnck
Gelin Gelinck Gelink Gelkinck Gelkincks Gelkink Gelleckinck Gellekinck Gellemeyer Gelli
Gellijnck Gellinck Gelling Gellink Gellirs Gelo Gelsingh Gelsink Gelso Gelsomino Gemelli Gemen
Gemert Gemignani Gemito Gemma Gemme Gemmink Gemza Genazzi Gencarelli Gence Genco Gendek Gendera
Gendre Gendreau Gendron Gendt Geneart Genechten Genefaas Genest Genet Genetelli Genetti
Gengeshe Gengler Gengo Genin Gennadiyev Gennadiyeva Gennarelli Gennari Gennaro Gennusa Gennuso
Genolet Genot Genoud Genova Genovesi Gens Gensch Gent Gentenaar Gentil Gentilcore Gentile
Gentileschi Gentili Gentilini Gentry Gentzel Geoffroy Geoghegan Geogiyevskaya Geogiyevskiy
George Georges Georgescu Georgiyev Georgiyeva Georgs Gepa Gera Geraci Geradóttir Geraghty
Geraldo Geralds Gerard Gerarghty Gerashchenko Gerasimov Gerasimova Geraskin Geraskina Gerason
Gerassimov Gerbeldijnck Gerbeldinck Gerbennow Gerber Gerberdinck Gerdel Gerdes Gerega Gereta
Gergely Gerhard Gerhardt Gerhold Gerig Geris Gerlach Gerloffs Germain German Germann Germano
Germanov Germanova Germogenov Germogenova Gerold Gerrits Gerritse Gerritsen Gerritsma Gerritz
Gerritzen Gerrow Gerschler Gersen Gershanov Gershanova Gerson Gerst Gerstle Gertsen Gertz Gerus
Gervais Gerverdinck Gerwerdinck Gerwijns Gerwijnsz Gerzner Gerðars Gesell Gesijnck Gesinck
Gesink Gesinx Gesker Gespers Gestel Gests Gestsdóttir Gestsson Getka Geudens Geuens Geuking
Geun Geurders Geurekinck Geurink Geurinks Geurkinck Geurkink Geurts Geuën Gevaert Geven
Geverdink Gevers Gex Geyer Geyking Geárd Gfeller Ghabhann Ghafoor Ghailing Ghallóglaigh Ghaly
Ghanee Ghannam Gharbi Ghasaan Ghauth Ghayoor Ghazi Ghazzal Gheimhridh Gheorghiu Gherbi Ghezzi
Ghidossi Ghille Ghilleathain Ghirlanda Ghirmai Ghirr Ghislain Ghisletta Ghivan Ghoerle Ghoill
Ghose Ghosh Ghuala Ghunayn Ghunna Ghutayf Giacconi Giacomele Giacomeli Giacomelli Giacometti
Giacomo Giamboni Giammusso Gianascio Gianella Gianetta Gianetti Gianinazzi Giannelli Giannetti
Giannini Giannone Giannotti Giannuzzi Gianola Gianolli Gianora Gianotti Gianvecchio Giasson
Gibb Gibbon Gibbons Gibbs Gibert Gibilisco Giblin Gibne Gibney Gibson Gichana Gicheru Gichohi
Gichuhi Gichuki Gichuru Gicquel Giebel Giebing Giebink Giec Giedrojć Giehl Giel Gielen Gielinck
Gielink Giellinck Gier Gierach Gierak Gierasimiuk Gierat Gierek Giergielewicz Gieriet Gierisch
Gierkinck Gierkink Gieroń Giers Gierschner Giersiepen Giersz Gierymska Gierymski Giesa Giesche
Giese Giesinck Giesing Giesink Giesler Giessinck Giessink Gietka Giezek Giezendanner Gieß
Giffel Giffele Gifford Gigaba Giger Gigli Gignac Gigon Giguère Gijbinck Gijling Gijn Gijsbers
Gijsbersen Gijsberts Gijsen Gijskes Gijssberts Gikonyo Gil Gilabert Gilardi Gilardoni Gilbane
Gilbert Gilberts Gilbride Gilchrist Gilde Gildea Gildhuis Gilduff Giles Gilewicz Gilgen Gilgunn
Gilhooly Gill Gillabert Gillain Gillan Gillard Gilleathain Gillen Gilles Gillespie Gillet
Gilliam Gilliand Gillic Gillick Gillies Gilligan Gilliland Gillis Gillièron Gilliéron Gilliúin
Gillooly Gillot Gillín Gilmars Gilmartin Gilmore Gilroy Gils Gilsenan Gilson Gilyarovskaya
Gilyarovskiy Gimenez Gimeno Giménez Gina Gindl Giner Ginese Ginesio Ginevan Gineá Ging Gingras
Ginier Gininda Ginkel Ginneadha Ginneke Ginneá Ginneádha Ginnitty Ginnity Gintalas Ginty
Ginzburgas Gioballáin Giobaláin Gioberti Giobini Giobláin Giobúin Giobún Giolitti Giolla
Giollagáin Giollarnáth Giollarua Giollaruaidhe Giolláin Gionnachtaigh Gionnáin Gionáin
Giorgetti Giorgio Giorno Giovannetti Giovanoli Giovine Giradello Giraldo Giralt Girard Girardet
Girardin Giraud Girault Giro Girolamo Girona Girouard Giroux Girschner Girshovich Girvan Girón
Gisbert Gisberts Gisbertzen Giselmeyer Gisiger Gislason Gisler Giss Gissel Gisssdóttir Gisssson
Gitahi Gitari Gitau Githaiga Githinji Gitonga Gitz Giudice Giudici Giuduce Giuliani Giulietti
Giunti Giuriato Giuriatto Giusti Givargizov Givargizova Givelli Givern Gizs Gizsdóttir Gizsson
Giża Gjertsen Gjoklaj Gjura Gjúkadóttir Gjúkason Gjúkis Gladilin Gladilina Gladkov Gladkova
Gladyshev Gladysheva Glaisne Glanc Glapiak Glaser Glasnović Glass Glasses Glassey Glasáin
Glatting Glatz Glaus Glauser Glavan Glavaš Glavin Glavor Glaza Glazer Glazier Glazik Gleannáin
Gleason Gleasure Gleba Gledhill Gleeson Glegoła Gleichen Gleichner Gleis Glenc Glenn Glennon
Glerum Glerup Gleuiwen Glewen Gliasáin Glica Glieuwen Gligora Gligorov Gligorova Glijven
Glijwen Glineur Glinka Glionnáin Glionáin Glod Gloden Glodt Gloin Gloinn Gloinne Glonek Gloor
Gloria Gloster Glostéir Glover Glud Gluen Gluewen Glukhovskaya Glukhovskiy Glushik Gluwen
Glyadelkin Glyadelkina Glynn Gláibhín Gláimhín Glóadóttir Glóason Glóis Glúms Glúmsdóttir
Glúmsson Glück Gmeiner Gmur Gmurczyk Gmünder Gmür Gnatyuk Gnatz Gnedich Gneistadóttir
Gneistason Gneistis Gniewek Gnilorybov Gnilorybova Gnodde Gnos Gnyp Gnädinger Gnímh Gnúps
Gnúpsdóttir Gnúpsson Gnýrs Goba Gobas Gobbato Gobbo Gobeil Gobeli Gobert Gobet Gobhann Gobhozi
Goblet Gobáin Gockinga Gocník Gocníková Goda Godana Godard Godart Godbout Goddard Godec
Godefroid Godefroy Godel Godenzi Goderts Godet Godfrey Godfroid Godide Godin Godinić Godlewska
Godlewski Godly Godoy Godschalk Godschalx Godunok Godyń Godzik Godzisz Godzwon Godínez Goebel
Goedegebuur Goedert Goedhart Goedheer Goedicke Goeijers Goekinga Goel Goelden Goerens Goergen
Goerkes Goerkinck Goerkink Goerle Goermans Goese Goeszen Goethals Goethem Goetz Goetzinger Goff
Goffaux Goffin Goffinet Gogacz Gogan Gogarty Goggin Gogol Gogola Gogolewska Gogolewski
Gogolyanovska Gogolyanovskiy Gogua Gogáin Gogół Gohar Goheen Goibín Goicoechea Goijkink Goik
Goill Goillidhe Goilín Goireachtaigh Goirhuis Gois Goj Goje Gokhale Gokov Gola Golaj Golak
Golan Golay Golczyk Golda Goldbach Goldbeck Golden Goldes Goldfuss Golding Goldkamp Goldkühle
Goldner Goldoni Goldrick Goldschmidt Goldstein Gole Golenia Golgi Goliasz Golik Golikov
Golikova Golino Golisz Goliszek Golka Golla Gollan Goller Golling Gollner Gollnow Gollum
Golláin Golob Goloborodko Golofteyev Golofteyeva Golomski Golon Golonko Golovachyov Golub
Golubev Golubeva Golubić Golunov Golunova Golus Golyash Gombert Gomboc Gombrowicz Gomes Gomez
Gomila Gomis Gommersbach Gomoła Gompers Gomuła Gomzikov Gomzikova Gona Goncalves Goncharov
Goncharova Gondz Gonet Gong Gonin Gonsior Gonthier Gontšarov Gonzaga Gonzales Gonzalez Gonzalo
Gonzalves Gonzáles González Gonçalves Gonçalvez Good Goodman Goodwin Gooelden Goorhuijs
Goorhuis Gooris Goorkes Goorkijnck Goorkinck Goorman Goormans Goors Goosen Goosens Goossen
Goossens Goot Gootijnck Goovaerts Goovers Goozeman Gopal Gopink Goral Goralbert Goralik
Gorbachev Gorbacheva Gorbachyov Gorbunov Gorbunova Gorchev Gorcheva Gorczany Gordeyev Gordeyeva
Gordillo Gordon Gore Gorelov Gorelova Gorenc Gorenshteyn Gores Gorevan Gorey Gorgol Gorham Gori
Goris Gorjup Gorkijnck Gorkinck Gorkink Gorkiy Gorkum Gorlanov Gorlanova Gorlitz Gorlov Gorlova
Gorman Gormsen Gormáin Gorol Gorp Gorrinck Gorshkov Gorshkova Gort Gortat Gortworst Gorus
Gorzelańczyk Gosch Gosek Gosens Gosiewska Gosiewski Gosik Goska Goslicx Gosman Gospodarek Goss
Gosschalk Gosselick Gosselin Gosselinck Gosselink Gosset Gossiaux Gossinck Gossink Gossweiler
Gostev Gosteva Goswami Gosz Gotfredsen Gotfryd Gothraidh Gotić Goto Gotsholo Gott Gottardi
Gottardo Gotthard Gotthardt Gotti Gottlieb Gottschalk Gottskálks Gottsponer Gottsveinns Gotz
Goudreau Goudriaan Gougeon Gough Gouin Goujon Gould Goulden Goulding Goulet Goupil Gour Gouvea
Govaerts Govarts Govers Govoni Govorčinović Gowe Gowin Goworek Goy Goyaerts Goyal Goyer Goyette
Goyvaerts Gozdur Gozzano Gozzi Goðadóttir Goðason Goðis Goðmunds Goðmundsdóttir Goðmundsson
Goñi Gołas Gołek Gołofit Gołota Gołoś Gołębiewska Gołębiewski Goś Gościniak Graaf Graal
Graaskamp Graauwert Graaven Grab Graban Grabara Grabarz Grabas Grabau Grabczak Graber Grabher
Grabias Grabińska Grabiński Grabner Grabowski Graboń Graboś Grabska Grabski Grace Gracia Gracin
Gradek Gradenigo Gradinarova Grado Grady Gradzki Grae Graes Graeve Graf Grafinin Grafinina
Grafstra Grafström Graham Grahams Grahn Graindorge Graith Graj Gral Grallaigh Gram Gramhna
Grams Gramsci Gramza Granado Granados Granadóttir Granason Granat Granatelli Granath Granberg
Grand Grand-Pre Grande Grandgirard Grandjean Grando Graner Grange Granger Granges Granier
Granin Granina Granis Grankells Grankelsdóttir Grankelsson Granlund Granqvist Granström Grant
Granzottin Granzotto Gras Graskamp Grasse Grasser Grasseto Grassetto Grassi Grassl Grasso
Grateler Gratie Grattan Gratton Gratz Gratzer Gratzky Gratzl Grau Gravel Graveman Graven
Gravensande Graver Graversen Graves Gravesen Gravestein Gravgaard Gravina Gravink Grawekamp
Gray Graça Graś Grba Grbac Greadaigh Grealaigh Grealish Greally Greanacháin Greaney Greave Greb
Grebenshchikov Grebenshchikova Grebink Greca Grechanik Grechko Greco Gredičak Greef Greehy
Greelish Greely Green Greene Greenfelder Greenholt Greenwood Greer Greevers Greevinck Greevink
Greger Gregersen Greggio Gregio Gregoire Gregolin Gregor Gregorczuk Gregorek Gregori Gregorio
Gregorič Gregorová Gregorowicz Gregors Gregory Gregov Gregurić Greguš Gregušová Greig Greij
Grein Greiner Greips Greipsdóttir Greipsson Greisch Greithanner Gremese Gren Grenier Grennan
Grenon Grentink Grepps Greppsdóttir Greppsson Grept Gres Greschner Greszta Gretars Greter
Grethen Grettirs Greub Greupink Greutink Greuvink Greve Grevenbrinck Grever Grevers
Grevershutte Grevijnck Grevinck Grevinckhans Grevinckhof Grevinckhoff Grevincks Greving Grevink
Grewal Grey Grgić Grgurević Grgurić Grgurovac Grialais Griallais Grianna Grianra Grianáin Grib
Gribanov Gribanova Gribble Gribbroeck Gribbroek Grichting Grieder Grieg Griego Griem Griese
Griesen Griessen Griesser Grievinck Grievink Griezen Grifeo Griffen Griffin Griffioen Griffith
Griffiths Grifín Grigoriev Grigorov Grigorova Grigorovich Grigoryev Grigoryeva Grijalva
Grijbbrock Grijbbroeck Grijmkens Grijsen Grijvincx Grill Grillo Grim Grimani Grimard Grimaud
Grimberg Grimes Grimm Grimstad Grin Grina Gringhuis Grinius Grinsven Grishin Grishina
Grishkovets Grisoni Gritsch Gritsenko Gritti Groarke Grob Groborz Grobério Grochola Grocholska
Grocholski Grochowiak Grochowina Grochowska Grochowski Grodek Groen Groenendaal Groenestein
Groenewaldt Groenewoud Groenhof Groenhoff Groeninck Groenincks Groenink Groepinck Groetenhuis
Grogan Grognuz Grojean Grol Groleau Grolimund Grolla Grolle Gromala Gromisch Gromov Gromova
Gronberg Grond Gronde Grondel Grondelle Grondin Gronkiewicz Gronostaj Gronskis Groof Groogan
Groos Groot Groote Grooteboer Grooteman Grootenhoes Grootenhuijs Grootenhuis Grootenhuys
Grooters Grootherder Grootholtink Groothorst Grootkamp Grootmeijer Grootnibbelink Grootthuijsen
Gropinck Gropink Gros Grosjean Groskamp Gross Grosse Grossen Grossenbacher Grosser Grossheim
Grossi Grossini Grosskopf Grossman Grossniklaus Grosso Grosz Grote Grotehuis Grotek Groten
Grotendorst Grotenhouse Grotenhuijs Grotenhuis Grotenhuys Groters Groth Grothaus Grothkopp
Grotink Grotke Groulx Grover Growney Grozdanovska Grozdanovski Groznyy Groß Groń Gruagáin
Grubba Grubbinck Grube Gruber Grubišić Gruchot Gruijl Gruijter Gruil Grun Grund Grunde
Grundmann Grundner Grunin Grunina Gruning Grunt Grunwald Grunwink Grupa Grupe Gruskamp Gruson
Gruszczyk Gruszecki Gruter Gruther Gruza Gryazev Gryazeva Gryciuk Grycz Gryga Grygo
Grygorcewicz Grygorowicz Gryka Grymuza Grys Gryska Gryszkiewicz Gryta Grzebyk Grzech Grzegorzak
Grzejszczak Grzela Grzelak Grzelczyk Grzelec Grzenia Grzesiak Grzesiek Grzesiuk Grzeszkowiak
Grześków Grznár Grznárová Grzywnowicz Gráda Grádaigh Grádha Gráinne Grálaigh Grállaigh Grás
Gréacháin Grégoire Gréil Gréill Gréine Grétars Gríbhthín Grífín Grímars Grímkells
Grímkelsdóttir Grímkelsson Grímlaugs Grímlaugsdóttir Grímlaugsson Grímnirs Gríms Grímsdóttir
Grímsson Grímólfs Grímólfsdóttir Grímólfsson Grímúlfs Grímúlfsdóttir Grímúlfsson Gríobhtha
Gríobhtháin Gríofa Gríofha Grósz Grönberg Grönblom Grönlund Grönroos Gröss Gröttner Grötzinger
Grøn Grønbech Grønborg Grønbæk Grøndahl Grønhøj Grønkjær Grønlund Grønning Grün Grünberger
Grünenfelder Grüner Grünigen Grünwald Grütter Grądziel Grębowiec Grňa Grňová Gržetić Gržinčić
Gschaider Gschwandtner Gschwend Gschwind Gsell Gstrein Gstöhl Gu Guaire Guairim Guajardo Gual
Gualandi Gualtieri Guarana Guarato Guard Guardado Guardia Guardiola Guariento Guarneri Guarnier
Guay Gubain Gubben Guberman Gubernat Guberović Gubeshe Gubhela Gubhuza Gubler Gubser Gubulundu
Gubéran Gucci Gucciardo Guccio Guccione Gucwa Gude Gudelj Guedes Guegan Gueguen Guellec Guen
Guenat Guendouz Guercio Guerdat Guerfi Guerin Guerini Guerink Guerino Guerra Guerreiro Guerrera
Guerrero Guerrieri Guerriero Guerrini Guerry Guertin Guery Guessoum Guetg Guevara Guggenberger
Gugger Guggisberg Guglielmetti Guglielmi Guglielmino Guglielmo Gugliotta Gugliotti Gugliuzza
Gugushe Gugán Guha Guibert Guibhir Guicciardini Guichard Guida Guidetti Guidhir Guidi
Guidicelli Guidini Guido Guidolini Guidone Guidotti Guignard Guihan Guijarro Guilbaud Guilbault
Guilbert Guilfoyle Guilherme Guillard Guillaume Guillemette Guillemin Guillemot Guillen Guillet
Guillon Guillot Guillou Guillén Guillí Guimarães Guimond Guinan Guinane Guindon Guinevan Guiney
Guinizzelli Guinnane Guinness Guiot Guiraud Guiry Guisolan Guisso Guit Guitart Guithín Guitton
Guizzardi Gujan Guk Gul Gula Gulan Gularte Gulati Gulbrandsen Gulcher Guldager Guldborg
Guldbrandsdatter Guldbrandsen Guldbæk Gulden Guldimann Gule Gulfam Gulgowski Gulino Guliwe
Gulla Gulladóttir Gullason Gullberg Gullery Gulli Gullotta Gullotti Gulotta Gulshan Gulyayev
Gulyayeva Gulyás Guma Gumadóttir Gumann Gumason Gumbi Gumede Gumieniak Gumienna Gumienny
Gumilyov Gumis Gummelt Gumprich Gumuła Gumy Gunarto Gunawan Gundersen Gunderson Gunkel Gunko
Gunn Gunnars Gunnarsson Gunnbergs Gunnbjörns Gunndórs Gunngeirs Gunnhalls Gunnhallsdóttir
Gunnhallsson Gunning Gunnlaugs Gunnlaugsdóttir Gunnlaugsson Gunnleifs Gunnleifsdóttir
Gunnleifsson Gunnröðs Gunnröðsdóttir Gunnröðsson Gunnsteinns Gunnvalds Gunnvaldsdóttir
Gunnvaldsson Gunnóladóttir Gunnólason Gunnólfs Gunnólfsdóttir Gunnólfsson Gunnólis Gunnþórs
Gunpf Gunten Gunther Guntli Guo Gupalo Gupta Gurba Gure Gurevich Gurrieri Gurskaya Gurskiy
Gurtner Gurule Guryev Guryeva Guscetti Guselnikov Guselnikova Gusev Guseva Gushchin Gushchina
Gusikowski Gussenclo Gussenklo Gussenkloo Gussincklo Gussinckloe Gussincloo Gussinklo
Gussinkloe Gussoni Gustafson Gustafsson Gustavs Gustavsen Gustavsson Gustaw Gustencloo Gustin
Gut Gute Gutenyov Gutermuth Gutes Guthrie Gutierrez Gutiérrez Gutjahr Gutknecht Gutkowski
Gutmann Gutowicz Gutowska Gutowski Gutschank Gutsko Gutsulyak Guttadóttir Guttason Gutters
Guttis Guttorms Guttormsdóttir Guttormsen Guttormsson Gutzwiller Guy Guyard Guyer Guyo Guyon
Guyot Guz Guzdek Guzenko Guziak Guziy Guzman Guzmán Guzzetta Guzzi Guzzo Guélat Guénette
Guérard Guérette Guérin Guðbergs Guðbergsdóttir Guðbergsson Guðbjarnadóttir Guðbjarnason
Guðbjarnis Guðbjarts Guðbjartsdóttir Guðbjartsson Guðbjörns Guðbrands Guðbrandsdóttir
Guðbrandsson Guðfinns Guðfinnsdóttir Guðfinnsson Guðfreðs Guðfreðsdóttir Guðfreðsson Guðgeirs
Guðjóns Guðlaugs Guðlaugsdóttir Guðlaugsson Guðleifs Guðleifsdóttir Guðleifsson Guðleiks
Guðleiksdóttir Guðleiksson Guðmanns Guðmars Guðmons Guðmunds Guðmundsdóttir Guðmundsson
Guðnadóttir Guðnason Guðnis Guðráðs Guðráðsdóttir Guðráðsson Guðröðs Guðröðsdóttir Guðröðsson
Guðsteinns Guðvarðs Guðvarðsdóttir Guðvarðsson Guðveigs Guðveigsdóttir Guðveigsson Guðvins
Guðþórs Guściora Guštin Guźniczak Gwacela Gwagwa Gwala Gwamanda Gwanyana Gwara Gwardiak Gwerder
Gwija Gwizdek Gwynn Gxabhashe Gyamfi Gyamfiaa Gyarmati Gyasi Gyasiwaa Gyepes Gygax Gyger
Gylfadóttir Gylfason Gylfis Gyllenhaal Gyllenstierna Gylling Gyrðirs Gysel Gysin Gyulai Gyulay
Gyurta Gzhitska Gzhitskiy Gzyl Gábháin Gáibhtheacháin Gáibhín Gáineard Gál Gálik Gáliková
Gálová Gálvez Gámez Gánaird Gárate Gárdonyi Gáspár Gähwiler Gämperle Gärtner Gäumann Géaran
Géaráin Géibheannaigh Géibhinn Géidigh Gélinas Généreux Gérard Gídeons Gígjars Gígsdóttir
Gígsson Gíontaigh Gísladóttir Gíslason Gíslis Góadóttir Góason Góes Góis Gómez Góraj Górecki
Górka Górkiewicz Górnisiewicz Górska Górski Górzyńska Górzyński Góðadóttir Góðason Göbel
Göckeritz Göhler Gökgöz Gölden Göncz Gönültaş Göransson Görg Göring Görlich Görmer Göschl Götz
Götzelmann Gözəlov Gúnáin Gústafs Gústavs Gübeli Gül Güldemeister Gülen Güller Gümüşpala Günday
Günther Günz Gürbig Gürmen Güçlü Gýgjars Gýmirs Gąbka Gągała Gąsienica Gąsiorowska Gąsiorowski
Gąszczak Gębura Gęca Gęgotek Gęsiarz Gładka Głowacki Głowiak Głowienka Głownia Głuszko Gəncəli
Gəraybəyli HAN HAO HO HOU HSIA HSIANG HSIAO HSIEH HSIN HSING HSIUNG HSU HSUEH HU HUA HUANG HUNG
Haack Haaf Haag Haagen Haagensen Haahr Haak Haake Haaland Haan Haaning Haank Haanraads
Haanraadts Haanraats Haanrade Haanrath Haapala Haapalainen Haapanen Haapaniemi Haar Haarlem
Haars Haartman Haartmans Haas Haase Haastrup Haataja Haave Haavik Haavisto Habdas Habel Haber
Haberl Habermacher Habha Habib Habibi Habibov Habibova Habich Habicht Habink Hablák Habláková
Habpanom Habšuda Habšudová Hache Hachemi Haché Hack Hackbusch Hackelbusch Hackenbroeck
Hackenbroick Hackenfort Hacker Hackett Hackl Hacıbəyli Hacıbəyov Hacızadə Hadam Hadała Hadaś
Haddad Haddadóttir Haddason Haddick Haddis Haddouche Hadds Haddsdóttir Haddsson Hadebe Haderer
Hadfield Hadhlairt Hadhra Hadichayeva Hadijayeva Hadjadj Hadji Hadrović Hadwich Hadžić Hae
Haecke Haecken Haeege Haeffkens Haeffkes Haefkes Haefliger Haeften Haege Haegen Haeghe Haeke
Haeken Haen Haengreve Haenraats Haenraets Haer Haering Haersolte Haerteminck Haertman Haertmans
Haestenborch Haeve Haeveken Haevekes Haeverkamp Haeveste Hafbergs Haferkamp Hafgríms
Hafgrímsdóttir Hafgrímsson Hafkenscheidt Hafliðadóttir Hafliðason Hafliðis Hafmans Hafnadóttir
Hafnars Hafnason Hafner Hafnis Hafsteinns Hafþórs Haga Hagalíns Hagan Hagara Hagarová Hagbarðs
Hagbarðsdóttir Hagbarðsson Hagberg Hagberts Hage Hagelin Hagen Hagenbuch Hagendoorn Hagendorp
Hagenei Hagenes Hagens Hager Hagerstrom Haggerty Hagh Haghe Haglund Hagman Hagmann Hagreize
Hagström Hagtvedt Hahessy Hahn Haibheartaigh Haichir Haicke Haicken Haicéad Haid Haiden Haider
Haidhleart Haidinger Haikinck Hailgheanáin Hailgheasa Hailpín Hailín Haimhirgín Hainaut
Hainchín Haindl Haines Hainifín Hainion Hainligh Hainmhireach Hainmneach Hains Hainthín Hainzl
Hainín Hairbheasaigh Haire Hairmeasaigh Hairmheasaigh Hairt Hairtnéada Haiseadha
Haithbheartaigh Haithchir Haitheasa Haitink Hajda Hajdas Hajdasz Hajder Hajdu Hajduga
Hajdukiewicz Hajdú Hajek Haji Hajnal Hak Hakadóttir Hakala Hakason Hake Haken Hakim Hakis
Hakkarainen Hakkenbrock Hakker Hakkert Haksel Hakstege Hakulinen Hakyemez Hal Halake Halama
Halambek Halapir Halbeisen Halberg Hald Halder Halderdijk Halderiet Hale Haley Halfman Halicka
Halicki Halidov Halik Halim Halimah Halkjær Hall Hallacháin Hallahan Hallanan Hallberg
Hallbergs Hallbjörns Halldórs Halle Haller Hallerdijk Hallers Halleux Halley Hallfreðs
Hallfreðsdóttir Hallfreðsson Hallgarðs Hallgarðsdóttir Hallgarðsson Hallgeirs Hallgils Hallgren
Hallgríms Hallgrímsdóttir Hallgrímsson Hallik Hallin Hallinan Hallissey Hallkells
Hallkelsdóttir Hallkelsson Hallmann Hallmanns Hallmars Hallmhúráin Hallmunds Hallmundsdóttir
Hallmundsson Hallnäs Halloran Halls Hallsdóttir Hallsson Hallsteinns Hallström Hallvarðs
Hallvarðsdóttir Hallvarðsson Hallé Hallþórs Halme Halmhain Halonen Halpen Halpin Halrijte
Halrijtt Halsdorf Halter Haltinner Haluška Halušková Halvarsson Halvorsen Halvorson Halák
Haláková Halász Ham Hamadi Hamadouche Hamaland Hamann Hamars Hambro Hambroick Hamburger Hamdani
Hamdi Hamel Hamelin Hamelink Hamera Hamerla Hames Hamidi Hamill Hamilton Hamisi Hamlaoui
Hammadi Hammar Hammarberg Hammarström Hammer Hammerer Hammerl Hammes Hammond Hamon Hamoudi
Hampe Hampel Hampl Hampton Hamrlík Hamrol Hamza Hamzaoui Hamzaoğlu Han Hanafin Hanak Hanaková
Hanas Hanbury Hanc Hancock Hand Handa Handayani Handberg Hande Handke Handl Handler Handzel
Hane Haneberg Hanegraaff Hanek Haneková Hanenberger Hanevold Haney Hangala Hangl Hanimann Hanka
Hankard Hanke Hankiewicz Hanko Hanková Hanley Hanlon Hanluain Hanly Hanna Hannagáin Hannah
Hannaidh Hanncard Hannecart Hannecker Hannes Hannibals Hannigan Hannink Hanniske Hannlaoigh
Hannon Hannracháin Hannraoi Hannula Hanrachtaigh Hanraets Hanrahan Hanraoi Hanratty Hans
Hansdatter Hansdotter Hanseler Hanselmann Hansen Hanski Hanson Hanssen Hanssens Hansson Hanus
Hanusek Hanuseková Hanusiak Hanuska Hanusková Hanusová Hanuška Hanušková Hanvelt Hanzel
Hanzelová Hanzlík Hanák Hanáková Hançer Hanúsek Hanúseková Hanúska Hanúsková Hanžek Hao Haodha
Haodhgáin Haogáin Haoidhne Haoilbheard Haoileáin Haolláin Haoláin Haonghuis Haonghusa Hapka
Haponiuk Hara Haraburda Harahoe Haralds Haraldsdóttir Haraldsen Haraldsson Haran Harapin
Harasimiuk Harber Harbers Harbo Harboe Harckel Harckell Harckinck Harcáin Harde Hardegger
Harder Hardes Hardi Hardiansyah Hardie Hardiman Hardin Harding Hardink Hardmeier Hardouin Hardy
Hare Hareide Haremza Haren Harenberg Harent Harewood Hargadon Hargadáin Hargan Hargasser
Hargreaves Hargáin Hari Haring Haringh Hariyah Harju Harjula Harkel Harkimo Harkin Harkins
Harley Harloff Harman Harmelinck Harmeling Harmelink Harmens Harmes Harmolen Harmolle Harmon
Harms Harmsen Harmssen Harmzen Harnapp Harnett Harnois Haro Haroian Harper Harperink
Harrachtáin Harradóttir Harragáin Harrason Harrell Harrer Harri Harrihy Harrington Harris
Harrison Harrisson Harry Harrys Harrysson Harrýs Harst Harstmanshof Hart Harta Hartagáin
Hartati Harte Hartemink Harter Harterink Harteveld Hartgerink Hartigan Hartikainen Harting
Hartjens Hartl Hartley Hartlieb Hartman Hartmann Hartmanns Hartmans Hartnett Hartog Hartshorne
Hartung Hartvig Hartvigs Hartvigsen Hartwig Harty Hartz Harvan Harvanová Harvey Harvánek
Harváneková Harwegh Harwich Haryanti Haryanto Hasan Hasanah Hasani Hasanov Haschke Hase
Hasegawa Hasek Haselaar Hasenkamp Hashagen Hashimoto Hasiak Hasink Haslauer Hasler Haslinger
Haslund Haspengouw Hass Hassan Hassanah Hassani Hasse Hassel Hassels Hasselt Hassett Hassfeld
Hassinck Hassinen Hassing Hassink Hassler Hastey Hastie Hastings Hastuti Hasty Hatch Hatfield
Hattem Hattemink Hattestad Hattingen Hattinger Hatton Hauberich Hauck Haudenschild Hauenstein
Hauer Hauert Hauffer Haug Haugaard Hauge Haugen Hauger Haugerud Haugh Haughey Haugland Haugli
Haugwitz Hauke Haukland Hauks Hauksdóttir Hauksson Hauksteinns Haukvalds Haukvaldsdóttir
Haukvaldsson Haumann Haumer Haupert Haupt Hausammann Hausberger Hauser Hausler Haussener
Hauswirth Hautala Hautamäki Hautum Hauwerincks Have Havekes Havel Havelka Haven Havener
Havercamp Haverdik Haverdil Haverdink Haverinen Haverkamp Haverkate Haverland Haverlant
Haverney Haverty Haveste Havestede Havestee Havesteede Havlíček Havlíčková Havran Havranka
Havranko Havranková Havranová Havránek Hawe Hawken Hawkins Hawro Hawrylak Hawthorn Hay Hayashi
Hayden Hayek Hayer Hayes Haynes Hayre Hayrioğlu Hays Hayward Hazen Hazenveld Hałat Hałka Haňak
Haňaková Haňák Haňáková Hašek Haščák Haščáková He Heachadha Heachthigheirn Heacken Head Headhra
Heaffy Heaghra Heaghráin Healey Heallaigh Healy Heaney Heaphy Hearbhaird Hearbhard Hearcáin
Hearghail Hearghaile Hearn Hearne Hearnáin Hearráin Hearty Hearáin Heath Heathcote Heavey Heba
Hebenstreit Heberstreit Hebert Hebing Hebink Hebrink Hechenberger Hechler Hecht Hechte Heck
Hecke Hecker Heckerfeldts Heckerfelt Heckervelts Heckett Heczko Hedberg Hedderman Hede
Hedegaard Hedermann Hedigan Hediger Hedin Hedinger Hedlund Hedman Hedstrom Hedström Heeb
Heebink Heeckeren Heeft Heeght Heegt Heegte Heek Heekeren Heel Heelan Heelders Heelinck
Heelmerdijnck Heemelmaat Heeminck Heemink Heenan Heeney Heer Heerdink Heere Heeren Heerenveen
Heericks Heerkens Heerlinck Heerschop Heersinck Heersink Heerzink Heesen Heetbrinck Heetbrink
Heetinck Heetkamp Heettkamp Heezen Heffernan Hefferon Heffron Hefti Hegarty Hegde Hegedüs
Hegedűs Hegelund Heger Hegetschweiler Hegg Heggarty Hegge Hegglin Hegh Hegmann Hegner Hehir
Hehl Heibhrín Heichthigheirn Heickinck Heida Heide Heideagáin Heidelberg Heidelmann Heideman
Heidemans Heiden Heidenreich Heidenreiter Heidenstam Heidermann Heiderscheid Heidhin Heidler
Heidrich Heifearnáin Heifrín Heigheartaigh Heigl Heigoor Heijckinck Heijde Heijdeman Heijden
Heijdoma Heijerman Heijijnck Heijinck Heijink Heijkinck Heijkincks Heijkink Heijman Heijmans
Heijmen Heijn Heijnck Heijnen Heijnsdijke Heijsterborg Heikinck Heikirs Heikkilä Heikkinen
Heilbron Heileman Heilmóðs Heilmóðsdóttir Heilmóðsson Heilíre Heim Heiman Heimans Heimhrín
Heimirs Heimirsson Hein Heinaman Heindl Heineman Heinemann Heinen Heinig Heiniger Heinimann
Heinink Heinke Heino Heinola Heinonen Heinreks Heinreksdóttir Heinreksson Heinrich Heinrichs
Heins Heinsalu Heinsoo Heintz Heintze Heinz Heinze Heinzer Heinzl Heinzmann Heinänen
Heireamhóin Heirens Heisadóttir Heisason Heisbrook Heiser Heisis Heiskanen Heislin Heiss
Heissenberger Heist Heisterboom Heiteagáin Heithchir Heithir Heiðarrs Heiðars Heiðbergs
Heiðberts Heiðlinds Heiðlindsdóttir Heiðlindsson Heiðmanns Heiðmars Heiðmunds Heiðmundsdóttir
Heiðmundsson Heiðreks Heiðreksdóttir Heiðreksson Hejda Hejduk Hejlesen Hejmo Hejna Hekell
Hekkelman Hekker Hektors Hel Helak Helaoire Helbling Helbo Held Helder Helderijtt Helders
Heldstab Helen Heleniak Helenius Helery Helfenberger Helgadóttir Helgason Helgeland Helgemo
Helgesson Helgis Helin Helinck Helkamp Hell Hella Helland Hellberg Hellder Helle Hellecamp
Hellehorst Hellekamp Hellekampe Hellema Hellemans Heller Hellers Hellevoort Hellewege Hellgren
Hellman Hellmann Hellquist Hellqvist Hellsten Hellström Hellwig Helm Helman Helmer Helmeraet
Helmerdinck Helmerdink Helmerhorst Helmers Helmes Helmich Helmig Helmigh Helminck Helmincks
Helminen Helmink Helmke Helmúts Helpling Helsen Hely Hemelmaat Hemelmate Hemelrijk Hemeltjen
Hemeren Hemert Hemetsberger Hemijnck Hemilä Heminck Hemink Hemma Hemmen Hemmer Hemmerts Hemmi
Hemmijnck Hemminck Hemming Hemminga Hemmingsen Hemmink Hempenstall Hemsinck Hemsing Hemsink
Hemund Henao Henchoz Henck Hendarick Henders Henderson Hendrick Hendricks Hendricksen
Hendrickson Hendrickx Hendricx Hendriks Hendrikse Hendriksen Hendrikx Hendrikz Hendrikze
Hendrix Hendry Hendzel Henebry Heneghan Henegouwen Henery Heney Hengartner Hengel Hengen
Hengeret Hengestlo Hengeveld Hengevelt Henggeler Hengmith Henin Henk Henke Henkel Henneberg
Hennebry Hennekes Hennelley Hennelly Hennem Hennepe Hennequin Hennes Hennessey Hennessy Henni
Hennig Hennigan Henniker Henninck Hennings Henningsen Henningsson Hennink Hennix Henny Henrard
Henri Henric Henrich Henrichsdatter Henrichsen Henrici Henricx Henrij Henrijks Henriks
Henriksen Henriksson Henrion Henrique Henriques Henrotte Henry Henrys Henríquez Henrýs Hens
Henschel Hense Hensel Henserveld Hensley Henson Henst Hentel Hentschel Hentschke Henz Henzen
Henzi Heochach Heochadha Heochaidh Heodhasa Heodhusa Heoghain Heoghanáin Hepburn Hepenstall
Heppenheimer Hepperle Heraghty Heras Heraty Herault Herba Herberger Herbers Herbert Herberts
Herbertsz Herbjörns Herbjørnsrud Herboldijnck Herbrand Herbst Herbut Herceg Herck Herckel
Herckell Herckinck Herculano Herd Herda Herden Herder Herders Herdink Herdzik Heredia Heremans
Heretik Heretiková Hereward Herfinns Herfinnsdóttir Herfinnsson Herfkes Hergeirs Herger
Hergills Hergils Herhins Heribert Hericks Heriks Hering Herink Heripon Herity Herjólfs
Herjólfsdóttir Herjólfsson Herkel Herkelinck Herlaugs Herlaugsdóttir Herlaugsson Herleifs
Herleifsdóttir Herleifsson Herlihy Herlufs Hermalink Herman Hermann Hermanninc Hermanns
Hermanowicz Hermans Hermansen Hermansson Hermanszen Hermecke Hermelijnck Hermelinck Hermeling
Hermelink Hermens Hermes Hermighausen Hermiston Hermosilla Herms Hermsen Hermssen Hermunds
Hermundsdóttir Hermundsson Hermóðs Hermóðsdóttir Hermóðsson Hernandes Hernandez Hernando Hernik
Hernon Hernádez Hernández Herodes Herok Herold Heron Herout Herranz Herren Herrera Herrero
Herring Herrmann Hers Herschel Herschmann Hersirs Herskind Hersperger Herstal Hersteinns
Hersveinns Hertel Hertelieff Herten Hertlief Hertrampf Hertz Hervars Hervarðs Hervarðsdóttir
Hervarðsson Herve Hervelde Hervia Hervieux Hervins Hervás Hervé Herwede Herweg Herwig
Herzenberg Herzig Herzog Hesbaye Hesen Heser Heskin Heslick Heslin Hess Hesse Hessek Hessel
Hesselbach Hesselberg Hesselinck Hesseling Hesselingh Hesselink Hessellund Hessels Hessinck
Hessink Hession Hessler Hessynck Hestenes Hester Heszkinck Hetbrinck Hethur Hetkamp Hetmańczyk
Hettema Hetters Hettersche Hetterscheid Hetterscheij Hettinger Hettner Hetzler Heuberger Heuck
Heuertz Heuffeken Heuijtink Heuitinck Heuitink Heukelom Heule Heurne Heurninck Heurnink
Heurtink Heusden Heusels Heuser Heusinkveld Heusser Heutinck Heutink Heutschi Heuvel Heuvelboom
Heuvelsland Heuvink Heuwers Hever Hewelt Hewitt Hewson Hexspoor Heydemüller Heyden Heydrich
Heydərli Heyerdahl Heyink Heylen Heylgenhuis Heyman Heymans Heyne Heynen Heynsdijk Heyvaert
Hezen Heß Hećimović Hečko Hečková Hhoyiyane Hiarfhlaithe Hiarfhlatha Hiarnáin Hibbelink
Hiceadha Hicidhe Hickey Hickle Hickman Hicks Hicí Hicín Hicóg Hidalgo Hidayanto Hidayat
Hiddinck Hidding Hiddink Hiebink Hiebl Hiebrinck Hielman Hierro Hietala Hietanen Hietbrinck
Hietbrink Hietkamp Hietland Hietmaat Hifearnáin Higgins Highdink Highne Higijnck Higinck
Higueras Hijddijnck Hijdeman Hijen Hijenck Hijenk HijenkHaaken Hijginck Hijijnck Hijinck Hijink
Hijinkhaken Hijlink Hijllehorst Hijllen Hijman Hijmans Hijnck Hijnkamp Hijntkampe Hijting
Hilary Hilaríus Hilbelinck Hilbelink Hilberdinck Hilbergh Hilberink Hilbert Hilberts Hilbes
Hilblink Hilboldinck Hilboldings Hilbrinck Hilbrink Hildars Hildeboldinc Hildebrand Hildebrandt
Hildebrink Hildenbrand Hildersmith Hildibergs Hildibergsdóttir Hildibergsson Hildibrands
Hildibrandsdóttir Hildibrandsson Hildigeirs Hildiglúms Hildiglúmsdóttir Hildiglúmsson Hildimars
Hildimunds Hildimundsdóttir Hildimundsson Hildings Hildingsdóttir Hildingsson Hildirs Hildiþórs
Hilfiker Hilgendorf Hilger Hilhorst Hill Hillard Hillebrandt Hillebrandts Hillebrants
Hillebrantse Hillehorst Hillekamp Hillekes Hillen Hiller Hillerdinck Hillery Hilliard Hilligen
Hilll Hillow Hills Hilmars Hilmarsson Hilmer Hilmerová Hilmirs Hilpert Hilte Hiltebrand Hilti
Hiltink Hilton Hiltunen Hilverdink Himelreich Himmelbauer Himradóttir Himrason Himris Hinca
Hincamp Hinckamp Hindeberg Hinder Hine Hines Hingeveld Hingsen Hingst Hinić Hinkamp Hinneirghe
Hinnen Hinney Hinnéirghe Hinojosa Hinrichs Hinrichsen Hinriks Hinterberger Hinteregger
Hinterleitner Hintkamp Hinton Hintz Hintzen Hinéirigh Hinéirí Hiocóg Hiolláin Hioláin
Hionnghaile Hiorbhaird Hiorbhard Hirsch Hirschberg Hirschi Hirschmann Hirt Hirthe Hirvensalo
Hirvonen Hischier Hishon Hisler Hissink Histon Hitz Hjallkárs Hjalmarsson Hjaltadóttir
Hjaltason Hjaltis Hjarnars Hjelm Hjertsson Hjort Hjorth Hjortsberg Hjortshøj Hjulström Hjálmars
Hjálmgeirs Hjálms Hjálmsdóttir Hjálmsson Hjálmtýrs Hjálmþórs Hjörleifs Hjörleifsdóttir
Hjörleifsson Hjörts Hjörtsdóttir Hjörtsson Hjörtþórs Hjörvars Hlabangane Hlabisa Hladká Hladký
Hlatshwayo Hlaváč Hlaváček Hlaváčik Hlaváčiková Hlaváčová Hleiðars Hlela Hlengwa Hlinadóttir
Hlinason Hlinis Hlinka Hlinková Hliník Hliníková Hljóms Hljómsdóttir Hljómsson Hlomuka Hlongwa
Hlongwane Hlophe Hlubi Hlumakazi Hlyns Hlynsdóttir Hlynsson Hlégests Hlégestsdóttir Hlégestsson
Hlérs Hlífars Hlíðars Hlíðbergs Hlöðmunds Hlöðmundsdóttir Hlöðmundsson Hlöðs Hlöðsdóttir
Hlöðsson Hlöðvarðs Hlöðvarðsdóttir Hlöðvarðsson Hlöðvers Hnat Hnefills Hnikarrs Hnikars Ho
Hoarau Hoare Hoareau Hoban Hobbelinck Hobbeling Hobbenschot Hobbs Hobinck Hoch Hochberg
Hochleitner Hochreiter Hochreuter Hochuli Hocine Hockeshorst Hodak Hodea Hodel Hodge Hodges
Hodgson Hodhráin Hodkiewicz Hodler Hodne Hodnett Hodson Hodža Hodžić Hodžová Hoeben Hoebinck
Hoebing Hoebink Hoecke Hoeclum Hoedemaecker Hoedemaeker Hoedemaekers Hoedemaker Hoedemakers
Hoedenborg Hoeffkens Hoefler Hoefslagers Hoeger Hoeijenck Hoeijenk Hoeijink Hoek Hoekelmans
Hoekeloven Hoeks Hoekstra Hoelen Hoenenboem Hoenes Hoenhout Hoeninck Hoenink Hoens Hoerne Hoes
Hoeskamp Hoetinck Hoett Hoeve Hoevel Hoeven Hoexhorst Hoey Hof Hofbauer Hofer Hoff Hoffeste
Hoffestee Hoffman Hoffmann Hoffstad Hoffstede Hoffstee Hofinger Hofkes Hofman Hofmann
Hofmeister Hofs Hofscholten Hofsommer Hofste Hofstede Hofstee Hofsteede Hofstetter Hofstätter
Hoftieser Hoftiezer Hoftijser Hoftijzer Hoftizer Hofveste Hofwegen Hogan Hoge Hogemans
Hogenaker Hogenbirk Hogenboom Hogerijnck Hogeslag Hogeweg Hogg Hogue Hohenberger Hohenegger
Hohl Hohn Hohnheiser Hoibicín Hoickinck Hoickinx Hoijckijnck Hoijckinck Hoijer Hoijkijnck
Hoijkinck Hoijkink Hoijtinck Hoijtink Hoikinck Hoikink Hoirbheaird Hoirbheard Hoirchinnigh
Hoireabaird Hoireabhaird Hoireabhard Hoireachtaigh Hoiscín Hoistín Hoisín Hoitinck Hoitink
Hojckinck Hojda Hojka Hojkinck Hokkanen Hoks Holappa Holc Holck Holcomb Hold Holdaway Holden
Holder Holderegger Holders Holdijk Holdinga Holdt Holeksa Holenstein Holewa Holgeirs Holgers
Holgersen Holgersson Holguín Holinski Holič Holiček Holičeková Holička Holičková Holičová
Holkenborg Holkeri Holl Hollaar Holland Hollander Hollaráin Hollaus Holler Hollers Holleweg
Holliday Holliger Hollins Hollo Holloway Hollywood Holláin Hollænder Hollúin Holm Holman
Holmberg Holme Holmes Holmgaard Holmgren Holmlund Holmquist Holmqvist Holmsen Holmström Holohan
Holopainen Holst Holstein Holsteins Holsten Holt Holtadóttir Holtason Holte Holten Holtermans
Holters Holtfreter Holthoes Holthues Holthuesen Holthuessen Holthuijs Holthuijsen Holthuis
Holthuisen Holthus Holthusen Holthuys Holtijt Holtis Holtman Holtstegge Holtthuijs Holtwijck
Holtzer Holub Holubec Holubecová Holubek Holubeková Holubka Holubko Holubková Holubová Holuby
Holvoet Holz Holzapfel Holzdeppe Holzer Holzherr Holzinger Holzknecht Holzmann Holzner Holík
Holíková Holíček Holíčeková Holúbek Holúbeková Holúbok Holý Holčík Holčíková Homan Homann
Homenick Homme Hommel Hommelink Hommers Hommik Homoedt Honan Honck Honcke Hondarp Hondarps
Honderp Honderpp Honders Honderslo Hondersloo Hondersmate Hondeveld Hondorf Hondorp Hondtdarp
Honegger Honepe Hones Honesch Hongerkamp Honhof Honing Honis Honkala Honkanen Honke Honkisz
Honnepe Honore Honoré Honp Honpe Honsberger Hontderp Honz Hoobinck Hoochlande Hoochstraten
Hoockinck Hood Hooebijnck Hooelle Hooeninck Hooerne Hooesen Hooetijnck Hooetinck Hooettijnck
Hooeve Hoof Hoofft Hoofkes Hooft Hoog Hoogeboom Hoogers Hoogesteeger Hoogh Hoogland Hooglandt
Hoogstadt Hooijckijnck Hooijckinck Hooijkijnck Hooijkinck Hook Hoolthuis Hoonte Hoop Hooper
Hoopman Hoopmans Hoorens Hoorn Hoorne Hoorneborg Hoorneborgh Hoorneburg Hoornenborg Hoornenburg
Hoorninck Hooss Hoove Hoover Hop Hope Hopeman Hopkins Hopman Hoppe Hoppenbrouwer Hopper Hora
Horacio Horak Horan Horat Horbacz Horber Horcáin Hore Horemans Horgan Horgáin Horisberger
Hormazábal Hormuth Horn Horna Horne Horneman Hornenberg Hornich Hornig Hornik Horninck Hornink
Horns Hornung Horodecka Horodecki Horowitz Horrocks Horsman Horst Horstink Horstman
Horstwinckel Hort Horton Horvat Horvatek Horvatinec Horvatić Horváth Horváthová Horák Horáková
Horáček Horáčková Horčička Hosae Hosey Hoskins Hosp Hoss Hosseini Hossmann Hosszú Hostaden
Hoste Hostettler Hostettmann Hostey Hoti Hottelier Hotz Hou Houari Houben Houde Houdijk
Hougaard Hougardy Hough Houghton Houk Houle Houlihan Houmann Houmard Hounink Houracháin
Hourican Hourigan Hourihane House Houston Hout Houte Houtem Houten Houteveen Houthuis
Houtkooper Houtman Houttum Houtum Houwers Hovdenak Hove Hovekes Hovel Hovele Hovgaard Hovland
Hovmand Howard Howarth Howe Howell Howells Howley Hoyle Hoyos Hoz Hoza Hozjan Hozová Hoàng
Hočevar Hołota Hołubowicz Hołysz Hošek Hošták Hoštáková Hošťák Hošťáková Hošťálek Hrabal Hrabar
Hrabia Hrabě Hradecký Hrafnars Hrafnbergs Hrafnbergsdóttir Hrafnbergsson Hrafnkells
Hrafnkelsdóttir Hrafnkelsson Hrafns Hrafntýrs Hranić Hranj Hrannars Hrapps Hrappsdóttir
Hrappsson Hrastinski Hraunars Hraško Hrašková Hrbáček Hrdlička Hrdličková Hreggviðs
Hreggviðsdóttir Hreggviðsson Hreims Hreimsdóttir Hreimsson Hreinns Hreiðars Hreiðmars Hren
Hrianka Hrianková Hribar Hribernik Hric Hricová Hrings Hringsdóttir Hringsson Hrmo Hrmová
Hroboň Hroboňová Hrollaugs Hrollaugsdóttir Hrollaugsson Hrolleifs Hrolleifsdóttir Hrolleifsson
Hrovat Hrozný Hrubeš Hrubá Hrubý Hruška Hrušková Hrušovská Hrušovský Hrvojić Hrycyk Hrynkiewicz
Hræreks Hræreksdóttir Hræreksson Hrímnirs Hróadóttir Hróalds Hróaldsdóttir Hróaldsson Hróars
Hróason Hróbjarts Hróbjartsdóttir Hróbjartsson Hróis Hrólfs Hrólfsdóttir Hrólfsson Hrómunds
Hrómundsdóttir Hrómundsson Hróðgeirs Hróðmars Hróðvars Hróðólfs Hróðólfsdóttir Hróðólfsson
Hrúts Hrútsdóttir Hrútsson Hršak Hrženjak Hu Huaillearan Huaithne Huaithnín Hualla Huallacháin
Huallaigh Huang Huard Huart Huba Hubbard Hubbelinck Hubbelink Huber Huberich Hubers Hubert
Huberthi Huberti Huberts Huberty Hubin Hubmann Hubová Hubrechtsen Huckestein Huckriede Huczek
Huczko Hudak Huddleston Hudec Hudecová Hudeček Hudon Hudson Hudzik Hudáček Hudáčeková Hue
Huebel Hueber Huel Huels Huemer Huenijnck Hueninck Huenink Huenks Huenning Huerne Huerta
Huertas Huesels Huesken Huet Hueten Huetinck Huetink Huff Huffman Huffmann Hufnagl Hufschmid
Hug Hugadóttir Hugason Hugbergs Huge Hugenholtz Hugentobler Hughes Hugi Huginns Hugis Hugleiks
Hugleiksdóttir Hugleiksson Hugo Hugos Huguenin Hugues Huguet Hugós Huhn Huhtala Huhtamäki
Huiberts Huibregtse Huibregtze Huidhir Huiginn Huigín Huijben Huijbers Huijbrechts Huijnijnck
Huijninck Huijnincks Huijnink Huijs Huijsinck Huijsink Huijskamp Huijsman Huijsstede Huijste
Huijstede Huijstee Huijting Huijtink Huijzing Huiker Huinga Huininck Huining Huinink Huirthille
Huis Huiscamp Huiscín Huishere Huisinck Huisingh Huiskamp Huisken Huiskes Huisman Huissinck
Huisskes Huistede Huitfeldt Huitink Huitseacháin Huitters Huixtlacatl Hujo Huka Huke Hulbój
Huldars Huljev Hull Hulle Hulleman Hulláin Hulmann Hulpe Huls Hulschers Hulsen Hulsevoort
Hulshof Hulshoff Hulshouts Hulsinck Hulsingh Hulskamp Hulskers Hulskes Hulsman Hulst Hulstein
Hult Hultberg Hulten Hultgren Hultman Humair Humayrova Humbel Humbert Humblet Hume Humeniuk
Humer Hummel Hummelinck Hummelink Hummelkens Hummelman Hummer Hummers Humoyunov Humpe Humphrey
Humphreys Humphries Hundarps Hunders Huneke Hunerik Hunger Hungerbühler Hunijnck Huninc Huninck
Huning Hunings Hunink Hunk Hunkeler Hunners Hunnersloe Hunt Hunteler Hunter Hunyadi Hunziker
Huonder Huot Huotari Huovinen Hupka Hupková Hupp Huppel Huppell Hurd Hurdail Hurley Hurme
Hurmholtaigh Hurne Hurni Hurschler Hurst Hurt Hurtado Hurthuile Hurtig Hurtubise Hus Husak
Husholt Husink Huska Huskamp Husling Husmann Husnjak Husová Huss Hussain Hussein Hussey Husson
Hustad Husted Husum Huszcza Husák Husáková Husár Husárová Husťák Husťáková Hutagalung Hutapea
Hutasoit Hutchinson Hutchison Huter Huth Hutinck Hutink Hutmacher Hutnik Hutta Hutte Hutten
Hutter Hutterer Hutters Hutton Huttová Huttu-Juntunen Huttunen Hutyra Huuninck Huurdeman Huurne
Huurneman Huuskonen Huwatschek Huwiler Huxleys Huybrechts Huyghe Huynh Huyninck Huys Huysmans
Huytink Huzaifa Hučko Hučková Hušek Hušeková Huška Hušo Hušová Hušták Huštáková Hušťák
Hušťáková Huťka Hvannars Hvass Hvid Hvidberg Hviid Hyatt Hyde Hyenck Hyink Hyjek Hyland
Hylander Hyldgaard Hyllested Hyls Hylsdóttir Hylsson Hyltirs Hyman Hynek Hynes Hynman Hynninen
Hynynen Hypólito Hysenaj Hyttinen Hytönen Hyvärinen Hyvönen Hyytiäinen Hyży Hádek Hágáin
Hágúrtaigh Háilíosa Háinle Háinlí Hájek Hájková Hákons Háleygs Háleygsdóttir Háleygsson
Hálfdans Hálfdáns Hámunds Hámundsdóttir Hámundsson Hánusaigh Háreks Háreksdóttir Háreksson
Hárlaigh Hárlaugs Hárlaugsdóttir Hárlaugsson Hásteinns Hávarrs Hávars Hávarðs Hávarðsdóttir
Hávarðsson Häber Häberling Hächler Häfelfinger Häfeli Häfliger Häfner Hägg Hägglund Häggström
Häkkinen Häkämies Hälg Hämmerle Hämmerli Hämäläinen Hänel Häner Hänggi Häni Hänni Hänninen
Häring Härkönen Härm Härmälä Härri Hätty Häusler Håkansson Hængs Hængsdóttir Hængsson Hænirs
Hæstad Héadtromáin Héaghráin Héalaigh Héalaithe Héamhthaigh Héanacháin Héanagáin Héanaigh
Hébert Héideáin Héigcheartaigh Héigearta Héigeartaigh Héigheartaigh Héighne Héighnigh Héighniú
Héil Héilidhe Héiligh Héilí Héimhthigh Héimhín Héineacháin Héinrí Héiní Hélie Hénault Hénrí
Héritier Héroux Hétu Héðinns Hícín Híde Híghne Híomhair Hírams Hóbáin Hódhra Hódhráin
Hóghartaigh Hógáin Hóir Hólmars Hólmberts Hólmfasts Hólmfastsdóttir Hólmfastsson Hólmgeirs
Hólmgríms Hólmgrímsdóttir Hólmgrímsson Hólmkells Hólmkelsdóttir Hólmkelsson Hólms Hólmsteinns
Hólmþórs Hór Hóra Hórdha Hóráin Hóseas Hõbe Höcke Hödl Höfer Höfig Höfler Höfliger Höft Högberg
Höglinger Höglund Högnadóttir Högnason Högnis Högström Höhne Höller Hölzenbecher Hölzl Hönig
Höning Hördt Hörl Hörle Hörmann Hörðs Hörðsdóttir Hörðsson Höskulds Höskuldsdóttir Höskuldsson
Hövel Höðs Höðsdóttir Höðsson Høeg Høegh Høgh Høie Høier Høiland Høj Højberg Højbjerg Højer
Højgaard Højland Højlund Højrup Høng Høst Høy Høyer Húberts Húbáin Húgós Húmadóttir Húmason
Húmis Húnadóttir Húnason Húnbogadóttir Húnbogason Húnbogis Húnis Húnns Húnröðs Húnröðsdóttir
Húnröðsson Húrdail Hús Húska Húsková Húsová Húšek Húšeková Húška Hübel Hübenbecker Hübl Hübner
Hügel Hügli Hümmətov Hüppin Hürlimann Hürzeler Hüsels Hüseynbəyli Hüseynli Hüseynov Hüseynova
Hüseynoğlu Hüsler Hüsser Hüttcher Hütter Həsənov Həsənzadə II IJllebarg IJserloe IJserlooe
IJsseldijk IJsselman Iaccarino Iacobelli Iacobucci Iacovelli Iacovone Iadanza Iadarola Iadevaia
Iago Iannaccone Iannarelli Iannelli Iannello Iannetta Ianni Ianniello Iannone Iannotti Iannucci
Iannuzzi Iantosca Iaquinta Iarla Iarussi Iasachta Iascaire Ibacache Ibanez Ibarra Ibañez Ibe
Ibikunle Ibinck Iborra Ibraaheem Ibragimov Ibragimova Ibrahim Ibrahimi Ibrayev Ibrayeva
Ibrohimov Ibsen Ibáñez Iciek Icking Ickink Idec Idiatullin Idiatullina Iding Idle Idov Idova
Idris Idrisov Idrisova Idzi Iezzi Iforayeva Iftikhaar Igelström Iglesia Iglesias Ignac Ignashev
Ignasheva Ignatiuk Ignatius Ignatjev Ignatov Ignatova Ignatowicz Ignatyev Ignatyeva Igo Igoe
Igras Igumnov Igumnova Ihab Ihalainen Ihejirika Ihly Ihnačák Ihnačáková Ihsaan Ihtiram Iivonen
Ijli Ike Ikeda Ikhlef Iki Ikkink Ikonen Iksanov Iksanova Ilacqua Ilan Ilardi Ilazi Ilchenko
Ilichevskaya Ilichevskiy Ilijić Ilikov Ilin Ilina Ilinović Iliyev Iliyeva Ilić Iljin Illebarg
Illebargh Illeberg Illebergh Illing Illugadóttir Illugason Illugis Illyés Illés Ilnitskiy Ilori
Iltink Ilupeju Ilves Ilyenko Ilyenkov Ilyenkova Ilıcalı Imali Imashev Imasheva Imbeault Imbert
Imbesi Imboden Imbriale Imbrogno Imburgia Imeri Imesch Imgrundt Imgrüth Imhof Imholz Imiela
Imielińska Imieliński Iminza Imiołczyk Immanúels Imminck Immink Immonen Immoos Imoberdorf
Imondi Imonova Imparato Impastato Impe Imperato Imperiali Imre Imrich Imrichová Imronov
Imwinkelried In Inauen Indermaur Indriðadóttir Indriðason Indriðis Indyk Indyka Infanger
Infante Infantino Ingadóttir Ingason Ingbergs Ingebretsen Ingelse Ingen Ingersleben Ingibergs
Ingibergsdóttir Ingibergsson Ingiberts Ingibjarts Ingibjartsdóttir Ingibjartsson Ingibjörns
Ingileifs Ingileifsdóttir Ingileifsson Ingimagns Ingimars Ingimunds Ingimundsdóttir
Ingimundsson Ingis Ingivalds Ingivaldsdóttir Ingivaldsson Ingiþórs Ingjalds Ingjaldsdóttir
Ingjaldsson Inglis Ingmars Ingold Ingoldsby Ingolfsson Ingram Ingvadóttir Ingvalds
Ingvaldsdóttir Ingvaldsson Ingvars Ingvarsson Ingvason Ingvis Ingólfs Ingólfsdóttir Ingólfsson
Ingþórs Inha Iniesta Inin Inina Inneirghe Innocenti Innseadún Inostroza Inoue Intaum Interiano
Interminei Interminelli Intringer Invernizzi Inzaghi Inzunza Iomaire Ionescu Ionin Ionina
Ioniță Ionov Ionova Ionrachtaigh Ioppi Iovlev Iovleva Ipatov Ipatova Ipatyev Ipatyeva Iperinck
Ippolitov Ippolitova Ipsen Ipser Iqbal Irawan Ireland Ireri Iriarte Irineyev Irineyeva Irizarry
Irla Iroha Irungu Irvanets Irvine Irving Irwin Irzyk Isaac Isaacs Isaak Isabayev Isabayeva
Isabekov Isabekova Isabelle Isah Isain Isaina Isak Isakov Isakova Isaksen Isaksson Isayenko
Isayev Isayeva Isayevich Isch Isekenmeier Iseli Isella Isendoorn Isengard Iseni Iserloe Isern
Isfandiyorov Isgária Ishchak Ishchenko Ishii Ishikawa Iskakov Iskakova Iskaliyev Iskaliyeva
Iskander Iskierka Isler Islomov Ismaels Ismail Ismaili Ismoilov Isometsä Isotalo Israelsson
Issa Issac Issack Issadóttir Issak Issason Isselman Issis Isufi Iswahyudi Iten Itin Itkonen Ito
Itt Ittersen Ittersum Ittig Iturra Itälä Ivakin Ivakina Ivanchenko Ivandić Ivanenko Ivanichuk
Ivanitskiy Ivanišević Ivankin Ivankina Ivanković Ivanov Ivanova Ivanović Ivančan Ivančić Ivars
Ivarsson Ivashchenko Ivask Ivasyuk Ivaška Ivašková Ivers Iversen Ivie Ivković Ivlev Ivleva
Ivonete Ivonin Ivonina Ivonov Ivonova Ivory Ivšić Iwand Iwanow Iwańczyk Iwańska Iwański Iwu
Iyanda Iyengar Iyer Iyevlev Iyevleva Iymonova Izaguirre Izhenyakov Izhenyakova Izmaylov
Izmaylova Izosimov Izosimova Izotov Izotova Izquierdo Iñiguez Iústás JAO JEN JUAN Jaabir
Jaackers Jaakkola Jaakola Jaakson Jaanson Jaanus Jaasink Jaatinen Jabir Jabr Jabłczyńska
Jabłczyński Jabłkowska Jabłkowski Jabłonowska Jabłonowski Jabłońska Jabłoński Jacak Jaccard
Jaccoud Jaceps Jachimczak Jachimczyk Jachna Jacinto Jackman Jacks Jackson Jacob Jacobi
Jacoboski Jacobs Jacobse Jacobsen Jacobson Jacobsson Jacobucci Jacoby Jacome Jacomelle
Jacomelli Jacot-Descombes Jacot-Guillarmod Jacquemart Jacquemin Jacquemoud Jacques Jacquet
Jacquier Jacquin Jacquod Jacquot Jacuzzi Jad Jadot Jadoul Jaeger Jaesink Jaessinck Jafari
Jafets Jagarinec Jager Jagerinck Jagering Jagerink Jagečić Jaggi Jagiełka Jagieło Jagiełło
Jagodzińska Jagodziński Jagt Jagusch Jahdami Jahdari Jahn Jahnke Jahoda Jahongirov Jailani
Jaillet Jaime Jaimes Jain Jaiyeola Jaje Jajko Jakab Jakadóttir Jakason Jakhelln Jakiel Jakimiak
Jakimowicz Jakis Jakob Jakobs Jakobsen Jakobson Jakobsson Jakoniuk Jakopec Jakopović Jakops
Jakovac Jaković Jakovlev Jakovljević Jakub Jakuba Jakubaszek Jakubczyk Jakubec Jakubecová
Jakubek Jakubeková Jakubiuk Jakubka Jakubko Jakubková Jakubová Jakubowski Jakubík Jakubíková
Jakubček Jakubčeková Jakubčo Jakubčová Jakubčík Jakubčíková Jakupić Jakuš Jakóbiak Jakóbik
Jakúbek Jakúbeková Jakšić Jalaal Jalakas Jalbert Jali Jalil Jalkanen Jalolov Jalonen Jalovec
Jalovecová Jama Jamaal Jamar Jamasijadu Jambo Jambor Jameel James Jameson Jamet Jamieson Jamile
Jamils Jammat Jamnik Jampen Jamroz Jamrozy Jamrożek Jamroży Jamshidov Jan Janasik Janasz Janc
Jancewicz Janczarek Janczura Janda Jander Jandl Jandová Janduła Janek Janeková Janett Janeček
Janečeková Janečka Janečko Janečková Janežič Janhunen Jani Janic Janich Janicka Janicki Janien
Janiga Janik Janin Janisch Janisz Janiszek Janiszewska Janiszewski Janiuk Jank Janka Jankauskas
Janke Janknecht Janknechts Janko Janković Janková Jankowicz Jankowska Jankowski Janni Jannij
Jannink Jannisse Jano Janoszek Janoszka Janoušek Janová Janowiak Janowska Janowski Janočko
Janočková Janoš Janošek Janošeková Janoška Janoško Janošková Janošo Janošová Jans Jansdr Janse
Jansen Jansens Janser Jansing Jansingh Jansink Jansky Janson Jansse Janssen Janssens Jansson
Jansze Janszen Jantink Jantos Jantošovič Jantošovičová Jantunen Jantzen Januar Januchta Janus
Januszewicz Januszko Janvier Jany Janz Janze Janzen Janák Janáková Janáček Janík Janíková Janča
Janček Jančeková Jančo Jančová Jaouen Jaque Jaquet Jaquier Jara Jaracz Jaramillo Jarc Jarczak
Jarczyk Jarczyńska Jarczyński Jardin Jarema Jaremek Jaremko Jarets Jarfadóttir Jarfason
Jargieło Jargiło Jarka Jarkiewicz Jarl Jarls Jarmakowska Jarmakowski Jarmuła Jarmuż Jarmużek
Jaroch Jaros Jarosiewicz Jarosik Jarosz Jaroszuk Jaroš Jarošová Jarry Jarso Jarvis Jas Jasica
Jasijnck Jasina Jasink Jasinski Jasionek Jasiński Jaskolski Jaskóła Jasminova Jasnoch Jasons
Jasper Jaspers Jasprica Jasso Jast Jastrzębska Jastrzębski Jaszcz Jaszczur Jaszczyszyn Jaton
Jauch Jauhiainen Jauk Jaume Jaun Jaunin Jaunzema Jaunzems Javet Javohirov Javornik Jaworska
Jaworski Jayaraman Jaén Jałoszyńska Jałoszyński Jałowiec Jaśkiewicz Jaśko Jaśkowiec Jaźwiec
Jażdżyk Ja’farov Jdotte Jean Jeanbourquin Jeanmonod Jeanne Jeannerat Jeanneret Jeannin Jebet
Jech Jedlicka Jedlitschka Jedlitzka Jedlička Jedľovská Jedľovský Jefferies Jefferson Jeffries
Jefimov Jefwa Jeger Jegerinck Jegerings Jegers Jegge Jeggij Jeggli Jeghers Jegherynch Jegorov
Jegou Jehle Jeitz Jeka Jekel Jelagat Jelavić Jele Jelen Jelimo Jelinek Jelić Jelle Jellinek
Jellinghaus Jellyman Jelmini Jelínek Jelínková Jemeli Jemrić Jemutai Jenchen Jendek Jendeková
Jenek Jenewein Jenkins Jenko Jennadóttir Jennason Jenni Jennings Jennis Jenny Jens Jensby
Jensdatter Jensema Jensen Jenssen Jentinck Jentincks Jentink Jentsch Jenzer Jeník Jeorga
Jepchirchir Jepchumba Jepkemboi Jepkemei Jepkirui Jepkoech Jepkogei Jepkorir Jepkosgei
Jepleting Jepngetich Jeppesen Jeppsson Jepsen Jeptoo Jerabek Jerde Jereb Jereczek Jeremías
Jerez Jerič Jerković Jermakov Jerman Jermann Jermini Jernberg Jerono Jerop Jerotich Jerschabek
Jerusalem Jeruto Jerzabek Jerzmanowska Jerzmanowski Jerzyk Jerábek Jeršov Jes Jeske Jespers
Jespersen Jess Jessa Jessel Jessen Jesus Jeszka Jeszke Jesús Jetter Jetté Jeus Jewuła Jezior
Jeřábek Jeřábková Jeżyk Jeżyna Ježek Ježková Jha Jhaveri Jia Jiang Jibela Jibril Jilani Jileck
Jiles Jili Jillo Jimale Jimenez Jiménez Jimínez Jin Jireček Jiránek Jirásek Jiyane Joao
Joaquina Job Jobe Jobin Jobse Jochems Jochnick Jochums Jochumsen Jockel Jode Jodko Jodoin Joe
Joel Joensdatter Joensen Joensuu Jofré Johal Johann Johannesen Johannessen Johannesson
Johannsen Johans Johansdatter Johansen Johanson Johansson John Johner Johns Johnsen Johnson
Johnsson Johnston Johnstone Joho Jokela Jokelainen Jokinen Jokiwe Jokumsen Joliat Jolicoeur
Jolin Jolink Jolissaint Jolivet Jollenbeck Jolly Joly Jomini Jomo Jomphe Jonak Jonas Jonassen
Jonasson Jonata Jonatová Joncas Jonckbloet Jonckbloett Jonckers Jonckhans Jonckheere Jonckmans
Jonczyk Jonen Jones Jong Jonge Jongh Jonghe Jongman Joniak Jonik Jonjić Jonker Jonkers Jonkheer
Jonkman Jonsson Joonen Joorman Joos Joossens Joosten Jop Jopich Joray Jordan Jordi Jordá Jordán
Jordão Jorge Jorgensen Joris Jorissen Jorlink Jorquera Jorrijens Jorrisen Josefa Josefsen
Josefsson Joseph Josephsen Joshi Joshua Joshuas Joshudóttir Joshuson Josipović Joss Jossa Josse
Jossen Jossi Jost Joszko Jouan Joubert Jourdain Jourdan Joutsen Jouve Jovanovac Jovanovic
Jovanović Jove Jover Jovic Jovinelli Jović Joyal Joyce Joye Joyner Jozić Jośko Juan Juarez
Jucken Jucker Juckma Jud Judd Judek Judge Jueerdens Juel Juen Jug Jugovac Juhanson Juhkam Juhl
Juhlin Juhola Juhász Juillard Juillerat Jukić Julen Julians Julien Julio Julius Juliá Julián
Julliard Jullien Juma Jumba Jumiège Junas Junasová Junck Juncken Juncker Jund Juneau Jung
Jungbluth Junge Jungfer Jungo Jungton Jungwirth Junior Junitz Junk Junken Junker Junnila Junod
Junttila Juntunen Junás Junásová Junáš Junášová Juon Juqula Jurado Juras Juraszczyk Jurczuk
Jurczyk Jurdens Jurek Jureková Juretić Jureško Jurina Jurinová Jurić Jurišić Jurjens Jurjević
Jurka Jurko Jurković Jurkovič Jurkovičová Jurková Jurlina Juroszek Jurrijens Jurt Juráš
Jurášová Jurík Juríková Jurča Jurčević Jurčina Jurčinová Jurčić Jurčo Jurčová Jussila
Jussilainen Just Justesen Justi Justice Juszczuk Juteau Jutras Juul Juvanhol Juvara Juvonen
Juárez Juśkiewicz Jágr Ján Jáno Jánová Jánoš Jánoška Jánoško Jánošková Jánošová Jánošík
Jánošíková Jáquez Járngríms Járngrímsdóttir Járngrímsson Játgeirs Játmunds Játmundsdóttir
Játmundsson Játvarðs Játvarðsdóttir Játvarðsson Jáuregui Jäckel Jäger Jäggi Jähn Jäkel Jämsä
Jänes Jäntsch Jäntti Järnefelt Järv Järve Järvekülg Järvelä Järveläinen Järvenpää Järvesaar
Järvi Järvinen Jääskeläinen Jæger Jóadóttir Jóakims Jóanns Jóason Jódar Jóels Jóhannes Jóhanns
Jóhannsson Jóis Jókai Jómars Jómunds Jómundsdóttir Jómundsson Jónars Jónas Jónatans Jónbjörns
Jóndórs Jóngeirs Jónmunds Jónmundsdóttir Jónmundsson Jóns Jónsteinns Jónás Jónþórs Jósafats
Jósavins Jósefs Jóseps Jósteinns Jósúas Jóvins Józefczak Józefowicz Józwik Jóźwiak Jõe Jõesaar
Jõgi Jöbstl Jökulls Jönsson Jörfadóttir Jörfason Jörfis Jörg Jörgens Jörgensen Jörger Jörimann
Jörmunds Jörmundsdóttir Jörmundsson Jörradóttir Jörrason Jörris Jörunds Jörundsdóttir
Jörundsson Jörvadóttir Jörvars Jörvason Jörvis Jønsson Jørgensen Júlíans Júlís Júlíus Júnís
Júníus Júreks Jürgens Jürgensen Jürgenson Jürisson Jüttner Jędra Jędrak Jędral Jędrasiak
Jędraszczyk Jędraszek Jędruch Jędrusiak Jędruszczak Jędryczka Jędrys Jędrzejek KAN KANG KAO
KENG KO KU KUAN KUNG KUO Kaadóttir Kaae Kaal Kaamil Kaari Kaarling Kaarlink Kaas Kaashoek
Kaasik Kaason Kaay Kabakov Kabakova Kabala Kabalyuk Kabanenko Kabanov Kabanova Kabayeva Kabeer
Kaberia Kabir Kabiru Kabui Kaburu Kabus Kabza Kachela Kaci Kacperczyk Kacperek Kaczan
Kaczanowska Kaczanowski Kaczka Kaczmar Kaczmarczyk Kaczmarek Kaczmarkiewicz Kaczmarska
Kaczmarski Kaczor Kaczorowska Kaczorowski Kadak Kadakia Kadar Kaddour Kaddouri Kade Kadela
Kadenge Kadenyuk Kadi Kadija Kadlec Kadlecová Kadri Kadrija Kadzo Kaellwagen Kaelwagen Kaemingh
Kaemingk Kaesmacher Kaete Kafel Kafka Kaganov Kaganova Kageha Kagendo Kager Kagwiria Kahanek
Kahindi Kahinu Kahl Kahlert Kahles Kahlina Kahlmeyer Kahr Kahveci Kaikkonen Kaila Kaimenyi Kain
Kaindl Kaingu Kainulainen Kainz Kairu Kairys Kaiser Kaja Kajaani Kajak Kajdan Kajdas Kajs
Kajstura Kajuju Kakai Kakaladóttir Kakalason Kakalis Kakar Kaktus Kala Kaladóttir Kalama
Kalamees Kalan Kalanjoš Kalarus Kalashnikov Kalashnikova Kalason Kalazić Kalb Kalberer
Kalbermatter Kalchenko Kalcher Kalda Kaldadóttir Kaldason Kaldis Kale Kalebs Kaledin Kaledina
Kaleem Kaleema Kalekye Kalenichenko Kaletka Kalf Kalff Kalfs Kaliciak Kalinck Kalinin Kalinina
Kalink Kalinka Kalinowska Kalinowski Kalis Kalisiak Kaliská Kaliský Kalista Kalita Kaliyev
Kaliyeva Kaliňák Kaliňáková Kaljula Kaljulaid Kaljurand Kaljuste Kaljuvee Kalka Kalla Kallabis
Kallas Kallaste Kallela Kallen Kallensee Kallert Kallio Kalliomäki Kalm Kalman Kalmanns Kalmans
Kalmars Kalmus Kalniņa Kalniņš Kalocsai Kalocsay Kaloki Kalota Kalousek Kalste Kalt
Kaltenbrunner Kaltenböck Kaltenegger Kaltenrieder Kaluga Kalume Kalvaitis Kalvelis Kalvėnas
Kalwagen Kalēja Kalējs Kamal Kamalanon Kamalov Kamande Kamat Kamathi Kamau Kamber Kambs Kamdar
Kamel Kamela Kamene Kamerling Kamerlink Kamers Kamieniak Kamieniarz Kamieńska Kamieński Kaminov
Kaminova Kaminskaya Kaminskiy Kamińska Kamiński Kammerer Kamminga Kamp Kampe Kamper Kampes
Kampf Kamphuis Kampmann Kamps Kampschulte Kampstra Kamran Kamronov Kamsha Kamyk Kamyszek Kan
Kanana Kananu Kanapyanov Kanarek Kanaria Kanayev Kanayeva Kanchin Kanda Kandaurov Kandaurova
Kandel Kandie Kandora Kandzia Kandziora Kane Kanea Kanerva Kanevskaya Kanevskiy Kang Kang'ethe
Kangas Kangasniemi Kangethe Kangley Kangogo Kangro Kangur Kania Kaniak Kaniaková Kanik Kanimal
Kanini Kanivets Kanizsa Kaniški Kanja Kankaanpää Kankkunen Kann Kannan Kanne Kannenborch Kano
Kanovich Kanstrup Kansy Kant Kantola Kantor Kanyi Kanzaki Kapadia Kapanen Kapałka Kapcia
Kapciak Kapeller Kapera Kapinos Kapitonov Kapitonova Kapić Kapka Kaplan Kaplangı Kaplický
Kapnist Kapoor Kapp Kappe Kappel Kappeler Kappers Kappler Kapral Kaprasíus Kapur Kapustin
Kapustina Kapustka Kapuścik Kar Kara Karaamat Karabanov Karabanova Karabulut Karaböcek Karadaş
Karadeniz Karaduman Karaer Karagić Karagodin Karagodina Karakas Karakashev Karalic Karalus
Karam Karamarko Karambu Karamzin Karamzina Karan Karani Karanja Karas Karasev Karaseva Karashev
Karasheva Karasyov Karatepe Karaulov Karaulova Karaś Karaśkiewicz Karckhoof Karczmarek
Karczmarz Kardache Kardin Kardos Kare Karels Karem Karen Karenin Karenina Karge Kargl Kargol
Karhoff Karhu Karhunen Kari Karibzhanov Karibzhanova Karier Karikari Karimi Karimov Karimova
Karims Karinthy Karionov Karionova Karisa Kariuki Kariv Karjala Karjalainen Karkocha Karks
Karksdóttir Karksson Karkut Karl Karladóttir Karlason Karlberg Karlen Karles Karlis Karlov
Karlova Karlović Karls Karlsen Karlsson Karlström Karmalyuk Karman Karmelita Karmelić
Karmudóttir Karmuson Karnas Karner Karnik Karol Karpa Karpe Karpenko Karpenkov Karpenkova
Karpeta Karpeyev Karpeyeva Karpiak Karpiel Karpik Karpińska Karpiński Karpov Karpova Karppinen
Karrass Karrer Karro Kars Karshoning Karssen Karssenbarg Karssenbargh Karst Karsteijn Karstein
Karsten Karstensen Karsznia Kartofelnikov Kartofelnikova Kartschot Karttunen Karu Karuga Karul
Karulová Karunathilaka Karuri Karus Karuselin Karuselina Karuza Karvels Karvinen Karvonen
Karwala Karwan Karwitha Karwot Karwowska Karwowski Karyś Karz Karłowicz Kas Kasak Kasam
Kasapoğlu Kase Kasel Kasemaa Kasemets Kashafutdinov Kashafutdinova Kashchenko Kashif Kashin
Kashina Kashtanov Kashtanova Kashyap Kasiak Kasica Kasim Kasimov Kasimova Kask Kaspar Kaspars
Kasper Kasperczak Kaspers Kaspersen Kasprowicz Kasprzak Kasprzyk Kass Kasselder Kasseler Kassil
Kassim Kassulke Kast Kasteelen Kasteen Kastein Kastelic Kastelik Kasten Kastner Kastrup
Kastíels Kasymov Kasymova Kasyoka Kaszkowiak Kasznia Kata Katana Katarínus Katayev Katayeva
Kate Katerli Kathagen Kathambi Kathure Katishonok Katić Katkov Katkova Katlewicz Katman Katmans
Kato Katona Katrov Katrova Kats Kattai Kattelaar Katten Kattendam Katter Katters Kattes Kattman
Katzinski Katós Kauffmann Kaufman Kaufmann Kauhanen Kauko Kaul Kauliņa Kauliņš Kaupas Kauppi
Kauppila Kauppinen Kaur Kausemann Kautzer Kauzlarić Kaučič Kavaklıoğlu Kavaliauskas Kavanagh
Kavanaugh Kavasch Kavaschová Kaverin Kaverina Kaveste Kawala Kawiak Kawira Kawohl Kawula
Kawulok Kay Kaya Kaysan Kayser Kazakevich Kazakov Kazakova Kazana Kazantsev Kazantseva Kazberuk
Kazek Kazik Kaziková Kazimierczuk Kazimierczyk Kazimirov Kazimirova Kazintsev Kazintseva Kazior
Kaziród Kazlauskas Kazmarek Kaznowska Kaznowski Kazubek Kazungu Kazík Kazíková Kałek Kałwa
Kałwak Kaņepa Kaņeps Kašpar Kašparová Kaźmierczak Kaźmierczyk Keady Kealey Keally Kealty Kealy
Keane Keaney Keany Keapock Kearney Kearns Keary Keating Keaveney Keaveny Kebaili Kebir Kecskés
Kedden Kedrin Kedrina Kedzierski Keebler Keeffe Keegan Keehan Keeken Keel Keelan Keeley Keeling
Keely Keemink Keenaghan Keenahan Keenan Keeney Keer Keery Keevers Kehoe Keightley Keijser
Keijsers Keijzer Keil Keiner Keinänen Keiser Keitany Keith Keizer Kejser Kekkonen Kelder Keldes
Keleković Kelemen Keler Keleshev Kelečić Kelić Kell Kelleher Keller Kelley Kellner Kello
Kellová Kelly Kelm Kelmer Kelo Kelová Kelps Keltenie Kelterer Kelvey Kelvin Kemboi Kemei
Kemenae Kemerinck Kemfer Kemijnck Keminck Keming Kemink Kemmer Kemmink Kemp Kempe Kempel
Kempell Kempels Kempen Kemper Kemperman Kempers Kempes Kempinck Kempink Kempka Kempny
Kemppainen Kempter Kemény Kendall Kenderesi Kendi Kendra Kendrová Kenel Kenga Kenhe Kenig Kenis
Kenlan Kenlon Kenna Kenneally Kennedy Kennellan Kennelly Kenny Kensiuk Kensy Kent Kenter
Kenzheyev Kenzheyeva Keníž Kenížová Keogan Keogh Keoghan Keoghane Keohan Keohane Keown
Keplinger Keppel Keppelhof Keppelhofs Ker Kerans Kerckhoff Kerdan Kerekes Kereković Keresztes
Kerger Kerimov Kerimova Kerin Kerins Kerkhof Kerkhoff Kerkhofs Kerl Kerley Kerlin Kerluke
Kermody Kern Kernan Kernebeeck Kerner Kerney Kerová Kerr Kerrigan Kerrisk Kerschbaum
Kerschbaumer Kerschen Kersenbroecks Kersjes Kerstens Kertzmann Kertész Kerubo Kerville Kerwick
Keränen Keselman Kesenbrink Keseroğlu Keserü Keskinen Keskitalo Kesküla Kesov Kessel Kesselder
Kesselring Kesselschläger Kessler Keszel Ketebayev Ketebayeva Ketel Ketelaar Keteler Ketels
Keter Ketilbjörns Ketills Ketjen Ketola Ketro Kette Kettenis Ketting Kettjens Kettunen Ketwich
Keudel Keukelich Keunekamp Keunen Keuninck Keunincks Keunings Keunink Keuninks Keupen Keuper
Keusch Keusen Keusinck Keusink Keusinks Keutel Kevane Kevekamp Keveler Kevelham Keveskamp
Keville Kevin Kevo Key Keya Keye Keyes Keyser Keçeci Khaba Khabalidaka Khadeyev Khadeyeva
Khaemba Khakimov Khakimova Khaldi Khaled Khalid Khalif Khalil Khalsa Khambule Khamis Khamisi
Khan Khanna Khanyeza Khanyile Khaphela Kharchenko Khare Kharitonov Kharitonova Kharlamov
Kharlamova Kharlampiyev Kharlampiyeva Kharms Khathi Khathide Khathini Khatri Khaustov Khaustova
Khawula Khayetskiy Khazanov Khazanova Khazin Khazina Khelif Khelifa Khelifi Khelil Khemlin
Khemlina Kheraskov Kheraskova Kheswa Khezokhulu Khisa Khlestakov Khlestakova Khloponin
Khloponina Khlumov Khlumova Khmara Khodasevich Khokhlov Khokhlova Kholose Khomenko Khomik Khomo
Khonjwayo Khorishko Khosini Khosla Khoza Khrisogonov Khrisogonova Khristenko Khristich
Khristoforov Khristoforova Khristov Khristova Khuba Khubisa Khuboni Khudyak Khukhuza Khulu
Khuluse Khumalo Khumbuza Khurana Khuyameni Khuzwayo Khvrchilkov Khwane Khwela Kiama Kiarie Kibe
Kibet Kibiwot Kibiwott Kibkalo Kiboi Kibor Kiciak Kick Kidawa Kidd Kidney Kidoń Kieber Kieca
Kiedrowicz Kiefer Kiefert Kieffer Kieft Kiefte Kiehn Kielan Kielczyk Kielich Kielland Kieloch
Kiely Kiema Kiener Kiepas Kiepper Kiepura Kieran Kierane Kierans Kierat Kierepka Kiernan
Kiessling Kieszek Kietsman Kiełbik Kiełbowicz Kiełbus Kiełek Kigen Kihara Kihn Kiik Kiil
Kiilerich Kiilu Kiio Kiiru Kiis Kiisk Kij Kijanka Kijas Kijańska Kijański Kijfte Kijnans
Kijnder Kijowska Kijowski Kijsvelltt Kik Kikas Kikkas Kikkert Kiktenko Kilar Kilawee Kilback
Kilbane Kilbride Kilchör Kilcoyne Kilday Kildea Kildkamp Kilduff Kilfoyle Kilgallen Kilgallon
Kilhooly Kilic Kilimnik Kilinc Kiliszek Kiljan Kiljans Kiljunen Kilk Kilkenny Killeen Killer
Killilea Killooly Killoran Killoughry Kilmartin Kilmore Kilonzi Kilonzo Kilpatrick Kilpeläinen
Kilpiäinen Kilponen Kilroe Kilroy Kilíans Kim Kimachu Kimaiyo Kimani Kimanthi Kimanzi Kimaru
Kimathi Kimeli Kimemia Kimeu Kimmels Kimmo Kimosop Kimotho Kimtai Kimura Kimutai Kinadeter
Kinaghan Kinahan Kinal Kinberg Kind Kindelan Kinder Kindle Kindler Kinet King King'ori Kingma
Kingori Kingston Kiniry Kink Kinkela Kinlan Kinlen Kinnane Kinnear Kinnegan Kinner Kinnerk
Kinney Kinnon Kinnunen Kinny Kinoti Kinsch Kinsella Kint Kintziger Kinuthia Kinya Kinyanjui
Kinyon Kinyua Kinzel Kinzy Kiogora Kioko Kip Kipchirchir Kipchumba Kipkemboi Kipkemei Kipkemoi
Kipkirui Kipkoech Kipkogei Kipkorir Kipkosgei Kipkurui Kiplagat Kiplangat Kipleting Kiplimo
Kipngeno Kipngetich Kiprianov Kiprianova Kiprono Kiprop Kiprotich Kipruto Kipsang Kiptanui
Kiptoo Kiptui Kiptum Kipyego Kipyegon Kiragu Kirby Kirch Kirchmair Kirchner Kirikov Kirikova
Kirilenko Kirilin Kirilina Kirillov Kirillova Kirilov Kirilova Kirimi Kirinčić Kirk Kirke
Kirkeby Kirkegaard Kirkizh Kirkland Kirlin Kirmse Kirouac Kirov Kirova Kirpenstein Kirpichenko
Kirs Kirsanov Kirsanova Kirsch Kirschner Kirsipuu Kirss Kirst Kirui Kirwa Kirwan Kiryluk Király
Kis Kisabaka Kisel Kisela Kiselev Kiseleva Kiselová Kiselyov Kiser Kiseľ Kiseľa Kiseľová
Kisfaludi Kisfaludy Kisilu Kisin Kisina Kislitsyn Kisman Kiss Kissa Kissane Kisseljov
Kissenborg Kissling Kistemaker Kistenborg Kister Kistler Kiszczak Kitheka Kithinji Kithome Kiti
Kitonga Kitov Kitova Kitprapa Kitsao Kitson Kittakun Kittlová Kituku Kitumaini Kitur Kitzler
Kitzmann Kitzron Kiuru Kivelä Kivi Kivilo Kivimäe Kivimäki Kivinen Kiviniemi Kivistik Kivistö
Kivuva Kiwior Kiška Kjalars Kjallaks Kjallaksdóttir Kjallaksson Kjarans Kjartans Kjarvals
Kjeldgaard Kjeldsen Kjellberg Kjellerup Kjer Kjersem Kjárrs Kjær Kjærgaard Kjærsgaard Kjærulff
Kjóadóttir Kjóason Kjóis Kjøller Klaapsink Klaarwater Klaas Klaauws Klabuhn Klaja Klama Klamka
Klammer Klanac Klanderman Klandermans Klang Klantjes Klapač Klapačová Klapka Klapko Klapková
Klapp Klapper Klapschestijnck Klapáč Klapáčová Klarin Klarić Klashorst Klasić Klasson
Klatikrushev Klatka Klaturov Klauder Klaus Klausen Klausner Klavan Klavsen Kleason Kleban
Klebba Kleeberg Kleehamer Kleiber Kleibrink Kleij Kleijmans Kleijn Kleijnjan Kleijse Klein
Kleina Kleindermans Kleine Kleinepier Kleinert Kleinhesling Kleinhesselink Kleinhesslink
Kleinheurne Kleininger Kleinmann Kleinpoeles Kleinpoelhuis Kleinschmidt Kleinsteuber
Kleinwolterink Kleiss Klejna Klekh Klekot Klemczak Klemens Klement Klemenzs Klemenčič Klemetti
Klemm Klemme Klemmensen Klemt Klenikov Klenikova Kleopin Kleopina Kleopov Kleopova Klepikov
Klepikova Klepka Klepov Klepova Klepáč Klepáčová Klerk Klerken Klerks Klerkse Klerkx Klerx
Kleumers Kleuvers Kleuwers Kleve Kleybrink Kliber Klienwasst Kligl Klijn Klima Klimaszewska
Klimaszewski Klimczak Klimczuk Klimek Klimeková Klimentov Klimentova Klimentyev Klimentyeva
Klimko Klimkovič Klimkovičová Klimková Klimo Klimov Klimovska Klimovski Klimová Klimáček
Klimáčeková Klin Klinckers Kline Kling Klinge Klingelhöfer Klinger Klingler Klink Klinker
Klinkers Klinkosz Klint Klintberg Klipstein Klisz Kliszcz Klit Klitgaard Kližan Kližanová Kloch
Klocker Klocko Kloek Kloese Kloet Kloeten Kloeter Kloeze Kloiber Klok Klokoč Klokočová Klomp
Klompenhauer Klompenhouwer Klompers Klompes Klomps Kloosten Klooster Kloowers Klopačka
Klopačková Klopfenstein Kloppert Klopsch Klorek Klos Klose Kloska Kloss Klosse Klossner Kloster
Klotz Klouwers Kluczek Klucznik Kluczyk Kluewers Klug Kluge Kluijvers Kluj Klumpeners
Klumpenhouwer Klumper Klumperinck Klumpers Klumpert Klumps Klunder Kluppels Kluppers Klupś Klus
Kluse Kluwe Klyszcz Klyta Klyuyev Klyuyeva Klængs Klængsdóttir Klængsson Klęczar Klęk Kmak
Kmiecik Kmoch Knabe Knabengof Knape Knapek Knapp Knappe Knaus Kneafsey Knecht Knechtle Kneifel
Kneip Knetsch Kneubühler Knez Knezović Knežević Kniaź Knies Knieć Knight Kniha Knihová Knijpers
Knikkink Kniphuisen Kniphuizen Knippel Knippenborch Knirsch Knobel Knoblich Knock Knockaert
Knoers Knoll Knook Knorr Knorscheidt Knowles Knox Knudsen Knuevers Knuf Knufken Knuijve
Knuijvers Knuivers Knuppels Knut Knutsen Knutson Knutsson Knuutila Knuve Knyazev Knyazeva Knych
Knysak Knöpfel Knörrs Knúts Knútsdóttir Knútsson Knüsel Koars Kobak Kobakh Kobal Kobayashi
Kobel Kobelt Kober Kobers Kobes Kobia Kobielsky Kobielská Kobielský Kobilarov Kobler Kobos
Kobrin Kobrina Kobryń Kobs Kobus Kobza Kobzev Kobzeva Koc Kocabıyık Kocaj Kocan Koch Kochan
Kochanowicz Kochel Kocher Kochergin Kochergina Kochman Kocian Kocianová Kociemba Kocijančić
Kocjančič Kock Kocka Kockers Kockes Kocková Kocks Kockx Kocová Kocoł Kocsis Kocsárdi Kocur
Kocurek Koczara Koczulla Koczy Kocák Kocáková Kocúr Kocúrik Kocúriková Kocúrová Koderisch Kodeš
Kodres Kodrič Kodukov Kodály Koebes Koeboom Koech Koefoed Koegleers Koehl Koehler Koekoek
Koelenbarch Koelers Koelman Koelpin Koeman Koemans Koenderink Koenders Koenen Koeners Koenig
Koenijnck Koeninck Koenkens Koentjes Koepp Koeps Koesinck Koesink Koeslach Koester Koeverden
Kof Kofanov Kofanova Koffers Kofferschlager Koffrie Kofhal Kofler Kofmel Kofod Kofoed Koger
Koggadóttir Koggason Koggis Kogler Kogo Koha Kohien Kohl Kohle Kohler Kohli Kohlmann Kohn
Kohnen Kohnke Kohnle Kohonen Kohout Kohoutek Kohrt Koht Kohut Kohv Koijers Koips Koistinen Koit
Koitla Koivisto Koivu Koivula Koivunen Koivuniemi Koj Kojder Kojers Kok Kokalj Kokanović Kokh
Kokholm Kokk Kokko Kokkola Kokkonen Koklyushkin Koklyushkina Kokol Kokorić Kokoschka Kokoshkova
Kokosza Koks Kol Kolade Kolanek Kolanko Kolar Kolarczyk Kolarec Kolarić Kolarič Kolarz Kolb
Kolbeinns Kolber Kolberg Kolbjörns Kolbusz Kolchev Kolck Kold Koldenbarg Koldenborch Koldewaij
Koldeweijde Kolding Kole Kolega Kolehmainen Koleiski Kolek Kolen Kolenbarg Kolenbargh
Kolenberch Kolenbrander Kolenc Kolendo Kolesnichenko Kolesnik Kolesnikov Kolesnikova Kolesár
Kolesárová Kolev Koleweij Koleśnik Kolfinns Kolfinnsdóttir Kolfinnsson Kolgríms Kolgrímsdóttir
Kolgrímsson Kolichkov Kolijn Kolin Kolina Kolipatkov Kolisnichenko Kolić Kolk Kolka Kolkka
Kollegger Kollen Koller Kollmann Kolly Kollár Kollárová Kolm Kolman Kolmars Kolnik Kolniková
Kolník Kolníková Kolobov Kolobova Koloch Kolodub Kolokas Kolokoltsev Kolokoltseva Kolonko
Kolovrat Kolpakidi Kolpakov Kolpakova Kols Kolsdóttir Kolskeggs Kolskeggsdóttir Kolskeggsson
Kolsson Kolstad Kolste Kolstede Kolstee Kolster Koltai Kolthof Kolthoff Kolviðs Kolviðsdóttir
Kolviðsson Kolwagen Kolyadin Kolyadina Kolár Kolárová Kolář Kolářová Koman Komander Komar
Komarov Komarova Kombe Kombo Komen Kominga Kominiak Komisarczyk Komisarek Komissarov
Komissarova Komljenović Kommers Komoll Komora Komornicka Komornicki Komperda Komsta Komuda
Komulainen Konat Konda Kondej Kondo Kondratjev Kondratov Kondratova Kondratyev Kondratyeva
Kondrup Konen Konečná Konečný Kong Kongchayasukawut Kongsri Koniec Koniecko Konieczek Konieczko
Konieczny Konig Koninck Konincks Koning Konings Konink Koninks Konners Konnincks Konning
Konnink Konninks Konnins Kononov Kononova Kononowicz Kononykhin Kononykhina Konopelski Konopka
Konopková Konoplenko Konoplya Konovalov Konovalova Konow Konrad Konradsen Konrád Konrádová
Konráðs Konsbruck Konsek Konstantinov Konstantinova Konstanty Konstantínus Kont Kontiainen
Kontny Kontorovich Kontrovskaya Kontrovskiy Konttinen Konvalinka Konya Konyayev Konyayeva
Konyndyk Konyukov Konyukova Konyushevskaya Konyushevskiy Konôpka Konôpková Koob Koobes Koobs
Koockes Kooesinck Kooi Kooij Kooijers Kooijman Kool Kooldenbarg Kooldenbargh Kooldenbergh Koole
Koolen Koolhaas Koolmans Kools Koolste Kooltthof Koolwaaij Kooman Koome Koomson Koonings Koop
Koopes Koopman Koops Koort Koorts Kooten Kooyer Kooyers Kopa Kopała Kopciuch Kopczyk Kopecká
Kopecký Kopelev Kopeleva Kopenga Koperek Kopes Kopeć Kopf Kopiczko Kopij Kopik Kopitko Kopjar
Koponen Kopová Kopp Koppa Koppel Koppenall Koppensteiner Koppová Koprziva Koprziwa Kops Kopylov
Kopylova Kopyt Kopytko Kopyto Kopyść Kopřiva Kopřivová Kopříva Kopřívová Korab Korabalnikov
Korabalnikova Koral Koranyi Korbel Korbut Korchagin Korchagina Korczewska Korczewski Korczyńska
Korczyński Korda Kordić Kordus Kordys Korec Korecová Korek Koren Korenblik Koret Koretskiy
Korgul Korhonen Korichi Korir Korjus Korkishchenko Korkosz Kormelink Kormiltsev Kormiltseva
Kormáks Kormáksdóttir Kormáksson Kornai Kornak Kornek Kornelíus Kornet Korniak Kornilov
Kornilova Kornilyev Kornilyeva Kornum Koroknay Korol Korolenko Korolev Koroleva Korolyov
Korolyuk Koronkiewicz Koros Korostelyov Korov Korovin Korovina Korošec Korpal Korpanyuk Korpela
Korpi Korsgaard Korsholm Korsman Korstman Korsun Kort Korta Kortajarena Kortbeck Kortbecke
Kortbeek Korte Korteholt Kortelainen Korten Kortena Kortman Kortmans Korts Kortschaete
Kortschot Kortschott Kortschotte Kortum Korutürk Korwin-Szymanowska Korwin-Szymanowski Koryavin
Koryavina Korzekwa Korzeniak Korzh Korzhavin Korzhavina Korzonek Korčák Korčáková Kos Kosak
Kosanov Kosanova Kosanović Kosaya Kosałka Kosela Kosenkow Kosgei Koshelev Kosheleva Koshelyov
Koshy Kosi Kosiak Kosidło Kosiec Kosinck Kosink Kosić Koskamp Koskei Koskela Koski Koskinen
Kosman Kosmin Kosmina Kosnik Kosno Kosoko Kosonen Kosowicz Kosoy Koss Kossak Kosselaar Kossinck
Kossink Kossowska Kossowski Kossuth Kostanić Kostecka Kostecki Kostek Kostelac Kosten Koster
Kostera Kosters Kostin Kostina Kostka Kostkampe Kostková Kostolzin Kostorz Kostov Kostrec
Kostrecová Kostro Kosyncks Kosz Koszewska Koszewski Kosznik Kosztolányi Kot Kota Kotala Kotecka
Kotecki Koterba Kothari Kotian Kotianová Kotilainen Kotka Kotkas Kotkowska Kotkowski Kotlarek
Kotlyarevskaya Kotlyarevskiy Kotman Kotmans Kotnik Kotov Kotova Kotovskaya Kotovskiy Kotowicz
Kotowska Kotowski Kots Kotsev Kotseva Kott Kotte Kottelat Kotten Kotters Kottes Kottmans Kotts
Kotulič Kotuličová Kotík Kouba Koubaa Koubek Koubová Kouidri Koukal Kouldenberg Koule Kouman
Koumans Kous Kovacek Kovacevic Kovacs Kovacsics Koval Kovaldzhi Kovalenko Kovalev Kovaleva
Kovalyov Kovalyuk Kovalčík Kovalčíková Kovanen Kovač Kovaček Kovačević Kovačić Kovačič Kovaľ
Kovaľová Kovařík Kovpak Kovshov Kovshova Kovács Kováč Kováčik Kováčiková Kováčová Kovář
Kovářová Kowal Kowala Kowalak Kowalczyk Kowalewski Kowalick Kowalik Kowalinski Kowalska
Kowalski Kowaluk Kowalówka Kowara Kownacka Kownacki Koya Koyers Koyuncu Koza Kozachenko
Kozaczuk Kozak Kozakiewicz Kozar Kozdra Kozdroń Kozdrój Kozel Kozey Kozhevnikov Kozhevnikova
Koziarz Koziatek Kozica Koziej Kozieja Kozień Kozina Kozioł Kozlachkov Kozlachkova Kozlov
Kozlova Kozma Kozmin Kozmina Kozmon Kozmonová Kozok Kozon Kozová Kozubal Kozubowska Kozubowski
Kozyrev Kozyreva Kozák Kozáková Kozáček Kozáčeková Kozáčik Kozáčiková Kozłowicz Kozłowska
Kozłowski Koç Koçoğlu Koçyiğit Koðráns Koós Koćwin Koč Kočevar Kočiš Kočišová Kočka Kočko
Kočková Kočová Kočí Kołaczek Kołaczyk Kołak Kołata Kołodziej Kołodziejak Kołodziejczyk
Kołodziejska Kołodziejski Kołpak Kołsut Kołton Kołtuniak Kołłątaj Kościelak Kościesza Kościk
Kościołek Kościukiewicz Kościuszko Kośka Kośnik Kość Košir Koški Koščević Košťál Koźlak
Kożuszek Koželj Koželuh Kožená Kožený Kožešník Kraaienbrink Kraaijenbrink Kraanen Kraayenbrink
Krabbe Krabbenbarg Krabbenborch Krabbenborg Krabbenborgh Krack Kradolfer Kraen Kraenen Kraft
Krag Kragelund Kragh Kraijenbrink Krainbrick Krainbrink Krainer Krainz Krajcar Krajcik
Krajenbrink Krajewska Krajewski Krajnc Krajniak Krajíček Krajíčeková Krajíčkova Krajči
Krajčiová Krajčo Krajčovič Krajčovičová Krajčová Krajčí Krajčíová Krajčír Krajčírová Krak
Krakadóttir Krakason Krakis Krakowczyk Krakowiak Kral Kralj Kraljević Kraljić Krall Kramar
Kramarenko Kramarić Kramberger Kramer Krammer Kramp Krampe Kramár Kramárová Kranc Kranen
Kranengouw Kranijers Kranjc Krantz Kranz Krapivin Krapivina Krarup Krasa Krasilnikov
Krasilnikova Krasińska Krasiński Krasnik Krasnohorská Krasnohorský Krasnova Krastiņa Krastiņš
Krasuska Krasuski Kraszewska Kraszewski Kraszkiewicz Krata Kratochvíl Kratochvílová Kratzer
Krauel Kraus Krause Kraushaar Krausová Krauspe Krauz Krauza Krauze Kravchenko Krawczyk Kraxner
Krayenbrink Kreb Krebs Krebser Krecke Kreczmar Kreczmer Kreeftenberg Krefta Kreidl Kreiger
Kreiiel Kreijel Kreijell Kreijenbrink Kreijl Kreijll Kreijlsbos Kreil Kreill Krein Kreiner
Kreis Kreissig Krejčová Krejčí Krejčík Krejčír Krekora Kremer Kremers Kremser Krenc Krenn
Kresonja Kresschers Kresse Kressers Kressibucher Kressig Kretek Kretowicz Kretz Kreun Kreusel
Kreutz Kreuzer Kreveskamp Krieger Kriegers Kriegl Krienen Kriens Krier Krieva Krieviņa Krieviņš
Krievs Kriisa Krijgsman Kring Krippner Kris Krish Krishna Krishnamurthy Krishnan Kristalls
Kristbergs Kristbergsdóttir Kristbergsson Kristbjörns Kristdórs Kristens Kristensen Kristensson
Kristers Kristfinns Kristfinnsdóttir Kristfinnsson Kristgeirs Kristians Kristiansen
Kristiansson Kristinns Kristjáns Kristjóns Kristlaugs Kristlaugsdóttir Kristlaugsson Kristleifs
Kristleifsdóttir Kristleifsson Kristmanns Kristmars Kristmunds Kristmundsdóttir Kristmundsson
Kristofers Kristoffersen Kristoffersson Kristofics Kristvalds Kristvaldsdóttir Kristvaldsson
Kristvarðs Kristvarðsdóttir Kristvarðsson Kristvins Kristó Kristófers Kristþórs Krittayanukoon
Krivec Krivomazov Krivomazova Krivoshapkova Krivtsov Krivtsova Krizmanić Krištof Krištofová
Križan Križanová Krkov Krochmal Kroczak Krodinger Kroeb Kroese Kroesen Krog Krogh Krogsgaard
Krohn Kroker Krokosz Krol Kroll Krom Kromann Krommerbien Kron Kronberger Kronborg Kronenberg
Kroney Kronije Kronnie Kronnije Kronsteiner Kroon Kroosenbrinck Krop Kropilák Kropiláková
Krosbick Krosenbrinck Krosenbrink Kroták Krotáková Krozenbrink Krpan Krsteska Krsteski Krstev
Krsteva Krucenbrincke Kruchyonykh Kruckelincks Krudowska Krudowski Kruegal Krueger Kruene
Kruesebrink Krug Kruger Kruglov Krugosvetov Krugosvetova Kruijf Kruijsebrinck Kruijsebrink
Kruijsenbrinck Kruisebrink Kruiselbrink Kruisenga Kruissebrinck Kruisselbrink Kruizenga Kruk
Krukstoel Krull Krummadóttir Krummason Krummenacher Krummis Kruns Krup Krupa Krupin Krupina
Krupička Krupińska Krupiński Krupnik Krupnov Krupnova Krupová Krupska Krupski Krusanov
Krusanova Kruschinski Kruschwitz Kruse Krusen Krushovska Krusselbrink Kruszewska Kruszewski
Kruszka Kruszona Krutikhin Krutikhina Kruz Kruzel Kruś Kryachko Kryger Kryk Krylov Krylova
Krysik Krysta Krystkowiak Kryszczuk Kryszkiewicz Kryukov Kryukova Krywult Kryza Krzan Krzempek
Krzeszowiec Krznarić Krzosek Krzyk Krzykała Krzysiek Krzystek Krzyszczak Krzysztofek
Krzysztoszek Krzywonos Krzywoń Krzyśko Krzyśków Krzyżanowska Krzyżanowski Krzyżostaniak Král
Králik Králiková Králová Krásnohorská Krásnohorský Kráľ Kráľovič Kráľovičová Kráľová Krähenbühl
Krämer Krättli Kríž Krížik Krížiková Krížová Król Królczyk Królicka Królicki Królikiewicz
Krõlov Kröckert Kröger Kröll Krøyer Krúdy Krúpa Krúpová Krüger Krčelić Krēsliņa Krēsliņš
Kręcichwost Kręcisz Kręgiel Krępa Krężołek Kršanac Krūmiņa Krūmiņš Krūze Krželj Ksel Kshlerin
Księżak Księżyk Kub Kuba Kubaczyk Kuban Kubanek Kubasiak Kubasiewicz Kubec Kubecová Kubek
Kubeková Kubelík Kubera Kubheka Kubiaczyk Kubiak Kubicki Kubicz Kubieniec Kubina Kubisz Kubiček
Kubičeková Kubička Kubičko Kubičková Kubiš Kubko Kubková Kubli Kubo Kubová Kubowicz Kuboń
Kubrak Kubík Kubíková Kubíček Kubíčeková Kubíčková Kubów Kucab Kucera Kucewicz Kucharczyk
Kucharska Kucharski Kucharz Kucharzyk Kuchciak Kucherskaya Kucherskiy Kuchev Kuchkudelova
Kuciak Kuciel Kucz Kuczaj Kuczak Kuday Kudela Kuder Kudełka Kudinov Kudinova Kudlak Kudra
Kudrjavtsev Kudryashov Kudryashova Kudryavtsev Kudryavtseva Kudsk Kudłacik Kudłacz Kuelmans
Kuenen Kuentjes Kuesinck Kufahl Kuffa Kuffel Kuffová Kugler Kuhar Kuhic Kuhl Kuhlee Kuhlman
Kuhn Kuhnen Kuiger Kuijc Kuijers Kuijk Kuijlenburgh Kuijper Kuijpers Kuile Kuilenburg Kuiper
Kuiperij Kuipers Kuisma Kuit Kuitunen Kuizinger Kujala Kujawiak Kujda Kujundžić Kuk Kukal
Kukawka Kukier Kukieła Kukiz Kukk Kukkonen Kukorelly Kukuczka Kukučka Kulagin Kulagina Kulakov
Kulakova Kulaksızoğlu Kulas Kulcsár Kulczak Kulhánek Kulhánková Kulibayev Kulibayeva Kuliberda
Kulikov Kulikova Kulimann Kulis Kulisz Kulkarni Kulma Kulmala Kulon Kultys Kulus Kulve Kulven
Kumar Kumbernuss Kumcuoğlu Kumer Kumi Kummer Kummle Kummola Kumorek Kumpulainen Kumsoontorn
Kumushova Kuna Kunac Kunayev Kunayeva Kunc Kuncewicz Kunda Kunde Kundová Kundu Kundziņa
Kundziņš Kunen Kunene Kunert Kunfermann Kung'u Kungu Kuningas Kunka Kunková Kunners Kunová
Kunst Kunt Kunter Kunysz Kunz Kunze Kuonen Kuoppala Kuosmanen Kupa Kupaj Kuper Kupers Kupfer
Kupffer Kuphal Kupidura Kupka Kupko Kupková Kupová Kupper Kupprion Kupreyanov Kupreyanova
Kuprin Kuprina Kuprion Kupryashin Kupryashina Kupsjak Kupś Kurach Kuran Kurant Kuratli Kuratov
Kuratova Kuraś Kurbiel Kurc Kurchatkin Kurchatkina Kurcz Kurczab Kurczak Kurda Kure Kurek Kurg
Kurgat Kuria Kurian Kuriger Kurilov Kurilova Kurki Kurkov Kurkova Kurm Kurmangaliyev
Kurmangaliyeva Kurmanov Kurmanova Kurniawan Kurnicki Kurnik Kurochkin Kurochkina Kuronen
Kuropatwa Kurowska Kurowski Kurp Kurpanik Kurpisz Kurrat Kursa Kurschilgen Kurska Kurski Kurt
Kurtakova Kurtazhova Kurth Kurtoić Kurtović Kurtyka Kuruc Kurucová Kurucz Kurui Kurutluoğlu
Kuruvilla Kurvits Kuryłowicz Kuryś Kurz Kurzac Kurzaj Kurzak Kurzmann Kurzydło Kurzyna Kus Kusa
Kusainov Kusainova Kusch Kuschewitz Kuschmann Kusek Kusen Kushekov Kushekova Kusi Kusik Kusio
Kusiwaa Kusk Kuska Kuske Kusková Kusmawati Kusová Kusse Kuster Kustermann Kustosz Kusumo
Kuswandari Kuswoyo Kusyk Kusztal Kuszyk Kut Kutch Kutek Kutera Kutlay Kutnik Kutsar
Kutscherauer Kutzner Kuunk Kuus Kuuse Kuusela Kuusik Kuusisto Kuusk Kuuvers Kuvaldin Kuvaldina
Kuvalis Kuvayev Kuvayeva Kuveždić Kuyper Kuza Kuzechkin Kuzechkina Kuzia Kuzikov Kuzikova
Kuzior Kuziora Kuzmin Kuzmina Kuzmić Kuznetsov Kuznetsova Kuzucu Kučera Kučerová Kučić Kułach
Kuśka Kuśmider Kuśnierek Kuświk Kuša Kuška Kušková Kušnír Kušnírová Kušo Kušová Kuščević Kuźnia
Kuźniar Kužel Kvapil Kvartalnov Kvartalnova Kveldúlfs Kveldúlfsdóttir Kveldúlfsson Kvist
Kvíčala Kvíčalová Květoň Kwaadland Kwaakye Kwaakyewaa Kwadwo Kwak Kwam Kwamboka Kwapień Kwapis
Kwapisiewicz Kwarciak Kwartemaa Kwarteng Kwasek Kwemoi Kweyama Kwiatkowska Kwiatkowski Kwiek
Kwietniewska Kwietniewski Kwinta Kwoka Kyalo Kyburz Kyc Kycia Kyed Kyei Kyeiwaa Kyerewaa
Kyllönen Kyne Kyra Kysel Kysela Kyselová Kyseľ Kyseľa Kyseľová Kádár Káldy Kállay Kára
Káradóttir Kárason Káris Kármán Károly Károlyi Kárová Kárs Kázik Káziková Käbin Käfer Kägi
Kähkönen Kähler Kälin Källström Kämpf Kämäräinen Känel Käppeli Kärki Kärkkäinen Kärner Kärppä
Käser Käslin Käsper Käster Käther Käär Käärik Kääriäinen Kóps Kópsdóttir Kópsson Kóreksdóttir
Kóreksson Kósz Kózka Kôstka Kôstková Kõiv Köberl Köck Köhler Köhrbrück Köhre Kölbl Köll
Kölotzei Könczöl König Köninger Köninks Könninks Köpernick Köppel Körmelink Körmükçü Körte
Köseoglu Köseoğlu Kössink Kössler Köster Kötters Köybaşı Köylüoğlu Köçərli Køhler Kølle Kúbek
Kúbeková Kúhn Kúhnert Kús Kúska Kúsková Kúsová Kúš Kúšová Kübler Kühn Kühnel Kühnemund Kühnert
Kühnke Külling Küng Künzi Künzler Küsters Küter Kütt Küttel Küçükler Kārkliņa Kārkliņš
Kędzierski Kędziorek Kęsek Kılıççı Kıraç Kısakürek Kļaviņa Kļaviņš Kłoczko Kłosiewicz Kłosińska
Kłosiński Kłosowicz Kłosowska Kłosowski Kłysz Kłósek Kőszegi Křivohlavý Kříž Křížová Kəngərli
Kərimli Kərimov Kərimova Kərimzadə LAN LEI LI LIANG LIAO LIEN LIN LING LIU LO LU LUNG Laack
Laager Laak Laakkonen Laakso Laaksonen Laamers Laan Laander Laane Laanemets Laanstra Laar
Laarbargh Laarberch Laarberg Laarhoven Laarman Laarmann Laarse Laas Laba Labadie Labado Labat
Labate Labaš Labbate Labbe Labbé Labeeb Labelle Laberge Labhra Labhradha Labhrú Labinjan Lablih
Labocha Labonté Laborde Laboy Labra Labranche Labrecque Labrie Labriola Labruzzo Labuda Labudda
Labudová Labus Laca Lacasse Lacaze Lacelle Lacerda Lacerte Lacey Lachance Lachapelle Lacharité
Lachat Lachaîne Lachini Lachmann Lachnáin Lachtnáin Lack Lacka Lackner Lacko Lacková Laco
Lacombe Lacoste Lacour Lacoursière Lacovara Lacová Lacroix Lacy Lad Lada Ladavac Ladeck
Ladefoged Ladegaard Ladeira Lademann Ladewig Ladhradha Ladner Ladouceur Laecke Laeckens
Laeckhuisen Laenen Laer Laerbargh Laerberch Laerberg Laerbergh Laere Laet Laferrière Laffer
Lafferty Laffey Laffray Laflamme Lafleur Lafon Lafond Lafont Lafontaine Laforest Lafortune
Laframboise Lafrance Lafrenière Lagacé Lagarde Lagat Lage Lagemeinen Lagerfeld Lagerkvist
Lagerlöf Lagerweij Laghmainn Lagin Lagina Lagler Lago Lagoda Lagoeiro Lagomarsino Lagorio Lagos
Lagrange Lagtenburg Laguardia Laguna Lagunov Lagunova Lagzdiņa Lagzdiņš Lah Lahaie Lahaye Lahey
Lahiah Lahiffe Lahmar Laht Lahtela Lahti Lahtinen Lahy Lai Laib Laiberetor Laideáin Laidhe
Laidhigh Laidhin Laidhléis Laighin Laighnigh Laigre Laiho Laijr Laijrberge Lailasari Lailligh
Lailliú Laimer Laimhbheartaigh Laine Laing Lainn Laino Laithbheartaigh Laithimh Laithmhe
Laitila Laitinen Lajeunesse Lajlaj Lajoie Lajunen Lajčiak Lajčiaková Lajčák Lajčáková Lakatos
Lakaza Lakehal Lakhal Lakhdari Lakhtionov Lakhtionova Lakin Lakomy Lakošeljac Laks Laksita
Laksmiwati Laktionov Laktionova Lal Lala Lalak Lalama Lalancette Lalande Lalanne Laliberté Lall
Lalla Lallaidh Lallaigh Lallemand Lallement Lalli Lally Laloli Lalonde Lalor Laloux Lam Lamagna
Lamarche Lamarre Lamas Lamattina Lamač Lamačová Lamb Lambe Lambelet Lambers Lambert Lamberts
Lambertsen Lambertz Lambiel Lamborghini Lambot Lambotte Lambrecht Lambrechts Lambregt Lamch
Lamenais Lament Lamers Lamesch Lamha Lamhna Lammas Lammens Lammer Lammerdinck Lammerdink
Lammerink Lammers Lammershuisken Lammert Lammerts Lammertts Lammi Lamon Lamont Lamontagne
Lamore Lamos Lamothe Lamotte Lamour Lamoureux Lampa Lampart Lampert Lampinen Lampl Lamprecht
Lampron Lamri Lamula Lamy Lanagáin Lancaster Lancisi Lanckhof Lanctôt Landa Landaal Landais
Landberg Lande Landeghem Landeira Landen Landers Landerwer Landever Landeweer Landeweerd
Landewer Landin Landl Landmann Landolt Landon-Lane Landry Landström Landy Lane Lanes Lanfranchi
Lanfranconi Lang Langa Langan Langat Langballe Langbroek Lange Langedijk Langel Langeler
Langelier Langelo Langen Langenael Langendoen Langendonck Langenegger Langenhave Langenhof
Langenhoff Langenhorst Langeni Langensand Langenweijde Langer Langerhuizen Langern Langevin
Langevoort Langeweide Langfeld Langhart Langhirt Langhoff Langier Langiewicz Langkamp Langkjær
Langlais Langley Langlois Langosh Langrin Langwerde Langworth Lanig Lanigan Lanini Lanka Lanker
Lankester Lankheet Lankhof Lankhorst Lankinen Lankle Lankov Lankova Lanners Lans Lansing
Lansink Lanson Lanthier Lantijnck Lantinck Lantink Lantz Lanz Laochdha Laodhóg Laoghaire
Laoghóg Laoi Laoidh Laoidhe Laoidhigh Laoingsigh Laoithe Laon Laouar Lapa Lapalme Laperrière
Lapeyre Lapierre Lapin Lapina Lapitskiy Laplante Lapointe Laponder Laporte Lappalainen
Lappenschaar Lappi Lappin Laprise Lapsa Laputin Laputina Lapáin Lara Laramée Larbargh Larbi
Larcher Larcáin Lardi Lardinois Lardner Larek Laren Largan Largey Laribi Larionov Larionova
Larivière Larkin Laroche Larochelle Larocque Larose Larouche Larrañaga Larrea Larrivée Lars
Larsdatter Larsen Larson Larsson Larue Larysz Lasa Lasić Laskowski Laskus Lasocka Lasocki
Lasonder Lass Lassalle Lassen Lasserre Lassila Lassnig Lastra Laszczyk Laszkiewicz Laszuk Lata
Latacz Latek Lathaigh Lathion Lathrope Latier Latif Latko Lato Latoszek Latour Latreche
Latreille Lattion Lattuada Latulippe Latupono Latuszek Latvala Latynin Latynina Lau Laube
Lauckner Laudicina Lauesen Laufars Laugadóttir Laugason Laugesen Laugis Lauinger Laukkanen
Lauletta Launay Lauper Laur Laura Laureano Laurenco Laurenson Laurent Laurenti Laurentis
Laurenzi Laurenzo Laures Laureys Lauri Lauria Lauricella Lauridsen Laurila Laurin Laurino
Laurita Laurito Lauritsen Lauritzen Lauritzs Lauro Laursen Laurén Laus Lausecker Lausen Lausten
Laustsen Lauwens Lauwers Laux Lauzier Lauzon Laval Lavallée Lavan Lavanchy Lavaud Lavell
Lavelle Lavello Laverdière Lavergnat Lavergne Laverty Lavery Laviano Lavigna Lavigne Laville
Lavin Laviolette Lavoie Lavorgna Lavrenko Lavrentyev Lavrentyeva Lavrin Lavrina Lavrič Lavrov
Lavrova Law Lawal Lawick Lawless Lawlor Lawrence Laws Lawson Lawton Lax Laxman Lay Laydon
Laykinck Laylova Layth Lazar Lazarek Lazarenko Lazarev Lazareva Lazarevska Lazarevski Lazcano
Lazio Lazizov Lazo Lazov Lazova Lazuardi Lazzara Lazzari Lazzarini Lazzaro Lazzeri LeMahieu
Leach Leacy Leagha Leahy Leal Leallaigh Leamhna Leandro Leannon Leannáin Leano Learmonth Leary
Leathaigh Leathlobhair Leavey Leban Lebar Lebas Lebbinck Lebbink Lebeau Lebed Lebedev Lebedeva
Lebel Leber Leberer Lebing Leblanc Leblond Leboeuf Lebon Lebreton Lebrun Lebrón Lebsack Lecce
Leccese Lechner Lechters Leclerc Leclercq Leclere Lecocq Lecoeur Lecompte Lecomte Leconte Lecoq
Lecours Lecuyer Leddin Leddon Leddy Lede Ledent Leder Lederer Ledergerber Ledesma Ledner Ledoux
Leduc Ledwich Ledwith Ledzion Lee Leeb Leech Leeckinck Leeferdinck Leeferdink Leefferdinck
Leefferdink Leege Leek Leeland Leemans Leemers Leemhorst Leemkoel Leemkuijl Leemkuil Leemput
Leemslat Leen Leenards Leenbeek Leene Leeney Leenhouts Leerink Lees Leesinck Leesink Leessinck
Leessink Leeuw Leeuwen Leeuwenhoeck Leeuwenhoek Leeuwerdinck Leewes Lefave Lefebvre Leferdinck
Leferdink Lefers Lefeuvre Lefevre Lefferdinck Lefferdink Leffler Lefort Lefranc Lefrancois
Lefrançois Lefèbvre Lefèvre Legaré Legato Legault Legay Legendre Leger Leggio Legnante Legović
Legrain Legrand Legras Legros Legtenbarg Legters Leguit Legutko Lehane Leharová Lehikoinen
Lehiste Lehmann Lehner Lehoux Leht Lehti Lehtimäki Lehtinen Lehtla Lehtmets Lehto Lehtola
Lehtonen Lehárová Lei Leibetseder Leibold Leibundgut Leicht Leide Leidhin Leidhinn Leifs
Leifsdóttir Leifsson Leiggener Leighin Leighinn Leijdecker Leijen Leijendecker Leijendekker
Leijerweerd Leijmeester Leijonhufvud Leijtink Leijttink Leiking Leiknirs Leimbach Leimer Leino
Leinonen Leipold Leis Leiser Leissenaar Leist Leitao Leite Leiter Leiteritz Leitgeb Leitheim
Leithner Leiting Leitner Leitão Leiva Leiwesmeier Leiðólfs Leiðólfsdóttir Leiðólfsson Leja
Lejeune Lejk Lejman Lejsek Leks Leland Lelant Lelas Lelei Leleu Leleux Lelievre Lelijveld
Lelito Lelièvre Lella Lelli Lellis Lello Lelonek Lelong Leloup Lem Lemaire Lemaitre Lemanowicz
Lemarchand Lemay Lemayian Lemaître Lemańska Lemański Lembede Lember Leme Lemelin Lemen Lemenes
Lemercier Lemeshko Lemiesz Lemieszek Lemieux Lemire Lemkamp Lemke Lemkuil Lemma Lemme Lemmen
Lemmenes Lemmens Lemmer Lemmers Lemming Lemmo Lemnes Lemoine Lemonnier Lemos Lempart Lempereur
Lems Lemus Lena Lenaerts Lenaghan Lenarcik Lenc Lenci Lencioni Lenckhof Lenckhoff Lenckinck
Lenda Lenders Lendi Leneghan Lenehan Lenfers Lengauer Lengen Lengyel Lenherr Lenihan Lenik
Lenić Lenk Lenkhof Lenkhoff Lenkoys Lennane Lennartsson Lennep Lennon Lenoir Lens Lense
Lenselink Lensen Lensinck Lensing Lensink Lensselink Lenssinck Lent Lentinck Lentine Lentini
Lento Lentz Lenz Lenza Lenzen Lenzi Lenzin Lenzini Lenzo Leo Leok Leombruno Leon Leonard
Leonardes Leonardi Leonardis Leonardo Leonards Leoncavallo Leone Leonel Leonelli Leonetti
Leonhards Leonhartsberger Leoni Leoniak Leonidov Leonidova Leoniuk Leonov Leonova Leonowicz
Leons Leonti Leontyev Leontyeva Leopardi Leopold Leopoldo Leos Lepa Lepage Lepak Lepera
Lepianka Lepik Lepine Lepistö Lepka Lepmets Lepori Lepp Leppik Leppinck Leppink Leppälä
Leppänen Lepretre Lepthin Lepyokhin Lepyokhina Lepšík Lepšíková Leray Lercari Lerch Lerche
Lercher Leriche Lerinck Lerma Lermontov Lermontova Lerner Leroux Leroy Lertsattayanusak Leruth
Lesage Lesch Leschnik Lesgeist Lesiewicz Lesijnck Lesik Lesin Lesina Lesinck Lesisz Lesjak
Leskinen Leskov Leskova Leskovar Leslie Lesner Lesná Lesný Lespérance Lessa Lessard Lestander
Lestari Lester Lesturgeon Lesueur Leszcz Leszczak Leszczuk Leszczyk Leszczyński Leszkiewicz Let
Letelier Letellier Letendre Leth Lether Letkiewicz Leto Letová Letta Lette Lettiere Lettner
Letzelter Leu Leuba Leubin Leuenberger Leuking Leunberger Leurdijck Leurdijk Leurink Leurs
Leurverdink Leurvinck Leurvink Leuschke Leusijnck Leusinck Leusink Leussen Leussink Leusveld
Leutgeb Leutgers Leutink Leuven Leuvenink Leuwen Leuzinger Levac Levan Levandi Levanidov
Levanidova Levasseur Levchenko Leveque Leverdijnck Leverdinck Leverding Leverdink Leverdinnck
Leverdynck Leverijnck Levering Leverink Levesque Levie Levij Levin Levina Levine Levink Levitas
Levitin Levitina Levonov Levonova Levontyev Levontyeva Levy Levís Lew Lewa Lewandowska
Lewandowski Lewek Lewicz Lewin Lewis Lewińska Lewiński Lewke Lewko Ley Leyckes Leydeboer Leyden
Leydon Leyen Leys Leysen Leyton Leyva Leágha Leão Leóid León Leópolds Leós Leśko Leśna Leśniak
Leśniewska Leśniewski Leśny Lešić Lešković Lešnik Leščić Leżoń Lg Lheureux Lho Lhoir Lhomme Li
Liadhain Liagha Liaghain Liain Liam Liang Liao Liathaigh Liatháin Liaudat Libardi Liber Libera
Liberator Liberatori Libert Liblik Lica Lichoń Lichtenberg Lichtenborgh Lichtenegger
Lichtenfeld Lichtenhagen Lichterdijnck Lichterinck Lichters Lichthart Lichtl Lichutin Lichutina
Licul Liddane Liddy Lideadha Lidholm Lidskaya Lidskiy Lidström Liduino Lidén Lie Liebach Liebe
Liebelt Lieber Lieberherr Liebi Liebich Liebold Liechti Lieder Liedtke Liefde Lieferdink
Liefers Lieferts Liefferdinck Liefting Lieftink Liekens Liem Lien Lienard Liendert Lienhard
Lienshöft Liepa Liepiņa Liepiņš Lier Lierde Liesbroek Liesch Liesen Lieshout Liesink Liessink
Liestener Lieve Lievens Lievense Lieverdink Lievers Liezen Ligachyov Ligas Ligenza Lighe
Lighteringh Lighterink Ligorio Ligtenbargh Ligtenberg Ligterink Ligters Ligthart Ligtvoet
Liguori Liikanen Liimatainen Liiv Liiva Liivak Liivamägi Lijn Lijntell Lijntem Lijnthem Lijntom
Lijnttum Lijntum Lijsen Lijsenbus Likar Likhachev Likhacheva Likhachyov Likhanov Likhanova
Lilja Liljars Liljegren Liljeström Lill Lillelund Lillemets Lillis Lillo Lima Limat Limazah
Limbeek Limbourg Limburg Limo Limoges Limonadov Limoncuoğlu Limonov Limonova Limón Lin Linares
Lincoln Lind Linda Lindahl Lindars Lindau Lindauer Lindberg Lindbergh Lindbergs Lindblad
Lindblom Linde Lindeberg Lindeboom Lindegaard Lindell Lindelöf Lindeman Linden Lindenberg
Lindenhovius Lindenmayer Linder Linderd Linderoth Linders Lindert Lindfors Lindgaard Lindgreen
Lindgren Lindh Lindhardt Lindholm Lindinger Lindkvist Lindman Lindmark Lindner Lindorfer Lindow
Lindquist Lindqvist Lindroos Lindroth Lindsay Lindsey Lindskog Lindström Lindstrøm Lindvall
Lindén Linehan Linek Lingiardi Liniger Link Linka Linke Linkiewicz Linna Linnane Linnenbaum
Linnet Linnevers Linneweber Linny Lino Linschoten Linse Linsi Linsij Linskey Linster Lintelo
Lintem Linten Linthem Linthomb Linthombs Lintner Lintom Linton Lintum Linvers Linze Liodáin
Lionacháin Lionnáin Lions Liostún Liović Lipa Lipaj Lipatov Lipatova Lipińska Lipiński Lipka
Lipkin Lipkina Lipko Lipková Lipok Lipovetskiy Lipová Lipowicz Lipp Lippe Lippens Lippmaa
Lippomano Lipponen Lippuner Lips Lipska Lipske Lipskerov Lipskerova Lipski Lipták Liptáková
Lipus Lira Lirette Lis Lisak Lisboa Lischka Liscio Lisenko Lisi Lisica Lisická Lisický Lisik
Lisio Lisoń Liss List Liston Listwan Listyev Listyeva Litavrin Litavrina Litewka Lith Litmanen
Littel Littizzetto Little Litva Litvin Litvinenko Litvinov Litvinova Litvová Litwa Litwiniuk
Litwinowicz Litwińczuk Litz Liu Liukka Liukkonen Liuzza Liuzzi Liuzzo Livadnyy Livanov Livanova
Liverotti Livingston Livri Liyaaqat Liyaqat Lizabo Lizama Lizana Lizotte Lizoń Lizurej Lizza
Lizzi Lizzio Liégeois Liénard Liśkiewicz Liška Lišková Ljubetić Ljubić Ljubičić Ljung Ljungberg
Ljungdahl Ljunggren Ljungqvist Ljósálfs Ljósálfsdóttir Ljósálfsson Ljóts Ljótsdóttir Ljótsson
Ljúfs Ljúfsdóttir Ljúfsson Llabjani Llabrés Lladó Llamas Llano Llanos Lledó Llobet Llopis
Llorens Llorente Lloret Lloyd Lluch Lo Loaiza Loba Lobanov Lobanova Lobato Lobbe Lobbeck
Lobberegt Lobecke Lobeeck Lobeek Lobeeke Lobeke Lobinger Lobkov Lobkova Lobo Lobos Locatelli
Locati Lochem Locher Lochlainn Lochlann Lochnáin Lochráin Lochtnáin Lock Locken Lockhorst
Lockman Lodato Lodberg Lodeboer Lodekynck Lodewegen Lodewijks Lodi Lodico Loe Loeff Loener Loep
Loera Loerinck Loervinck Loerving Loevinck Loffredo Loft Lofts Loftsdóttir Loftsson Loftus
Logadóttir Logan Logar Logason Logchem Loghan Loghem Loginov Loginova Logis Logsch Logue Loher
Lohman Lohmann Lohmans Lohre Lohse Lohuijs Lohuis Loi Loibhéad Loibl Loideáin Loididh Loidl
Loijkinck Loijtink Loineacháin Loingscigh Loingse Loingseacháin Loingsigh Loinn Loinne Loinnigh
Loinnsge Loinnsgigh Loirgneáin Loiseau Loisel Loiselle Loison Loitink Loj Loja Lojek Lojeková
Lojen Lojka Lojko Lojková Lojová Lokadóttir Lokar Lokason Loke Lokhorst Lokis Lokk Lokken
Lokker Lollobrigida Lomakin Lomakina Loman Lomann Lomans Lomanss Lombard Lombardi Lombardino
Lombardo Lombardozzi Lombroso Lomeli Lomgaigh Lomholt Lomis Lommert Lomonosov Lomonosova Lomov
Lomova Lomp Lona Lonagáin Lonardo Lonargáin London Londoño Londra Londáin Lonen Lonergan Lonfat
Long Longa Longaigh Longan Longchamp Longhena Longhi Longino Longo Longode Longoria Longpré
Longáin Lonndra Lonndraigh Lonndún Lonnradh Lonnáin Lonáin Lončar Lončarić Loo Loobeeck Loobeek
Loobeke Loock Looe Loogen Loohnier Loohof Loohuijs Loohuis Looman Loomans Loomas Loomis Loon
Looney Loop Loorits Loos Loosvelt Looveren Looy Looyen Lopardo Lopes Lopez Lopresti Lorang
Loranger Lorca Lorch Lorchenkov Lorchenkova Lorcáin Lord Lordan Lordijck Loreal Loredan
Loredetto Lorella Lorello Lorencin Lorencini Lorens Lorent Lorentsen Lorentzen Lorenz Lorenzen
Lorenzetti Lorenzi Lorenzini Lorenzo Lorenzon Lorenzoni Lorençon Lorenção Loretan Loreto
Loretta Lorezon Loria Lorino Lorio Loriol Lorreijn Lortie Lorverdinck Losa Losada
Losatapornpipit Losch Losekann Losey Loshchits Loshkomoyev Loshkomoyeva Loska Loskamp Loskutov
Loskutova Loss Lotman Lott Lotti Lotto Lotzer Loucif Loughlin Loughnane Loughran Loughrey
Loughry Lougun Louis Lounis Loup Loureiro Loureito Lourenco Lourença Lourenço Lourenção Louret
Lourneco Louvet Louw Louws Louzada Lovat Lovatel Lovato Lovatti Lovchikov Lovchikova Love
Lovendaal Lovera Lovett Lovey Lovink Lovis Lovrić Low Lowe Lowery Lowney Lowry Loy Loya Loyal
Loyer Loyko Loyola Lozada Lozano Lozhkomoyev Lozhkomoyeva Lozza Loðmunds Loðmundsdóttir
Loðmundsson Lu Luachra Luag Luain Luaire Luaithrinn Luanaigh Luasa Luasaigh Luay Lubbering
Lubberink Lubbers Lubberts Lubelo Lubenets Lubenovic Lubera Luberda Lubering Lubhaing Lubiana
Lubina Lubinová Luboch Lubowitz Lubring Luc Luca Lucarelli Lucas Lucassen Lucca Lucchesi
Lucchetta Lucchi Lucciano Lucel Lucena Lucero Lucey Luchi Luchteren Lucia Luciani Luciano Lucid
Lucink Lucio Lucitt Lucius Lucić Luckman Luddy Ludens Ludgers Ludhóg Ludolf Ludonga Ludovisi
Ludvigs Ludvigsen Ludwig Ludwik Ludwin Ludwiniak Ludwisiak Lueb Lueilwitz Lueks Luemes Luengo
Luesen Luessen Lueten Luettgen Luevano Lufft Luger Lughadha Lughbhadha Luginov Luginova Lugo
Lugon Luht Luibhéad Luiga Luijders Luijmans Luijmers Luijmes Luijten Luijtink Luik Luiken
Luikenhuis Luimes Luin Luineacháin Luinenburg Luinigh Luis Luise Luisier Luiten Luitens
Luitgardis Luitink Luitscher Luiz Luizen Luján Lukas Lukash Lukhele Lukin Lukina Lukinić Lukić
Lukk Lukoschek Lukoshin Lukoshina Luks Lukstiņa Lukstiņš Lukyanenko Lukyanov Lukyanova Lukács
Lukáč Lukáčová Lukša Lukšić Lukšová Lula Lulankov Lulek Lulofs Lumbasi Lumbreras Lumen Lumens
Lumes Lumi Lumiste Lummens Lumumba Luna Lunaigh Lund Lundadóttir Lundason Lundberg Lundblad
Lundbäck Lunde Lundeberg Lundell Lundgaard Lundgreen Lundgren Lundh Lundholm Lundin Lunding
Lundis Lundkvist Lundmark Lundon Lundquist Lundqvist Lundsgaard Lundström Lundstrøm Lunham
Lunin Lunney Lunny Lunts Lunz Luo Luoma Lupien Lupino Lupiy Lupo Lupoli Luppino Luppol Luppov
Luppova Lupták Luptáková Lupáin Luqe Luqmaan Luqman Luque Lurati Lurgáin Luria Lurvink Lusardi
Lusco Lusink Lussi Lussier Lussu Lustenberger Luster Lusti Lut Luten Lutf Lutgen
Lutgencoosijnck Lutgens Lutgers Lutholoni Luthra Luthuli Lutje Lutjehuis Lutjekossink Lutjen
Lutjenhuis Lutjenkeusinck Lutjenkosinck Lutjenkosink Lutjenkossink Lutjers Lutjes Lutke
Lutkenhorst Lutkenhuis Lutkenkoosinck Lutkenkosijnck Lutostańska Lutostański Lutosławska
Lutosławski Luts Lutsenko Lutsi Lutten Luttenberger Lutterveld Luttgen Luttgers Luttiken
Luttjen Luttjenkoosinck Luttken Lutyanov Lutyanova Lutz Luukkonen Luup Luvuno Lux Luxa Luxardo
Luxemburg Luyckx Luymes Luyssel Luyten Luz Luzhin Luzhina Luzi Luzorio Luzzi Luís Lučić Lwandle
Ly Lyalin Lyalina Lyashko Lyden Lydon Lyhne Lykke Lykkegaard Lynch Lynchechaun Lynchehaun Lyne
Lyng Lyngars Lynge Lynggaard Lyngstad Lyngsø Lynn Lynskey Lyon Lyons Lyrio Lysaght Lysgaard
Lytkin Lytkina Lyubimov Lyubimova Lyukin Lyukina Lyusin Lyusina Lyzhin Lyzhina Láimhín Lámháin
Lárents Lárentíus Lárs Lárus Lás Lása Lásaidhe László Látal Lähteenmäki Länzlinger Lätt Läuchli
Lääne Lääts Léadús Léanacháin Léchot Lécuyer Léger Légora Léhar Léharová Léhař Léhařová
Léineacháin Léis Léith Léonard Lépine Lérs Létourneau Léveillé Lévesque Lévy Lévêque Lê
Línadóttir Línason Línbergs Línis Líonacháin Líthe Líška Líšková Lóadóttir Lóason Lócháin
Lógáin Lóndra Lónáin López Lórdáin Lórens Lórenzs Lõhmus Löchel Löf Löffel Löffler Löfgren Lönn
Löppönen Lörtscher Löser Lötscher Lötvall Lövgren Löwa Löwenadler Löwer Løvland Lúbhaing Lúbhóg
Lúing Lúiséad Lúkas Lúnam Lúndra Lúters Lúthers Lúðvígs Lúðvíks Lúóg Lübke Lübs Lüchinger Lüdi
Lüscher Lüthi Lütscher Lüönd Lýtings Lýtingsdóttir Lýtingsson Lýðs Lýðsdóttir Lýðsson Lāce
Lācis Līce Līcis Lőrincz Lūse Lūsis Lətifxanlı MA MAO MEI MENG MO MOU MU Ma Maack Maag Maages
Maak Maalderink Maalik Maalim Maandag Maaren Maas Maasgouw Maasik Maaswaal Maaswinkel Maat
Maath Maatkamp Maatman Maatyies Maawiya Mabanga Mabaso Mabhena Mabhodla Mabhoko Mabika
Mabillard Mabizela Mabuya Mabuyakhulu Mabuza Mac MacAdoo MacAleavy MacAllen MacAloon MacAnally
MacArt MacArthur MacBreen MacBride MacCaffrey MacCann MacCartan MacCarthy MacCarville
MacClenaghan MacCole MacComisky MacConachy MacConnaghy MacCool MacCormack MacCrohan MacCurtin
MacDermott MacDevitt MacDonagh MacDonald MacDonnell MacDougall MacDowell MacDwyer MacDyer
MacEgan MacElgunn MacEver MacEvoy MacFadden MacFall MacFaull MacGee MacGeehan MacGill
MacGilligan MacGing MacGinley MacGinnitty MacGinnity MacGinty MacGloin MacGlynn MacGovern
MacGreal MacGroarty MacGuinness MacGurk MacHale MacHenry MacHugh MacInerney MacInnes MacKay
MacKenna MacKenzie MacKeown MacKevitt MacLysaght MacMahon MacMonagle MacMorrow MacMullan
MacMullen MacNabb MacNaboe MacNaboola MacNally MacNamara MacNamee MacNeela MacNeill MacNelis
MacNulty MacPherson MacPhilbin MacShea MacSweeney MacTiernan MacVeagh MacVeigh MacWilliams Maca
Macaluso Macan Macari Macario Macasa Macatrozzi Macauley Maccanelli Macchi Macchia Macchio
Macchione Maccini Macdonald Mace Macedo Macejkovic Macek Maceková Mach Macha Machado Macharia
Machata Machatová Macher Macheret Macheta Machgoet Machi Machniak Machnáč Machnáčová Macho
Machorius Machová Machowiak Machowicz Machoń Machuca Machul Machura Macháin Macháček
Macháčeková Macháčková Macias Maciejczuk Maciejewicz Maciejewska Maciejewski Maciejko
Maciejowska Maciejowski Maciejuk Maciel Macina Macingwane Macioce Maciocha Macioł Maciuk
Maciuszek Mack Macka Mackaewicz Macken Mackentun Mackesey Mackey Mackiewicz Mackle Macko
Mackovič Mackovičová Macková Maclean Macmillan Macnamee Maco Macová Macrea Macri Macré
Maculewicz Maczey Macías Mad Madadháin Madagáin Madaidh Madaidhe Madaidhin Madajczyk Madan
Madani Madaoin Madar Madara Madaras Madariaga Madarová Maddalena Maddalone Maddaloni Madden
Maddock Maddox Maddy Made Madec Madej Madejczyk Madejová Madela Mader Madera Maderna Maderno
Madetoja Madetzky Madhubuti Madi Madiba Madide Madigan Madinaeva Madinane Madisson Madiyan
Madlala Madlanduna Madlula Madondo Madonna Madonsela Madore Madrid Madrigal Madsdatter Madsen
Madu Madubuko Maduma Maduna Madunić Madura Madureira Madzia Madziar Madziba Madách Madáin Maeda
Maeder Maeet Maelderink Maelsteijn Maertens Maes Maessen Maestas Maestrani Maestre Maestri Maet
Maete Maeten Maetkat Maetman Maetmans Maett Maeyer Maffei Maffeo Maffezzini Maffia Maffucci
Mafobo Mafra Maftunova Mafuleka Mafulela Magagula Magaldi Magalhaes Magalhães Magan Magann
Magar Magauran Magaña Mageba Magee Mageean Magennis Magennity Mager Mages Mageto Maggadóttir
Maggason Maggetti Maggi Maggiacomo Maggini Maggio Maggioli Maggiore Maggis Maghanga Magier
Magierowska Magierowski Magill Maginn Magis Magistro Magić Magliano Magliaro Maglio Magliocca
Maglione Magliozzi Magnadóttir Magnago Magnan Magnani Magnano Magnason Magne Magngeirs Magni
Magnier Magnifico Magnin Magnis Magno Magnone Magnotti Magnuson Magnussen Magnusson Magnús
Magnþórs Magolwana Magombo Magononde Magoza Magrassi Magrath Magri Magrini Magrino Magro
Magryta Magubane Maguidhir Maguire Magujwa Magutshwa Magwaza Magyar Magáin Magál Magálová
Mahajan Mahal Mahamba Mahamed Mahamud Maharaj Mahat Mahaye Mahbeer Mahbub Mahdiev Mahe Mahedy
Maheen Mahendra Maher Maheswara Maheux Mahfuj Mahfuz Mahi Mahieu Mahlaba Mahlalela Mahlangu
Mahlase Mahler Mahlinza Mahlobo Mahloh Mahmood Mahmoud Mahmoudi Mahmudov Mahmudova Mahnet Mahon
Mahoney Mahony Mahrer Mahtielo Mahtman Mahtmans Mahulube Mahy Mai Maia Maicín Maida Maidana
Maidla Maidín Maier Maierhofer Maifredi Maijala Mailhot Maillard Maille Maillet Maillot
Mailloux Maillé Maina Mainchín Maine Mainella Maingi Maingín Mainichín Mainiero Mainini Mainka
Mainnín Mainville Mainín Maio Maiocco Maiolo Mair Maire Mairhofer Maisch Maisonneuve Maisto
Maitha Maithnín Maithya Maitiú Maitre Maiyo Maj Majak Majcen Majchrzak Majczyna Majd Majdak
Majdan Majdanová Majdecka Majdecki Majdenić Majdán Majdánová Majeed Majerczyk Majerska Majerski
Majerus Majeski Majeská Majeský Majeveski Majewicz Majewska Majewski Majnusz Majoka Majola
Major Majorana Majorczyk Majorek Majos Majozi Majsterek Majstorović Majtczak Majtyka Majumdar
Majzner Mak Makanin Makanina Makans Makar Makarenko Makarevich Makaronski Makarov Makarova
Makaruk Makaryev Makaryeva Makau Makeham Makena Makhanenko Makhanya Makhathini Makhaye Makhaza
Makhedama Makhlouf Makhloufi Makhnach Makhoba Makhubo Makhulukhulu Makhunga Makieła Makin
Makina Makinde Makinwa Makkonen Makles Mako Makogon Makokha Makori Makosz Makovac Makovec
Makovecová Makovica Makovická Makovický Maková Makový Makowiecka Makowiecki Makowska Makowski
Makoś Maksimishin Maksimishina Maksimov Maksimova Maksimowicz Maksimushkin Maksimushkina Maksym
Makulec Makulu Makungu Makurat Malacarne Malachovská Malachovský Malafeyev Malafeyeva
Malakheyev Malakheyeva Malakhov Malakhova Malakova Malambule Malanowska Malanowski Malaparte
Malara Malarczyk Malatesta Malave Malcharek Malcher Malcherek Malczewska Malczewski Maldonado
Malecha Malek Malembe Malenchini Malenfant Malenkiy Malerba Malesza Maleszka Maletić Maletskiy
Maletta Malevu Malewicz Malfait Malfanti Malfitano Malgiaritta Malherbe Malhotra Maligłówka
Malik Malikov Malikova Malina Malinen Malinga Malini Malinin Malinina Malinová Malinowska
Malinowski Malipiero Malishko Malisz Malito Malizia Malińska Maliński Malka Malkeren Malki
Malkin Malkina Malkus Mall Mallet Mallette Malley Mallick Mallien Malling Mallmann Mallo Mallon
Mallozzi Malm Malmberg Malmborg Malmgren Malmkvist Malmquist Malmqvist Malmsten Malmstrom
Malmström Malnar Malnati Malo Maloba Malon Malone Maloney Malowney Maloča Malpighi Malsen Malta
Maltais Maltese Malucha Maluki Maluleka Malves Malvezzi Malyarov Malyarova Malyshev Malysheva
Malzone Malá Malíšek Malíšeková Malóid Malõšev Malý Mamani Mamantov Mamantova Mamba Mambetov
Mambetova Mambo Mamcarz Mamchur Mamedov Mamedova Mamin Mamić Mamleyev Mamleyeva Mammen Mammone
Mamo Mamojka Mamojková Mamoni Mamontov Mamontova Mamula Man Manacháin Manacorda Manafov
Manafova Manahan Manana Manavski Manca Mancebo Mancera Mancia Mancilla Mancinelli Mancini
Mancino Manconi Mancuso Mand Manda Mandal Mandala Mandarino Mandasari Mandel Mandelshtam Mander
Manderscheid Mandersloot Mandić Mandl Mandracchia Mandrysz Mane Maneback Manera Maneschijn
Manetsch Manetta Manetti Manfre Manfredi Manfredo Manfredonia Manfreds Manfreðs Mangal Mangale
Mangan Manganiello Mangano Mangat Mangcamane Mangede Mangel Mangen Mangena Mangethe Mangfova
Mangieri Mangin Manginelli Mangione Mango Mangold Mangone Mangrov Mangunsong Manhart Manhães
Mani Manieri Manista Maniura Manjón Manley Mann Mannan Mannarino Manne Mannella Mannerheim
Manneviel Mannhart Manni Mannina Manninen Manning Mannino Mannion Mannix Manno Mannoia Manns
Manntáin Manoel Manole Manolesso Manqele Manrique Manríquez Mans Mansa Manschot Manschott
Manseau Mansell Mansen Manser Mansfield Mansi Mansilla Manso Manson Mansour Mansouri Mansur
Mansveld Mansvelt Mansız Mante Mantegazza Mantegna Mantilla Mantini Mantione Mantoan Mantovali
Mantovani Mantshinga Mantáin Manuel Manuele Manulkin Manulkina Manullang Manunta Manuylov
Manuylova Manylin Manylina Manylov Manylova Manyoni Manz Manza Manzanares Manzano Manzella
Manzezulu Manzi Manzini Manzione Manzo Manzolillo Manzoni Manço Manúels Mao Maoil Maoilchiaráin
Maoilchéir Maoilchéire Maoilcéir Maoildhia Maoileacháin Maoileagáin Maoileala Maoileanaigh
Maoilearca Maoileoghain Maoileoin Maoileáin Maoilfheabhail Maoilia Maoiliadh Maoiligeáin
Maoilmhiadhaigh Maoilmhichíl Maoilmhín Maoilriain Maoilshearcaigh Maoiléadaigh Maoiléide
Maoilín Maoineacháin Maoinigh Maoir Maol Maolagáin Maolalaidh Maolalaigh Maolalla Maolallaidh
Maolallaigh Maolchaoine Maolchatha Maolchathaigh Maolchraoibhe Maoldhomhnaigh Maoldomhnaigh
Maoldúin Maolfhabhail Maolfhachtna Maolfhábhail Maolfhábhaill Maolghuala Maolmhochóirghe
Maolmhuaidh Maolmhudhóg Maolmhuire Maolmuaidh Maolriagháin Maolriain Maolruaidh Maolruaidhe
Maolruana Maolruanaigh Maolruanaí Maoltuile Maoláin Maonagail Maonaigh Maongail Maonghaile
Maothagáin Maouche Mapes Maphalala Maphanga Maphindela Maphisa Mapholoba Maphumulo Maquet Mara
Marabella Marach Maradona Maradóttir Marahrens Marais Maraldo Marambio Maramzin Maramzina
Marandola Maranga Marangon Marangoni Maranguanhe Marano Maranto Maranáin Maras Marason
Marasović Maraszek Marat Marazzi Maraš Marbjörns Marbun Marc Marca Marcacci Marcacháin Marcaigh
Marcantonio Marcarini Marceau Marcel Marcelli Marcellino Marcello Marceron Marchal Marchand
Marchant Marchello Marcher Marcheschi Marchese Marchesi Marchetti Marchewski Marchi Marchini
Marchionda Marchiori Marchioro Marchitelli Marchlewicz Marchon Marcia Marcil Marcin Marcinek
Marcineková Marciniak Marciniszyn Marcinkiewicz Marcinko Marcinková Marcinkowska Marcinkowski
Marcinová Marcińczyk Marckelinck Marckelincks Marckelink Marckloef Marclay Marco Marcol
Marcolini Marcon Marcone Marconi Marcos Marcotte Marcoux Marcucci Marcussen Mardešić Mardhiyah
Mardones Marduras Mare Marec Marechal Marek Mareková Marella Marelli Marels Maremiori Marenco
Marengo Mareno Marenzio Mares Maresco Maret Maretić Marett Maretto Mareček Marečeková Mareš
Marešová Marfell Marfurt Margas Margeirs Margelist Margelov Margelova Margis Margita Margitová
Margo Margol Margot Margotta Margraf Margreiter Margreth Margríms Margrímsdóttir Margrímsson
Marguerat Marha Mari Maria Mariane Mariani Mariaux Marie Marien Marier Marijanović Marijcaspers
Marijnisen Marijnissen Marijóns Marim Marin Marinato Marinetti Maringer Marinho Marini Marinin
Marinina Marinis Marinković Marino Marinović Marinós Mario Marion Mariotto Maripuu Maris
Mariscal Maritim Marián Mariánová Mariën Mariño Marić Maričević Marjanović Marjonova Marjóns
Mark Markanjević Markelinck Markelink Markelov Markelova Marker Markey Markham Markianov
Markianova Markiel Markiewicz Markink Markkanen Markkula Markl Marklund Marko Markov Markova
Markovac Markovchin Markovchina Markovits Marković Markovič Markovičová Markovska Markovski
Marková Markowski Markoš Markošová Marks Markson Marksoo Markus Markussen Markuš Markušová
Markwalder Markós Markús Markþórs Marl Marleau Marley Marlier Marlinskaya Marlinskiy Marmet
Marmy Marnach Marnan Marner Marnáin Maroa Marochio Marois Marolf Marolt Maron Marons Maroof
Marosz Maroto Marotto Maroš Marošová Marpaung Marquardt Marquart Marquering Marquerink Marques
Marquet Marquette Marquez Marquioro Marquis Marqués Marradóttir Marrason Marren Marrero
Marrinan Marris Marron Marrone Marroquín Marry Marræ Mars Marsal Marschek Marsden Marselink
Marsellíus Marsh Marshak Marshall Marsielje Marsili Marsilio Marsmans Marsocci Marss Marssches
Marta Martain Martas Marte Marteau Marteinns Martel Martelli Martello Martemyanov Martemyanova
Marten Martenet Martens Martensen Martha Marthaler Marthens Marti Martig Martignetti
Martikainen Martin Martina Martinatti Martineau Martinec Martinecová Martinek Martineková
Martinell Martinelli Martinet Martinetti Martinez Martini Martinis Martinić Martinka Martinko
Martinkovič Martinkovičová Martinková Martino Martinoni Martinović Martinovič Martinovičová
Martinovska Martinovski Martinová Martins Martinsdatter Martinsen Martinson Martinsson
Martinussen Martinussu Martinák Martináková Martinček Martinčeková Martinčević Martire Martić
Martocci Martorano Martorell Martorella Martorelli Martová Marttila Marttinen Martucci Marty
Martyanov Martyanova Martyka Martyn Martynov Martynova Martynowicz Martytov Martytova Martáň
Martáňová Martí Martín Martínez Marucci Marugg Marullo Maruszczak Maruszczyk Marušić Marvin
Marvins Marwa Marx Marxen Marxer Mary Maryadi Maryamova Maryati Marzella Marzilli Marzo
Marzorati Maréchal Marí Marías Marín Marínós Marís Maríus Maróquio Maršić Marťan Marťanová
Maržić Mas Masai Masango Masarik Masariková Masaryk Masaryková Masarík Masaríková Masbergen
Mascagni Mascarello Mascarelo Mascarenhas Mascareñas Mascari Mascaro Mascaró Mascheroni
Mascioli Maseko Masella Masen Masese Maset Masha Mashaba Mashasha Mashimane Mashinini Mashiya
Mashkin Mashkina Masi Masiak Masibekela Masieres Masika Masikane Masila Masilela Masin Masina
Masinde Masinga Masini Masino Masius Maslo Maslov Maslova Maslová Maslyak Masny Masná Masný
Masokha Mason Masondo Masone Masotti Maspero Massa Massara Massardi Massarelli Massari Massaro
Massart Masse Massen Masserey Masseron Masset Massetti Massey Massi Massicotte Massimino
Massimo Massin Masso Masson Massoni Massucci Massé Mast Mastandrea Mastela Mastella Mastenbroek
Master Masterson Mastrandrea Mastrantoni Mastrianni Mastriano Mastro Mastrogiacomo Mastroianni
Mastromarino Mastromatteo Masucci Masuku Masullo Masut Maszczyk Maszkiewicz Maszota Masár
Masárik Masáriková Masárová Masłoń Mata Matacz Matagne Matahlija Matamala Matana Matano
Matanović Matara Matarazzo Matarese Matas Matasci Mate Matejczuk Matejczyk Matejuk Matela
Matelot Mateman Maten Mateo Mateos Mater Materek Materka Materne Mateu Mateus Mateusiak
Matevska Matevski Mateńko Mateša Mathaba Mathe Mathebela Mathebula Matheka Mathenge Mathenjwa
Mathes Matheson Mathetha Mathews Mathez Mathghamhna Mathias Mathiasen Mathiassen Mathiasso
Mathibela Mathiello Mathier Mathies Mathiesen Mathieu Mathis Mathisen Mathison Mathiszik
Mathiélo Mathol Mathonsi Mathot Mathula Mathunjwa Mathurin Mathwasa Mathy Mathys Mathías
Mathúna Mati Matias Matiaško Matiašková Matiello Matielo Matijaš Matijašević Matijević
Matikainen Matilainen Matile Matinawin Matioz Matić Matko Matković Matkowska Matkowski Matla
Matlak Matmans Matokanović Maton Matos Matouš Matoušek Matoušková Matovina Matošević Matraszek
Matschke Matsuda Matsumoto Matsuschita Matt Mattadóttir Mattar Mattarella Mattason Matte Mattei
Matteis Mattenberger Matteo Matteotti Mattern Matthes Matthews Matthey Matthiesen Matthiessen
Matthijs Matthys Matthäi Matthías Matti Mattia Mattijas Mattila Mattis Mattisson Mattle Mattli
Mattos Mattson Mattsson Mattías Matula Matulewicz Matulin Matulić Matulka Matura Maturana Matus
Matusewicz Matusiak Matuszewska Matuszewski Matuszyk Matvejev Matveyev Matveyeva Matviyenko
Matwiejczyk Matyash Matyjas Matyjasek Matyjaszek Matyka Matynia Matyszczak Matzen Matzinger
Matías Matějka Matějková Mau Mauerhofer Mauger Maughan Maulana Maundu Maunu Maur Maureira
Maurel Maurer Maurice Maurick Maurik Maurin Mauris Maurizio Mauro Mauroff Mauron Mauroux Maury
Mauréry Mauréryová Mauti Mavela Mavra Mavrič Mavrov Mavrova Mavundla Mavuso Mawanda Maweu
Mawewe Mawia Mawira Maximus Maxs Maxwell May Maya Mayaka Mayakovskaya Mayakovskiy Mayasari
Mayatnikov Mayatnikova Maybach Maye Mayer Mayerhofer Mayers Mayert Mayeza Mayhoş Mayise
Mayisela Maykeyev Maykeyeva Mayly Maynard Mayo Mayol Mayor Mayoral Mayorga Mayr Mayrhofer Mays
Maza Mazalankosi Mazan Mazanek Mazek Mazepa Maziarczyk Mazibuko Mazieres Mazik Mazilescu Mazin
Mazina Maziya Mazoco Mazouz Mazouzi Mazreku Mazur Mazurek Mazurkiewicz Mazwi Mazzacurati
Mazzanti Mazzeo Mazzetti Mazzi Mazzilli Mazzini Mazzio Mazziotta Mazziotti Mazzo Mazzocchi
Mazzocco Mazzoco Mazzoli Mazzon Mazzone Mazzoni Mazzotta Mazzotti Mazzuca Mazzucco Mazzullo
Maćczak Maćešić Maćkowiak Maćków Maček Mačeková Mačko Mačkovič Mačkovičová Mačková Mačo Maďar
Maďara Maďarič Maďaričová Maďarová Maďár Maďárová Małachowska Małachowski Małas Małecki Małocha
Małota Mały Małycha Małys Małysiak Małyszek Małyszka Małłek Małż Maślach Maślankiewicz
Maślińska Maśliński Mašek Mašková Mašín Mbaabu Mbae Mbaka Mbamali Mbanjwa Mbatha Mbatshazwa
Mbeje Mbekwa Mbembe Mbende Mbhele Mbhense Mbhobho Mbhodwe Mbhulangwe Mbili Mbithe Mbithi Mbiti
Mbogo Mbokazi Mboko Mbonambi Mbonane Mbongwa Mbongwe Mbotho Mboya Mboyisa Mbugua Mbui Mbula
Mbulaze Mbulazi Mbuli Mbungela Mbunjwa Mburu Mbuthia Mbutho Mbuvi Mbuyazi Mbuyisa Mbuyise Mc
McAdams McAleavy McAleenan McAleer McAlinney McAlister McAloon McAlunny McAnally McAndrew
McAnulty McArdle McAreavey McAtee McAteer McAuley McAuliffe McAveigh McBreen McBride McBrien
McCabe McCadam McCadden McCafferky McCafferty McCaffrey McCaffry McCahill McCall McCallion
McCallum McCann McCardle McCarney McCarra McCarron McCartan McCarte McCarthy McCarville
McCaughan McCaughey McCaul McCauley McCausland McCay McClean McClelland McCloskey McClure
McCluskey McColgan McColl McCollam McComiskey McConaghey McConaghy McConnell McConnon McCooey
McCool McCorkill McCorley McCormick McCorry McCourt McCoy McCracken McCrann McCrea McCready
McCreanor McCrory McCrossan McCrudden McCullagh McCullough McCumiskey McCumisky McCune McCurdy
McCurley McCurtin McCusker McDade McDaeid McDaid McDermod McDermott McDevitt McDonagh McDonald
McDougald McDowall McDowell McDuff McDunphy McDwyer McDyer McElduff McElgunn McElhattin
McEllistrim McElnay McElnea McElroe McElroy McElwaine McElwee McEnaney McEneaney McEnry
McEntaggart McEntee McEvaddy McEvilly McEvoy McEwen McFadden McFall McFarland McFarlane McFaull
McGahey McGalligly McGann McGarraghy McGarrigle McGarry McGarvey McGauran McGaw McGeady McGee
McGeehan McGeoghegan McGeown McGerr McGettigan McGettrick McGill McGillicuddy McGilligan
McGilly McGilroy McGinley McGinnitty McGinty McGirl McGirr McGivern McGlinchey McGlinchy
McGloin McGlynn McGoff McGoldrick McGonagle McGough McGourty McGovern McGowan McGowern McGrane
McGrath McGreal McGregor McGrenehan McGroarty McGrory McGruddie McGruddy McGuigan McGuill
McGuinn McGuinness McGuire McGuirk McGuirl McGurk McHale McHarry McHenry McHugh McIldownie
McIlroe McIlroy McIlwee McIneely McInerney McInnes McIntosh McIntyre McIsaac McIvor McKaigue
McKay McKee McKeegan McKeever McKelvey McKendry McKeniry McKenna McKenny McKenzie McKeogh
McKeon McKeown McKernon McKevitt McKie McKiernan McKillop McKing McKinley McKinney McKinnon
McKnight McLachlan McLaughlin McLaverty McLean McLeer McLeese McLeigh McLeod McLoon McLoone
McLoughlin McMacken McMahon McManaway McManus McMaster McMenamin McMillan McMonagle McMorrow
McMullen McMurray McMurrough McNabb McNaboe McNally McNamara McNamee McNaughton McNea McNealy
McNee McNeely McNeill McNelis McNevin McNicholas McNicholl McNill McNulty McPartland McPartlin
McPartlon McPherson McPhilbin McPhillips McPolin McQuade McQuaid McQueen McQuilkan McQuillan
McQuillen McQuin McQuinn McRann McReady McRoarty McRory McShane McSharry McSheehy McTeague
McTernan McTiernan McTigue McVeagh McVeigh McVicker McVitty McWalter Mcambe Mcambi Mcanco
Mcanyana Mcbride Mccall Mccann Mccarthy Mccartney Mccarty Mcclain Mcclure Mcconnell Mccormick
Mccoy Mccray Mccullough Mccutcheon Mcdaniel Mcdonald Mcdowell Mcfadden Mcfarland Mcgee Mcgowan
Mcgrath Mcguire Mchunu Mcintosh Mcintyre Mckay Mckee Mckenzie Mckinney Mcknight Mclane
Mclaughlin Mclean Mcleod Mcmahon Mcmillan Mcneil Mcoyi Mcpherson Mcusi Mcwaye Mdaka Mdakane
Mdladla Mdlalose Mdlanyoka Mdlenevu Mdletshe Mdluli Mdlumbi Mdonswa Mdotshana Mdunge Meachair
Mead Meadhra Meadhraí Meadows Meads Meadóg Meaghan Meagher Mealláin Meaney Meanman Meany Meara
Meardha Mearlaigh Mears Mearáin Meato Mebarki Mebel Mebelder Mebold Mecca Meccia Mecheri Mecken
Meckinck Mecking Meckinx Medač Meddah Meddeholt Medeholdt Medeiros Medel Mederska Mederski
Medgyessy Medhurst Medici Medico Medina Medić Medjahed Medkov Medkova Medrano Medvecká Medvecký
Medved Medvedenko Medvedev Medvedeva Medveď Medveďová Mee Meebel Meehan Meeijs Meenaghan Meenan
Meenck Meendering Meenen Meengs Meenk Meer Meerdinck Meerdinckveltboom Meerding Meerdink
Meerdinkhaeken Meerdinkhaken Meerdinknijhuis Meerdinkveldboom Meerdinkveltboom Meeres Meerkamp
Meersman Meert Meerting Mees Meester Meesters Meeuisse Meeus Meeusen Meeuwe Meeuwes Meeuwessen
Meeuweszen Meeuwis Meeuwissen Meeuwsen Meftah Megantara Megaw Meger Megert Megger Meglio Megna
Megyeri Mehigan Mehl Mehlhorn Mehloluhlaza Mehlorn Mehmetaj Mehrimohova Mehring Mehrojov Mei
Meichtry Meidhir Meidhreach Meienhofer Meier Meierhofer Meierinck Meij Meijer Meijerdinck
Meijerdink Meijericks Meijerinck Meijerink Meijers Meijlink Meijnckinck Meijnen Meijners
Meijnerts Meijrinck Meijrink Meijronet Meijs Meijsters Meile Meiler Meili Meilink Meilleur
Meinck Meincke Meindl Meinen Meinhard Meira Meirelles Meirligh Meirnigh Meis Meisch Meiscill
Meisner Meisser Meissner Meister Meisters Meitheagáin Meixner Meić Mejer Mejia Mejstřík
Mejstříková Mejsztowicz Mejía Mejías Meken Mekkink Mekkinós Melady Melander Melani Melaniuk
Melara Melaragno Melcer Melchior Melchiori Melchiorre Melchiorsen Meldgaard Meldon Mele
Melendez Meler Melero Melet Melgaard Melgar Meli Melia Melican Melichar Melicharová Melicher
Melicherová Melicherík Melicheríková Melicherčík Melicherčíková Melichár Melichárek
Melicháreková Melichárová Melikhov Melikhova Melin Melino Melis Melita Melitonov Melitonova
Melka Melkíors Melkólms Melkólmsdóttir Melkólmsson Mella Mellado Mellendijk Mellenijk Mellet
Mellink Mello Mellon Mellone Mellor Melly Melnik Melnikov Melnikova Melo Meloche Melody Meloni
Melrakkadóttir Melrakkason Melrakkis Melsen Melton Melucci Melville Melvin Melzer Meléndez
Membrez Memedi Memela Memelink Memoli Memon Men Mena Menapace Menard Menchaca Menck Menckema
Menckhaerst Menconi Mendak Mende Mendes Mendez Menditto Mendizábal Mendola Mendolia Mendonça
Mendoza Mendyka Mendès Menegardo Meneghin Meneguete Menekijnck Menekinck Menemencioğlu Menendez
Meneses Menetrey Menezes Meng Menga Mengale Mengerink Mengers Menghetti Menghini Mengolo Menick
Menicucci Menna Menne Mennea Mennijnck Menninck Menning Mennink Menon Menotti Mens Mensa Mensah
Mensalders Mensijnck Mensinck Mensincks Mensincs Mensing Mensink Mensinkhuisken Mentenberg
Menthonnex Mentinck Mentingh Mentink Mentinkbarg Mentinkberg Mento Menton Mentzel Menza Menzing
Menziwa Menéndez Menétrey Menčík Menšík Menšíková Meo Meola Meoli Merabet Merah Merakov Meranda
Merante Meraz Mercadante Mercader Mercado Mercaldo Mercalli Mercantini Mercati Mercer Merchant
Merchel Mercier Merckelinck Merckerinck Mercklin Mercks Merckwerdijnck Merckx Mercolli Merda
Merdijnck Merdinck Meredink Meredith Merenciano Meretskov Meretskova Merezhkovskaya
Merezhkovskiy Mergen Mergár Meri Merigue Merila Meriläinen Merino Merisaar Merisi Merkaš Merkel
Merkelink Merkulov Merkulova Merkulyev Merkulyeva Merkurov Merkurova Merkuryev Merkuryeva
Merkushev Merkusheva Merkx Merkúrs Merle Merlin Merlini Mernagh Merotto Merriam Merrigan
Merrill Merritt Merry Mersch Merseburg Merstag Mertens Merting Mertoğlu Mertz Mervelts Merz
Merzaghi Merzoug Merzougui Mesa Mesarić Mesbah Mescall Mesić Mesjasz Meskill Mesloh Mesquita
Mesritz Messaoudi Messer Messier Messikommer Messina Messinck Messincks Messing Messink Messner
Mestdagh Mesyats Metais Metayer Metcalfe Meteling Metella Methavorakul Methúsalems Metlitskiy
Mets Mettan Mettier Mettler Mettraux Metz Metzer Metzger Metzler Metzner Metúsalems Meucci
Meuhues Meulande Meuleman Meulen Meuli Meunier Meur Meurant Meurisse Meury Meusburger Meuter
Meveren Mevers Mewes Mey Meyer Meyerink Meyers Meyiwa Meylan Meylink Meynen Meyvants Mez Meza
Mezei Meziane Meziani Mezzetta Meádhra Meádhraí Meára Meáraidh Meáraí Mečiar Mečiarová
Meštrović Mfeka Mfusi Mgabadeli Mgabhi Mgasela Mgazi Mgcaleka Mgenge Mgilija Mgobhozi Mgwaba
Mhadaidh Mhaoil Mhaoir Mhayise Mheana Mheem Mhilidh Mhlabandlovu Mhlambo Mhlanga Mhlangu
Mhlanya Mhlongo Mhlongwane Mhlophe Mhlungu Mhuircheartaigh Mhuire Mhuiris Mháirtín Mháistir
Mhártain Mhíleadha Mhílidh Mhóir Miadha Miadhacháin Miadhaigh Miah Mianaigh Mianáin Miara Micał
Micca Mich Michael Michaels Michaelsen Michalak Michalczak Michalech Michalechová Michalek
Michaleková Michalica Michalicová Michalka Michalkiewicz Michalko Michalková Michallek
Michalski Michalík Michalíková Micharius Michaud Michaux Michałowska Michałowski Michel
Michelangeli Michelbrinck Michele Michelet Micheletti Michellod Michels Michelsen Michelson
Michener Micheni Michiels Michielsen Michniak Michnik Michnowicz Michon Michoris Michorius
Michoud Michálech Michálechová Michálek Micháleková Michálik Micháliková Micka Mickaewicz
Mickelson Mickiewicz Middachten Middelburg Middelhuijs Middelhuis Middelkoop Middendarp
Middlemiss Middlesworth Middleton Midhe Midtgaard Midura Miechels Miechowicz Miecznik Mielcarek
Mielcarz Mielke Mieloch Mieras Mierd Mierdinck Mierding Mierdink Miers Miert Mierts Mierzwiak
Mies Mieszała Miettinen Miftakhutdinov Miftakhutdinova Migała Migchelbrink Migda Miggelbrink
Migliaccio Migneault Mignon Mignot Migoń Miguel Migulyov Migwi Mihalik Mihaliková Mihalić
Mihaljević Mihalík Mihalíková Mihelič Mihelčić Mihhailov Mihić Mihoubi Mihálik Miháliková
Mihály Mijas Mijatović Mijchels Mijggels Mijnarends Mijnkijnck Mijrdinck Mijrt Mijrtts Mijsberg
Mijste Mik Mikaels Mikaelsson Mikelsaar Mikes Mikhailov Mikhailova Mikhalchenko Mikhalenko
Mikhalyuk Mikhaylichenko Mikhaylin Mikhaylina Mikhaylov Mikhaylova Mikhaylovskaya Mikhaylovskiy
Mikhaylyuk Mikheyev Mikheyeva Mikiciuk Mikita Mikitenko Mikitov Mikitova Mikityuk Mikić
Mikjálls Mikk Mikkaels Mikkels Mikkelsen Mikkelson Mikkola Mikkonen Miklavčič Miklečić Mikloš
Mikloško Miklošková Miklošová Miklík Miklíková Miklós Mikoda Mikosz Mikołajczyk Mikołajewicz
Miksza Mikszáth Mikulandra Mikulec Mikulić Mikulák Mikuláková Mikulík Mikulíková Mikulčić Mikus
Mikusek Mikushevich Mikuš Mikušová Mikúš Mikúšová Mikłaszewicz Mil Mila Milachkov Milanesi
Milanez Milaneze Milanezi Milanova Milas Milatić Milcarz Milczarczyk Milde Milder Mildinbergs
Milej Milena Milenkov Miles Miletić Milevoj Milewczyk Milewska Milewski Miley Milina Miličić
Milka Milla Millar Millard Mille Millea Miller Millet Millette Millican Milligan Millink
Millius Millot Mills Millán Milléadha Milmo Milne Miloslavić Milot Milota Milotić Milotová
Miloudi Milov Milova Milovac Milošević Milroy Milska Milski Miltenburg Miléadha Mimica Mimouni
Mimun Mina Minah Minatel Minayev Minayeva Minayo Minder Minen Miner Minet Minete Minette
Minetti Minhas Miniati Miniguite Miniguiti Minihan Minihane Minin Minina Minkiewicz Minkina
Minks Minne Minnerder Minnig Minogue Minta Mintjes Mintzlaff Mináč Mináčová Miodek Mioduszewska
Mioduszewski Mionacháin Miotke Miozga Miočić Miquel Miquelin Mir Miralles Miramontes Miranda
Miranov Mirdinck Mireault Mireles Mirer Mirga Mirgos Miriti Mirocha Miron Mironiuk Mironov
Mironova Mironshohov Miros Mirosavljević Miroshnichenko Miroshnikov Miroshnikova Mirończuk Mirt
Miró Mirəhmədov Mirələmov Misaylov Misaylova Miscell Miserez Mishchenko Mishin Mishina Mishkin
Mishkina Mishnev Mishneva Mishra Mishustin Mishustina Misiarz Misiaszek Misicher Misiejuk
Misiko Misior Misiuk Misiurek Miskell Mispelen Misra Missoni Mista Miste Misteli Mistry Mistrík
Mistríková Mistura Mistéal Miszkiel Miszkiewicz Miszkurka Miszta Misztela Mital Mitchell Mitei
Mitek Mitera Mitoraj Mitra Mitrevska Mitrevski Mitrofanov Mitrofanova Mitrofanyev Mitrofanyeva
Mitrović Mitschke Mitt Mittal Mitter Mitteregger Mitterer Mitterlehner Mittermayr Miura Miya
Mizak Mizgała Mizia Mizzoni Miéville Miąsik Miąsko Mičetić Miękina Miękus Miętka Miętus Miśko
Miśkowiec Mišak Miše Mišek Mišković Mišík Mišíková Mjadu Mjoli Mjwara Mjöllnirs Mjölnirs
Mkhabela Mkhandlela Mkhathini Mkhatshwa Mkhithi Mkhize Mkhokeleleki Mkholo Mkhonza Mkhumbuzi
Mkhungo Mkhwananzi Mlaba Mladenov Mladenova Mladenovska Mladenovski Mlakar Mlalane Mlalazi
Mlambo Mlangatshe Mlangeni Mlawula Mleczak Mleczek Mleczko Mlinar Mlinarić Mlinarič Mlondo
Mlotshwa Mlungisi Mlungwana Mlynár Mlynárik Mlynáriková Mlynárová Mlynář Mmboga Mmbone Mnangat
Mnangwe Mncube Mncwabe Mncwanga Mngadi Mngoma Mngomezulu Mnguni Mngwemkhulu Mngwengwe Mnikathi
Mnisi Mnogoznayeva Mnomiya Mnqamu Mnqayi Mnquhe Mntambo Mntimande Mntungwa Mnyamande Mnyandu
Mnyoni Mo Moan Mobeek Moberg Mobiglia Mocanu Moccia Mocenigo Mochev Mocháin Mochóirghe
Mochóraigh Mockenhaupt Moczko Moddenberg Modderkolk Modesto Modestov Modestova Modhráin Modi
Modiano Modig Modigliani Modin Modolo Modrić Modugno Mody Moe Moede Moedl Moeller Moen Moenen
Moens Moensendijk Moerman Moes Moesebrink Moeselagen Moesgaard Moet Mofardin Moffatt Moffit
Mogaka Mogeni Mogensen Mogere Mogge Moggesomp Mogherini Moghráin Mogila Mogire Moguenara
Mogutin Mogutina Mogáin Mohamad Mohamed Mohammad Mohammadi Mohammed Mohammedi Mohamud Mohan
Mohanty Mohaupt Moher Mohinurova Mohlaroyimova Mohle Mohr Mohren Mohrhard Moi Moidhe Moilanen
Moine Moinéal Moisan Moiseyev Moiseyeva Moisio Moithide Moitinho Moix Moj Mojica Mojsa Mojžiš
Mojžišová Mokadem Mokaya Mokhnatkin Mokhnatkina Mokhtari Mokrane Mokrani Mokroš Mokrošová Mokua
Mokwa Mol Moladóttir Molak Molana Molander Molano Molason Molchanov Molchanova Molder Molders
Moldován Mole Molebiel Molegraaf Molek Molemans Molen Molenaar Moles Molesini Molga Molin
Molina Molinaroli Moliner Molins Molis Molitor Molka Molkens Moll Mollenkamp Mollenkamps
Mollenslat Moller Mollers Mollerup Mollet Molloy Molman Molmann Molnár Molnárová Moloney
Molraoghain Mols Molyneux Molzan Mom Momanyi Mombelli Momberg Monacháin Monaco Monaghan Monagle
Monahan Monastyrskaya Monastyrskiy Moncada Monda Mondaca Mondadori Mondaini Mondise Mondragón
Monduzzi Monente Moneta Monette Monfardini Monfort Mong'are Mongan Mongare Mongeau Monghaile
Mongrain Mongáin Monhart Monhemius Monica Monicelli Monico Monier Monigatti Monije Monin
Moniuszko Moniz Monk Monkiewicz Monks Monn Monnard Monnerat Monnet Monney Monnier Mononen
Monrad Monreal Monroe Monroy Monsalve Monsch Monstans Monster Montag Montagne Montague
Montalbán Montalcini Montalta Montalti Montalvo Montanari Montanariello Montanaro Montandon
Montanelli Montani Montaña Montañez Montaño Monte Montecchi Montecino Montecinos Monteil
Monteiro Montemayor Montemor Montenegro Montero Montes Montesano Montesinos Montessori
Monteverdi Montez Montezano Montgomery Monti Montminy Montone Montoro Montoya Montpetit
Montreuil Montserrat Montuori Montyanov Monzo Moody Mooell Mooelle Mooij Mook Moon Moone Moonen
Mooney Moons Moor Moore Mooren Moormann Moors Moos Moosbauer Moosbrugger Mooser Mora Moraa
Morabito Morace Moraczewska Moraczewski Moraes Moraga Morahan Morais Moraleda Morales Moran
Morand Morandi Morandini Morando Morano Morante Morar Morara Morard Morasco Morata Moravcová
Moravec Moravecová Moravčík Moravčíková Morawetz Morawiak Morawitz Morawo Morawska Morawski
Morberg Morcillo Morcinek Mordak Mordal Mordasini Mordhorst Mordovtsev Mordovtseva More Morea
Moreau Moreels Moreira Morek Morel Morell Morella Morellato Morelli Morelo Morency Moreno
Morera Mores Moreschi Moresco Moresi Moret Moretti Moretto Morga Morgagni Morgan Morganella
Morganelli Morgano Morgans Morgante Morganti Morgała Morgenstern Morgenthaler Morger Morgese
Morgillo Morhelfer Mori Moriarty Moric Morice Morici Moriconi Moricová Morier Morillo Morin
Morini Morino Morisoli Morissette Moritz Moritzs Morić Mork Morka Morkovin Morkovina Morlacchi
Morley Mormino Mornane Morneau Moro Morocco Morone Moroney Moroni Morosini Morová Moroz Morozov
Morozova Moroń Morpurgo Morra Morreale Morricone Morrien Morrin Morris Morrison Morrissey
Morrocco Morrow Morschers Morse Morshchakov Morshchakova Morsing Morskers Morsli Morsschers
Morsselink Mortara Mortati Morte Mortellaro Mortensdatter Mortensen Mortier Mortillaro Mortimer
Mortka Morton Morucci Morvan Moryc Morys Moráin Morán Mosadóttir Mosason Mosbacher Mosca
Moscarda Moscaritolo Moscatelli Moscatello Moscato Moschella Moschetti Moschetto Moschino
Moschon Mosciski Mosco Moscon Moscone Mosconi Mose Mosegaard Moselagen Mosemann Moser Moses
Moseti Moseyev Moseyeva Mosimann Mosiołek Mosis Moskal Moskalik Moskovics Moskovits Moskvin
Moskvina Moslavac Mosley Mosquera Mosquini Moss Mossa Mossches Mosso Mostefaoui Mostek Mosur
Mota Motak Motchebon Motha Mothair Motháin Motorin Motorina Motta Motte Mottet Mottier Mottiez
Moturi Motyka Motyková Motyčka Motyčková Motzenbbäcker Moulay Moulin Mounier Mountain Mouquin
Moura Moureau Mourib Mouridsen Mouritsen Mouritzen Mouron Mousel Moussa Moussaoui Mouton Moy
Moya Moyano Moyer Moylan Moynihan Moyseyev Moyseyeva Mozart Mozer Mozgov Mozgova Mozgovaya
Mozgovoy Mozhayev Mozhayeva Mozzhukhin Mozzhukhina Mozzini Močibob Mołdrzyk Moździerz
Mpangazitha Mpanza Mphahlwa Mphankomo Mphazima Mphemba Mphephethwa Mpikela Mpila Mpofana
Mpumuza Mpungose Mpunzana Mqadi Mqungebe Mrak Mraoiligh Mraović Mraz Mrazek Mrazeková Mrazko
Mrazková Mrazová Mresse Mrkos Mroczko Mrotek Mrozowicz Mrozowska Mrozowski Mrugalla Mráz Mrázik
Mráziková Mrázka Mrázko Mrázková Mrázová Mríosáin Mróz Mrózek Msamkhulu Msane Msani Mseleku
Mshazi Mshengu Mshibe Mshikela Mshikila Mshiyane Msibi Msimang Msindazwe Msokazi Msomi Msuthu
Msuya Msweli Mszyca Mthabela Mthalane Mthanti Mthembu Mthethwa Mthimkhulu Mthinti Mthiya
Mthiyane Mthombeni Mthonti Mtimande Mtolo Mtshali Mtumaseli Mtuswa Muadaigh Muange Muaráin
Muasya Mubinova Muc Mucha Muchai Muchangi Muchemi Mucheru Muchira Muchiri Muchoki Muchová
Muchui Muckenthaler Mudden Mude Mudgway Mudin Mudlaff Mudri Mudronja Mueller Muema Muendo Mueni
Mues Muff Muga Mugabháin Mugambi Mugendi Muggenborg Muggs Muggsdóttir Muggsson Mugo Mugure
Mugáin Muhammadaliyev Muhammadaminov Muhammadamirov Muhammadayubov Muhammadazizov Muhammadov
Muhammadrizoyev Muhammadsafoev Muhammadsodiqov Muhammadsolihov Muhammadumarov Muhammadyasinov
Muhammadyusupov Muhammadziyoev Muhia Muhonen Muhonja Muhoro Muhovic Muhr Muhsinova Muhumed Muia
Muichille Muigai Muighe Muijs Muijsebrink Muilcín Muilleagáin Muilleoir Muilligh Muimhneacháin
Muimhnigh Muimi Muinde Muindi Muineacháin Muineóg Muinghíle Muinilligh Muinneacháin Muinníle
Muir Muircheartaigh Muireadhaigh Muireagáin Muireann Muireáin Muireán Muirgeáin Muirgheasa
Muirgheasáin Muirighthe Muiris Muirithe Muirneacháin Muirthile Muirthín Muiruri Muis Muiskens
Muizzova Mujovi Mukami Mukanov Mukanova Mukarovsky Mukashev Mukasheva Mukhamedzhanov
Mukhamedzhanova Mukherjee Mukhin Mukhina Mukhopadhyay Mukhtarov Mukhtarova Mukhwana Mukiri
Mukkink Mukoya Muktar Mukundi Mulaj Mularz Mulawa Mulcahy Mulcair Mulder Mulderman Mulders
Muldoon Muldowney Mule Mulei Mulet Mulgrave Mulgrew Mulhare Mulhern Muli Mulinge Mulkerrin
Mullaghan Mullala Mullaly Mullan Mullane Mullaney Mullany Mullarkey Mullen Muller Mullers
Mullery Mulligan Mullin Mullins Mullooly Mullooney Mulloughney Mulloy Mulláin Mulongo Mulqueen
Mulqueeny Mulrain Mulrooney Mulroy Mulry Mulryan Mulvany Mulvenna Mulvey Mulvihill Mulvin Mulvy
Mulwa Mulyani Muláin Mumba Mumbe Mumbi Mumbua Muminovic Mummadóttir Mummason Mumo Mumtozova
Munadóttir Munari Munason Munch Munck Mundia Munene Munga Mungai Munger Munguti Munguía Muni
Muniak Munier Muninns Munis Munisayeva Muniz Munk Munkholm Munksgaard Munkácsi Munkácsy
Munnelly Munoz Munro Munroe Munshi Munster Munyao Munyi Munyiva Munyoki Munyua Munywoki Muoki
Mur Murach Muracháin Murachú Muradlı Muradxanlı Murae Murage Muraguri Murakami Murangiri
Muraoile Muraro Murat Muratori Muratovic Muravyev Muravyeva Muravyov Murawska Murawski Muraya
Murazik Murchadha Murchaidhe Murcháin Murchú Murcia Murdoch Mureithi Murer Murgaš Murgašová
Murghaile Murialdo Murigi Muriithi Murillo Murimi Murin Murinová Muriset Murithi Muriuki
Muriungi Murman Murmanchuk Murmanenko Murmanets Murmanin Murmanina Murmann Murmanov Murmanova
Murmanovskaya Murmanovskiy Murmanskaya Murmanskiy Murmantsev Murmantseva Murmanyuk Murnane
Murnin Murnáin Muro Murodov Muromskaya Muromskiy Murphy Murraigh Murray Murri Murrihy
Mursalinaeva Murtagh Murthuile Murthy Murtovaara Murty Muru Murugi Murunga Murungi Mury Murín
Murínová Musa Musabayev Musabayeva Musabəyov Musabəyova Musalı Musatayev Musatayeva Musatti
Musau Musaxanlı Musazadə Musbrinck Muscareli Musebrinck Musee Musembi Musfirayeva Mushtariyeva
Musi Musiał Musiała Musil Musila Musili Musilová Musimbi Musin Musina Musiolik Muskała
Muslimaeva Muslimov Musschendael Must Mustafa Mustafalı Mustafayev Mustafi Mustafin Mustafina
Mustakova Mustapha Mustapić Mustač Muster Mustofa Mustonen Musumba Musungu Musy Musya Musyimi
Musyoka Musyoki Muszyńska Muszyński Mutahi Mutai Mutanu Mutegi Mutembei Mutemi Mutethia Muteti
Muthama Muthami Muthee Muthengi Mutheu Muthiani Muthike Muthini Muthoka Muthomi Muthoni Muthui
Muthuri Muti Mutia Mutie Mutinda Mutindi Mutio Mutiso Mutisya Mutk Muts Mutti Mutua Mutugi
Mutuku Mutuma Mutune Mutunga Mutungi Muturi Mutwiri Muuo Muurinen Muxlisayeva Muxtaroğlu Muya
Muyev Muynck Muyskens Muzayyanova Muzdalifayeva Muzyk Muzzi Muñiz Muñoz Mućka Mućko Muğanlı
Mušćet Mužina Mužić Mvelase Mveni Mvubu Mvuyana Mwadime Mwai Mwaka Mwakio Mwalimu Mwamburi
Mwandla Mwangangi Mwangi Mwania Mwaniki Mwanza Mwanzia Mwathi Mwaura Mwelase Mwema Mwenda
Mwende Mwendia Mwendwa Mwero Mwihaki Mwikali Mwinyi Mwinzi Mwirigi Mwita Mwiti Mwololo Mwongela
Mwongeli Myagkov Myagkova Myasnikov Myasnikova Mycek Mydlak Mydlarz Mydlo Mydlová Myeni Myers
Myeza Myga Mygind Myhre Myk Myklebust Myles Myllylä Myllymäki Myllyniemi Myllys Myrcha Myrcik
Myrkvadóttir Myrkvason Myrkvis Myrzakhmetov Myrzakhmetova Myshkin Myshkina Mysiak Mysior
Mysliveček Myszak Myszk Myszor Mytnik Mytych Mzila Mzilankatha Mzileni Mzimela Mzizi Mzobe
Mzolo Mzomba Mzoneli Mzukase Mzulwini Mzungu Mzyk Mác Mácka Mácková Mácová Mághnuis Mágocsy
Máille Máirtín Málóid Mánadóttir Mánason Mánis Márkus Mármol Márquez Márs Mártan Márton Márus
Máthúna Máté Máček Máčeková Máčik Máčiková Mächler Mächtens Mächtig Mädamürk Mäder Mäe Mäenpää
Mäeots Mäesalu Mägi Mäkelä Mäkeläinen Mäki Mäkilä Mäkinen Mäkitalo Mälk Mälzer Mänd Mändla
Männik Männiste Männistö Mäntylä Märki Mäser Mätzler Määttä Månsdotter Månsson Mårtensson
Mæland Méaláid Méalóid Méalóide Mélançon Ménard Méndez Ménétrey Mészáros Mészöly Méthot
Métivier Métrailler Mías Mídhia Míléada Mímirs Mínguez Míocháin Míodhacháin Míodhcháin Míonáin
Mírs Míós Móadóttir Móason Móiníol Móirín Móra Móracháin Móradóttir Mórason Mórdha Móric
Móricová Móricz Móris Mórits Móráin Móses Móðadóttir Móðason Móðis Mõttus Möchlichen Möcks
Mögenburg Möhsner Mölder Mölders Möldner Möllenbeck Möller Möllinger Möllman Mönkkönen Mönkäre
Möri Mörner Mörsch Mörth Mörttinen Mörðs Mörðsdóttir Mörðsson Mösch Mösching Möser Mösli
Möttölä Mølgaard Møller Mønsted Mønster Mørch Mørck Mørk Mørup Múgica Múladóttir Múlason Múlis
Múrnáin Múñiz Mühlbacher Mühlberger Mühlböck Mühle Mühleis Mühlemann Mühlematter Mühlethaler
Mülichen Müller Müllerová Müllner Münch Mürk Mürvətqızı Müür Müürsepp Mýrkjartans Mączyńska
Mączyński Mądro Mądrzak Mądrzyk Mąkosza Męcik Mędrala Mętel Młocek Młodzik Młot Młotek
Młynarczyk Młynarz Młyńczak Młyńczyk Məcnunbəyov Məhərrəmli Məhərrəmoğlu Məhərrəmzadə Məlikli
Məlikzadə Məmmədli Məmmədquluzadə Məmmədxanlı Məmmədzadə NI NIEH NIU Naaf Naafs Naail Nababan
Nabeel Nabein Naberijnck Naberinck Nabering Naberink Nabiałek Nabih Nabiyev Nabiyeva Nabokov
Nabokova Nabow Nabwire Nacaratti Naccari Nacer Nachtegael Nachtegaels Nachtegal Nachtegall Nack
Naclerio Naczk Nadai Nadal Nadeau Nadeem Nader Nadi Nadig Nadkarni Nadon Nadorf Nadson Naeem
Naeldenberghs Naess Naessens Nafula Nafuna Nagar Nagarajan Nagel Nagele Nagelvoort Nagem
Naghtegaels Nagi Nagibin Nagibina Nagl Nagle Naglik Nagornyy Nagy Nagyová Nagys Nagórka Nahuis
Naibei Naidu Naik Nail Naili Nailín Nainggolan Nair Nais Najam Najeeb Najmudin Nakagawa
Nakajima Nakamura Nakamurada Nakhapetov Nakhapetova Nakhumicha Nakić Nala Nalazek Nalbantoğlu
Nalbone Nalewajek Nalewajko Naliaka Nalivayko Nall Nalli Nallon Nally Nalty Namaga Name Namn
Namysł Namysło Nanda Nandisa Nandwa Nangle Nanjala Nanna Nannen Nanni Nannini Nantel
Naoidheanáin Naomh Naomi Napitupulu Napoleone Napoleão Napoli Napolitano Nappi Narain Narang
Naranjo Narasimhan Narayan Narayanan Narbikov Narbikova Nardella Nardelli Nardi Nardiello
Nardini Nardis Nardo Nardolillo Nardone Nardozzi Narducci Narezhnyy Narfadóttir Narfason Narfis
Nargi Naritsin Naritsina Narkiewicz Narożna Narożny Narpati Narula Narušis Narveld Narvelt
Narváez Nary Narymbayev Narymbayeva Narzymska Narzymski Nasambu Nascimento Nasedkin Nasedkina
Naser Naserian Nash Nashiruddin Nasi Nasiadka Nasimiyu Naslund Naso Nasonov Nasonova Nasri
Nassar Nassink Nasso Nastaj Nastały Nastri Nastvogel Nasuti Nasyiah Nasyidah Natale Natali
Natanaels Natanek Natans Nataníels Natarajan Nater Nath Nathan Natoli Natsir Natt Natta Nau
Naubert Nauer Naughton Naugolnyy Naujokas Nault Naumann Naumiuk Naumov Naumova Naumovski Nausen
Nausėda Nauta Nava Navalnyy Navara Navarová Navarra Navarrete Navarria Navarro Navas Naves
Navez Navis Navone Navrátil Navrátilová Nawrocki Nawrotek Nawój Nayak Nayar Naylor Nayman Nazar
Nazarbayev Nazarbayeva Nazarenko Nazareth Nazarewicz Nazari Nazario Nazarko Nazarov Nazarova
Nazaryev Nazaryeva Nazimek Nazzaro Načinović Nağıoğlu Nałęcz Ncala Ncama Ncanana Ncongwane
Ncube Ncusi Ncwaba Ncwane Ndaba Ndabandaba Ndabansele Ndabase Ndabezitha Ndambuki Ndandali
Ndanu Ndawo Ndawonde Ndege Ndegwa Nderitu Ndichu Ndiema Ndima Ndimande Ndinda Ndinisa Ndirangu
Ndiritu Ndiwa Ndiyema Ndlala Ndlandla Ndlangamandla Ndlanya Ndlanzi Ndlela Ndlondlo Ndlovu
Ndolo Ndondakusuka Ndonga Ndoro Ndosi Nduati Nduku Nduli Ndunda Ndung'u Ndunge Ndungu Nduta
Ndwandwe Ndwiga Ne Nea Neabhail Neacail Neachtain Neal Nealon Neancól Nearaigh Neary Nebel
Nebioğlu Nebot Necci Nech Nechayev Nechayeva Nechtersheim Neck Neckar Neckers Neckus Ned
Nedelec Neder-Harmolen Nedergaard Nederlotharingen Nedermeijer Nedervelt Nedić Nedjar Nedvěd
Nedyalkov Nee Needham Neehan Neelan Neelin Neels Neenan Neerachapong Neergaard Neerhof Neerhoff
Neerhov Neers Nees Neest Neet Neeth Neetke Neett Neevel Nef Nefedyev Nefedyeva Nefyodov
Nefyodova Negberink Negele Negin Negina Neglia Negoda Negrete Negri Negro Negrón Neheim Nehring
Neidhart Neiger Neilan Neilian Neill Neilson Neimke Neira Neirynck Neistadóttir Neistason
Neistis Nek Nekesa Nekhlyudov Nekhlyudova Nekhoroshev Nekhorosheva Nekkers Neklyudov Neklyudova
Nekrasov Nekrasova Neligan Nelima Nelis Nelissen Nellekens Nellen Nelli Nelson Nemchinov
Nemchinova Nemcová Nemec Nemes Nemeth Nemeș Nemirov Nemirova Nemtsov Nemtsova Nemus Nenarokov
Nenarokova Nene Nengerman Nennadóttir Nennason Nenni Nennis Nenno Nenonen Nenzi Neporozhniy
Neptúnus Nerentricht Nerg Nergaard Nerger Neri Nerius Nero Nerone Neruda Nes Nese Neska
Nesmeyanov Nesmeyanova Nespanov Nespanova Nespoli Nessi Nesta Nestayko Nesterenko Nesterov
Nesterova Nesterowicz Nestico Nestor Nestorowicz Nesvadba Nete Netkowska Netkowski Neto Netrebo
Nette Netti Netto Netyosov Netyosova Neu Neubacher Neubauer Neuber Neubert Neuendorf Neugebauer
Neuhaus Neuhauser Neuhold Neukom Neukomm Neulinger Neumair Neumann Neumayer Neumayr Neumeister
Neumüller Neuner Neupert Neureiter Neureuther Neurohr Neuschwander Neuschäfer Neustrië
Neuteboom Neuville Neuwehuysen Neuwirth Neuzerling Nevado Nevala Nevalainen Neve Nevel Neven
Neves Neveu Neville Nevin Nevzorov Nevzorova Nevárez Newhouse Newman Newton Ney Neyens Neyerlin
Neylon Neziraj Neziri Neznanskaya Neznanskiy Nezval Nešetřil Ng'ang'a Ngala Nganga Ngao Ngari
Ngaruiya Ngatia Ngazitha Ngcamane Ngcamu Ngcemu Ngcobo Ngcolosi Ngei Ngema Ngeno Ngetich Ngiba
Ngidi Ngige Ngigi Ngina Ngobese Ngobisi Ngomane Ngome Ngonini Ngotho Ngotsha Ngubane Ngubeni
Ngugi Ngui Ngumbao Ngungunyana Ngunjiri Ngure Nguyen Nguyễn Ngwane Ngwazi Ngwekazi Ngwenya
Nhlabathi Nhlane Nhlanhla Nhlanhlampofu Nhlapho Nhleko Nhlengethwa Nia Niadh Niaidh Niallagáin
Niallghais Niallghuis Nialláin Nianáin Niatháin Nibali Nibbelinck Nibbelincks Nibbeling
Nibbelink Nica Nicaise Niccoli Nicewicz Nicholas Nicholls Nichols Nicholson Nickel Nickels
Niclaes Niclaessen Nicod Nicol Nicola Nicolai Nicolaisen Nicolajsen Nicolas Nicolau Nicolay
Nicolazzo Nicole Nicolella Nicolet Nicoletta Nicoletti Nicoli Nicolier Nicolini Nicolle
Nicolucci Nicolás Nideröst Nieborak Niebudek Niebuhr Niechciał Niedbał Niederberger Niederer
Niederl Niedermeier Niedojadło Niedośpiał Niedźwiadek Niehuss Niekerk Nieklauson Nieland
Nielsdatter Nielsen Nielson Niemann Niemczuk Niemeier Niemelä Niemi Niemiec Nieminen Niemira
Niemojowska Niemojowski Nienhaas Nienhof Nienhuijs Nienhuis Nienkamp Nienow Nieradko Nieradzik
Niermann Nieroda Niers Nies Niesporek Niessing Niessink Nieszporek Nietlispach Nieto Nieuwe
Nieuweide Nieuweijde Nieuwendorp Nieuwenhoes Nieuwenhuijs Nieuwenhuijsen Nieuwenhuis Nieuwhof
Nieuwmole Nieuwmolen Nieuwmoole Nieuwstraten Nieves Nievo Nieweide Niewenhoes Niewiadomska
Niewiadomski Niewiara Niewiarowska Niewiarowski Niewola Niećko Nieścior Nieścioruk Nifterick
Nifterik Niftrik Nigam Nigg Niggli Nigris Nihoe Nihom Niienhuis Niieweide Niinistö Niiranen
Niit Nijak Nijeboer Nijeman Nijemans Nijemolen Nijenesch Nijenhues Nijenhuijs Nijenhuis
Nijenhuiskampe Nijenhus Nijenkamp Nijerman Nijeweide Nijeweijde Nijhof Nijhoff Nijhov Nijhuijs
Nijhuis Nijkamp Nijkerk Nijkerken Nijland Nijlandt Nijlant Nijman Nijmans Nijmeijer Nijmolen
Nijrolder Nijs Nijssinck Nijssink Nijstad Nijweide Nijweijde Nikandrov Nikandrova Nikanorov
Nikanorova Nikanors Nikel Nikics Nikiforov Nikiforova Nikisch Nikitin Nikitina Nikiš Nikkilä
Niklasson Niklaus Niklewicz Nikodimov Nikodimova Nikolaadóttir Nikolaason Nikolaev Nikolais
Nikolajsen Nikolas Nikolaus Nikolayenko Nikolayev Nikolayeva Nikolayevich Nikolin Nikolina
Nikolić Nikolov Nikolova Nikolovska Nikolovski Nikolyuk Nikonov Nikonova Nikołajuk Niksa
Niktitin Niktitina Nikula Nikulin Nikulina Nikulás Niland Nilles Nils Nilsen Nilssen Nilsson
Nilufarova Nimac Nimwegen Ninalowo Ninno Niocail Niocláis Nipp Niquille Niscoromni Nishimura
Niskala Niskanen Nissen Nissinen Nistor Nitek Nitkiewicz Nitra Nitrová Nitti Nitto Nitzsche
Nixon Niyazov Niyazova Niyazymbet Niyazymbetov Niyazymbetova Nizet Niño Nišević Nižetić
Nižnanská Nižnanský Nižnánsky Nižnánská Nižňanská Nižňanský Niță Njagi Njambi Njapha Njau
Njenga Njeri Njeru Njihia Njiki Njinji Njiru Njogu Njoka Njoki Njoku Njomane Njoroge Njue
Njuguna Njuki Njálls Njörðs Njörðsdóttir Njörðsson Nkabinde Nkala Nkamzwayo Nkansa Nkansah
Nkatha Nkirote Nkomo Nkomose Nkomoye Nkonyeni Nkosi Nkrumah Nkumane Nkundlande Nkwakha Nkwali
Nkwaliyenkosi Nkwanyana Nnamani Noack Nobel Nobelinck Nobis Noble Nobs Nocek Noculak Nodanga
Nodler Nodlomo Nodorff Noel Noer Nogantshi Nogayev Nogayeva Noge Nogieć Nogueira Noguera Nogues
Nogués Nohlmans Noia Noij Noijers Noirjean Nojek Nojman Nolan Nolcini Nold Nolet Nolin Nolland
Nollee Nolte Nolty Nombela Nombhoco Nomndayi Nomvuma Nondaba Nondlela Nonduma Nonendaal
Nongalaza Nongalo Nonhof Nonhoff Nonhov Nonis Nonkosi Nonkululeko Nonnadóttir Nonnason Nonnis
Nontanda Nontuli Nonyana Noonan Noone Noor Noordeloos Noordes Noordijk Noordmark Noort Noorts
Noot Norac Noraidh Norambuena Noras Norberg Norberts Norbiato Nord Nordahl Nordberg Nordentoft
Nordgren Nordhagen Nordhus Nordin Nordio Nordlander Nordlie Nordlund Nordquist Nordqvist
Nordstrom Nordström Nordén Noren Norgren Nori Noriega Norin Norlin Norling Norman Normand
Normandeau Normandin Normann Normanns Noronha Norov Norova Norramon Norris Norrman Norry
Norström North Northeim Northoff Norton Norup Norwood Norén Norðmanns Nosachenko Nosbusch
Nosenko Noser Nosiglia Noskov Noskova Nosov Nosova Noszczyk Nosè Nota Notarbartolo Nothus
Notová Nouar Noui Nouri Nousiainen Noussen Nousven Nova Novaes Novais Novak Novaković Novaro
Novelle Novgorodtsev Novgorodtseva Novikov Novikova Novitasari Novo Novoa Novodvorskaya
Novodvorskiy Novosel Novoseltsev Novoseltseva Novosyolov Novosyolova Novota Novotná Novotný
Novruzlu Novy Novák Nováková Nováček Nowacka Nowacki Nowak Nowakowska Nowakowski Nowanqa Nowek
Nowicka Nowicki Nowotka Nowotnik Nowotny Nowrot Nozimova Nozulu Noël Nqumela Nsele Nsia
Nsibande Nsibanyoni Nsindane Nsukuza Ntaka Ntamonde Ntanzi Ntenga Nthenya Nthiga Nti Ntiamoa
Ntim Ntinyari Ntombela Ntsele Ntshalintshali Ntshangase Ntshingila Ntshiza Ntuli Nuadhain
Nuadhan Nualláin Nuanáin Nucci Nue Nuffel Nugent Nugmanov Nugmanova Nugnes Nugroho Nuijs Nulty
Numanoğlu Nummela Nunes Nunez Nunne Nunnink Nunspeet Nunzio Nur Nuraini Nurbayev Nurbayeva
Nurdiyanti Nurek Nurgaliyev Nurgaliyeva Nuriyeva Nurk Nurkiewicz Nurm Nurmagambetov
Nurmagambetova Nurmi Nurminen Nurmsalu Nurmuhammadov Nurpeisov Nurpeisova Nurseis Nurəli Nus
Nussbaumer Nussbeck Nusselder Nusslé Nuut Nuutinen Nuwemole Nuwenhijsen Nuwenhuijzen Nuwenhuse
Nuwenhuysen Nuyts Nußbaumer Nuñez Nwachukwu Nwosu Nxamalala Nxasana Nxele Nxumalo Nyaako
Nyaakoaa Nyaboke Nyabuti Nyabuto Nyaga Nyagaka Nyaguthii Nyakio Nyakundi Nyale Nyamai Nyamawi
Nyambane Nyambose Nyambu Nyambura Nyame Nyamu Nyamweya Nyanchama Nyanda Nyandeni Nyang'au
Nyangaresi Nyangau Nyangweso Nyantakyi Nyathi Nyawa Nyawira Nyawo Nyawokhulu Nyawose Nyazitla
Nyberg Nyborg Nyc Nydegger Nyembe Nyembezi Nyers Nyeuwenhuysen Nyfeler Nygaard Nygren Nygård
Nyhan Nyholm Nyhuis Nyide Nyilasi Nyk Nykvist Nykänen Nylander Nylund Nylén Nyman Nymand Nymann
Nyoike Nyokabi Nyokayebululu Nyongesa Nyongwana Nyquist Nyqvist Nys Nyssen Nystrom Nyström
Nytko Nytra Nzai Nzama Nzamela Nzau Nzilani Nzima Nzimande Nzimase Nzioka Nzioki Nzisa Nzomo
Nzuki Nzuza Nádhraigh Nájera Nálepka Nálepková Náradhaigh Náraigh Náttmörðs Náttmörðsdóttir
Náttmörðsson Náttúlfs Náttúlfsdóttir Náttúlfsson Näf Nägele Näpflin Näscher Näslund Nätterqvist
Næss Nébald Néill Németh Néron Néspoli Níels Níls Nóadóttir Nóams Nóason Nóels Nógla Nóis
Nónadóttir Nónason Nónis Nóradóttir Nórason Nóris Nóvembers Nóżka Nôta Nôtová Nõmm Nõmme Nõmmik
Nöbauer Nöh Nökkvadóttir Nökkvason Nökkvis Nøhr Nørby Nørgaard Nørgård Nørregaard Nørskov Núin
Númadóttir Númason Númis Núnáin Núñez Nüesch Nüsslin Nützi Nývarðs Nędzi Němcová Němec Němeček
Němečková Nəbibəyli Nəbioğlu Nəbiqızı Nərimanov Nərimanova Nəsibova Nəsirli Nəzirli Nəzirova
Nəzərli O'Beirn O'Beirne O'Boyle O'Brassil O'Brazil O'Brennan O'Brien O'Brown O'Bryan O'Bryen
O'Byrne O'Cadden O'Cafferky O'Callaghan O'Carolan O'Carroll O'Casey O'Cassidy O'Cleary O'Clery
O'Connell O'Conner O'Connor O'Crohan O'Crowley O'Curry O'Daly O'Dea O'Devanney O'Devenny
O'Doherty O'Donnell O'Donoghue O'Donohoe O'Donovan O'Dowd O'Driscoll O'Duffy O'Dwyer O'Farrell
O'Farrelly O'Flaherty O'Flynn O'Freil O'Friel O'Gallagher O'Gara O'Goldrick O'Gorman O'Gowan
O'Grady O'Growney O'Hagan O'Haire O'Halloran O'Hanlon O'Hanrahan O'Hara O'Hare O'Haughey O'Hea
O'Hegarty O'Hehir O'Herlihy O'Hickey O'Higgins O'Hora O'Houlihan O'Hurley O'Hussey O'Kane
O'Kearney O'Keefe O'Keeffe O'Kelly O'Kennedy O'Kieve O'Kon O'Leary O'Loan O'Looney O'Loughlin
O'Loughlinn O'Mahoney O'Mahony O'Malley O'Mara O'Meara O'Mooney O'Moore O'Mullan O'Murnaghan
O'Neill O'Nolan O'Rafferty O'Rahilly O'Reardon O'Regan O'Reilly O'Riordan O'Rooney O'Rourke
O'Ruane O'Ryan O'Scannell O'Shannon O'Sharkey O'Shaughnessy O'Shea O'Sheehan O'Sheil O'Shiel
O'Sullivan O'Sweeney O'Tierney O'Togher O'Toole O'brien O'connor O'donnell O'neal O'neil
O'neill OU Oak Obama Obando Obara Obare Obarzanek Obasanjo Obbing Obbink Obdržálek Obeling
Obelink Obeng Oberbrunner Oberdinck Oberem Oberemko Obergföll Oberhauser Oberhofer Oberholzer
Oberinck Obering Oberink Oberleitner Oberli Obermaier Obermajer Obermayr Obermüller Oberndorfer
Oberweis Obi Obiała Obiero Oblink Obonyo Oborska Oborski Obradović Obratov Obrecht Obrien
Obrinck Obrink Obrist Obrosimov Obrosimova Obrębska Obrębski Obst Obuchowicz Obukhov Obukhova
Obuya Obšut Obšutová Ocampo Ocasio Ocaña Och Ochab Ochal Ochał Ochieng Ochin Ochina Ochnik
Ochnio Ochoa Ochocka Ochocki Ochola Ochota Ochs Ochsner Ochten Ochterop Ochwat Ockenburg
Ockerman Oconnell Oconnor Oczko Oczkowicz Oda Oddadóttir Oddason Oddbergs Oddbergsdóttir
Oddbergsson Oddbjörns Oddershede Oddfreyrs Oddgeirs Oddis Oddkells Oddkelsdóttir Oddkelsson
Oddleifs Oddleifsdóttir Oddleifsson Oddmars Odds Oddsdóttir Oddsson Oddsteinns Oddvars Oddþórs
Odegaard Odenberg Odera Odermatt Odero Oderwald Odescalchi Odetola Odgaard Odhiambo Odhner
Odinaeva Odinga Odink Odintsov Odintsova Odira Odiwuor Odobašić Odom Odongo Odonnell
Odoyevskaya Odoyevskiy Odoyo Odrzywolska Odrzywolski Odrzywołek Odunsi Oduor Oduori Oehen Oehle
Oehler Oehri Oehrli Oelewick Oelewijk Oelewik Oellewick Oellewiick Oellewijck Oelwijck Oemencs
Oenck Oenijnck Oenijnckijnck Oenk Oennekinck Oennen Oennijnck Oesch Oeser Oesinck Oester
Oestrovsky Oeujinck Oeuvray Oever Offermans Offersen Offredi Ofiara Ofner Ofori Ofosu Ofrosimov
Ofrosimova Ogada Ogarev Ogareva Ogawa Ogay Ogbuehi Ogega Oger Ogeto Ogg Ogindan Oginga Oginni
Ogloblin Ogloblina Ogola Ogolla Ogonek Ograbek Ogrodowicz Ogtrop Oguey Ogulana Ogunbamigbe
Ogunbiyi Ogunbo Ogunde Ogunleye Ogunwobi Ogunyeye Ogura Ogutu Ogweno Ogłaza Ohlin Ohlsen Ohlson
Ohlsson Ohly Oibicín Oijinck Oikarinen Oilifir Oinck Oinhos Oinonen Oirchinnigh Oireachtaigh
Oirschot Oirschotten Oisinck Oismans Oissinck Oissminck Oistendarp Oistendorp Oisterholdt
Oistigín Oisín Oitir Oiva Oivio Oja Ojala Ojanen Ojaste Ojeda Ojiambo Ojo Ojua Ojukwu Ojwang
Okada Okafor Okamoto Okatov Okatova Okech Okeke Okello Okelo Okemwa Oketch Okeyo Okhotin
Okhotina Okhrimenko Okhrimovich Okinyi Okongo Okonkwo Okoro Okoth Okraska Oks Oksanen Oktaviani
Oktavíus Októs Októvíus Okuku Okulov Okulova Okulska Okulski Okumu Okumuş Okunev Okuneva Okur
Okyere Okła Olabode Oladipupo Olafs Olaiya Olander Olas Olasupo Olate Olausdatter Olausen
Olausson Olave Olavs Olawale Olaya Olbach Olberink Olbik Olbrich Olbrych Olchawa Olde Oldemaat
Oldenampsen Oldenkamp Oldenkotte Oldensall Oldensell Olderman Olea Olearczyk Olechnowicz
Olechowska Olechowski Olefir Oleggini Olejniczak Olejnik Oleksa Oleksak Oleksiewicz Oleksik
Oleksiuk Olekszyk Olerdatter Olesen Olesha Olesiejuk Olesk Oleszczak Oleszko Olewniczak
Oleynikov Oleynikova Oleśkiewicz Olferyev Olferyeva Olgeirs Olguín Oliboni Olifirenko Olimpio
Olimpiyev Olimpiyeva Olinger Olisov Olisova Oliva Olivares Olivas Olive Oliveira Olivença
Oliver Olivera Oliveras Oliveria Olivers Oliverts Olivetti Olivier Oliviera Olivo Olivárez
Olivé Oliynik Olko Olkowicz Olladóttir Ollason Ollech Oller Ollewick Olli Ollikainen Ollila
Ollivier Olma Olmedo Olmerinck Olminkhof Olmo Olmos Olofsson Oloo Olowokeere Oloyede Olsdatter
Olsen Olson Olsson Olst Olsufyev Olsufyeva Olszewska Olszewski Olszowa Olszowska Olszowski
Olszyna Olthaer Olthof Olthuijs Olthuis Olthuiss Oltukhov Oltukhova Olubode Olugbayila Olujimi
Olukotun Olukunga Oluoch Olusanya Oluwagbemi Olvera Olvirsson Olykan Oláh Om Omair Omani Omar
Omari Ombasa Ombati Ombui Omeir Omelchuk Omelyanov Omelyanova Omidina Ominova Omiotek Omlin
Omma Ommeren Omojola Omollo Omolo Omondi Omotoso Omran Omwenga Omweri Omwoyo Onck Ondari Ondiek
Ondieki Onditi Ondrašík Ondrašíková Ondrejka Ondrejko Ondrejkovič Ondrejkovičová Ondrejková
Ondricka Ondrus Ondrusek Ondruseková Ondruš Ondrušek Ondrušeková Ondruška Ondruško Ondrušková
Ondrušová Ondráš Ondrášek Ondrášeková Ondrášik Ondrášiková Ondrášová Ondrúšek Ondrúšeková Oneal
Oneck Oneill Ongena Ongenade Ongeri Ongna Onhas Onijnck Onio Onishchenko Onishchuk Onisimov
Onisimova Onisto Onjengenyamazane Onlant Onna Onnekijnck Onnekinck Onnekink Onnen Onnink Onoh
Onsongo Onsta Onstad Ontiveros Onufriyenko Onufrowicz Onwuka Onyancha Onyango Onyiego
Ooeldenkamp Ooenck Ooenekijnck Ooennekijnck Ooennekinck Ooennekynck Ooink Ooko Oolden
Ooldenkamp Oolster Oolthaer Oolthuijs Oolthuis Oomen Oommen Ooms Oonck Oonk Oorschot Oortgiese
Oorthuis Oosijnck Oosinck Oosse Oossink Ooste Oosten Oostendarp Oostendorp Oostenenk Oosterhek
Oosterholt Oosterhous Oosterhout Oosterhuis Oosterink Oosterkamp Oosterman Oostermans Oosthout
Oostindie Oostinje Oostveen Ootmarsen Ooyen Op Opalach Opanasenko Oparinde Opas Opasińska
Opasiński Opazo Ophey Ophoven Ophuis Opimakhov Opimakhova Opioła Opiyo Opizzi Opluštil
Opluštilová Opmans Opna Opoka Opoku Opondo Oppedisano Oppenheimer Opper-Lotharingen Oppliger
Oppong Oprea Opuku Opyrchał Oquendo Oralaigh Oraloğlu Orani Oras Orav Orawiec Orazalin
Orazalina Orban Orbanić Orbay Orbán Orchard Orczy Ordóñez Orechio Orekhov Orekhova Orelio
Orellana Orengo Orešković Orfeus Org Organiściak Oriens Orina Orjuela Orkisz Orlando Orleans
Orlebeke Orletti Orlik Orlić Orlińska Orliński Orlov Orlova Orlović Orlovskaya Orlovskiy Orlík
Orlíková Orman Ormars Ormel Ormell Ormeño Ormo Orms Ormsby Ormsdóttir Ormsson Orn Ornat Ornelas
Orobets Orosco Orosz Orozco Orpel Orr Orradóttir Orrason Orrego Orriens Orris Orsato Orsini
Orsino Orska Orski Orszulik Orsós Orta Ortega Ortese Orth Orthmann Ortiz Ortmann Ortner
Ortolani Ortuño Orucov Orvars Orwa Orwat Orzechowski Orzeszek Orzyłowska Orzyłowski Orłowska
Orłowski Oršolić Oršoš Oršulić Osada Osborn Osborne Oscair Osch Oschkenat Oscuro Osei Osenberg
Oseyev Oseyeva Osgair Oshin Oshodi Osiadacz Osial Osica Osiemo Osik Osinck Osinga Osinkhorst
Osinskaya Osinski Osinskiy Osipiuk Osipov Osipova Osipowicz Osiyeva Oskarsson Oskroba Osman
Osmani Osmanlı Osojca Osokin Osokina Osorgin Osorgina Osorio Osoro Ospanov Ospanova Ospelt
Ospina Ospino Ossama Ossandón Ossani Osses Ossipov Ossler Ossola Ostafin Ostafyev Ostafyeva
Ostalskaya Ostalskiy Ostanin Ostanina Ostapchuk Ostapczuk Ostapiuk Ostapov Ostapova Ostasz
Ostendarp Ostendorp Ostenrijk Osterhof Osterholt Osterhoudt Ostermann Ostertag Osthed Osti
Ostigui Ostiguy Ostinelli Ostini Ostitty Ostity Ostlund Ostojić Ostratov Ostratova Ostrom
Ostrovskaya Ostrovskiy Ostrowska Ostrowski Ostręga Ostwald Osuna Osuntokun Oswald Oszust Ota
Otabekov Otero Oti Otiende Otieno Otis Otiwa Otkells Otkelsdóttir Otkelsson Otmani Otradóttir
Otrason Otremba Otris Ots Otsdóttir Otsson Ott Ottadóttir Ottason Otte Otten Otterbeck Ottesen
Otti Ottink Ottino Ottis Otto Ottosen Ottosson Ottós Otuo Otyś Otčenáš Otčenášová Ouali Ouchene
Oude Ouden Oudewater Oudheusden Oudhoff Ouellet Ouimet Ouko Oulevay Ouma Outzen Ouwel Ouwerkerk
Ouwers Ovadia Ovalle Ovcharenko Ovchinnikov Ovchinnikova Ovdokimov Ovdokimova Ovechkin
Ovechkina Oveljonck Overbeek Overby Overdijck Overdijk Overeem Overgaard Overhagen Overhorst
Overkamp Overkempinck Overkemping Overkempink Oversteeg Overweg Ovesen Oviedo Ovinck Ovink
Ovnarski Ovrosimov Ovrosimova Ovseyev Ovseyeva Ovsiyenko Owais Owczarczak Owczarek Owe Owen
Owens Owino Owiti Owokoniran Owolabi Owoyemi Owsiak Owsianka Owsiany Owuor Owusu Owusuwaa
Oyadiran Oyaifo Oyarce Oyaro Oyarzo Oyarzún Oyekan Oyeniyi Oyetoro Oyeyemi Oyinlola Oynck Oyoo
Oyshayeva Oyugi Oza Ozansoy Ozimec Oziębło Ozuna Oñate Očenáš Očenášová Ośka Ośko Oślizło PAI
PAN PANG PAO PEI PENG PI PU Paal Paalberg Paananen Paap Paas Paasche Paaschen Paasilinna Paasio
Paaske Paatelainen Paavilainen Paavola Pabis Pabisiak Pabiś Pablo Pabón Pacciani Paccot Pace
Pacelli Pacetti Pacewicz Pacharzka Pache Pacheca Pacheco Pachequa Pacher Pachla Pachler Pachnik
Pacholak Pacholczak Pacholik Pachoud Pachowicz Pachołek Pachuta Pacia Pacillo Pacocha Pacomio
Pacura Pacyga Paczos Padberg Paddeck Padden Padevoort Padilla Padmanabhan Padmasari Padovano
Padrón Padula Padło Paegle Paepe Paes Paeschen Paesler Paeuw Paeuwen Paez Paffrath Pafnutyev
Pafnutyeva Pafomov Pafomova Pagac Pagacz Pagan Pagani Paganini Page Pageau Pages Pagh
Pagination Pagiola Paglia Pagliaro Pagnamenta Pagnotto Pago Pagot Pagoto Pagotto Pagès Pagé
Pahud Pai Paiement Paier Paillard Paillet Paimo Pain Painchaud Paiva Paixão Pajda Pajdak Pajek
Pajer Pajerová Pajonk Pajot Paju Pajula Pajunen Pajur Pająk Pakarinen Pakhmutov Pakhmutova
Pakhomov Pakhomova Pakhomyev Pakhomyeva Pakkebier Pakos Pakosz Paksüt Pal Palacio Palacios
Palacky Palak Palan Palander Palant Palastri Palau Palazzi Palazzo Palej Palermo Paley Paleń
Palica Paliga Palitsin Palitsina Paliy Palić Palka Palko Palkovič Palkovičová Palková Pall
Palla Palladio Pallant Pallarès Pallentin Pallesen Pallo Pallová Pally Palm Palma Palman
Palmcrantz Palmer Palmgreen Palmgren Palmisano Palmquist Palmqvist Palmstruch Palo Palomar
Palomares Palombi Palomino Palomo Palomäki Palonek Palov Palovič Palovičová Palovová Palová
Palovčík Palovčíková Palowicz Paltrinieri Paltsev Paltseva Palu Paluch Paluchová Palumbo Palus
Paluszak Paluzzi Palù Palúch Palúchová Pamfilov Pamfilova Pamić Pammer Pampiermole Pampiermoole
Pan Panarello Panarese Panariello Panaro Panasewicz Panasiewicz Panatta Panayev Panayeva
Pancerz Panchal Panchaud Panchuk Panciera Pancini Pancot Pander Panders Pandey Pandini Pandit
Pandolfi Pandolfo Pandurić Panduro Pandya Pane Panebianco Panella Panelli Panepinto Panetta
Panetti Panfilov Panfilova Panfilyev Panfilyeva Pangestu Panhoca Panhoff Paniagua Paniccia
Panico Panicucci Panicz Pankeyev Pankeyeva Pankiewicz Pankratov Pankratova Pankratyev
Pankratyeva Pannatier Panneau Pannebacker Pannebackers Panno Pannone Pannullo Panov Panova
Panovska Panovski Panozzo Pant Pantaleo Pantalone Pantano Pantaroto Panteleyev Panteleyeva
Pantillon Pantoja Pantone Pantuso Panuś Panyushkin Panyushkina Panza Panzarella Panzarino
Panzera Panzica Panzig Paola Paolantonio Paolella Paoletta Paoletti Paoli Paoliello Paolillo
Paolini Paolino Paolis Paolo Paolucci Paone Paonessa Paor Pap Papa Papafava Papak Papaleo
Papalia Papandrea Papania Paparella Paparić Paparo Papaux Pape Papen Papetti Papi Papiermolen
Papilloud Papin Papineau Papini Papp Pappalardo Paprocka Paprocki Paprotny Paquay Paquet
Paquette Paquin Paquot Para Parada Paradi Paradis Paradowska Paradowski Parafiniuk Paramonov
Paramonova Paran Parandowska Parandowski Parantainen Parashkevov Parasyuk Parda Pardecka
Pardecki Pardo Paredes Pareja Parejo Parekh Parent Parente Parenteau Paresque Paresqui Pareto
Parfenchikov Parfenchikova Parfenyev Parfenyeva Parfyonov Parfyonova Parijs Parikh Parini Paris
Parisi Parisian Parisot Pariz Park Parker Parkes Parkin Parkinson Parkitna Parkitny Parkkinen
Parks Parmar Parmentier Parmenyev Parmenyeva Parmer Parmes Parmitano Parmyonov Parmyonova
Parnell Parpinel Parra Parraguez Parri Parrish Parry Parsa Parshchikov Parshchikova Parshov
Parshova Parsons Partanen Partelli Partida Partlainn Parts Partyka Parus Paruta Parviainen
Parys Parzer Parzonka Parzyszek Paré Pas Pasanen Pasca Pascal Pascale Pascarella Pasch Pasche
Paschen Paschke Paschoud Pascual Pase Pasechnik Pasgen Pashkov Pashkova Pashkovskaya
Pashkovskiy Pasi Pasiak Pasich Pasieczna Pasierbek Pasiut Paske Pasken Pasman Pasocco Pasolini
Pasqua Pasqual Pasquale Pasquali Pasqualini Pasqualone Pasquarella Pasquarelli Pasquarello
Pasquariello Pasquet Pasquier Pasquinelli Pasquini Pass Passafiume Passalacqua Passamani
Passamonte Passanante Passanisi Passantino Passarella Passarelli Passarello Passaretti
Passariello Passche Passchiers Passe Passen Passeri Passero Passet Passini Passino Passos Paste
Pasternak Pasti Pastine Pastoors Pastor Pastore Pastori Pastorino Pastucha Pastukhov Pastukhova
Pastuszek Pastuszko Pastuła Pastén Pasuk Paszkiewicz Paszkowiak Pasztaleniec Pata Pataki
Patalano Patalas Patania Patberg Patchett Pate Patel Patella Paten Patenaude Paterniti Paterno
Paternostro Paterson Pathak Patierno Patil Patino Patitucci Patiño Patkov Patla Patoka Paton
Patora Patočka Patoła Patreks Patreksdóttir Patreksson Patricelli Patricio Patrick Patricks
Patrikeyev Patrikeyeva Patriks Patrizi Patrizio Patrone Patruno Patry Patrzałek Patt Patterson
Patti Pattkenbier Patton Pattyn Patyna Patzwahl Pau Paucek Pauchard Pauer Paukner Pauko Pauková
Paul Paula Paulauskas Paulik Pauliková Paulina Paulis Paulissen Paulitsch Pauliček Pauličeková
Paulmis Paulo Paulovič Paulovičová Pauls Paulsen Paulsson Pauluccio Paulus Pauly Paulík
Paulíková Paulíček Paulíčeková Paushkin Paushkina Pausini Paustovskaya Paustovskiy Pauw Pauwels
Pavan Pavanello Pavarotti Pavel Pavelek Paveleková Pavelić Pavelka Pavelko Pavelková Pavelová
Pavert Pavese Pavez Pavia Pavin Pavić Pavičić Pavka Pavko Pavković Pavková Pavlenko Pavlichenko
Pavlik Pavlikovská Pavlikovský Pavliková Pavlin Pavlinov Pavlinova Pavlić Pavlič Pavliček
Pavličeková Pavličko Pavlo Pavlov Pavlova Pavlović Pavlovič Pavlovičová Pavlovová Pavlovskaya
Pavlovskiy Pavlová Pavlyuk Pavlík Pavlíková Pavlíček Pavlíčeková Pavol Pavolová Pavon Pavone
Pavuk Pavón Pavúk Pavúková Paw Pawela Pawełkiewicz Pawełko Pawlaczek Pawlak Pawlicka Pawlicki
Pawliczak Pawliczek Pawlik Pawliszyn Pawlonka Pawlos Pawlukiewicz Pawłowski Payen Payer Payet
Payette Payne Paz Pazdan Pazera Pazeto Pazetto Pazienza Pazik Pazini Pazos Pazoła Pazura Paúk
Paúková Paľa Paľka Paľko Paľková Paľo Paľov Paľovová Paľová Paľovčík Paľovčíková Paľuch
Paľuchová Paľúch Paľúchová Pałac Pałgan Pałyga Pałęga Pańczyk Paściak Paśnik Pašek Pašeková
Paška Paško Pašková Paździora Pchyolkin Pchyolkina Peacock Peano Pearce Pearson Peatáin Pecchia
Pecci Pechel Peciak Peck Peckel Pecora Pecotić Peda Pedalov Pedarccini Pederiva Pedersdatter
Pedersen Pedersoli Pedišić Pedneault Pedraza Pedrazini Pedrazzi Pedrazzini Pedrero Pedrini
Pedrinis Pedrioli Pedro Pedroia Pedroni Pedrosa Pedroza Pedrycz Pedrós Peebo Peel Peele Peer
Peerboom Peerbooms Peerdekamp Peerenboom Peeters Peetre Peggeman Pegorer Pegovaro Peham Peharda
Pehkonen Pehrson Peier Peiffer Peij Peinado Peira Peircín Peiró Peitrequin Peixoto Pejić
Pekkala Pekkan Pekkanen Pekkarinen Pekurár Pela Pelayo Pelchat Pelckwick Pelckwijck Pele Pelekh
Pelevin Pelevina Pelican Pelikan Pelikán Pelikánová Pelissier Pelka Pelkonen Pelkwijk Pellanda
Pellandini Pellaton Pellegrini Pellen Pellerin Pellet Pelletier Pellewick Pellewijck Pellewijk
Pellewik Pelli Pellicer Pellickwick Pellico Pelloni Pelser Peltier Peltjes Peltola Peltonen
Peltoniemi Peláez Pena Penar Pender Penders Pendl Pendzhakova Peng Penha Penido Penić Penkala
Penna Pennanen Pennders Penneau Pennekamp Penner Penners Pennetta Pennewijk Penninck Pennincks
Pennings Pennington Pennink Penninks Penou Pent Penta Penterman Pentti Penttilä Penttinen Penz
Pepe Pepin Peppe Peppelenbos Peppershteyn Peppinck Pepping Peppink Pera Peragine Peraino Perak
Peral Perales Peralta Peranda Perano Perazzo Perck Perczak Perdigão Perdomo Perdoná Perea
Perebiynis Pereira Perella Perelli Perelló Perepelitsya Perera Peres Perestorin Perestorina
Peretti Pereyra Perez Perfetti Perfetto Perfilyev Perfilyeva Perfishin Perfishina Pergande
Pergher Pergola Pergolesi Peri Peric Perilli Perillo Perim Perin Perini Perino Periordi Perito
Perizin Perić Perišić Perka Perkhurov Perkhurova Perkhuryev Perkhuryeva Perkins Perko Perkov
Perković Perkowska Perkowski Perla Perlatti Perlik Permadi Permata Permchart Permesand
Permyakov Permyakova Perna Pernak Perner Pernet Perniciaro Perno Pernot Pero Peron Perona
Perone Peroni Peronne Perota Perotti Perozzo Peroš Perra Perras Perreault Perreira Perrella
Perrelli Perret Perretta Perretti Perreyra Perri Perricone Perriello Perrier Perrin Perrino
Perritaz Perro Perron Perrone Perrono Perrot Perrotta Perrotti Perrotto Perrucci Perruchoud
Perry Pers Persichetti Persico Persijn Persson Pertile Pertini Pertiwi Pertl Pertsev Pertseva
Perttula Peruchi Perugini Perumov Perumova Peruzzi Peruško Pervushin Pervushina Perälä Perčić
Pesavento Pesca Pescador Pescatore Pesce Pesci Pescia Peselman Pesendorfer Peskov Peskova
Pesola Pesonen Pessali Pessanha Pesschers Pessink Pessolano Pessot Pesta Pestov Pestova Peszko
Petek Petelin Petelina Peter Peterele Peterhans Peterle Peterli Peterlik Petermann Peters
Peterse Petersen Peterson Petersson Petignat Petillo Petina Petit Petitjean Petito Petitti
Petitto Petkevich Petković Petkovska Petkovski Petlyura Petosa Petr Petralli Petrassi
Petrauskas Petrenko Petrie Petrig Petrik Petrini Petris Petrić Petričević Petro Petrocelli
Petrov Petrova Petrovická Petrovický Petrović Petrovič Petrovska Petrovski Petrová Petrucci
Petrucelli Petrulli Petrus Petrushevskaya Petrushevskiy Petruzzi Petruška Petrušková Petryk
Pettai Pettersen Petterson Pettersson Pettit Petty Petukhov Petukhova Petz Petzold Petőfi
Peukert Peulers Peursem Peurters Peusen Peverelli Pevetsova Pevzner Pey Peyeva Peyre Peyton
Pezda Pezzali Pezzin Peña Peñaloza Peñalver Peñas Pečnik Pečur Peša Pešić Peška Peško Pešková
Pfammatter Pfannerstill Pfeffer Pfeifer Pfeiffer Pfennig Pfersich Pfeuti Pfingsten Pfister
Pfleger Pflieger Pflügner Phakathi Phakathwayo Pham Phaneuf Pharand Pharisa Phartholáin
Phathwayo Phayre Phearsain Phelan Phelps Phetha Phethela Phewa Phikela Philban Philbin Philbín
Philett Philib Philip Philipp Philippart Philippe Philippon Philippot Philips Philipsen
Phillips Phillipsen Phingoshe Phoseka Phoswa Phungula Phusilarungrueng Phuthini Phádraig
Pháidín Phártholáin Phártoláin Phóil Phạm Pi Piacentini Piaget Piai Piaj Piana Pianassole
Pianca Pianduangsri Piane Pianessola Pianessoli Pianessolil Pianezolla Pianezzola Pianissoli
Pianka Piano Pianta Piasecki Piaseczna Piasentin Piassarolli Piassi Piattini Piaz Piazzarollo
Piazzi Piaścik Picard Piccand Piccin Piccinni Piccio Picenoni Pich Pichard Pichardo Picheta
Pichette Pichler Pichlmaier Pichon Pichonnat Pichpandecha Piché Pickering Pickett Picone Picot
Piddubna Piddubniy Pidoux Pieber Piecha Piechna Piechota Piechura Pieck Pieczarka Pieczyrak
Piegza Piejko Piek Piekacz Piekara Piekarek Piekarska Piekarski Piekart Pielach Pielech Pielka
Piell Pieper Piepers Pierard Pierce Pierchała Pieren Pieriks Pierkes Pierks Piero Pierrard
Pierre Pierrehumbert Pierret Pierri Pierro Pierron Pierroz Piersa Pierson Pierz Pierzak Piesik
Piesker Piestrzeniewicz Pieszak Pietarila Pietarinen Pietenpol Pieters Pietersen Pietilä Pietra
Pietrak Pietrangeli Pietrasiak Pietrasz Pietraszek Pietraszkiewicz Pietraś Pietrek Pietrewicz
Pietro Pietrus Pietrusiak Pietrusiewicz Pietryga Pietrzak Pietrzykowska Pietrzykowski Pietsch
Piette Piffaretti Pigafetta Pigasov Pigasova Pigasyev Pigasyeva Pigeon Piggott Pignat Pignatti
Pigott Piguet Piguła Pihelgas Pihkala Pihl Pihlak Piho Piir Piirainen Piirsalu Pijk Pijper
Pijpers Pik Pika Pikatsingkorn Pike Pikec Pikk Pikor Piková Piksa Pikul Pikula Pikyanski
Pilarek Pilarska Pilarski Pilarz Pilati Pilato Pilbín Pilegaard Pilet Pilgaard Pilgrim Pilich
Pilipczuk Pilipenko Piljek Pillai Pillay Pillema Pillen Pillet Pillon Pilloud Pilnyak Pilon
Pilote Pilz Pimenov Pimenova Pimenta Pin Pina Pinamonte Pinard Pincheira Pincherle Pinda Pinder
Pindor Pindral Pineau Pineault Pineda Pinedo Pinel Pinette Pingle Pingpank Pinheiro Pinho
Pinilla Pininfarina Pinnendaal Pinnock Pino Pinson Pinsonneault Pintar Pintarić Pintarič Pinter
Pinto Pintor Pintér Pinzón Pioch Piogóid Piotrak Piotrkowicz Piotrowiak Piotrowski Piotáin
Piovani Piovezan Piper Pipers Pippig Piquer Piquet Pirandello Pirard Pirc Pircher Pire Pirelli
Pires Piret Pirhonen Pirinen Pirker Pirlot Pirnat Piron Pirotte Pirson Pisacane Pisani Pisano
Pisarev Pisareva Pisaroni Pisemskaya Pisemskiy Pishchovkoleva Pishenko Piskor Piskorska
Piskorski Pison Pissin Pistoletto Piszcz Pitala Pitanga Pitanuwat Pitcher Pitek Pitirimov
Pitirimova Pitkänen Pitre Pitschugin Pittet Pittex Pittman Pitts Pitura Pituła Piuz Pivovarov
Pivovarova Piwarska Piwarski Piwek Piwowarczyk Piwowarek Piyashev Piyasheva Pizarro Pizetta
Pizoń Pizzamano Pizzeta Pizzetti Pizziol Pizzo Pizzol Piérard Piña Piñeiro Piñol Piórek Piątek
Piątkiewicz Pięta Piętka Piłka Pišút Pišútová Pjets Pjetsdóttir Pjetsson Pkemoi Pkov Pla Placa
Plak Plakhaar Plakidin Plakidina Plamondon Plana Planas Plank Plantak Plantard Plante Plantek
Planten Plantenkamp Plas Plaskota Plasman Plass Platajs Plath Platini Platonov Platonova Platov
Platova Plattner Platukhin Platukhina Platzer Plaucha Plauchová Plauk Plautz Plavec Plavecová
Plavilshchikov Plavilshchikova Plavucha Plavuchová Plaza Plažanin Plch Plchová Pleban Plebanek
Pleckenpoel Pleckenpoell Pleckenpol Pleckenpoll Pleckenpolsbosch Pleckenpolshuijsken
Pleeckenpoel Pleekenpoelshuisken Pleijtinck Pleisch Plekancová Plekanec Plekenpoel Plekenpol
Plekenpoll Plekkenpoel Plekkenpol Plerkenpol Pleskot Pletsch Pletschette Plettenberg
Plettenborgh Plewnia Pleśniak Pleše Plešivcová Plešivec Plich Plizga Ploeg Plomb Plona Ploom
Plopper Ploshchakov Plotegher Plotnikov Plotnikova Plotzitzka Plouffe Ploug Plourde Plover
Plozza Pluijm Pluim Pluimker Plukkel Plunn Pluta Plyunkova Plyushchev Plyushcheva Plyutsova
Pléimeann Pléimionn Plüss Pląskowscy Pniak Poakov Pobedonostsev Pobedonostseva Poblete Poborsky
Pochet Pochon Pochopień Pochroń Pociask Pocius Pock Poczta Początek Podeszwa Podgorodetskiy
Podgórna Podgórny Podgórska Podgórski Podhradská Podhradský Podistov Podistova Podkolzin
Podkolzina Podkonická Podkonický Podkowa Podleśna Podniece Podnieks Podpora Podsiadła Podsiadło
Podsiedlik Podushkov Podushkova Poederoi Poehn Poel Poele Poeles Poelhuijs Poelhuijsen
Poelhuijssen Poelhuis Poellhuijs Poelman Poelmans Poerio Poeschl Poesse Pogačnik Poget Poggia
Pogorzelec Pogorzelski Pohjola Pohl Pohland Pohle Poilhuis Point Pointner Poirier Poirot
Poissant Poisson Poitras Pokas Pokorny Pokorná Pokorný Pokos Pokrovskaya Pokrovskiy Pokrzywa
Pokuaa Pokusa Pol Pola Polak Polakiewicz Polanco Poland Polani Polasik Polaszek Polat
Polauaypon Polańska Polański Polderman Poldouck Pole Polesel Poleszak Polet Polevaya Polevoy
Polewka Polez Polfliet Polgár Polhuis Poli Poliak Poliaková Policht Polifka Polikarpov
Polikarpova Polinini Poliquin Polis Politowicz Polivanov Polivanova Poliyevktov Poliyevktova
Polizzi Polić Poljak Poljakov Polla Pollak Polland Pollard Pollet Pollich Pollini Pollmächer
Polloni Pollák Polláková Polman Polnik Polo Polokov Polokova Poloni Polonijo Polotskiy Polović
Polpo Poltavets Poltera Polti Polukarpov Polukarpova Poluyakhtov Poluyakhtova Poluyanov
Poluyanova Poluyekhtov Poluyekhtova Poluyektov Poluyektova Polyakov Polyakova Polyanovskaya
Polyanovskiy Polyanskaya Polyanskiy Polzer Polák Poláková Polányi Pomaa Pomares Pombo Pombreda
Pomerantsev Pomerantseva Pomerleau Pometta Pommers Pommier Pomp Pompa Pomyalovskaya
Pomyalovskiy Ponce Poncelet Poncet Ponci Poncin Poncini Pondov Pongelli Pongpanitch Pongrac
Poniedziałek Ponitzsch Ponomarev Ponomareva Ponomaryov Pons Pont Pontara Ponte Pontecorvo
Pontes Ponti Pontman Pontoppidan Ponzio Pooelhuis Pooepijnck Pool Poole Poolhuis Poolhus Poom
Poon Poopijnck Poort Poos Pop Popa Pope Popek Popescu Popielarczyk Poplavskaya Poplavskiy Popov
Popova Popović Popovska Popovski Poppe Poppel Poppelman Poppers Poppezijn Poppinck Poppink
Popugayev Popugayeva Porcel Porcellato Porchet Poreda Poretti Porfiryev Porfiryeva Poropat
Porowska Porowski Porras Pors Porsche Porse Porskamp Porta Portal Porte Porteners Porter
Portero Porth Portier Portilio Portilla Portillo Portka Portman Portmann Portner Porto Porubjak
Porubjaková Porwoł Porzio Porzucek Posada Posalee Posavec Posch Poschmann Poser Poslon Posmyk
Pospiech Pospieszalska Pospieszalski Pospíšil Pospíšilová Pospěch Posse Possebon Post Postawa
Posti Postl Postma Posłuszna Posłuszny Pot Potaczek Potapov Potapova Potapyev Potapyeva
Pothanun Pothier Pothof Potier Potoczek Potoczna Potok Potočnik Pott Pottel Potter Potters
Pottier Potts Potvin Potyrała Potęga Pou Poucke Poudrier Pouget Poulain Poulet Poulin Pouliot
Pouliquen Poulsen Pouros Poutiainen Pouw Povilonis Povlsen Povondra Powała Powałka Powell Power
Powers Powierża Powlowski Powązka Poyrazoğlu Poza Pozamantir Pozder Pozgalyov Pozinni Pozo
Pozuelo Pozzecco Pozzo Poçan Połetek Połom Pośnik Pośpiech Poška Požega Pra Praag Praagh Praba
Prabhakar Prabhu Prabowo Prachayaroch Pracz Praczyk Prada Pradana Pradhan Pradipta Prado Praest
Praet Praga Prager Prah Prakalpawong Prakasa Prakash Pralong Prange Prangen Pranger Pranjić
Pranowo Prantl Praoidheáil Prasad Prasasta Prasek Prasetya Prasetyo Prashad Prashkevich
Prastuti Prat Prata Pratama Prates Pratesi Prati Pratiwi Prats Pratt Pratte Pravato Prawdzik
Praxmarer Prayoga Prayoonhong Praz Prażmo Prażuch Prchal Preciado Preda Preder Prediger
Predovan Predovic Preisig Preiß Prejs Prelec Prem Premero Premoli Prempeh Prendergast Prenner
Prentice Preočanin Pressler Preston Preta Prete Preuk Preus Preuss Prevost Prevot Prey Preś
Prial Pribanić Price Priede Priedīte Priedītis Priego Priemer Priest Priester Prieto Prieur
Prigent Prigov Prigova Prigozhin Prigozhina Prijntinck Prikhodko Prikk Prilepin Prilepina Prima
Primachenko Primeau Primožič Prince Pringle Prinkkala Prinov Prins Prinsen Prinssen Printinck
Prinz Prinzen Priondargás Priondragáis Priongalóid Prior Priore Priselac Prishvin Prishvina
Pristavkin Pristavkina Pritchard Pritula Priuli Privalov Privalova Privet Priymak Prndachka
Probst Procacci Procek Proch Prochownik Procházka Procházková Procter Proctor Prodi Prodon
Produit Prohaska Proietti Proinnsias Prokhanov Prokhanova Prokhorov Prokhorova Proklov Proklova
Prokofyev Prokofyeva Prokop Prokopczuk Prokopczyk Prokopiak Prokopivich Prokopov Prokopova
Prokopovich Prokopyev Prokopyeva Prokurat Pronobis Pronovost Pronzini Proost Prorokov Prorokova
Prosacco Proshin Proshina Proshkov Proske Prosman Prosper Prospero Prospers Prost Prostak
Prosvirnin Prosvirnina Protasiuk Protasov Protasova Protasyev Protasyeva Protoklitov
Protoklitova Protsenko Proulx Prouse Proust Provencher Provendel Provost Proykova Proć Prpić
Prskalo Prtenjača Pruchnik Prucnal Prudhomme Prudnikov Prudnikova Pruitt Pruneau Pruschke
Prutkov Prutkova Pruul Pruvost Prvanova Pryal Prygiel Pryk Prystupa Pryszcz Przeklasa Przekop
Przekwas Przeniosło Przerwa Przewalska Przewalski Przewoźna Przewoźniak Przewoźnik Przewoźny
Przewłoka Przeździecka Przeździecki Przybycień Przybylski Przybyś Przypkowska Przypkowski
Przystupa Præst Pré Prévost Príors Pröll Průcha Pszczółka Ptacek Ptaczek Ptaček Ptechkova Ptok
Pták Ptáček Ptáčková Puc Pucci Puccini Puch Puchała Pucher Puchkov Puchkova Puchner Puckett
Pudeyev Pudeyeva Pudełek Pudjiastuti Pudov Pudova Puech Puente Puentes Puerta Puga Puggaard
Pugh Pugliese Puglisi Puhakka Puharić Puhvel Puig Puijts Puirséal Pujadas Pujol Pukk Pukki
Pukluš Puklušová Pulci Pulev Pulfer Pulgar Pulido Puljiz Pulk Pulkkinen Pull Pulliainen Pulszky
Pundel Punt Punter Puntigam Punz Pupek Pupkin Pupkina Puppim Puppo Pupák Pupáková Puranen
Purcelewska Purcelewski Purcell Purdy Puri Puriņa Puriņš Purmale Purmals Purnawati Purohit
Purwanti Pusch Pushkar Pushkin Pushkina Puskás Puspasari Puspita Pustovit Pusz Put Putallaz
Putek Putin Putina Putinja Putman Putmans Puto Putra Putten Putz Puurunen Puusepp Puustinen
Puła Pułka Puška Puškarić Pušková Puškár Puškárová Pușcașu Pyanov Pyanova Pyc Pych Pyda
Pyetsukh Pyrick Pyrkosz Pyrz Pysz Pyszczek Pyszka Pyszny Python Pytko Pytlarz Pyza Pyzel Pyziak
Pyć Pyś Páez Páidín Páirceir Pál Pálka Pálls Pálmadóttir Pálmars Pálmason Pálmis Pásztor
Pázmány Pärn Pärna Pärnpuu Pärssinen Pärtel Pärtzelt Pääkkönen Päätalo Pålsson Péclat Péloquin
Pépin Pérez Péter Péts Pétsdóttir Pétsson Pêgas Póil Pólya Półchłopek Põder Põdra Põld Põldma
Põldmaa Põllu Pöche Pöge Pölitz Pöll Pöllänen Pölzl Pöschl Pühringer Püvi Pērkona Pērkons
Pęciak Pędrak Pędzik Pęksa Płaneta Płocharczyk Płodzień Płoskonka Płócienniczak Přibyl Přindiš
Pənahov Qaasim Qabeel Qabiloğlu Qadar Qadeer Qafarov Qafurbəyli Qahtan Qaim Qais Qarabağlı
Qaseem Qasif Qasımov Qian Qiao Qin Qiu Qomazitha Qoçulu Qoşalı Quade Quadir Quaglia Quagliata
Quaide Qualter Quaranto Quaresma Quartararo Quartenoud Quartey Quartezani Quartier Quarto
Quartuccio Quasimodo Quattro Quattrone Quattrucci Queally Queenane Queiroz Queirós Queloz
Quenneville Quentin Quercia Quere Querin Querini Quero Querol Querreveld Quesada Quesen Quesnel
Quevedo Quezada Quigley Quigney Quijada Quilici Quill Quillet Quillinan Quilty Quin Quinelato
Quinlan Quinlivan Quinn Quinney Quinny Quinta Quintairos Quintal Quintana Quintanilla Quintero
Quinteros Quintiliani Quinto Quintus Quiquerez Quirino Quirion Quirke Quiroga Quiros Quiroz
Quirós Quispe Quist Quitzon Quiñones Quiñónez Qurbanlı Qurbanov Qusay Qutaybah Qutqaşınlı
Quévillon Qvist Qwabe Qwitinck Qədirzadə Qəhrəmanlı Qənizadə Raa Raab Raabe Raadik Raag Raaghib
Raahauge Raakin Raalands Raamat Raashid Raassink Raatib Raatikainen Raba Rabah Rabar Rabb
Rabbani Rabbitte Rabee Rabelijnck Rabelinck Rabelincks Rabelink Rabello Rabelo Raben Rabenstein
Rabhartaigh Rabhi Rabhlaigh Rabia Rabiah Rabiej Rabito Rabitsch Rabl Rabotnikov Rabotnikova
Racanelli Racca Raccio Racette Rach Rachedi Rachkov Rachkova Rachtagáin Racicot Racine Racioppi
Raciti Rackham Raco Raczkiewicz Raczyńska Raczyński Radchenko Radder Radelić Rademaker
Rademakers Radhakrishnan Radi Radice Radijs Radin Radinović Radisch Radishchev Radishcheva
Radivonov Radivonova Radić Radke Radko Radl Radman Radnóti Rado Radojković Radolović Radosta
Radović Radočaj Radošević Radstaak Radstaake Radstaat Radstake Radtke Radugin Radugina
Radwańska Radwański Radzewicz Radziewicz Radzinskaya Radzinskiy Radzio Radzińska Radziński
Raebelink Raed Raee Rael Raemaekers Raemdonck Raemy Raes Raesehorn Raesfeldt Raesfelt Raeshorn
Raesveld Raesvelt Raetman Raetmans Raetmers Raey Raeymaekers Rafaels Rafalska Rafalski Rafay
Rafeek Raffa Raffaele Raffaelli Rafferty Raffetto Raffin Raffo Rafi Rafn Rafnars Rafnkells
Rafnkelsdóttir Rafnkelsson Rafns Rafter Raftery Raftis Ragan Ragazzi Ragazzo Raggio Raghaill
Raghaille Raghallaigh Raghavan Raghna Raghnaill Ragnars Ragnarsson Ragno Rago Ragona Ragone
Ragonese Ragosta Ragot Ragozzino Ragucci Ragus Ragusa Raguž Ragúels Rahal Rahayu Rahbek Raheel
Rahija Rahilly Rahimah Rahkonen Rahman Rahmani Rahmawati Rahmoune Rahmouni Rahn Rahtman Rai
Raia Raid Raidma Raifearta Raifteirí Raighill Raighilligh Raighle Raighne Raight Raigne Rails
Raimo Raimondi Raimondo Rainaldi Rainer Raineri Rainville Raiola Rais Raita Raith
Raithbheartaigh Raithile Raj Raja Rajagopal Rajagopalan Rajala Rajan Rajasa Rajata Rajch
Rajchel Rajczak Rajczyk Rajda Rajh Rajković Rajman Rajn Rajtar Raju Rajčić Rak Rakela Rakhimov
Rakhimova Rakhmatullin Rakhmatullina Rakov Rakova Rakovan Rakovanová Raková Rakuljić Rakus
Raleigh Raljević Rallaigh Rallo Ram Rama Ramaaker Ramachandran Ramadan Ramadani Ramadhan
Ramaekers Ramaglia Ramaj Ramaker Ramakers Ramakrishnan Raman Ramanathan Ramaswamy Ramazzotti
Ramdani Ramdedovic Ramecker Rameckers Ramel Ramella Ramelli Ramesh Rametta Ramirez Ramiro Ramis
Rammaker Ramos Ramotowska Ramotowski Rampino Rampone Rampulla Ramqaj Ramsauer Ramsay Ramseier
Ramsey Ramu Ramírez Ramón Ramšak Rana Ranalli Ranallo Rancourt Rand Randall Randazzo Randhawa
Randles Randmaa Rando Randoja Randolph Randrup Randvers Raneri Raney Ranftl Ranganathan Rangel
Rangelov Rangen Ranger Ranglink Ranieri Raniszewska Raniszewski Ranno Rannvers Ranta Rantala
Rantanen Rantsov Rantsova Ranucci Ranz Rao Raol Raoul Rapa Rapin Rapisarda Rapisardi Rapone
Raposo Rapp Rappa Rappaz Rappo Rapraz Rapuano Rasała Rasch Raschle Rascón Rasehorn Raselli
Rashid Rasink Rask Raske Raskin Rasmus Rasmusdatter Rasmusen Rasmussen Rasmusson Raso Raspa
Raspor Rasputin Rasputina Rassato Rastelli Rastija Rastoder Rastogi Rastorguyev Rastorguyeva
Raszewska Raszewski Raszkiewicz Rataj Ratajczak Ratemo Raterink Rath Rathaile Rathallaigh
Rathum Ratilainen Ratka Ratke Ratliff Ratnikov Ratnikova Ratstaak Ratta Rattan Ratti Rattigan
Ratto Ratté Ratum Rau Rauber Raubuch Rauch Rauchenstein Raud Raudsepp Rauerdink Rauhala Raukuc
Rault Raun Raurica Rausch Rauscher Rauseo Rausis Rauta Rautamaa Rautenkranz Rauter Rautiainen
Rautio Rauwerdijnck Rauwerdinck Rauwerdink Rauwerts Rauwertsz Rauwertz Ravaglioli Raval Ravel
Raven Ravenstein Raveswaaij Ravi Ravn Rawa Rawerdijnck Rawerdinck Rawert Rawley Rawyler Ray
Raya Rayel Rayhonova Raymaker Raymann Raymond Raymondaz Raynal Raynaud Rayner Raynor Rayyonova
Razal Razo Razvozhayev Razvozhayeva Razza Razzano Rađenović Rašeta Rašić Raźniak Raźny Ražov
Rduch Re Rea Reachtabhair Reachtabhra Reachtagáin Reachtain Reachtair Reachtaire Reachtar
Reachtúire Read Reade Reader Readymake Real Reale Reali Realmuto Reanacháin Reannacháin Reardon
Reavy Rebane Rebecca Rebetez Rebić Rebolledo Rebollo Rebord Reboul Rebozzi Rebrik Recchia
Recchio Recer Recers Rechberger Rechcigl Recher Rechsteiner Recine Recio Reck Reckinger Reckman
Reckmans Recla Recupero Reda Reddin Reddy Redeker Redi Redican Reding Redko Redl Redlicka
Redlicki Redmond Redondo Redyk Reeckers Reeckman Reeckmans Reed Reede Reehorst Reekeman Reekers
Reekman Reekmans Reemes Reems Reen Reenen Reentjes Reerinck Reerink Rees Reese Reesinck Reesing
Reesink Reeskinck Reessinck Reessink Reeszink Reetstap Reeves Refs Refsdóttir Refsgaard Refsson
Rega Regalado Regalia Regan Regazzi Regazzoni Rege Regge Reggio Regiani Regina Reginato
Reginbalds Reginbaldsdóttir Reginbaldsson Reginns Regis Regli Regnell Regnier Regotz
Regterschot Reguera Regulska Regulski Regusci Rehmann Rehn Rehnquist Rehorst Rehwagen Rehák
Reiber Reich Reichardt Reichel Reichenbach Reicher Reichert Reichholt Reichl Reichlin Reichling
Reichmann Reichmuth Reid Reidars Reidy Reierink Reif Reifenrath Reifnirs Reig Reijerdinck
Reijerink Reijers Reijmans Reijmes Reijnder Reijnders Reijniers Reijonen Reikes Reilink Reilly
Reimann Reimars Reimelink Reimer Reimerink Reimes Rein Reina Reinars Reinbacher Reinberg
Reinder Reinders Reindl Reinehr Reinelt Reiner Reinert Reinger Reinhard Reinhardt Reinhart
Reinharts Reinholds Reinhout Reinikainen Reinisch Reinke Reinmann Reino Reinprecht Reinsalu
Reinthaler Reis Reischl Reiser Reising Reisinger Reisner Reist Reitano Reitbauer Reiter
Reiterer Reithil Reithofer Reitinger Reitze Rej Rejek Rejmak Rejmer Rejniak Rejtő Rek Rekemchuk
Reker Rekers Rekkers Rekman Rekola Rella Relliker Remacle Rembacz Rembisz Remes Remezov
Remezova Remiszewska Remiszewski Remizov Remizova Remken Remmel Remmelinck Remmelink Remmerde
Remmers Remnyov Remond Rempel Remtema Remund Remy Reményi Ren Renaldi Renaldo Renard Renaud
Renaudin Renault Renda Rende Renderbuss Renders Rendina Rendine Rendulić Rendón Renehan Renes
Renevey Renfer Rengelink Rengenijte Rengerdinck Rengerdink Rengers Renggli Rengifo Renier Renk
Rennedink Renner Rennerdijnck Rennerdinck Rennerdink Rennershuijsken Rennershuysken Renoir
Renou Rens Renschers Rensen Rensgers Rensi Rensijnck Rensin Rensinck Rensing Rensink
Rensinkhuisken Renskers Renson Rensschers Renssijnck Renten Rentería Rentiens Rentinck Renting
Rentink Rentz Rentzink Renz Renzetti Renzi Renzink Renzo Renzoni Renzulli Renão René Reo
Repetti Repetto Repiská Repiský Repnikov Repnikova Repo Repond Reppin Reppucci Requena Rerinc
Reringh Rerink Resanović Resch Rescigno Resijnck Resinck Resink Reslink Resnik Resolen Respighi
Ressa Resta Restaino Restifo Restivo Restle Restorff Restrepo Restuccia Reszels Reszke Reséndez
Retamal Retamales Retbergen Rettenbacher Retzke Reuber Reumann Reumers Reurink Reus Reuselinck
Reuselink Reusink Reuss Reusse Reusselinck Reusselink Reusser Reussinck Reutemann Reuter
Reutimann Reuvelink Reuwer Reva Revaz Revehorst Revel Revello Reverdink Revilla Rexink
Rexwinckel Rexwinkel Rey Reyes Reymond Reyna Reynaert Reynalds Reynard Reynars Reynaud Reynder
Reynders Reynell Reynirs Reynolds Reynoldson Reynoso Reyrs Rezende Rezig Rezler Rezmer
Rezzonico Rećko Rhatigan Rhattigan Rhebergen Rheder Rhee Rheede Rheehorst Rhehorst Rheineck
Rhemen Rhines Rhoades Rhoden Rhodes Rhoerdinck Rhoerdink RhoerdinkHolder RhoerdinkVeldboom
Rhoirdinck Rhyner Rhyte Rhéault Rhéaume Riabhaigh Riada Riagáin Riain Riallaigh Rianda Riardáin
Riascos Riat Riatto Riba Ribarić Ribas Ribben Ribbers Ribbink Ribeira Ribeiro Riber Ribera
Ribes Ribi Ribić Ribičić Ricard Ricart Ricarte Ricca Riccardi Riccardo Riccati Riccelli Ricci
Ricciardelli Ricciardi Riccio Riccitelli Ricciuti Ricco Riccobono Rice Rich Richard Richardi
Richardová Richards Richardson Richardsson Richelts Richer Richey Richichi Richie Richina
Richmond Richolt Richter Richtár Richtárová Ricigliano Rickard Rickelink Rickenbacher
Rickerdinck Rickers Rickli Rickmeyer Rico Ricolfi Riddele Ridder Ridderhof Ridders Riddle Ridge
Ridire Rieckerdinck Riedel Riedeman Riedener Rieder Riedi Riediger Riedijk Riedl Riedler
Riedmann Riedo Rieger Riegler Riehl Riekmann Riekstiņa Riekstiņš Riem Riemes Riendeau Riener
Rienzo Riepl Riera Riermeier Ries Rieser Riester Riesz Riet Rietberg Riete Riethmüller
Riethorst Rietkötter Rietmans Rietmüller Rietscher Rietstap Rietveld Riffo Rigal Rigali Rigano
Rigaud Rigaux Riggelink Riggi Riggio Riggs Righetti Righi Righter Rigney Rigo Rigoli Rigon
Rigone Rigoni Rigotto Rigozzi Riguetto Riha Rihová Rihs Riihimäki Riikonen Riis Riise Rijcken
Rijckers Rijcx Rijd Rijdman Rijetković Rijett Rijkerdijnck Rijkers Rijks Rijn Rijnder Rijnders
Rijne Rijnmans Rijnsbergen Rijntjes Rijswijck Rijt Rijthoven Rijtman Rijtmans Rikharðs
Rikharðsdóttir Rikharðsson Rikkadóttir Rikkason Rikke Rikkers Rikkinga Rikkus Riley Rime
Rimpopov Rimskaya Rimskiy Rinaldi Rinaldo Rinaudo Rincón Rindlisbacher Rindom Rindone Rinella
Riney Ring Ringel Ringer Ringgaard Ringgenberg Ringhofer Ringuette Rini Rink Rinn Rinnan Rinne
Rinner Rintala Rio Rioba Riocaird Riojas Riolláin Riolo Riopel Riordan Rios Riotto Riou Rioux
Ripa Riphagen Ripken Ripoll Ripperda Rippey Rippin Rippstein Riquelme Risager Risch Risek Risi
Riske Risma Rismondo Rispalge Rissanen Rissari Risse Rissi Risteard Ristovska Ristovski Rita
Ritacca Ritchie Ritler Ritman Ritmans Ritosek Ritoša Ritschel Ritter Ritters Rittser Rittweg
Ritz Ritzema Rius Riva Rivard Rivas Rivera Riverin Rivero Riveros Rivers Rivest Rivet Riviere
Rivière Riyanti Rizatto Rizenente Rizzato Rizzi Rizzo Rizzoli Ričko Riša Riška Riško Rišková
Rišo Rišová Roa Roach Roache Roarke Roarty Roba Robadey Robaszkiewicz Robatel Robb Robben
Robber Robbiani Robbins Robbrechts Robel Roberge Roberson Robert Roberto Roberts Robertson
Robertsson Robeson Robhacháin Robhartaigh Robi Robichaud Robidoux Robillard Robin Robinet
Robinson Robitaille Robiyayeva Robledo Robles Robski Robson Robyr Roca Rocamora Rocca
Roccabonella Roce Roch Rocha Rochat Roche Rochefort Rocheleau Rocher Rochette Rochetti Rochite
Rochon Rochowiak Rock Rocka Rockes Rocki Rockmeier Rocks Roczniak Roda Rodacháin Rodaigh
Rodarte Rodaí Rodchenkov Rodchenkova Rodde Rodden Roddy Rode Rodehau Roden Roder Rodespijker
Rodgers Rodier Rodionov Rodionova Rodivonov Rodivonova Rodowski Rodrigo Rodrigue Rodrigues
Rodriguez Rodriques Rodriquez Rodrígez Rodríguez Rodríquez Roduit Rodzeń Rodáin Roe Roebers
Roeck Roecker Roecks Roecx Roed Roedinck Roehorst Roeijen Roekers Roekes Roel Roelandt Roele
Roelevinck Roelfs Roelink Roelofs Roelofsen Roelofsz Roels Roelvinck Roelvink Roemer Roemers
Roenhorst Roer Roerdinck Roerdinholder Roerdink Roerdink-Veldboom Roerdink-veltboom
Roerdinkholder Roerdinklo Roerdinkschaapschot Roerdinkschaepschot Roerdinkschoppe
Roerdinkveldboom Roerdinkveltboom Roerdynck Roero Roes Roeselinck Roesink Roesselinck Roessinck
Roessink Roeterdinck Roeterdink Roeterinck Roeterink Roeters Roetterdink Roex Roffler Rogacz
Rogahn Rogal Rogalska Rogalski Roger Rogers Rogerson Roggatz Rogge Roggen Roggeveen Rogiers
Roglinius Rogner Rogov Rogova Rogowski Rogošić Rogula Roguska Roguski Rogério Roh Rohaan Rohan
Rohde Rohleder Rohländer Rohner Rohr Rohrbach Rohrer Rohrmoser Roht Rohtla Roháč Roháček
Roháčeková Roháčik Roháčiková Roháčová Roibín Roig Roijacker Roijackers Roijakker Roijakkers
Roijen Roijkes Roinestad Roirdinck Roithleáin Roix Roj Rojas Rojek Rojeková Rojka Rojko Rojková
Rojnić Rojo Rok Rokes Rokkjær Rokossa Rolak Roland Rolaz Roldan Roldán Roleder Rolek Rolfs
Rolfson Rolla Rolland Rolle Rollen Roller Rolleri Rollet Rolli Rollier Rollin Rollinger Rollins
Roloff Rolofs Rolón Roma Romagnoli Romaguera Romain Roman Romanchuk Romanelli Romanello
Romanenko Romanens Romanets Romanholi Romani Romaniak Romaniello Romanini Romankiewicz Romano
Romanov Romanova Romanowicz Romanowski Romančík Romančíková Romazanov Romazanova Romańczyk
Romańska Romański Rombaut Rombouts Romckes Romeijn Romeijnders Romeijnsen Romein Romejko Romeo
Romer Romero Romeu Romijn Romijnders Romijnsen Romiti Romito Romo Romp Rompa Rompaey Rompay
Rompaye Rompu Rompuy Romunde Romundstad Román Romão Ronalds Ronan Ronayne Ronca Roncalli
Roncheti Ronchetti Ronchetto Ronco Roncone Ronde Rondeau Rondez Rondinelli Rondon Ronerdink
Ronhaar Ronkainen Rono Ronoh Ronqueti Roo Roob Roobers Roockes Roocks Roode Roodesteijn Roodt
Rooelvinck Rooerdinck Rooes Rooetterinck Rooiakker Rooiakkers Rooij Rooijakker Rooijakkers
Rookes Rookhuizen Rooks Room Rooney Roordinck Roos Roosa Roose Roosegaar Roosen Roosenboom
Roosevelt Roosileht Roossink Roost Rooterdink Roothuis Roots Roover Rop Ropero Ropiak Roppolo
Ropraz Roque Roques Rorat Rordinck Roriz Ros Rosa Rosada Rosado Rosales Rosalina Rosamilia
Rosania Rosano Rosario Rosas Rosasco Rosati Rosato Rosbach Roscamp Roschenbleek Roschenblok
Roschinsky Rose Rosegaarden Roselinck Rosell Roselli Rosellini Roselló Rosemann Rosen Rosenauer
Rosenbauer Rosenbaum Rosenberg Rosenberger Rosenblad Rosendael Rosendahl Rosendal Rosengaarden
Rosengren Rosenhagen Rosenkilde Rosenow Rosenquist Rosenqvist Rosenthal Rosero Rosetta Rosetti
Roshlov Rosi Rosica Rosický Rosiello Rosier Rosiers Rosijr Rosin Rosina Rosini Rosink Rosinová
Roskamp Roskosz Roskoth Roskothen Roskoványi Rosksch Rosmini Rosner Roso Rosová Rosołek Rospas
Ross Rossa Rossano Rossato Rossberg Rosseel Rosselat Rosselet Rosselinck Rossellat Rosselli
Rossellini Rossello Rosselló Rossem Rossen Rosset Rossetti Rossetto Rossi Rossier Rossignol
Rossim Rossin Rossini Rossiter Rosskamp Rossler Rossmann Rosso Rosson Rossoni Rossum Rossé Rost
Rostes Rostov Rostova Roszkiewicz Roszko Roszkowska Roszkowski Rosztóczy Rosário Rosén Rosłon
Rosłoń Rota Rotbeeke Rotella Rotelli Roter Rotermund Rotgers Roth Rothallaigh Rothenbühler
Rother Rothlainn Rothmund Rothuis Roti Rotich Rotman Rotmans Rotondi Rotondo Rots Rotta
Rottensteiner Rotter Rotteveel Rottiers Rottmans Rottstegge Rotunda Rotundo Rotunno Rotz
Rougier Rougoor Rouhof Rouhol Rouhorst Rouhov Rouillard Rouiller Roukamp Roukes Rouleau Roulet
Roulin Roura Rourke Rousseau Rousseaux Roussel Rousselet Rousselle Rousset Roussinck Roussy
Rout Routhier Rouwbroecks Rouwenhorst Rouwerding Rouwers Rouwhof Rouwhorst Rouwkamp Roux Rouxel
Rouyer Roveda Rovelli Rovira Rowan Rowe Rowerdink Rowland Rowlands Rowley Roy Roybal Royer Royo
Roza Rozanov Rozanova Rozario Rozas Roze Rozgonyi Rozhkov Rozhkova Roziyayeva Rozman Rozmiarek
Rozum Rozumek Rozynek Rozīte Rozītis Roś Rožič Rožman Rua Ruacháin Ruadhainn Ruadhcháin
Ruadháin Ruaidhe Ruaidhinn Ruaidhrí Ruaidhín Ruairc Ruanadha Ruanaidhe Ruanaí Ruane Ruano
Ruanáin Rubacha Rubaj Ruban Rubanov Rubanova Rubben Rubbia Rubene Rubenis Rubens Ruberto
Ruberts Rubets Rubeša Rubilar Rubin Rubina Rubinić Rubinowicz Rubio Rubli Rubík Rubíková Rucamp
Ruch Ruchała Ruchet Ruckdeschel Rudaigh Rudaj Rudas Rudaz Rudden Ruddy Ruden Rudik Rudin
Rudkins Rudko Rudnicka Rudnicki Rudolf Rudolfs Rudolph Rudols Rudowicz Rudyk Rudzik Rudzīte
Rudzītis Ruecker Rueda Ruedin Ruef Ruel Ruelas Ruell Ruelle Rueselijnck Rueselink Ruesink
Ruessinck Ruessink Ruest Ruevekamp Ruf Rufener Rufer Ruffa Ruffieux Ruffini Ruffínyi Rufino
Rugero Ruggeri Ruggieri Rugut Ruh Ruhkamp Ruhof Ruhofs Ruhoofs Ruhshonova Rui Ruijs Ruijsch
Ruijters Ruill Ruisink Ruiséal Ruiter Ruiterkamp Ruiters Ruitters Ruiz Rukamp Rukavina Rule
Ruman Rumaysayeva Rumjantsev Rumo Rumora Rump Rumpade Rumpes Rumpf Rumps Runadóttir Runason
Runis Runolfsdottir Runolfsson Runte Runólfs Runólfsdóttir Runólfsson Ruohonen Ruoss
Ruotsalainen Rup Rupnik Rupp Ruppen Ruppersberger Ruppert Rupprecht Ruqiyayeva Rurarz Rurka Rus
Rusakov Rusakova Rusca Rusch Rusek Ruselink Rush Rushton Rusiniak Rusink Rusko Rusková Ruslink
Rusnak Rusnák Rusnáková Rusová Russel Russelink Russell Russi Russo Rust Rusticucci Ruszczak
Ruszel Rusňak Rusňák Rusňáková Rut Rutar Rutbeeke Rutgers Ruth Rutherford Rutishauser Rutkowski
Rutledge Ruto Rutowicz Rutten Rutters Rutto Ruud Ruurdink Ruus Ruuskanen Ruwa Ruwenhof Ruwhoff
Ruz Ružić Ružička Ružičková Ryabchenko Ryabets Ryaboshapka Ryabov Ryabova Ryabovil Ryan Ryba
Rybakov Rybakova Ryberg Rybicka Rybicki Rybińska Rybiński Rybníček Rybníčeková Rybus Rybár
Rybárik Rybáriková Rybárová Rycerz Rychcik Rychel Rychert Rychlewska Rychlewski Ryck Rycke
Ryczko Rydberg Ryder Rydén Rye Ryfa Ryguła Ryjikh Rykała Rykenboer Rylander Ryle Ryleyev
Ryleyeva Rylnikov Rylnikova Rymarz Rymkiewicz Ryndak Rynn Rynne Rys Rysev Ryseva Ryskamp
Ryskulov Ryskulova Rysová Rysz Ryszkiewicz Rytkönen Rytman Rytter Rytz Ryynänen Ryzhonok Ryzih
Ryznar Ryś Ryš Ryša Ryška Ryško Ryšková Ryšová Rzaquluzadə Rzepecka Rzepecki Rzeszut Rzeszutko
Rzeźniczak Rzeźniczek Rzhevskaya Rzhevskiy Rzońca Rzucidło Rząca Rząd Rác Rácz Rághaill Ráighle
Ráighne Ráinne Ránaigh Rátz Ráðgeirs Ráðvarðs Ráðvarðsdóttir Ráðvarðsson Räber Rädel Rädler
Räikkönen Räisänen Räntsch Räsänen Rätsep Räty Rätz Råberg Réagáin Réamoinn Réamonn Réboli
Rédei Réill Rémillard Rémy Rérat Révai Rí Ríkarðs Ríkarðsdóttir Ríkarðsson Ríkharðs
Ríkharðsdóttir Ríkharðsson Ríle Río Ríogh Ríoghbhardáin Ríogáin Ríordáin Ríos Rís Ríós Róberts
Rócháin Ródenas Róisde Róiste Róka Rólants Róláin Róm Rómans Rómeós Rómová Rónáin Rós
Rósadóttir Rósants Rósars Rósason Rósbergs Rósenbergs Rósinbergs Rósinkars Rósinkrans Rósis
Rósmanns Rósmunds Rósmundsdóttir Rósmundsson Rózsa Różak Różańska Różański Różewicz Różycka
Różycki Röck Rödiger Rögnvalds Rögnvaldsdóttir Rögnvaldsson Rögnvars Röhrdanz Röhricht
Rökkvadóttir Rökkvason Rökkvis Rölli Röllin Römer Rönkkö Rönnlund Rönström Rörricht Rösch Röse
Rössler Rösti Röthlisberger Röttger Rövşənov Röðulls Rømer Rønn Rønne Rønning Rúbars Rúbens
Rúbia Rúdólfs Rúfus Rúfusová Rúnaidhe Rúnars Rúnú Rúriks Rúts Rútsdóttir Rútsson Rúáin Rücker
Rüdiger Rüdisüli Rüede Rüeger Rüegg Rüegger Rüegsegger Rüesch Rüfenacht Rüffieux Rüstəmli Rüter
Rüütel Rýs Rýsová Rączkowska Rączkowski Rębiś Růžička Růžičková Rəhimbəyli Rəhimli Rəhimov
Rəhmanova Rəsulzadə SHAO SHE SHEN SHENG SHIH SHU SU SUN SUNG Sa Saabir Saad Saadi Saafir Saahir
Saajid Saal Saalim Saalmans Saaltink Saaqib Saar Saare Saarela Saarelainen Saari Saarijärvi
Saarinen Saariyah Saastamoinen Saavedra Sabah Sabak Sabatelli Sabater Sabatier Sabatine
Sabatini Sabatino Sabała Sabbatini Sabbe Sabeeh Sabela Sabella Sabelo Sabetta Sabharwal Sabil
Sabino Sabinova Sabiq Sabir Sablin Sablina Sabljak Sabol Saboor Sabotic Sabourin Sabri
Sabrinova Sabuncu Sabur Saburah Saccente Sacchi Sacco Saccoccio Saccomanno Saccone Sachar
Sacharczuk Sachdev Sachdeva Sachenko Sachse Saci Sack Sacramento Sacristán Sacré Saczuk Sadan
Sadaqat Saddamov Sadeed Sadek Sadelaer Sadeler Sadelers Sadelhof Sadiku Sadiqov Sadiyeva Sadlak
Sadlik Sado Sadoch Sadofov Sadofova Sadofyev Sadofyeva Sadownik Sadowska Sadowski Sadowy
Sadulayev Sadulayeva Sadur Sadura Sadvakasov Sadvakasova Sady Sadykov Sadykova Sadza Sadıklar
Sadıxov Sadıxova Sadłocha Saefullah Saelens Saeli Saelminck Saez Safari Saffi Safinayeva
Safitri Safiyeva Saflanis Safo Safoaa Safonov Safonova Safronov Safronova Safírs Sagafe Sagal
Sagar Sagatov Sagatova Sagen Sager Sagers Sagese Saggese Saggio Sagmeister Sagnelli Sagona
Sagonas Sagredo Saha Sahin Sahl Sahli Sahlin Sahner Sahni Sahota Sahraoui Said Saidani Saidi
Saidov Saidova Saijnkhorst Saile Sailer Saina Saini Sainio Sainz Sair Saiter Saito Saitoti
Saitta Saiz Saj Sajda Sajewicz Sajnóg Sakalauskas Sakamoto Sakarya Sakarías Sakač Sakharnov
Sakharnova Sakhnovskaya Sakhnovskiy Sakin Sakina Sakinayeva Sakiyev Sakiyeva Saks Saksen Sakwa
Sala Salach Saladin Saladino Salah Salahlı Salahudin Salaj Salajka Salajková Salajová Salako
Salamanca Salami Salamin Salamone Salamoğlu Saland Salandra Salas Salat Salata Salatino Salaun
Salawa Salazar Salce Salcedo Salcher Salcido Saldaña Saldivar Saldivia Saldutti Saldías Saleh
Salem Salemi Salemink Salemons Salera Sales Salet Saletta Salgado Salgari Salhi Salicka Salicki
Salieri Salihi Salim Salinas Saliy Salle Salles Sallin Sallinen Salling Salm Salmanns Salmars
Salmela Salmen Salmeri Salmerón Salmi Salmina Salminen Salmon Salnikov Salnikova Salo
Salohiddinov Salom Salomaa Salomatov Salomatova Salome Salomon Salomone Salomons Salomonsen
Salomonsson Salomão Salone Salonen Salopek Salow Salu Salumets Salumäe Salvador Salvadore
Salvadori Salvaggio Salvago Salvars Salvati Salvato Salvatore Salvatori Salvemini Salvetti
Salvi Salvini Salvino Salvo Salvucci Salvà Salwin Salz Salzano Salzer Salzgeber Salzillo
Salzmann Salómons Sam Sama Samancı Samandarov Samaniego Samardžić Sambarch Sambarg Sambargh
Samberg Sambergh Samek Samel Samele Samelová Samendinger Sameya Sameľ Sameľová Sami Samiec
Saminova Samirov Samirova Samiyeva Sammarco Sammartino Sammer Sammert Sammon Sammy Samoei
Samokhodov Samol Samoraj Samosir Samoy Samoylenko Samoylov Samoylova Sampaio Sampath Samper
Sample Sampson Samra Samson Samsonov Samsonova Samsonová Samsonowicz Samsons Samuel Samuelová
Samuelsen Samuelsson Samul Samulak Samwel Samylin Samylina Samylov Samylova Samyn Samúels San
Sanabria Sanavia Sanayev Sanayeva Sancao Sanches Sanchez Sancho Sanda Sandahl Sandal Sandalcı
Sandanezwe Sandbarg Sandberg Sandbergen Sandbulte Sande Sandee Sandell Sandels Sander Sanderes
Sanders Sanderson Sandgren Sandhu Sandi Sandin Sandoval Sandoz Sandqvist Sandradóttir Sandrason
Sandretto Sandri Sandrini Sandris Sands Sandsdóttir Sandsson Sandström Sandtberch Sandtberge
Sandvik Sane Saner Sanetra Sanfilippo Sanford Sanfratello Sang Sangali Sangalli Sangermano
Sangha Sanghvi Sangiacomo Sanguineti Sangwani Sangweni Sanhueza Sani Sanitra Sanitrová Sanjarov
Sanjuan Sankar Sankaran Sankiewicz Sanmartín Sanmiguel Sanna Sans Sanson Sansoni Sansonnens
Sansão Sant Sant'Anna Santa Santacruz Santamaria Santamaría Santana Santander Santberge
Santbergen Santen Santerre Santi Santiago Santibáñez Santillán Santner Santo Santori Santorio
Santoro Santos Santoso Sanudo Sanz Sanzone Saoraidhe Saors Saoudi Sapa Saparov Saparova Sapała
Sapeta Saponaro Sapone Saporito Sapronov Sapronova Saprykin Saprykina Saptono Sapundzhiyeva
Saputo Saputra Sara Sarabia Saracco Saraceno Saracino Saraf Saragat Saragih Saran Sarap Sarapuu
Saraskin Saraskina Sarbach Sardelić Sardella Sardi Sardina Sardiner Sardo Sardone Sardorov
Sargent Sargenti Sarin Sariola Sarkar Sarli Sarma Sarmiento Sarna Sarnaglia Sarneel Sarni
Sarniak Sarno Sarnowska Sarnowski Sarosiek Sarota Sarpong Sarra Sarracino Sarraf Sarrasin
Sarrazin Sarro Sarsenov Sarsenova Sarsfield Sarti Sartin Sartini Sarto Sartore Sartori Sartório
Sarubbi Saruni Sarv Sarvari Sarvarov Sarvinozova Sarıgül Sarıoğlu Sas Sasak Sasaki Saseenthiran
Sasi Saso Sass Sassano Sassi Sasso Sassone Sastre Sastry Saternus Sathe Satherley Satink Sato
Satora Satpayev Satpayeva Satriani Satriano Satsyuk Satta Sattarov Sattarova Sattelmaier
Satterfield Sattler Sauber Sauceda Saucedo Saucier Saudan Saudek Sauer Sauerland Saul Sauli
Saulino Saulnier Saulīte Saulītis Saumweber Saunders Saunier Saura Sauriol Sauro Sauser Sauter
Sauvage Sauvageau Sauvé Sava Savage Savant Savard Savaria Savarino Savary Savastano Savateyev
Savateyeva Savatyev Savatyeva Savchenko Savela Saveljev Savelli Savelyev Savelyeva Savenko
Saverino Saviano Savignano Savin Savina Savini Savino Savinov Savinova Savio Savioz Savisaar
Savić Savkin Savkina Savo Savoca Savoia Savoie Savolainen Savorgnan Savostyanov Savostyanova
Savoy Savvovich Savyolov Savyolova Sawayn Sawe Sawhney Sawicki Sawko Sawyer Sax Saxadóttir
Saxason Saxena Saxis Saxo Saya Sayah Sayenko Sayers Saygıner Sayyid Sazhin Sazhina Sazonov
Sazonova Sałuda Sa’idu Sbarbaro Sbarra Sberna Sbetti Sbitnev Sbitneva Sbruyev Sbruyeva Scaduto
Scala Scalaidhe Scalaighe Scalera Scalfaro Scallaigh Scallan Scallon Scally Scalpelli Scamarcio
Scanaill Scandone Scanferla Scanlan Scanlon Scanláin Scannail Scannaill Scannell Scannláin
Scapozza Scarabel Scaramucci Scaramussa Scaramuzza Scarcinelli Scardino Scarfoglio Scarlatti
Scarpa Scarpetta Scarponi Scc Scealláin Scerbo Schaack Schaaf Schaaff Schaafs Schaafsma Schaap
Schaapveld Schaar Schaars Schachinger Schachner Schacht Schack Schaden Schadron Schaefer
Schaeffer Schael Schaelen Schaer Schaers Schafer Schaffarzik Schaffelaar Schaffer Schagen
Schahbasian Schakelaar Schalbetter Schalink Schalinske Schalinsky Schalk Schallenborch
Schallenborgh Schaller Schamberger Schandl Schank Schantl Scharf Scharinger Scharra Scharroo
Schars Schartner Schartz Schatteleijn Schatz Schatzl Schau Schaub Schauer Schauman Schaus
Schbert Schedler Scheel Scheenck Scheenk Scheeper Scheepers Scheepmaker Scheer Scheevel
Scheffen Scheffers Scheggert Schegget Scheibe Scheiber Scheidegger Scheidl Scheijde Scheinck
Scheiwiller Schekman Schelbert Schelk Schelkes Schellekens Schellenbeck Schellenberg Schellevis
Schelling Schelver Schelvis Schembera Schemkes Schemper Schena Schenck Schenk Schenkel Schenker
Schennink Schenone Schepel Schepens Scheper Schepers Schepper Scherbarth Scherer Schermaten
Schermer Scherms Scherr Scherrer Schersing Schertenleib Scherz Scherzer Schettini Schettino
Scheuber Scheucher Scheuermann Scheuner Scheurer Scheuring Scheurs Schevel Schevinghuizen
Schewen Schewer Scheytt Schiano Schiaparelli Schiappa Schiavi Schiavo Schiavone Schiavoni
Schibli Schicchi Schick Schiefer Schielke Schieman Schierenberg Schieskow Schiesser Schiestl
Schieven Schievink Schiffer Schijn Schijrholt Schilcher Schild Schilderinck Schilderink
Schildhauer Schiller Schilling Schilt Schiltz Schima Schimmel Schimmelpenninck Schimmer
Schimminck Schimpl Schimunek Schinagl Schindler Schindzielorz Schinke Schinner Schinnerl
Schintgen Schioter Schipbeeck Schipper Schira Schiraldi Schirmer Schirra Schirripa
Schirrmeister Schitterink Schiven Schjødt Schlachter Schlager Schlangen Schlatter Schlatz
Schlauchin Schlawitz Schlechtweg Schlegel Schleich Schleifer Schleking Schless Schlesser
Schleuniger Schley Schlicht Schlief Schlienger Schlitzer Schloss Schlosser Schluep Schluijter
Schluiters Schlumpf Schläpfer Schläppi Schlögl Schmalzle Schmed Schmeing Schmeler Schmid
Schmidhalter Schmidinger Schmidl Schmidlin Schmidt Schmidtchen Schmidtke Schmidts Schmied
Schmiedecke Schmiedt Schmit Schmitt Schmitz Schmocker Schmuck Schmucki Schmuhl Schmölzer
Schnabl Schnars Schnarwiler Schneebeli Schneeberger Schneider Schneiders Schneijder Schneiter
Schnelting Schnetzler Schneuwly Schnider Schnidrig Schnieder Schniedermeier Schnoegenbosch
Schnoeijenbosch Schnyder Schnydrig Schnürer Schober Schoberg Schoch Schoemaecker Schoemaeckers
Schoemaker Schoemakers Schoen Schoers Schofield Schokkink Schokman Scholl Schols Scholte
Scholten Scholtenloo Scholtens Scholtes Scholthof Scholts Scholtz Scholz Schomacker Schomaker
Schomakers Schomber Schon Schonberg Schondelmaier Schonink Schoofs Schoonbroodt Schoonenburg
Schoonraad Schoopers Schoorel Schoorl Schooten Schopfer Schoppe Schoppers Schorel Schori Schorr
Schorro Schorta Schoten Schotman Schotron Schott Schotte Schottin Schottmann Schou Schouren
Schouten Schouwenberg Schouwey Schowalter Schrader Schraf Schramm Schrammel Schraner Schrant
Schranz Schreck Schreiber Schreier Schreiner Schreiter Schrempf Schrenk Schreuers Schreurs
Schreven Schrijnemakers Schrijver Schrik Schrittwieser Schroder Schroders Schroeder Schroeff
Schroer Schroers Schroors Schrors Schruers Schryver Schröder Schröer Schrøder Schubert
Schubiger Schuchhardt Schueiling Schuerinck Schuerink Schuermann Schuermans Schuff Schuh
Schuhaj Schuijrhof Schuijrijnck Schuijrinck Schuijrincks Schuijrmans Schuijt Schuirhof
Schuirhoff Schuirinck Schuirink Schuirman Schuldt Schuler Schulingkamp Schulist Schuller Schult
Schulte Schulten Schulthais Schultinck Schultink Schultten Schultz Schultze Schulz Schulze
Schumacher Schumann Schumm Schummer Schupp Schuppe Schuppert Schurhoff Schuri Schurinck
Schurink Schurman Schurs Schussler Schuster Schutte Schutten Schutter Schutz Schuurhof
Schuurhoof Schuuring Schuurink Schuurman Schuurmans Schuuten Schuwey Schuylenborch Schuyler
Schuyrhoff Schwab Schwager Schwaiger Schwaighofer Schwalm Schwanbeck Schwandke Schwanekamp
Schwaninger Schwanitz Schwarb Schwarthoff Schwartsbach Schwartz Schwarz Schwarzenberg
Schwarzentruber Schwarzer Schwarzinger Schwarzkopf Schwarzl Schwarzmeier Schwass Schwatlo
Schweerts Schwegler Schweiger Schweighofer Schweinfurt Schweisfurth Schweitzer Schweizer
Schwendener Schwendimann Schwendinger Schwennen Schwerbrock Schwerdtner Schwering Schwery
Schwerzmann Schwidde Schwirkschlies Schwital Schwitter Schwizer Schwuchow Schwyn Schwyzer
Schyns Schädler Schäfer Schäffel Schäffer Schäning Schär Schärer Schärli Schäublin Schöberl
Schöch Schöckel Schöffmann Schöller Schön Schönauer Schönball Schönbeck Schönberg Schönberger
Schönbusch Schönbächler Schönebeck Schönenberger Schönfeld Schönherr Schönholzer Schönland
Schönlebe Schöpf Schöttelers Schötz Schüler Schüller Schüpbach Schüpfer Schüppel Schürch Schütt
Schütz Schütze Sciacca Scialabba Scialdone Scialpi Sciandra Scianna Sciara Sciarra Sciarretta
Sciarrino Scibelli Scibetta Scibilia Sciboz Scigliano Scime Scimeca Scinta Scioli Sciortino
Scioscia Scipio Scipione Scipioni Scire Sciulli Sciullo Sciuto Sclade Sclafani Scola Scolaidhe
Scolaighe Scolari Scolaro Scolaí Scollaigh Scollan Scolláin Scolten Scoma Scoot Scott Scotte
Scotti Scotto Scribhín Scriven Scrode Scroders Scroers Scudeler Scullion Scully Scuylenborchs
Scyboz Scéacháin Seachnasaigh Seafraidh Seafraigh Seally Sealy Seanacháin Seanaigh Seanainn
Seanlaoich Seanáin Searcaigh Searle Searlóg Searraigh Sears Seasnáin Sebastians Sebastián
Sebastíans Sebert Sebestyén Seccom Secher Seco Sedano Seddiki Seddio Sedillo Sedlak Sedlar
Sedliak Sedliaková Sedlák Sedláková Sedláček Sedláčková See Seebacher Seeger Seegers Seegvree
Seeholzer Seelen Seelig Seelinck Seelkinck Seematter Seemelings Seerup Seery Seesinck Seesink
Seetfels Seeveld Seevijnck Seevinck Sefre Segal Segarra Segebahn Segen Seger Segers Segerson
Segerström Segersun Segerszoen Seggelink Seghers Segizbayev Segizbayeva Seglias Segni Segovia
Segrini Segrè Seguel Seguin Segura Seguro Seguí Sehested Sehgal Sehls Seibel Seibhleáin
Seibhlin Seibhlín Seiblink Seibold Seidel Seiders Seidl Seifert Seifs Seifsdóttir Seifsson
Seigel Seighin Seijbel Seijnhorst Seijns Seil Seiler Seims Seimsdóttir Seimsson Seinhorst
Seinín Seip Seipe Seireadáin Seiser Seitheacháin Seithneacháin Seitric Seitz Seiwald Sejersen
Sekatskiy Sekera Sekerová Sekhon Sekulić Selami Selander Selberg Selckinck Sele Selecká Selecký
Selekinck Seleznev Selezneva Seleznyov Selig Selin Selina Seliner Seliskj Seliverstov
Seliverstova Selkinck Sell Selle Sellekijnck Sellekinck Seller Sellers Sellier Sellijnck
Sellinck Sellink Sellkijnck Sellæg Selm Sels Selva Selvatici Selänne Sem Sembathwa Semdeloo
Semenchenko Semenov Semenova Semenowicz Semialjac Semik Semisch Semitecolo Semmelinck Semmelink
Semyonov Semyonova Sen Senator Senchin Senchina Sendelbach Sendor Senechal Senger Sengupta
Sengwayo Seničić Senkel Senko Senková Senn Senouci Senti Seochfhradha Seochrú Seoighe Seoin
Sepetçi Sepp Seppä Seppälä Seppänen Sepúlveda Seraco Serafim Serafimovich Serao Serata Sercombe
Serebrennikov Serebrennikova Serebryanskaya Serebryanskiy Sereda Serem Serenko Sergejev Sergent
Sergerie Sergeyev Sergeyeva Serier Serikov Serikova Serkebayev Serkebayeva Serlupi Sermier
Sermonti Serna Seronde Serooskerke Serov Serova Serra Serraglio Serrano Serrato Serre Serres
Sertić Serup Servais Serwa Serwaa Serwach Serzysko Seršić Sesars Sesconeto Seshadri Sesils
Sesinck Sessa Sessijnck Sessink Sessions Sestig Seta Setelbrinck Seth Sethi Setiawan Setrick
Settelbrink Setty Seuret Seutenhorst Sevarova Sevastyanov Sevastyanova Seveker Sevela Seven
Sevenik Sever Severijns Severino Severins Severinsen Severyanin Severyanina Severyanov
Severyanova Sevilla Sevillano Sevinchova Sevinck Sevink Sevriens Sevrin Sewald Seweryniak
Sewijnck Sewinck Sexton Seydov Seydova Seyfullin Seyfullina Seyidbəyli Seyidzadə Seymour
Seypolda Sezek Sezer Sezgin Seághain Seáin Seč Sečová Sforza Sgalambro Sgarbi Sgario Sgier
Sgulla Sgulmaro Sha Shabalala Shabalov Shabalova Shabane Shabangu Shabani Shabliy Shael Shaffer
Shaffrey Shah Shahinova Shahnozova Shahriyorov Shahzodov Shailer Shakenov Shakenova
Shakhmagonov Shakhmagonova Shakhray Shakiri Shakirov Shakirova Shalamov Shalamova Shalikov
Shalikova Shalyganov Shalyganova Shamase Shambarov Shambarova Shamhráin Shamray Shan Shanahan
Shand Shandu Shangase Shange Shankar Shanker Shanley Shannon Shanny Shao Shaposhnikov
Shaposhnikova Shapoval Sharaf Sharapov Sharapova Shargunov Shargunova Shariff Sharipov Sharkey
Sharma Sharov Sharova Sharp Sharpe Sharry Shashkov Shashkova Shatyrenok Shaughnessy Shaw
Shayakhmetov Shayakhmetova Shaymerdenov Shaymerdenova Shazi Shcheglov Shcheglova Shchekin
Shchekina Shchekochikhin Shchekochikhina Shchelkonogov Shchelkonogova Shchepa Shchepilo
Shchepkin Shchepkina Shcherbak Shcherbakov Shcherbakova Shcherban Shcherbin Shcherbina
Shchiritsya Shchors Shchrbov Shchukin Shchukina Shea Sheahan Sheane Sheedy Sheehan Sheehy
Sheeran Sheerin Shehu Sheikh Sheil Sheilds Sheitric Shekoni Shelembe Shelest Shelton Shemyakin
Shemyakina Shen Shengele Shenoy Sheoinín Shepard Shepherd Shepilov Shepilova Sheppard Shere
Sheremet Sheremeta Sheridan Sherlock Sherman Sherry Sherstobitov Sherstobitova Shestakov
Shestakova Shestinskaya Shestinskiy Shestkov Shestkova Sheth Shetty Shevchenko Shevkun Shevlin
Shevtsov Shevtsova Sheyanov Sheyanova Shezi Shi Shibase Shibuya Shiel Shields Shiels Shikuku
Shilo Shilov Shilova Shimizu Shine Shinga Shinkarenko Shiryayev Shiryayeva Shishkin Shishkina
Shishkov Shishkova Shitric Shiyan Shiúrdáin Shiúrtáin Shkembova Shmelev Shmeleva Shmorgun Shoba
Shoel Shoemaker Shoenig Shohjahonov Shohruxov Sholokhov Sholokhova Shombela Shonio Shook Short
Shortt Shovkoplyas Shoyisa Shozi Shpanov Shpanova Shroff Shtepa Shtokalo Shubin Shubina
Shukhevich Shukla Shukronova Shukshin Shukshina Shupe Shuppers Shurtakov Shurtakova Shutko
Shutt Shvachka Shvachko Shvarts Shvayka Shvedchenko Shómais Siacais Siadhacháin Siadhail
Siaghail Siara Siardáin Siarkiewicz Siatka Sibal Sibalukhulu Sibanda Sibaya Sibbing Sibbink
Sibekle Sibeko Sibelinck Sibelincks Sibelink Sibelius Siberinck Sibhene Sibhleáin Sibiga
Sibilia Sibinc Sibinck Sibindi Sibing Sibisi Sibiya Sibul Sicard Sich Siciarz Siciliano
Sicińska Siciński Sickers Sickinck Sicking Sickink Sickinkhuisken Sickinkpas Sickle Siczek Sid
Sidheáil Sidhu Sidi Sidler Sidnin Sidnina Sidor Sidorczuk Sidorkin Sidorkina Sidorov Sidorova
Sidorová Siebel Siebelink Siebenaler Siebenthal Sieber Sieberer Siebert Siebinck Siebink
Sieczko Siedlaczek Siedlarz Siedlik Sieg Siegenthaler Siegl Siegling Siegrist Sieja Siejak
Siekierka Siekkinen Siele Sielemann Siembab Siemek Siemes Siemieniec Siemieńczuk Siemion Siemon
Siener Sienicka Sienicki Siepe Sieradzan Sieradzki Siergiej Siering Sierota Sierpień Sierra
Sierżant Sieverdink Sieverink Sievers Siewassink Siewert Siewiera Siewogel Siffredi Sifuna
Sigagu Sigbergs Sigbergsdóttir Sigbergsson Sigberts Sigbjarts Sigbjartsdóttir Sigbjartsson
Sigbjörns Sigdórs Sigegede Sigei Sigerson Sigfasts Sigfastsdóttir Sigfastsson Sigfinns
Sigfinnsdóttir Sigfinnsson Sigfreðs Sigfreðsdóttir Sigfreðsson Sigfús Sigg Siggeirs Sighvats
Sighvatsdóttir Sighvatsson Sigjóns Sigl Siglaugs Siglaugsdóttir Siglaugsson Sigmanns Sigmars
Sigmunds Sigmundsdóttir Sigmundsson Signars Signer Signore Signorini Sigouin Sigradóttir
Sigrason Sigris Sigrist Sigron Sigríks Sigríksdóttir Sigríksson Sigs Sigsdóttir Sigsson
Sigsteinns Sigtryggs Sigtryggsdóttir Sigtryggsson Sigtýrs Sigurbalds Sigurbaldsdóttir
Sigurbaldsson Sigurbergs Sigurbergsdóttir Sigurbergsson Sigurbjarnadóttir Sigurbjarnason
Sigurbjarnis Sigurbjarts Sigurbjartsdóttir Sigurbjartsson Sigurbjörns Sigurbrands
Sigurbrandsdóttir Sigurbrandsson Sigurdsson Sigurdórs Sigurfinns Sigurfinnsdóttir Sigurfinnsson
Sigurgeirs Sigurgests Sigurgestsdóttir Sigurgestsson Sigurgríms Sigurgrímsdóttir Sigurgrímsson
Sigurgísladóttir Sigurgíslason Sigurgíslis Sigurhans Sigurhjörts Sigurhjörtsdóttir
Sigurhjörtsson Sigurjóns Sigurkarls Sigurlaugs Sigurlaugsdóttir Sigurlaugsson Sigurleifs
Sigurleifsdóttir Sigurleifsson Sigurlinnadóttir Sigurlinnason Sigurlinnis Sigurliðadóttir
Sigurliðason Sigurliðis Sigurlogadóttir Sigurlogason Sigurlás Sigurmanns Sigurmars Sigurmons
Sigurmunds Sigurmundsdóttir Sigurmundsson Sigurnýas Sigurnýjas Sigurodds Siguroddsdóttir
Siguroddsson Sigurpálls Sigursteinns Sigursveinns Sigurvaldadóttir Sigurvaldason Sigurvaldis
Sigurvins Sigurðs Sigurðsdóttir Sigurðsson Siguróladóttir Sigurólason Sigurólis Sigurþórs
Sigvaldadóttir Sigvaldason Sigvaldis Sigvarðs Sigvarðsdóttir Sigvarðsson Sigþórs Sihler
Sihombing Sihotang Sihvonen Siim Siimes Siitonen Siivonen Sijadu Sijbbelinck Sijbeldijnck
Sijbelijnck Sijbelinck Sijbelink Sijbinck Sijbink Sijboldijnck Sijckijnck Sijckinck Sijeepe
Sijhof Sijhoff Sijmmeldinck Sijmmelijnck Sijpe Sijttharst Sijverdinck Sijverdink Sijwassink Sik
Sikhakhane Sikhosana Sikhunyana Sikirić Sikk Sikking Sikkink Sikkinkpas Sikobi Sikora Sikorska
Sikorski Sikuku Sikwayo Sila Silangwe Sild Silin Silina Siliņa Siliņš Silk Silke Silladóttir
Sillah Sillanpää Sillaots Sillason Sillaste Siller Sillis Silm Silotti Siltala Siltanen Silva
Silveira Silvennoinen Silvestri Silvold Simanjuntak Simard Simashkevich Simba Simbirskaya
Simbirskiy Simbolon Simelane Simelinck Simensen Simeoin Simeoni Simeonov Simeonova Simic Simiyu
Simić Simm Simmeldinck Simmelinck Simmelink Simmelt Simmen Simmon Simmonds Simmons Simoens
Simoes Simola Simon Simonato Simond Simoneau Simonen Simonenko Simonet Simonin Simonis Simonič
Simonnet Simonov Simonova Simonovska Simonovski Simonová Simons Simonsen Simonsson Simpson Sims
Simson Simó Simões Sinaga Sinan Sinani Sinanoğlu Sinclair Sindradóttir Sindrason Sindris Sinema
Singer Singh Singhal Singleton Sinha Sinisi Sinkiewicz Sinner Sinnhuber Sinnigers Sinnott
Sinožić Sinyakin Sinyakina Sinyavskaya Sinyavskiy Siochfhradha Siochrú Sionacháin Sionainn
Sionnaigh Sionáin Sioradáin Sip Sipes Sipilä Sipolatti Sipos Siqueira Sirait Sirchenko Sire
Sireelert Siregar Sirel Siripaiboo Sirkka Sirko Sirobaba Sirois Sironden Sirotenko Sirotić
Sirviö Sirén Sisask Sischka Sishangwe Sishi Sishiya Sismondi Sisneros Sitar Sitati Sith
Sithenjwa Sithole Sithombo Sithuli Sitienei Sitnikov Sitnikova Sito Sitolotolo Sitompul Sitorus
Sitters Sittisaowapak Situma Situmorang Siudek Siudym Sivathas Siverdinck Sivertsen Siwa
Siwassinck Siwczak Siwele Siwka Sixtus Siyaya Siyeshe Siún Siúrdáin Sjafnars Sjöberg Sjöblom
Sjödin Sjögren Sjöholm Sjölander Sjölin Sjölund Sjöstedt Sjöstrand Sjöström Skaaning Skaarup
Skaftadóttir Skaftason Skafte Skaftis Skalik Skally Skapidarov Skapidarova Skaptadóttir
Skaptason Skaptis Skarphéðinns Skarsgård Skatov Skatova Skała Skałka Skeahan Skeffington
Skefills Skeggadóttir Skeggason Skeggis Skehan Skeie Skellie Skelly Skenderovic Skiba Skibicki
Skibiński Skidan Skiepko Skierka Skiles Skinner Skipper Skirda Skivington Skiöld Skjölds
Skjöldsdóttir Skjöldsson Skjødt Sklenica Sklenicová Sklenička Skleničková Sklenka Sklenková
Sklenár Sklenárik Sklenáriková Sklenárová Sklenář Sklorz Sklár Sklárová Skocz Skoczylas Skog
Skoglund Skok Skokan Skokanová Skolik Skomra Skoneczna Skonieczka Skoog Skopenko Skorenko
Skorik Skorobogatko Skorobogatov Skorobogatova Skorokhodov Skorokhodova Skorradóttir Skorrason
Skorris Skotarczak Skotarek Skou Skov Skovbjerg Skovgaard Skovsgaard Skowroński Skowyra Skořepa
Skrijelj Skrinska Skriver Skrobek Skrobot Skrok Skrzecz Skröggsdóttir Skröggsson Skubała Skubis
Skubiszewska Skubiszewski Skubiszyńska Skubiszyński Skuggadóttir Skuggason Skuggis Skuja
Skujiņa Skujiņš Skulskaya Skulskiy Skup Skupin Skupnjak Skuratov Skuratova Skutecká Skutecký
Skutnik Skvortsov Skvortsova Skwira Skytte Skærings Skæringsdóttir Skæringsson Skærs Skírnirs
Skíðadóttir Skíðason Skíðis Sköld Sköldberg Skøtt Skúladóttir Skúlason Skúlis Skútas
Skútudóttir Skútuson Składanek Sla Slaa Slabus Slach Slade Sladek Sladonja Sladt Slaede Slaet
Slaetsdochter Slagboom Slagers Slagmolen Slamon Slaninkova Slanov Slanova Slapovskaya
Slapovskiy Slatara Slatboom Slater Slats Slattery Slattes Slavica Slavin Slavina Slavnikov
Slavnikova Slavík Slavíková Slavíček Slaw Slašťan Slašťanová Slebis Sledoorn Slegers Sleigerten
Sleijster Slenk Slepnev Slepneva Slepnyov Slepukhin Slepukhina Sleumers Sleutjes Slevin
Sleyster Slezak Slicht Slichte Sliethorst Slight Sligt Sligte Sligts Slijkhuis Slimani
Slinckworm Slingerland Slinters Slippe Slippers Slivka Slivko Slivková Sloan Sloane Sloboda
Slobodník Slobodníková Slobodová Slodboom Sloetjes Sloot Slootmaekers Slot Slota Slotboem
Slotboom Slotegraaf Sloth Slothem Slotmeijer Slotová Slotta Slottboem Slottmakers Slovinec
Slovinecová Slovák Slováková Slowey Sluaghdháin Slueter Sluijsen Sluijskes Sluijter Sluis
Sluiskes Sluiters Sluka Sluskens Sluurop Sluuskes Slyne Slyunkov Slyunkova Slyusar Slyusarenko
Slámáin Sléibhín Smagacz Smagała Smagulov Smagulova Smail Smakov Smakova Smal Smalbraak
Smalbraaker Smalbrack Smalbracke Smalbraeck Smalbraecke Smalbraek Smalbraeke Smalbrake
Smalbrock Smalec Smaling Small Smallbrock Smardz Smart Smealáin Smed Smedegaard Smedijnck
Smedinck Smedink Smeds Smedt Smeede Smeenck Smeenk Smees Smeets Smeijnck Smeinck Smekal Smekhov
Smekhova Smekijnck Smekinck Smektała Smela Smenck Smet Smets Smid Smidt Smidts Smieja Smies
Smijt Smijtt Smijtten Smijttes Smik Sminck Smirnoff Smirnov Smirnova Smit Smith Smitham Smits
Smitt Smitz Smiðs Smiðsdóttir Smiðsson Smoczyk Smoege Smoerkens Smoković Smol Smolar Smolarek
Smolders Smolec Smolenskaya Smolenskiy Smolik Smolin Smolina Smolić Smolińska Smoliński Smolka
Smolnikov Smolnikova Smolorz Smoláin Smorodinskaya Smorodinskiy Smorąg Smoter Smrdanski Smrek
Smreková Smulikowska Smulikowski Smullen Smulling Smutek Smykała Smykla Smyl Smyrills Smyth
Smythe Smál Smáradóttir Smárason Smáris Smętek Snaaijer Snaijer Snauwaert Snedker Snegirev
Snegireva Sneiders Sneijder Sneijders Sneijer Sneijers Snel Snell Snellink Snider Snijder
Snijders Snitseler Snjókadóttir Snjókason Snjókis Snjólaugs Snjólaugsdóttir Snjólaugsson
Snjólfs Snjólfsdóttir Snjólfsson Snoch Snoeck Snoecklaken Snoeijenbos Snoeijenbosch Snoejenbos
Snoejenbosch Snoek Snoeyenbos Snoeyenbosch Snoijen Snoijenbusch Snoo Snooijenbus Snorradóttir
Snorrason Snorris Snow Snyder Snæbjarts Snæbjartsdóttir Snæbjartsson Snæbjörns Snæhólms
Snælaugs Snælaugsdóttir Snælaugsson Snærings Snæringsdóttir Snæringsson Snærs Snævarrs Snævars
Snæþórs Soares Soave Sobakin Sobakina Sobarzo Sobchak Sobczak Sobel Sobieszczyk Sobisz Sobiło
Sobkiewicz Sobków Sobol Sobolak Sobolev Soboleva Sobolewski Soboll Sobota Sobotka Sobowale
Sobrero Sobrinho Sobrino Sobstyl Sobuś Socci Soccio Socha Sochacka Sochacki Sochaj Soczewka
Soczówka Sodaro Soderini Sodhi Sodre Soduba Soelberg Soella Soeren Soerens Soest Soeters
Soffanías Soffici Sofonov Sofonova Sofronov Sofronova Sofronyev Sofronyeva Sogrin Sogrina
Sohlman Soi Soini Soininen Soita Sojda Sojka Sokač Sokhela Sokhulu Sokhwebula Sokić Sokk Sokol
Sokolov Sokolova Sokolová Sokolowski Sokov Sokova Sokołowski Sokurov Sokurova Sola Solana
Solanki Solano Solar Solarczyk Solarek Solari Solazzo Solbakken Solberg Solcà Soldan Soldano
Soldati Soldini Soldo Solej Solejová Soler Solera Solheim Soli Solich Solihayeva Solimena
Solimine Solis Soliwoda Soliz Sollami Sollander Sollecito Soller Sollima Sollner Solmaz Solner
Solnica Solntsev Solntseva Solodnikov Solodnikova Sologub Solomatin Solomatina Solomon Solomun
Solopov Solopova Solorio Solorzano Solovjov Solovyev Solovyeva Solovyov Solsma Solsona Solt
Soltani Solti Solzhenitsin Solzhenitsina Solèr Solé Solís Som Somacháin Soman Somboni Somera
Somerkoski Somers Somfula Somko Somma Sommaruga Sommer Sommerfeld Sommerfelt Sommerhalder
Somogyi Somorjai Somorjay Somoza Sompisi Sompsen Somsen Somssich Sondej Sondel Sonder Sonderen
Sonderlo Sonderloe Sonderloo Sonderom Sonders Sondini Sondisa Song Songiya Soni Sonke Sonn
Sonnabend Sonne Sonninen Sonnino Sonnleitner Sonqandile Sontag Sontsvelt Sontuli Soo Sood
Sooksawang Soolachán Soolaghan Soolingen Soon Soos Soosaar Soosalu Soots Sopadzhiyeva Sopata
Soper Sophanías Sophus Sopoćko Soprano Sopronov Sopronova Soracco Sorace Soranno Soranzo
Sorattanachai Sorbatskaya Sorbatskiy Sorbello Sorbian Sorbo Sorci Sordi Sordillo Sordo Sorgatz
Sorge Sorger Sorgi Soria Soriano Sorice Sorić Sornat Soro Sorokin Sorokina Soroko Soros
Sorotokin Sorotokina Sorrentino Sorrento Sorsa Sortino Sosa Soscia Soshnikov Soshnikova Sosnora
Sosnowski Sosnáin Sosnówka Sossai Sot Sotelo Sothole Sotnikov Sotnikova Soto Sotobe Sottas
Sottosanti Soucy Soudani Soukup Soukupová Soule Soulie Soulier Soulières Souma Sousa Southee
Souza Sovetov Sovetova Sowa Sowała Sowman Soyinka Soylu Sozonov Sozonova Sozontov Sozontova
Soós Sołek Sołoducha Sołtan Sołtysek Sośniak Sošić Spaan Spaar Spacek Spada Spadaccini
Spadafora Spadafore Spadea Spadeto Spadoni Spadło Spaendonc Spaendonck Spaer Spagna Spagnoletti
Spagnoli Spagnolo Spagnuolo Spahn Spain Spalinger Spallanzani Spallino Spallone Span Spancker
Spandars Spanevello Spanhaak Spank Spano Sparks Sparre Spartakus Sparv Spasov Spasova Spasovska
Spasovski Spata Spatafora Spatafore Spataro Spatola Spaziani Spaziano Spealáin Spears Specciter
Specht Speckin Speckinck Spedale Speelberg Speer Speijer Speksgoor Spelburg Spelman Spelmeyer
Spence Spencer Spengler Spenkelink Spennato Spenser Sperandeo Sperandio Speranza Sperduti
Sperduto Speri Sperl Speroni Sperotto Sperrazza Spescha Spezia Spichiger Spicola Spicuzza
Spiecker Spiegelburg Spiegl Spielmann Spielvogel Spier Spierhold Spies Spiess Spiezio Spieß
Spigolon Spijcker Spijker Spiker Spillane Spillmann Spilmans Spina Spindler Spinedi Spinelli
Spinka Spinner Spinola Spiolláin Spioláin Spiridonov Spiridonova Spiridonyev Spiridonyeva
Spirig Spit Spithout Spithoven Spitzer Spitzmüller Spivak Splinter Spoel Spoelder Spolbarg
Spoláin Spoon Spoormaker Sporek Sporer Spormekerinck Sporrer Sporysz Sporðadóttir Sporðason
Sporðis Spotman Sprawka Sprecher Spreeuw Spreeuwel Spreitzer Sprekreaf Sprenger Sprenke
Spreuwel Spriensma Spring Springer Sprong Sprousen Sproģe Sproģis Spruit Sprunger Spruyt
Sprycha Spuhler Spuler Spychaj Spycher Spyker Spáin Späti Spóadóttir Spóason Spóis Spólnik
Spörndli Spörri Spöttel Squadro Squarcione Sraffa Sridhar Srinivas Srinivasan Srisoontorn
Srivastava Srnicek Sroers Sroga Srokosz Sromek Sršen Sršeň St-Amand St-Amour St-Arnaud St-Cyr
St-Denis St-Gelais St-Georges St-Germain St-Hilaire St-Jacques St-Jean St-Laurent St-Louis
St-Martin St-Onge St-Pierre Staadt Staal Stac Stace Stachelek Stacher Stachewicz Stachyra
Stachów Staciwa Stack Stadelmann Stadlbauer Stadler Stadthage Stadthagen Stael Staelens
Staerkle Staffelbach Stafford Stage Staglieno Stahl Stahr Stahre Stajer Stalder Stamitz Stamm
Stammers Stamp Stampe Stamrood Stams Stan Stanaszek Stanclik Stancu Standaert Standún Stang
Stange Stanger Stangl Staniaszek Staniczek Staniewicz Staniewska Staniewski Stanishev
Stanisławczyk Stanisławek Stanić Staničić Stankevičius Stankiewicz Stanković Stanley Stanleys
Stanton Stanuch Stančin Staněk Stapadóttir Stapason Stapelkamp Stapis Stapleton Staquet
Starchenko Starek Starikov Starikova Stark Starkaðs Starkaðsdóttir Starkaðsson Starkenberg
Starkenborgh Starkenburg Starkov Starkova Starobinets Starodubtsev Starodubtseva Starosta
Starostenko Starostka Starostová Starościak Starradóttir Starrason Starris Startek Startick
Starzak Starčević Staręga Stas Stasiak Stasica Stasiuk Stassin Staszewska Staszewski
Statsenberg Staub Staudacher Staude Staudinger Staudt Stauffer Staunton Stauss Stavetskiy
Stavrogin Stavrogina Stawczyk Stawinoga Stawowczyk Staňková Staś Staśko Ste-Marie Stea Stebel
Stebenne Stebler Stecher Steciuk Steckel Steckiewicz Steding Steed Steeg Steege Steeger
Steegmans Steele Steemerdijnck Steemers Steen Steenbakkers Steenbeek Steenberg Steenbergen
Steenbergh Steenbrink Steenhuizen Steenkamp Steenpas Steensen Steenwegh Steer Steernenborgh
Stefan Stefanelli Stefani Stefanik Stefankiewicz Stefanovska Stefanovski Stefans Stefansen
Stefashin Stefashina Stefański Steffen Steffensen Steffny Stefnirs Stefáns Stefánsson Steg
Stege Stegeman Stegemann Stegenga Steger Stegge Steginga Stegmüller Stehlík Stehr Steichen
Steidl Steier Steigauf Steiger Stein Steinacher Steinadóttir Steinarrs Steinars Steinason
Steinauer Steinbacher Steinbauer Steinberg Steinberger Steinbergs Steinbergsdóttir
Steinbergsson Steinbjörns Steinböck Steindl Steindórs Steinecke Steiner Steinert Steinfinns
Steinfinnsdóttir Steinfinnsson Steingríms Steingrímsdóttir Steingrímsson Steininger Steinis
Steinkamp Steinke Steinkellner Steinkells Steinkelsdóttir Steinkelsson Steinlechner Steinmann
Steinmanns Steinmars Steinmeiern Steinmetz Steinmóðs Steinmóðsdóttir Steinmóðsson Steinns
Steinröðs Steinröðsdóttir Steinröðsson Steinsson Steintjes Steinvarðs Steinvarðsdóttir
Steinvarðsson Steinwender Steinólfs Steinólfsdóttir Steinólfsson Steinþórs Stejskal Stejskalová
Stelkens Stella Stelmakh Stelmasiak Stelsel Stelt Stelzer Stelzl Stemer Stemerdijnck
Stemerdinck Stemerdink Stemeren Stemerinck Stemers Stemersbraek Stemersbraeke Stemingholt
Stempel Stempin Stempniak Stenbeck Stenberg Stenbock Stender Stengel Stengl Stenlund Stenmark
Stenneken Stenniken Stennikens Stensen Stensgaard Stenson Stenström Stentoft Stenvers Stenzel
Stepanov Stepanova Stephan Stephansen Stephanus Stephen Stephens Stephenson Stepnaya Stepnoy
Sterckx Sterkman Stern Sterna Sternenborch Sterner Sternfeldt Sterren Sterzenbach Stets Stetson
Stettler Stettyn Steuber Steuer Steuk Steulet Steurer Steuri Steurris Steurrys Steuteler
Steutlers Stevanovic Stevens Stevenson Stevenz Steverdinck Steward Stewart Stey Steyaert
Steyart Stiansen Stibhin Stich Stichter Stiebitz Stiedemann Stief Stieger Stiegler Stiernspetz
Stifel Stiffel Stiffler Stifter Stijn Stikken Stiller Stillhart Stilling Stinis Stiofáin
Stipanović Stiperski Stipić Stiprian Stirnirs Stoch Stochaj Stochel Stochmal Stock Stockdijke
Stocker Stockhammer Stockinger Stodola Stodolová Stoelhorst Stoep Stoevenberg Stoffel Stoffels
Stoffelsz Stogniyenko Stogov Stogova Stoiber Stoica Stoices Stojak Stojanov Stojanović Stojnić
Stojčević Stokdijk Stokdyk Stokes Stokholm Stokhorst Stokkers Stokkink Stokmans Stoll Stolle
Stolnik Stolte Stoltenberg Stoltenborch Stoltenborg Stoltenkamp Stoltman Stoltmann Stoltz Stolz
Stolze Stondún Stone Stook Stooltenbarch Stooltenbargh Stootler Stootlers Stoottelers Stoottler
Stopar Stoppani Storckhorst Stordalen Storey Storgaard Stork Storl Storladi Storm Storms
Stormsdóttir Stormsson Stornetta Storni Storp Storrijs Stortelder Stortele Storteler Stortelers
Stortellers Stortlers Storto Story Stosik Stosio Stostelers Stoteler Stotelers Stotler Stotlers
Stotteler Stottelers Stottler Stottlers Stotzer Stougaard Stoup Stout Stoutenburch Stoutjesdijk
Stoykov Stošić Stożek Straake Straarup Straaten Straatman Straatmans Strabelli Stracke Strada
Stradiotto Stradivari Straeck Straecke Straeke Straetman Straetmans Strahm Straka Strake
Straková Straks Stralen Strama Stranc Strand Strandberg Strange Strangio Strasser Straszak
Stratford Stratman Stratmann Stratonikov Stratonikova Strattman Strattmans Stratton Straub
Strauder Strausa Strauss Strauß Strawa Strawbridge Strazdiņa Strazdiņš Strazza Stražičić
Strebel Streck Streese Street Strege Strehle Strehler Streich Streicher Streit Strelicz
Strelkov Strelkova Streller Streule Striano Stricker Strickhold Strickland Strickler Strid
Striebitz Strieder Striezel Strigt Strigter Strijckers Strijker Strijkhold Strijp Strik Strimer
Strinavić Stringuine Stritt Strnad Strnadová Strnisko Strnisková Strobant Strobantt Strobl
Stroede Stroet Stroete Stroetman Stroett Strogies Stroh Strohmaier Strohmayer Strohmeier
Strohschank Stroink Strojna Stroka Strollo Stroman Strong Strongs Stronk Stronks Stroobants
Stroobantt Strooett Stroot Stroote Stroott Stroppini Strosin Strote Stroth Strouhal Strozzi
Strub Struckers Strug Strugatskiye Struijckers Struijkers Struik Strunz Strut Strutz Strużyna
Strycharz Stryhn Stryjek Strzała Strzelczak Strzemecka Strzemecki Strzoda Strzyż Strzyżewska
Strzyżewski Strządała Strzępek Strähl Strässle Strójwąs Stróż Stróżek Ström Strömberg
Strömsdorffer Strömstedt Strøm Strýček Strýčeková Stsdóttirlaugsdóttir Stssonlaugsson Stuart
Stubbs Stube Stuber Stucchi Stucki Studer Studhalter Stuglik Stuivenberg Stummer Stump Stumpf
Stumph Stumpo Stundún Stupak Stupalo Stuppan Sturlas Sturlaugs Sturludóttir Sturluson Sturm
Sturniolo Sturradóttir Sturrason Sturris Sturzenegger Stus Stutler Stuttelers Stutz Stwora
Styger Styn Stypa Stypka Stypuła Styrbjörns Styrkárs Styrmirs Styrna Styrrs Styrs Stäheli
Stähli Stämpfli Ståhl Stæhr Stígs Stígsdóttir Stígsson Stín Stóc Stój Stórólfs Stórólfsdóttir
Stórólfsson Stöckert Stöckl Stöckli Stöcklin Stöger Stöppler Störris Stöwer Støvring Stückler
Stüdeli Stürmer Stüssi Stütz Stănescu Stąpor Stąpór Stępak Stępień Stępka Stępkowska Stępkowski
Stříbrný Su Suarez Suartini Suave Suazo Subbotin Subbotina Subia Subing Subocz Subramaniam
Subramanian Sucesso Such Suchanek Suchecka Suchecki Suchenek Suchocka Suchocki Suchojad Suchora
Suchoń Suchta Suchy Suciu Suda Sudak Sudan Sudarushkin Sudarushkina Sudiati Sudnik Suffa Sugier
Sugrue Suhonen Suhr Suibhne Suijders Suijker Suinvorde Suipéal Suits Sujew Sujjaboriboon
Sukhanov Sukhanova Sukhenai Sukhilin Sukhilina Sukhov Sukhova Sularz Sule Suleiman Sulej
Sulejmani Sulen Suleymenov Suleymenova Sulg Sulich Sulik Sulla Sullink Sullivan Sulpizio
Sultanlı Sultanov Sultanova Sulzer Sumarliðadóttir Sumarliðason Sumarliðis Sumarokov Sumarokova
Sumayyeva Sumegi Sumera Summeren Summermatter Summers Summerville Sumps Sun Sund Sundaram
Sundberg Sundborg Sunde Sundelin Sundell Sunder Sundin Sundkvist Sundqvist Sundström Sunesen
Sunseri Sunssfeldt Suojanen Suolahti Suomala Suomalainen Suomi Suominen Supernak Supersaxo
Superson Supeł Supino Supka Suppan Supple Suprunenko Suprunov Suprunova Sur Sura Suraprachit
Suraprasert Surać Surber Surdel Surdyk Surdykowska Surdykowski Sureda Surer Suresh Suri Surian
Surma Surmiak Surov Surova Surprenant Suryatmi Suryono Sus Susa Susanti Susco Susebeek Susi
Sussmann Suszka Suszko Sutela Suter Sutera Suthe Sutinen Sutor Sutowicz Sutschet Sutt Sutter
Sutton Suur Suvi Suvorov Suvorova Suwarno Suwart Suwyn Suythoff Suzuki Suárez Sušil Sušnik
Svafars Svahn Svaladóttir Svalason Svalis Svanadóttir Svanason Svanberg Svanbergs
Svanbergsdóttir Svanbergsson Svanbjörns Svane Svangeirs Svanhólms Svanis Svanlaugs
Svanlaugsdóttir Svanlaugsson Svanmunds Svanmundsdóttir Svanmundsson Svans Svansdóttir Svansson
Svanström Svantesson Svanþórs Svavars Svechin Svechina Svedberg Svedin Sveinars Sveinbergs
Sveinbjarts Sveinbjartsdóttir Sveinbjartsson Sveinbjörns Sveinjóns Sveinlaugs Sveinlaugsdóttir
Sveinlaugsson Sveinmars Sveinns Sveinungadóttir Sveinungason Sveinungis Sveinþórs Svends
Svendsdatter Svendsen Svenningsen Svens Svensson Svenstrup Sverres Sverrirs Svetličić Svetlov
Svetlova Svinarenko Sviridenko Sviridov Sviridova Svistun Svitnev Svitneva Sviták Svoboda
Svobodnykh Svobodová Svrbík Svrbíková Sváfnirs Svárovský Svärd Svölnirs Svörfuðs Svörfuðsdóttir
Svörfuðsson Swacha Swaczyna Swaeneborgh Swain Swaleh Swaminathan Swamy Swaniawski Swanson
Swarovski Swart Swarte Swartenkat Swartenkate Swartenkatte Swartenkot Swartenkotte Swartink
Swarts Swatek Swaters Swazi Swedberg Sweders Sweenen Sweener Sweeney Sweeny Sweerinck Sweers
Sweet Sweetland Swenen Swennen Swerijnck Swerinck Swerink Swiers Swieting Swift Swijtinck
Swijtink Swikehard Swillims Swine Swinnen Switinck Switser Switsers Switzer Swiątek Swords Sych
Sychev Sycheva Sychin Sychina Sychyov Sycz Sydor Sydow Sygietyńska Sygietyński Sygut Sykała
Sykes Sykora Sykut Syldatk Sylvain Sylvest Sylvestre Symmeldinck Symonowicz Symons Synak Synek
Synnott Syombua Sype Sypek Sypień Sypuła Syrewicz Syrjälä Syroka Syrén Sysoyev Sysoyeva Sysło
Sytek Szabelska Szabelski Szabla Szablewska Szablewski Szabová Szabó Szachniewicz Szafarz Szaj
Szajda Szajek Szajna Szajner Szakolczai Szakács Szakály Szalai Szalast Szalay Szambelan Szara
Szarejko Szarpak Szaruga Szarzec Szatanik Szathmary Szatko Szatmary Szałaj Szałas Szałata
Szałkiewicz Szczap Szczawińska Szczawiński Szczechowicz Szczepan Szczepaniak Szczepaniec
Szczepanik Szczepaniuk Szczepanowska Szczepanowski Szczepański Szczerbiak Szczerek Szczesiak
Szcześniak Szczot Szczubełek Szczudło Szczutowska Szczutowski Szczypek Szczypiór Szczytko Szeja
Szekeres Szela Szelest Szell Szelpal Szemraj Szendrei Szenes Szervánszky Szeszko Szewczyk
Szigeti Sziklai Szilágyi Szilárd Szisz Szkaradek Szkatuła Szklarek Szklarska Szklarski Szklenár
Szkoda Szkopek Szkoła Szkup Szlachcic Szlaga Szlagowska Szlagowski Szlawska Szlawski Szlufik
Szluka Szlęk Szmagaj Szmaj Szmajda Szmalec Szmelter Szmuc Szmurło Sznura Szojda Szok Szoka
Szokol Szollosi Szondi Szott Szołtysek Szołtysik Szpala Szpanowska Szpanowski Szpara Szpila
Szpyra Szpyrka Szpyt Szram Szrama Szramka Sztaba Sztraka Sztuba Sztuczka Sztwiertnia Szulc
Szulczyk Szulim Szulist Szumacher Szumiec Szumiło Szumna Szumny Szurek Szuta Szwaj Szwaja
Szwałek Szwedowska Szwedowski Szwiec Szyba Szybiak Szyc Szyca Szyda Szyguła Szyja Szyjka
Szykuła Szylar Szyma Szymajda Szymanik Szymaniuk Szymała Szymańczak Szymańczyk Szymańska
Szymański Szymczak Szymczyk Szymków Szymocha Szymonik Szymula Szyndler Szynkiewicz Szywała
Szántó Szász Szávay Széchenyi Széchényi Székely Szép Szóstak Szücs Szłapa Szłapka Szőcs Szőke
Szűcs Sá Sáblík Sáblíková Sáenz Sáez Sáirséal Sámel Sámelová Sámeľ Sámeľová Sánchez Sándor
Sárközi São Säde Sägesser Sätteli Säuberlich Sæadóttir Sæason Sæbergs Sæbergsdóttir Sæbergsson
Sæbjartsdóttir Sæbjartsson Sæbjörns Sæis Sælaugs Sælaugsdóttir Sælaugsson Sæmadóttir Sæmanns
Sæmason Sæmunds Sæmundsdóttir Sæmundsson Særs Sæther Sævalds Sævaldsdóttir Sævaldsson Sævarrs
Sævars Sævins Sæþórs Sé Séagha Séamuis Séartha Séguin Sénécal Sénéchal Sévigny Símons Síocháin
Síoda Síomóin Síoráin Síothcháin Sírnirs Sírus Sírín Síthigh Síththe Sívars Sófus Sófónías
Sókrates Sólbergs Sólbergsdóttir Sólbergsson Sólbjarts Sólbjartsdóttir Sólbjartsson Sólbjörns
Sólimanns Sólmars Sólmunds Sólmundsdóttir Sólmundsson Sólons Sólvers Sólvins Söder Söderberg
Södergren Söderholm Söderlind Söderlund Söderman Söderqvist Söderström Söding Sölmunds
Sölmundsdóttir Sölmundsson Sölvadóttir Sölvars Sölvason Sölvis Sölzer Sören Sörens Sörensen
Sörenstam Sörladóttir Sörlason Sörlis Sözeri Sööt Søby Søe Søgaard Sønderby Søndergaard
Sønderskov Sønderup Sønnichsen Sørensdatter Sørensen Sørnes Sørum Súilleabháin Súilliobháin
Süleymanlı Süleymanov Süleymanoğlu Sülohe Sürth Sütterlin Süßebier Sýkora Sýkorová Sýrus Sądej
Sąsiadek Sędek Słaba Słabosz Słabowska Słabowski Słaby Sładek Sławik Słoboda Słobodzian
Słodkowska Słodkowski Słoka Słomian Słomiany Słonka Słowakiewicz Słowiak Słoń Słupek Słupik
Słyk Słysz Sədalı Sədaqətoğlu Səfərli Səlimova Səmədoğlu T'Jeinck TAI TAN TANG TAO TENG TI TIEN
TING TRUE TSAI TSAO TSENG TSO TSOU TSUI TU TUAN TUNG Taaj Taal Taanish Tabacchi Tabacu Tabak
Tabakov Tabakova Tabassum Tabatchikov Tabatchikova Tabet Tabisz Tabiś Taboada Tabone Tacchini
Taccola Tachter Taciak Tack Tackenn Taczała Taddei Taddeo Taddonio Tadeen Tadema Tadeusiak
Tadić Tadla Tadych Taets Tafaj Tafazal Tafelmeier Taferner Tafferrene Tafoya Tafuri Taggart
Tagliaferri Tagliaferro Tagliafierro Taglieri Tahaw-wur Tahawwur Taheem Tahincioğlu Tahir
Tahirzadə Tahmaseb Tahraoui Tahri Taibi Taichligh Taidhg Taillefer Taillon Tailor Taimur Tainio
Taipale Tait Taivalkoski Taj Tajammul Tak Takac Takach Takahashi Takala Takač Takke
Takkelenburg Takyi Takács Takáts Talaj Talal Talan Talanov Talanova Talarico Talat Talavera
Talaśka Talbi Talbot Taleb Talerico Talha Talhah Tali Taliani Talib Talich Taliercio Tallarico
Talley Tallo Talone Talpaš Talpašová Talts Talwar Talıblı Talıbov Tamanna Tamarit Tamasi Tamayo
Tamba Tambasco Tambellini Tamberg Tamborello Tamborini Tamburello Tamburi Tamburini Tamburino
Tamburo Tamburri Tamburrino Tamburro Tamez Tamhais Tami Tamm Tammaro Tamme Tammel Tammerijn
Tammet Tammi Tammik Tamminen Tampubolon Tamsma Tamás Tan Tanaka Tanckijnck Tancredi Tandberg
Tandon Tandradóttir Tandrason Tandris Taneja Tang Tange Tangeler Tangen Tangenhorst Tangerdinck
Tangerijnck Tanghe Tangney Tango Tangredi Tanguay Tanguy Tani Tanis Tank Tankink Tannemaat
Tanner Tano Tanrıkulu Tansey Tanskanen Tantalo Tantillo Tanui Tanzer Tanzi Tanzini Tao Taormina
Tap Tapdıqlı Tapdıqoğlu Tapia Tapio Tapp Tara Tarach Taralingova Taralov Taralova Taramarcaz
Taran Taranek Tarantini Tarantino Taranto Tarasek Tarasenko Tarasov Tarasova Tarassov Tarasyev
Tarasyeva Taravella Tarchetti Tarchini Tarczyńska Tarczyński Tardif Tardy Tarfs Tarfsdóttir
Tarfsson Targa Tarhan Tarihoran Tarján Tarkhov Tarkhova Tarkovskaya Tarkovskiy Tarkowska
Tarkowski Tarlaigh Tarn Tarnowska Tarnowski Tarolli Tarp Tarpaigh Tarpey Tarquinio Tarsi
Tartaglia Tartini Tarus Tarusov Tarusova Tarvainen Tasarz Tasbulatov Tasbulatova Tasca Tasche
Tashenev Tasheneva Tasior Taskinen Tasse Tassinari Tasso Tassoni Tassé Tata Tatar Tatarczuk
Tatarczyk Tatarek Tatarka Tatarkiewicz Tatarková Tatarová Tate Tatozov Tatár Tatárka Tatárová
Tauber Taucher Taufner Taufratshofer Tavares Tavernier Taves Tavčar Tawia Tawkeel Taylor
Taymanov Taymanova Tazegül Tazhibayev Tazhibayeva Tağızadə Tałaj Taşlı Taşçı TeWinkle Teahan
Teahmann Teangana Teangnaí Tebaldi Techer Tecław Teder Tedesco Tedoldi Teearu Teernink Teesalu
Teessink Teeuwsen Teganhe Tegelers Tegethof Tegnér Tegstedt Tehan Teherik Teichmann
Teigelkämper Teijlers Teilers Teimhneáin Teitenbosch Teits Teitsdóttir Teitsson Teixeira Tejada
Tejeda Tejedor Tejera Tejero Tekand Tekelioğlu Tekiela Tekieli Teleke Teleki Teles Telesio
Telichenko Telizhenko Tella Tellefsen Tellier Telljohann Tello Tellér Temesvari Temirbolat
Temirbulatova Temirbulatovy Temirov Temmerman Temmijnckhof Temminck Temmink Temperli TenHuisen
TenPas Tena Tencalla Tenckijnck Tenckinck Tendon Tendryakov Tendryakova Tengelaer Tengeler
Tenger Tenherkel Tenhousen Tenisch Tenkempers Tenkers Tenkinck Tenkink Tenkkempe Tennan Tenorio
Tenten Teodorowicz Teper Tepeš Tepper TerMaat Teras Terekhov Terekhova Terentyev Terentyeva
Terer Tereshchenko Tereshchuk Tereshkov Tereshkova Tereszkiewicz Terfenkooren Terheiden Terho
Terinck Terka Terkelsen Terkildsen Terlecka Terlecki Terlević Terlinden Termansen Termath
Termatt Ternan Terp Terragni Terrani Terrazas Terrell Terrettaz Terrier Terrot Terry Terrón
Teruel Tervo Tervoert Terzi Terzić Terán Tesakov Tesakova Tesař Tesic Tesijnck Teslenko Teslya
Tesoro Tessaro Tessier Tessinari Tessitore Testa Testani Testo Teter Teterin Teterina Teterycz
Teti Teuben Teufel Teufl Teuling Teumer Teunissen Teuniszen Teunnisen Teunte Teunter Teuscher
Teves Tevetoğlu Tewes Texier Textor Teyssier Tešija Tgeinck Thabekhulu Thabethe Thabizolo
Thaidhg Thaker Thakkar Thakur Thaler Thalhammer Thaller Thalmann Thaman Thamrin Thanel Thango
Thanigasalam Thantananont Thatcher Thaulow Thaysen The Thebault Theben Thebens Thebinck Theele
Theiler Thein Theis Theisen Thela Theler Thelesen Thembekwayo Thembela Themmen Thenjwayo
Theodórs Thering Therkelsen Therkildsen Therrien Thery Thesing Thesink Thestrup Theunis
Theunissen Theuri Theurillat Thevenet Thevenin Theys Theódórs Thiago Thiarnáin Thibault Thibaut
Thibodeau Thiebaut Thieenk Thieinck Thieke Thiel Thielen Thien Thienck Thienk Thierrin Thierry
Thiery Thies Thiesen Thiffault Thighearnaigh Thighearnáin Thijas Thijeenk Thijs Thijsen Thill
Thilman Thilmany Thimm Thinnes Thiomas Thiong'o Thirine Thirion Thiry Thisted Thivierge
Thiébaud Thjeenk Thobeni Thofelt Thoirbhealaigh Thoirdhealbhaigh Tholberg Thole Thom Thoma
Thomann Thomas Thomasen Thomassen Thomaz Thomes Thomet Thomka Thommen Thompson Thomsen Thomson
Thomáis Thomé Thonney Thonon Thor Thorbergs Thorcail Thorens Thoresen Thoresson Thorhauge
Thorkildsen Thornton Thorpe Thors Thorsen Thorson Thorup Thorén Thout Thoya Thoyana Thrane
Thriene Thränhardt Thréinfhear Thréinfhir Thuathail Thuathaláin Thuel Thuesen Thuillard
Thuillier Thuku Thulin Thuliswayo Thumbela Thumbeza Thunberg Thune Thunman Thuo Thuranira
Thureau-Dangin Thurner Thus Thushuisen Thushuizen Thusi Thusini Thust Thwala Thybo Thyeenk
Thygesen Thys Thyssen Thámhais Théberge Théoduloz Théorêt Théraulaz Thériault Théroux Thévoz
Thómais Thórs Thöne Thönen Thöni Thöny Thøgersen Thürlemann Thürler Tiainen Tian Tiano
Tianvarich Tiarda Tiarnaigh Tiarnáin Tiba Tiberi Tiberio Tiborcio Tichina Tichlers Tichá Tichý
Tidow Tiedtke Tiefenbacher Tiel Tieleman Tielemans Tieltjes Tienck Tienis Tienter Tiepolo
Tiernan Tierney Tierno Tiessing Tiessink Tietze Tiggeler Tiggelers Tiggeloven Tighe Tighearna
Tighearnaigh Tighearnáin Tigheloven Tihhomirov Tiihonen Tiik Tiilikainen Tiitinen Tiits
Tijeenck Tijeincks Tijenck Tijer Tijerina Tijgelers Tijggelers Tijl Tijnen Tijs Tijssen Tijsser
Tikal Tikha Tikhanin Tikhanina Tikhiy Tikhomirov Tikhomirova Tikhon Tikhonov Tikhonova Tikka
Tikkanen Tilgner Tilk Tillaart Tillack Tillenborgh Tillens Tiller Tillier Tillman Tillmanno
Tiltjes Timchenko Timchuk Timek Timeková Timka Timko Timková Timlin Timm Timmer Timmerman
Timmermann Timmermans Timmers Timminck Timofejev Timofeyev Timofeyeva Timonen Timoney Timony
Timpone Tims Tindars Tindradóttir Tindrason Tindris Tinds Tindsdóttir Tindsson Tine Tines
Tingelstad Tinguely Tinnadóttir Tinnason Tinnen Tinner Tinney Tinnis Tino Tins Tinti Tintzmann
Tiobraide Tiomanaidh Tiomanaigh Tiománaidhe Tiománaí Tirabassi Tirado Tirie Tirkkonen Tirone
Tirop Tirpák Tirpáková Tisaj Tischler Tischmann Tiso Tison Tisserand Tissier Tissot Titarenko
Titipatrayunyong Tito Titone Titov Titova Titovykh Tittman Titus Tivontschik Tiwaa Tiwari
Tixier Tjalds Tjaldsdóttir Tjaldsson Tjallings Tjeijnck Tjeinck Tjessem Tjörfadóttir Tjörfason
Tjörfis Tjörvadóttir Tjörvason Tjörvis Tkach Tkachenko Tlałka Tlustek Toal Tobar Tobbadóttir
Tobbason Tobes Tobia Tobiasen Tobin Tobler Toborek Tobías Tocci Tocco Toce Tochevaklopova
Toczko Todaro Todd Toddadóttir Toddason Todora Todorov Todorova Todorovska Todorovski
Todsapornpitakul Toebes Toebus Toetelink Tofani Tofil Toft Tofte Togher Togliatti Tognazzi
Tognetti Tognola Tohall Toia Toirbhealaigh Toivanen Toivonen Toić Tok Tokaj Tokar Tokarek
Tokarev Tokareva Tokatlıoğlu Tokgöz Tokov Tol Tolain Tolaj Tolak Tolan Toldo Toledo Tolentino
Tolerico Tolfano Tolin Tolj Tolkamp Toll Tolladóttir Tollason Tollefsen Tollis Tolomeo Tolonen
Tolosa Toloza Tolstaya Tolstoy Tolstrup Tolstykh Tolvanen Toma Tomaino Tomal Tomalak Tomalik
Tomamichel Toman Tomana Tomanek Tomankiewicz Tomanová Tomaník Tomaníková Tomarchio Tomas
Tomaselli Tomasello Tomasetti Tomasi Tomasine Tomasini Tomasino Tomaso Tomassetti Tomassi
Tomassini Tomasso Tomasulo Tomaszczyk Tomaszewska Tomaszewski Tomaszkiewicz Tomaszuk Tomaň
Tomaňová Tomašek Tomašeková Tomašević Tomašić Tomaška Tomaško Tomašková Tomažič Tomczak Tomczyk
Tomei Tomek Tomeková Tomeo Tomes Tomescu Tomeček Tomečeková Tomečka Tomečko Tomečková Tomhnair
Tomingas Tomić Tomičić Tomka Tomko Tomková Tomlinson Tomljanović Tommaseo Toms Tomson Tomus
Tomys Tomzik Tomáis Tománek Tománeková Tomás Tomáš Tomášek Tomášeková Tomášik Tomášiková
Tomáška Tomáško Tomášková Tomášová Tomé Tomíčková Tomšič Ton Tona Tonat Tonc Tonder Tondera
Tonelli Toner Tonet Toneto Tongerlo Toni Tonin Toninelli Tonini Tonissen Tonisto Tonn
Tonnadóttir Tonnason Tonnesen Tonnis Tonoli Tonon Tonra Tonti Tonui Too Toolan Toole Toolin
Toolis Toolkamp Toom Tooman Toome Toomey Tooming Toomsalu Toor Toots Top Topa Topaloğlu
Topchiyev Topchiyeva Topchiyski Topić Topkov Toplak Topolska Topolski Topoľská Topoľský Topp
Toppi Toppins Tops Topçuoğlu Toraman Torbus Torchia Torfadóttir Torfason Torfis Torfs Torkelsen
Torlonia Torlopov Torlopova Torma Tormaigh Tormay Tormey Tormo Tornatore Tornay Tornquist Toro
Toroitich Torp Torpey Torphy Torralba Torre Torrecilla Torrence Torrenga Torrens Torrent
Torrents Torres Torriani Torricelli Torrijos Torstensson Torti Torvalds Torvinen Toró
Toscanelli Toscani Toscanini Toschini Toselli Toshev Tosi Toskala Toso Tosoni Toste Tostelers
Tostes Tosto Toth Totino Totić Totwiller Touati Toubeau Touchette Touil Toumi Toupin Tourigny
Tournay Tournier Tours Tousignant Toussaint Tovanichev Tovanicheva Tovar Tovstolis Tovstukha
Towarek Towarnicka Towarnicki Towett Towne Townsend Toy Toze Tozi Tozzi Tozzo Toè Tołoczko Toś
Tpchileshchov Tra Traa Traas Trabucco Tracey Trachter Tracy Trae Traetta Traficante Trahan
Traina Traino Trainor Trama Tramontana Tramontano Tramonte Tramontozzi Trampeli Tran Tranberg
Tranchina Trancho Trani Trantow Traoin Traore Trapanese Trapani Trapp Trappe Trask Tratnik
Trattner Trauffer Trauner Trausch Traustadóttir Traustason Traustis Trauth Trautmann Travaglia
Travaglini Travaglio Travan Trave Travers Traversa Traverso Travia Travis Travisano Trawka
Traxler Traynor Trbović Treabhair Treacy Treanor Treasa Treasaigh Treasaí Trebbi Treboux
Treccani Treff Trefilov Trefilova Trefilyev Trefilyeva Trei Treial Treier Trejo Tremblay
Tremmel Tremonti Tremp Trenor Trentin Trentini Trento Treoigh Trepczyk Trepka Trepp Tres Tresch
Treschow Tresoldi Tress Tretyakov Tretyakova Treuen Treutel Treves Trevino Trevisan Trevisani
Treviño Trezza Trezzini Treó Treóigh Trgovčić Triall Triana Trier Trierweiler Trifiletti
Trifonov Trifonova Triglia Trigub Trikasemmart Triller Trillini Trillo Trimble Trimboli Trimmel
Trinca Trincavelli Trindade Tringale Tringali Trinkl Triola Triolo Tripathi Tripeno Tripi
Triplat Tripodi Tripoli Triska Tristans Tristão Trivedi Trivisonno Trlík Trlíková Trnka Trnski
Trobbiani Troccoli Troch Trochim Trochimiuk Troelsen Trofimov Trofimova Troger Troia Troiani
Troiano Troilo Troise Troisi Trojan Trojanek Trojanowicz Troka Trolle Trombert Trombetta
Trombini Trombino Trommler Tromp Tron Troncone Troncoso Tronolone Tropea Tropeano Tropiano
Tropin Tropina Tros Trostans Trotskiy Trotta Trotti Trottier Trottmann Trotto Trovato Troy
Trozzo Troć Trub Truben Trubenová Trubiano Trubin Truchan Truchel Truchon Trudeau Trudel
Trudolyubov Trudolyubova Truelsen Trufanov Trufanova Truglio Truin Trujillo Trummer Trump
Trunzo Trupiano Trupp Trussardi Trutanić Truttmann Truu Trybała Trybus Trybuś Tryc
Tryggvadóttir Tryggvason Tryggvis Tryka Trzcionka Trzcińska Trzciński Trzebiatowska
Trzebiatowski Trzepizur Trzmiel Trznadel Trzop Trzos Trzpil Trzyna Trávníček Tréinfhear
Trépanier Trösch Tröst Trúmanns Trüb Trümpi Trąbka Trần Tsamonikian Tsarenko Tschabold Tschalèr
Tschanz Tscharner Tschenett Tschentscher Tschiers Tschirch Tschirky Tschopp Tschudin Tschumi
Tsepov Tsepova Tsibulenko Tsimbal Tsimbalyuk Tsisik Tsitskov Tsotsov Tsuchiya Tsuma Tsushko
Tsvetankov Tsvetankova Tsvetkov Tsvetkova Tsvetkovska Tsvetkovski Tsyganov Tsyganova Tsypkin
Tsypkina Tsyupa Tsyutsyura Tuachair Tuairisc Tuairisg Tuama Tuamáin Tuaraisce Tuaruisce
Tuataigh Tuathaigh Tuathail Tuathaill Tuathaláin Tuathalín Tuathlainn Tubes Tubridy Tubus Tuch
Tuchkov Tuchkova Tucholke Tucker Tudela Tudić Tudor Tudow Tuebers Tuente Tuenter Tufo Tuft
Tufte Tuijbers Tuijl Tuijnte Tuijnteman Tuijntte Tuile Tuimlin Tuint Tuinte Tuisk Tuithof
Tukane Tukhchiyev Tuksar Tukur Tully Tumadóttir Tumangelov Tumas Tumason Tumis Tunaboylu
Tungkasethakul Tunison Tunçeri Tuohey Tuohy Tuomaala Tuomainen Tuomela Tuomi Tuominen Tuomioja
Tuomisto Tuomola Tuor Tuovinen Tupá Tupý Tur Turallı Turan Turati Turbian Turbide Turchetta
Turchi Turci Turcotte Turczyk Turczyńska Turczyński Turesson Turgenev Turgeneva Turgeon Turin
Turina Turiņa Turiņš Turk Turkalj Turkalo Turki Turković Turkul Turlej Turley Turmel Turmes
Turnbull Turner Turongkinanon Turov Turova Turovskaya Turovskiy Turowska Turowski Turoń
Turpeinen Turpin Turra Turraoin Turrini Tursunov Tursunova Turtiainen Turudić Turunen Turčinov
Turčok Turčoková Tuschmo Tushuijs Tushuizen Tusinck Tusk Tusseron Tutino Tutka Tutty Tutu
Tuturilov Tuul Tuulik Tuunte Tuunter Tuwei Tuyll Tuynte Tuzimek Tuzzolino Tuđa Tuğlu Tuğluk
Tułacz Tušek Tuškan Tveit Tverdokhlib Twardosz Twardy Twardzik Tweneboa Twenthe Twidle
Twijnstra Twohey Twohig Twomey Tworzewska Tworzewski Tworzydło Twumasi Tyagnibok Tyasinck
Tychsen Tyczka Tyka Tyldum Tylec Tylek Tyler Tylka Tylman Tylus Tyma Tymczyszyn Tynan Tyniec
Tynyanov Tynyanova Tyomkin Tyomkina Tyrfings Tyrfingsdóttir Tyrfingsson Tyrne Tyrrell Tyson
Tyszka Tytko Tyulpanov Tyulpanova Tyuryakulov Tyuryakulova Tyutchev Tyutcheva Tywoniuk
Táilliúir Támhais Tâche Tächl Täht Tähtinen Täsche Téacháin Téidheacháin Téllez Tétreault
Tímadóttir Tímason Tímis Tímons Tímoteus Tímóteus Tístrans Tóadóttir Tóason Tóbías Tóibín Tóis
Tókadóttir Tókason Tókis Tóláin Tómas Tómasson Tórpaigh Tórrez Tórs Tórz Tóth Tóthová Tõnisson
Többen Tönz Töpfer Törnqvist Törnros Török Törőcsik Tønder Tønnesen Tøttrup Türk Türkdoğan
Türkyılmaz Tütüncü Tüzün Týrs Tłuczek Třešňák Tůma Tůmová Təhmasibli Uaid Uaithne Uaitéir
Ualghairg Uallacháin Ualtair Ubaadah Ubadah Ubaid Ubaidah Ubaldi Ubay Ubayd Ubaydullah
Ubbadóttir Ubbason Ubbijnck Ubbinck Ubbing Ubbink Ubbinkhuisken Ubbis Uberti Ubysz Uca Uccello
Ucci Uche Udachin Udachina Udalov Udalova Udaltsov Udaltsova Udeen Udeh Udinck Udinese Udinesi
Udink Udodov Udodova Udovenko Udovichenko Udriot Udsen Uebbing Uebelhart Uem Uffijnck Uffinck
Uffincks Uffing Uffink Ufnal Ufniarz Ugarte Uggadóttir Uggason Uggis Uggla Ughi Uglev Ugleva
Ugo Ugolini Ugrinić Uhban Uhl Uhlemann Uhlig Uhrig Uibel Uibhrín Uibo Uidhir Uidhlinn Uiginn
Uijttenboogaart Uilcín Uit Uittenbosch Ukić Ukkonen Uland Ulant Uldry Ulenbrugge Ulewicz Ulf
Ulfik Uliana Uliano Uliasz Ulibarri Ulick Uliczka Ulitskiy Uljas Ullewick Ullewijck Ullmann
Ulloa Ullrich Ulmer Ulrich Ulrichs Ulriksen Ulrych Ultaigh Ultramar Uluhan Uluç Ulyanov
Ulyanova Umaarah Umair Umanets Umar Umarov Umbach Umbricht Umińska Umiński Umlauft Umminger
Umudlu Unadóttir Unason Undasynov Undasynova Underberg Underwood Ungaretti Ungaro Unger Uniacke
Uniaque Uninck Unis Unnars Unnbjörns Unndórs Unnik Unninck Unnink Unnsteinns Unnþórs Unruoch
Unt Unterberger Unternährer Unterpaintner Unterweger Uosukainen Uotila Upadhyay Upatov Upatova
Uphaus Uphuis Uphus Uppal Upton Uram Uramová Urazayev Urazayeva Urazov Urazova Urb Urbach
Urbain Urban Urbani Urbaniak Urbanik Urbanová Urbansky Urbany Urbańska Urbański Urben Urbina
Urbino Urblík Urblíková Urbonas Urciuoli Urech Ureña Urfer Urgo Urhig Uriarte Uribe Urlić Uroda
Urpilainen Urra Urrab Urrutia Ursillo Ursini Ursino Urso Uryga Urynowicz Urzúa Uría Urías
Urðars Usada Usamah Usarek Usenov Usenova Usik Usmonov Uspenskaya Uspenskiy Uss Ustenko Ustinov
Ustinova Ustyanov Ustyanova Utama Utami Uteshev Utesheva Utkin Utkina Utrata Utyosov Utyosova
Utzinger Uulwick Uus Uusitalo Uustalu Uva Uvarov Uvarova Uwais Uwland Uxadóttir Uxason Uxis
Uyainah Uylenburch Uzar Uziębło Uzun Uzunoğlu Uzzo Uí Uğurlu Ułanowicz Ušić VI Vaags Vaaltwies
Vaati Vabaza Vaca Vacanti Vacca Vaccarella Vaccarelli Vaccarello Vaccari Vaccariello Vaccarino
Vaccaro Vacco Vacek Vacher Vachon Vaci Vacková Vad Vadagnin Vadala Vader Vadász Vaegdinck
Vaeghts Vaegts Vael Vaelrijt Vaeltriedt Vaeltwis Vaerme Vaes Vaessen Vagen Vagnoni Vagns Vahar
Vaher Vahlensieck Vaht Vahter Vahtra Vaidya Vaillancourt Vaillant Vain Vainio Vaino Vairo
Vajcik Vajciková Vajcík Vajcíková Vajda Vajdová Vakarchuk Vakhniy Vakhtin Vakhtina Vakrilov
Vaks Vaksdóttir Vaksson Vakulenko Vakulin Vakulina Vakulov Vakulova Vala Valach Valachovič
Valachovičová Valachová Valadez Valani Valbergs Valbergsdóttir Valbergsson Valbjörns Valbrands
Valbrandsdóttir Valbrandsson Valbuena Valcourt Valcárcel Valdadóttir Valdason Valdebenito
Valdemars Valderrama Valdez Valdimars Valdino Valdis Valdivia Valdés Valdórs Valebrokk Valen
Valencia Valenciano Valenko Valent Valenta Valente Valenti Valentin Valentine Valentini
Valentino Valentinov Valentinova Valentić Valentová Valentín Valentínová Valentíns Valentínus
Valenza Valenzuela Valera Valeri Valero Valetov Valetova Valette Valgarðs Valgarðsdóttir
Valgarðsson Valge Valgeirs Valguarnera Valiante Valiate Valiati Valiatti Valier Valikhanov
Valikhanova Valiquette Valjetić Valk Valkama Valkonen Vall Valla Valladares Vallario Vallat
Vallaðs Vallaðsdóttir Vallaðsson Valle Vallee Vallejo Vallejos Vallenari Vallenduuk Valles
Vallese Vallet Valli Vallin Vallières Vallone Valls Vallée Vallélian Vallés Valmarana Valmars
Valmunds Valmundsdóttir Valmundsson Valois Valore Valoto Valriet Vals Valsdóttir Valsson
Valstad Valsteinns Valters Valtonen Valtwijs Valtýrs Valušek Valušeková Valuška Valušková
Valvano Valverde Valves Valvo Valíants Valíček Valíčeková Valþórs Vampirska Van'T VanEarden
VanSluys Vanacore Vanaga Vanags Vanbrabant Vance Vanchenko Vandaele Vandal Vandale Vandamme
Vandecasteele Vandekerckhove Vandemare Vandenbergh Vandenberghe Vandenbroucke Vandenburg
Vandenbussche Vandendriessche Vandeputte Vander VanderSchaaff Vanderbeek Vanderbie Vanderbusch
Vanderheyden Vanderlinden Vanderstraeten Vandervort Vanderwerge Vandevelde Vandewalle
Vandroogenbroeck Vanegas Vanek Vaneková Vanella Vanetti Vang Vangermain Vangisa Vangsgaard
Vanhanen Vanhatalo Vanhee Vanhoutte Vanhove Vanier Vann Vannay Vannelli Vanneste Vanni Vannier
Vannucci Vanore Vansteenkiste Vantil Vanvitelli Vanzan Vanzetta Vaněk Vaquero Vara Varadi
Varady Varallo Varano Varas Varavva Varchenko Varda Vardinck Varding Vardink Varela Varella
Vares Varga Vargas Varghese Vargová Varik Varin Varinkwoort Vario Varis Varisco Varkey Varlamov
Varlamova Varma Varmars Varnavin Varnavina Varni Varninck Varone Varonen Varonier Varriale
Varricchio Varrone Vars Varshavskaya Varshavskiy Vartiainen Varty Varughese Varvaro Vasa Vasara
Vasari Vasas Vasbinder Vasconcelos Vasechkin Vasechkina Vasechko Vashchenko
Vashchenkozakharchenko Vashchuk Vasilashko Vasile Vasilechko Vasilenko Vasilev Vasileva
Vasilevich Vasiliev Vasilov Vasilova Vasilyev Vasilyeva Vasilyevich Vaska Vaskin Vaskina Vasko
Vasková Vasoler Vasquez Vass Vassallo Vasseur Vasta Vasteels Vastenhouw Vasterins Vastraedsd
Vasyuchenko Vatamanyuk Vatebenders Vater Vatnars Vatsbenden Vattimo Vaudan Vaughan Vaughn
Vavilin Vavilina Vavilov Vavilova Vavrinec Vavrinecová Vayman Vaynery Vaysbekker Vaz Vazquez
Vazsonyi Vaňková Vašek Vašeková Vaška Vaško Vašková Vašíček Vdovenko Vdovichenko Veale Veas
Vecchi Vecchia Vecchio Vecellio Vecoli Vedderinck Vedel Vedenskaya Vedenskiy Veelders Veelers
Veelltbrugge Veeltkamp Veen Veenandaal Veenderbos Veendricks Veene Veenemans Veenen Veenendaal
Veenhoes Veenhuijs Veenhuis Veenhuizen Veenman Veenne Veenstra Veer Veerbeeck Veerbeek
Veerdinck Veerdink Veerinck Veerink Vega Vegos Vegt Vehnhuis Veierød Veigars Veigs Veigsdóttir
Veigsson Veillette Veilleux Veit Veiver Veić Vejar Vekar Vela Velandia Velasco Velasquez
Velazquez Veld Veldboom Velde Velden Velderman Veldhorst Veldhuis Veldkamp Veldman Veleke
Veleker Velers Velez Velichko Velioğlu Velkov Velkova Vellekamp Veller Vellers Velling Veloso
Velsen Veltboom Veltcamp Velthorst Velthoven Velthuijs Velthuis Veltkamp Veltman Veltroni
Veluwe Velzen Velásquez Velázquez Velďák Velďáková Ven Vendelbo Vendelbos Venderbosch
Venderbusch Vendermiatti Vendetti Venditti Vendrell Vene Venediktov Venediktova Venegas Venema
Veneman Venemans Venendaal Venetz Venevitinov Venevitinova Veneziano Venghaus Vengrinovich
Venhues Venhuijs Venhuijss Venier Venkataraman Venkatesh Venn Vennamo Venne Vennemans Vennen
Venner Vennerød Vennewertlo Venrooy Vento Ventura Venturi Venturim Venturin Venturini Venus
Venwertloo Venzin Venäläinen Veprev Vepreva Vepsäläinen Ver Vera Veraguth Verbeeck Verbeek
Verbeke Verbiest Verbist Verboom Verborg Verboven Verbruggen Verbrugghe Vercammen Vercauteren
Vercelloni Vercoe Vercruysse Verda Verdan Verde Verdebrechtijnck Verdebrechtinck Verdejo
Verderame Verderosa Verdi Verdier Verdierk Verdinck Verdink Verdonck Verdone Verdoun Verducci
Verdugo Verdun Verduzco Verdú Vereecke Vereecken Verelst Veres Vereza Verfaillie Verfelde Verga
Vergara Vergassola Vergauwen Vergeer Verger Vergerio Vergoossen Vergowe Vergun Verhaaff Verhaar
Verhaegen Verhaeghe Verhage Verhagen Verharen Verheij Verhelst Verheuvel Verheyden Verheyen
Verhoeven Verholen Verholt Verhoof Verhulst Verijnck Verinck Vering Verink Verkade Verkhola
Verkhovinets Verkin Verkina Verlinden Verma Vermandois Vermeer Vermeersch Vermeil Vermeir
Vermeire Vermeiren Vermenich Vermette Vermeulen Vermeylen Vermot Vermunds Vermundsdóttir
Vermundsson Verna Vernet Vernetti Vernharðs Vernharðsdóttir Vernharðsson Verni Vernidub Vernier
Verniest Vernigora Vernikov Vernikova Verno Vero Veron Verona Veronesi Verploeg Verrastro
Verreault Verret Verri Verrico Verrier Verrilli Verrone Vers Versace Verschage Verschagen
Verschuere Verschueren Verschut Vershinin Vershinina Versluijs Verstappen Verstraete
Verstraeten Vertiporokh Vertoor Vertooren Vertuane Vertucci Verucchi Vervaeke Vervaet Vervat
Verveld Vervelde Ververs Verville Vervloet Vervoort Verwey Verwimp Verwoert Verwolt Verwoold
Verzi Verzilov Verzilova Veréb Vesa Vescio Vesco Vescovi Vesel Veselov Veselova Veselová
Veselyy Veselá Veselý Veski Vespa Vespucci Vest Vestars Vester Vestergaard Vestergård
Vesterinck Vesterinen Vesterlund Vestin Vestman Vestmars Vetere Veterník Veterníková Vethayasas
Vetlesen Vetorazzi Vetrone Vetrov Vetrova Vetsch Vettraino Veturliðadóttir Veturliðason
Veturliðis Vető Veuger Veum Veurentjes Veverka Vey Veysəlli Vezi Vezzali Via Viaene Vial
Vialars Viale Vian Viana Vianello Viani Vianna Viano Viard Viau Viaud Viberg Viborg Vicari
Vicario Vicen Vicena Vicencio Vicenová Vicens Vicente Vicini Vicino Victor Victors Victory Vida
Vidaković Vidal Vidas Videla Vidic Vidmar Vidoni Vidotti Vidov Vidović Vidovič Vieberink
Viebrantz Vieira Viel Viellehner Vienne Viens Viera Vieracker Vierdag Vierenhout Viergiver
Viets Vietti Vieweg Vig Vigfús Viggós Vigier Vigil Viglione Vigliotti Vigna Vignal Vignali
Vigneault Vigneron Vignirs Vignola Vignon Vignone Vigorelli Vigouroux Vigradóttir Vigrason
Vigris Vigs Vigsdóttir Vigsson Vigtýrs Viguier Viik Viinanen Viira Viitala Viitanen Vijgh Vijle
Vijths Vik Vikars Vikentyev Vikentyeva Vikhrov Vikhrova Vikkers Viklund Viks Vikström Viktorov
Viktorova Viktors Vila Viladóttir Vilain Vilakazi Vilalta Vilanova Vilaplana Vilar Vilardo
Vilason Vilayətoğlu Vilbergs Vilbergsdóttir Vilbergsson Vilberts Vilbjörns Vilbogadóttir
Vilbogason Vilbogis Vilbrands Vilbrandsdóttir Vilbrandsson Vilches Vilciņa Vilciņš Vildeken
Vildekes Vile Vilgeirs Vilhelms Vilhelmsen Vilhelmsson Vilhjalmsson Vilhjálms Vilhjálmsdóttir
Vilhjálmsson Vilis Viljadóttir Viljanen Viljars Viljason Viljevac Viljis Vilks Vill Villa
Villablanca Villadicani Villadsen Villadóttir Villagra Villagrán Villagómez Villain Villalba
Villalobos Villalonga Villalpando Villamil Villamizar Villani Villano Villanova Villanueva
Villar Villard Villareal Villares Villarosa Villarreal Villarroel Villars Villaseñor Villason
Villaverde Villegas Villekens Villekes Villela Villella Villemson Villena Villeneuve Villette
Villis Villone Villoz Villumsen Vilmars Vilmont Vilmunds Vilmundsdóttir Vilmundsson Vilppula
Vils Vilstrup Vincelli Vincent Vincenti Vincents Vincenzo Vincetić Vinci Vinck Vinco Vincze
Vind Vinding Vinet Vingqvist Vinjars Vink Vinkemulder Vinkenvleugel Vinković Vinogradov
Vinogradova Vinson Vinter Vinther Vintilov Vintilova Vinyuvanichkul Vinzens Viola Viret Virgili
Virgilio Virgills Virginia Virk Virkhov Virkhova Virolainen Virta Virtanen Virzi Virág Vis
Visalli Viscardi Visco Viscomi Visconti Viscuso Viselli Vishivana Vishivaniy Vishnevskaya
Vishnevskiy Vishnyak Vishnyakov Vishnyakova Visintini Vismara Visnapuu Visochan Vispeck
Visscher Visschers Visser Vissers Vistisen Viswanathan Vita Vitacco Vital Vitale Vitali Vitanza
Vitasović Vitela Vitelli Vitello Viter Viti Vitiello Vitkovskaya Vitkovskiy Vito Vitolo
Vitorazzi Vitrano Vitruk Vittadello Vitti Vittone Vittori Vittoria Vittorio Vittrup Vitturi
Vitucci Vitulli Vitullo Vitushev Vitusheva Vityazev Vityazeva Vivaldi Vivanco Vivcharenko
Viveen Vivenzio Viverinck Viveros Vives Viviani Viviano Vivier Vivirito Vivolo Vivona Vizbor
Vizcaíno Vizza Vizzini Viðars Viña Viñas Višňovská Višňovský Vižintin Vlaanderen Vlach
Vlachovič Vlachovičová Vlachová Vladimirov Vladimirova Vladimirskaya Vladimirskiy Vladimov
Vladimova Vladislavić Vlaeminck Vlahović Vlascamp Vlasenko Vlaskamp Vlasov Vlasova Vlassov
Vlasyev Vlasyeva Vlasyuk Vlašić Vlekkert Vleugels Vliedt Vlierhaar Vlierman Vliert Vliet Vliete
Vlijett Vlk Vlková Vlna Vlnka Vlnková Vlnová Vlogtman Vlokh Vloon Vlček Vlčková Vnifatyev
Vnifatyeva Vobla Vobliy Voce Voci Vock Vockers Vockinck Vockinckvelt Vocking Vockink Voddenikov
Voddenikova Vodička Vodolazkin Vodolazkina Vodopivec Voelkel Voer Voerde Voerknecht Voerman
Voermann Voert Voet Voets Vogedes Vogel Vogelgsang Vogels Vogelsanger Vogelzang Voggensperger
Vogl Vogler Vognsen Vogt Vogts Vohra Voigt Voinea Voirol Voirst Voisard Voisin Vojković
Vojnović Vojtek Vojteková Vojtka Vojtko Vojtková Voking Vokking Vokkink Vokuhl Volante
Volarević Volarić Volbeda Volcke Volden Volet Volgers Volino Volk Volkart Volken Volker
Volkerink Volkers Volkman Volkmann Volkov Volkova Vollaro Vollbrecht Vollenhove Vollmer Volmer
Volmerijnck Volmerink Volmers Volochkov Volochkova Volodarskaya Volodarskiy Volodikhin
Volodikhina Volos Volpato Volpe Volpi Volpicelli Volponi Volta Voltelen Volterra Voltman
Voluzia VonRueden Vona Vonder Vonderhorst Vonderhuis Vonders Vonhof Vonifatov Vonifatova
Vonifatyev Vonifatyeva Vonlanthen Vontein Vonwyl Voogt Voogts Voorde Voordes Voordwijsch
Voorhout Voorst Voort Voorthuijsen Voortman Voortwies Voortwijs Voortwis Voortwisch Vooskul
Vopnadóttir Vopnason Vopnis Vora Vorden Vordtwis Vorel Voren Vorenveld Vorkapić Vorms Vorobjov
Vorobyev Vorobyeva Vorobyov Voronin Voronov Voronova Vorontsov Vorontsova Vorotnikov
Vorotnikova Vorpe Vorst Vortwis Voráček Vos Voseenberg Voser Vosheurne Voskamp Voskoboynikov
Voskoboynikova Voskoel Voskuel Voskuijl Voskuijll Voskuil Voskull Voskuyl Voss Vossegat
Vossekuil Vossen Vossers Vosti Vostryakov Vostryakova Vostřák Vota Votrin Votrina Votta
Vouillamoz Vouilloz Voutaz Voutilainen Vovchok Vovk Voyer Voynov Voynova Voynovich Vozar Vozila
Vozzella Vozár Vozárová Voříšek Vrabcová Vrabec Vrabel Vrabelj Vrablec Vrablecová Vrakink
Vrakkink Vrancken Vranckx Vranić Vranken Vrazhalski Vrban Vrdoljak Vreede Vreeke Vreelink
Vreeman Vreesen Vreland Vrelink Vreman Vremans Vrenegoir Vrenegoor Vresen Vretenar Vreugink
Vrhovec Vries Vriesen Vrieze Vriezelder Vriezen Vrijdag Vrijheid Vrijmoet Vrijmoett Vrijse
Vroege Vrolijck Vrome Vroom Vroome Vroomen Vrouwens Vrtuninski Vruchtnijet Vruggink Vrugt
Vruwink Vrána Vsevolozhskaya Vsevolozhskiy Vsiliauskas Vuadens Vugarato Vugdelija Vugec Vught
Vuichard Vuignier Vuillaume Vuille Vuillermet Vuilleumier Vujicsics Vuk Vukelić Vukman
Vukobratović Vuković Vukušić Vuljak Vulliamy Vullo Vulpen Vultaggio Vultink Vumisa Vunderink
Vundla Vunisa Vuono Vuorela Vuori Vuorinen Vurden Vuurman Vuyst Vučetić Vučin Vučković Vyas
Vyazemskaya Vyazemskiy Vycpálek Vydarená Vydarený Vydra Vzvzov Váci Váladóttir Válason Vális
Vápnadóttir Vápnason Vápnis Váradi Várhidi Várkonyi Váska Vásková Vásquez Vásáry Vávra Vávrová
Vázquez Váňa Vähi Väistö Väisänen Väli Välimaa Välimäki Väyrynen Väänänen Vårvik Værnes
Vébjörns Végeirs Végh Vékells Vékelsdóttir Vékelsson Vélaugs Vélaugsdóttir Vélaugsson Vélez
Véliz Vémunds Vémundsdóttir Vémundsson Vésteinns Vézina Vífills Víglunds Víglundsdóttir
Víglundsson Vígmars Vígmunds Vígmundsdóttir Vígmundsson Vígsteinns Vígþórs Víkings
Víkingsdóttir Víkingsson Vítek Vítkovský Vítková Víðars Víðirs Võsu Vögeli Vöggs Vöggsdóttir
Vöggsson Vögtli Völunds Völundsdóttir Völundsson Vörðs Vörðsdóttir Vörðsson Vörös Vörösmarty
Vöröss Vötts Vöttsdóttir Vöttsson Vīksna Vītola Vītoliņa Vītoliņš Vītols Vũ Vəfalı Vəlioğlu
Vəlixanov Vəliyeva Vəlizadə Vəzirov Vəziroğlu WAN WANG WEI WEN WENG WU Waadeland Waagaard Waage
Waahid Waajid Waal Waaler Waalfort Waarbeek Waardeloo Waas Waber Wabik Wable Wabomba Wabwile
Wabwire Wac Wacana Wachen Wachenbrunner Wachira Wachtel Wachter Wachtman Wacław Wacławczyk
Wacławiak Wade Waderle Wadhwa Wadi Wadood Waeber Waegenaers Waeij Waelchi Waele Waellijen
Waelvaert Waemelinck Waemelink Waerle Wafa Wafeeq Wafula Wage Wagelaar Wagenaar Wagener
Wagenknecht Wagenvoort Waggum Waghorn Wagle Waglewska Waglewski Wagner Wahhaaj Wahlberg
Wahlgren Wahli Wahlien Wahlström Wahome Wahyudin Wahyuni Waibel Waijerdincks Waijerdink
Wainaina Wainer Wairimu Wait Waithaka Waithera Waithira Wajdzik Wajer Wakan Wakhungu Wakio Wako
Wakuła Wal Walasik Walberg Walbusen Walch Walcher Walczak Walder Walderade Walderboom Waldmann
Waldmeier Waldner Waldoor Waldron Wale Waleczek Walenciak Walencik Walentynowicz Walewska
Walewski Walfaert Walfart Walfoord Walford Walgren Walhingen Walhuizen Wali Walia Walicka
Walicki Waligórska Waligórski Walijen Waliszewska Waliszewski Waliën Walker Walkusz Wall Walla
Wallace Wallaert Wallberg Walle Wallenberg Waller Wallgren Walli Wallimann Wallin Wallis
Wallner Wallory Walls Wallstab Wallvord Wallén Walo Waloch Walocha Waloszczyk Waloszek Walser
Walsh Walshe Walsteijn Walter Walterink Walters Walther Waltl Walton Waltrade Waluk Walus
Walusiak Waluyo Walvaard Walvaart Walvaer Walvaerd Walvaert Walvart Walvoert Walvoord Walvoordt
Walvoort Walvort Walz Wamaitha Wamalwa Wamboi Wambua Wambugu Wambui Wambura Wameldijnck
Wameldinck Wamelijnck Wamelinck Wameling Wamelink Wampach Wampfler Wamuyu Wan Wanda Wandas
Wandeler Wandera Wandermurem Wanders Wandfluh Wandl Wandscheer Wandzel Wang Wanga Wangai
Wangare Wangari Wangechi Wangeci Wanger Wangila Wangui Waniek Wanijiku Wanja Wanjala Wanjau
Wanje Wanjiku Wanjira Wanjiru Wanjohi Wanjugu Wannapaitoonsri Wanner Wanners Wanninck Wanrooij
Wanscheer Wanshane Wanshuis Wansingk Wansink Wantz Wanyama Wanyoike Wanyonyi Wanza Wanzala
Waraksa Warchał Warczak Ward Wardzała Wardziak Ware Warendorp Wargerinck Wargerink Warierdink
Wario Waris Warjerdinck Warle Warmelo Warmer Warmeskamp Warming Warmuz Warnaars Warnars Warner
Warners Warnier Warnshuis Warnsinck Warnsink Warnssinck Warren Warrierdinck Warrierding
Warrierdink Warrijerdink Warrior Wartenberg Waruguru Warui Warwas Warych Warzager Warzybok
Waschbüsch Wasendlunkulu Waser Wash Washington Wasiak Wasiewicz Wasike Wasil Wasilewicz
Wasilewski Wasink Wasita Wasiuk Waskita Wasmer Wason Wasonga Wassenaar Wassenbarg Wassenburg
Wassijnck Wassilew Wassiluk Wassinck Wassing Wassink Wasteels Wastuti Wasunun Waswa Wasyluk
Waszczyk Waszkiewicz Wasążnik Watanabe Water Wateringh Waterman Waters Watertap Wathelet
Watkins Watras Watsica Watson Watt Watters Wattiez Watts Waugh Wauters Wauthier Waveren Wavinya
Wawak Waweru Wawira Wawire Wawra Wawryniuk Wawrzeńczyk Wawrzkiewicz Wawrzonek Wawrzyczek
Wawrzyk Wawrzyn Wawrzynek Wawrzyniak Wawrzynkiewicz Wawrzynowicz Wawrzyńczyk Wawszczak
Wawszczyk Way Wayerdink Wayua Wałach Wałaszek Wałdoch Wałek Wałęsa Waśkowicz Waśkowska
Waśkowski Ważna Ważny Wdowczyk Weaver Weavers Webb Webby Weber Webster Wechel Wechgelaar
Wechgelaer Wechselberger Wechsler Wechuli Wecks Weddelincks Weddinck Weddink Wedekamp Wedepohl
Wedlinck Weechel Weegenaers Weekamp Weeks Weel Weelde Weeldenburg Weelinck Weelink Weeme
Weemhoven Weeninck Weenink Weerbeek Weerd Weerdenburg Weerdt Weerkamp Weert Weesels
Weesterijnck Weever Weevers Weevershuijs Wegberg Wegchelaar Wege Wegen Weger Weggelaar
Weggelder Wegmann Wegmüller Wegscheider Wehner Wehninck Wehning Wehrli Wehrsen Wei Weibel
Weibull Weickirch Weide Weideman Weidinger Weidlich Weidmann Weidner Weigel Weight Weigl
Weihmann Weiienborg Weijde Weijeboom Weijenboom Weijenborg Weijkamp Weijland Weijninck Weijters
Weikamp Weil Weilenmann Weiler Weimann Weimer Weinberg Weinberger Weinhage Weinhold Weinobel
Weinreich Weir Weis Weiser Weisgerber Weiss Weissenböck Weissenfluh Weisskopf Weissnat Weistra
Weitzel Weiß Wejenboom Wejenborg Wejman Wekamp Wekesa Wel Wela Welc Welch Weldon Welenc
Weleveld Welf Welhaven Welhuis Welinck Welincks Welink Well Welldinck Welle Welleman Wellen
Wellens Weller Wellhouse Wellig Welling Wells Welman Welpshof Welsch Welscher Welscherbroeck
Welsh Welsinck Welsing Welsink Welten Welter Weltjen Welz Welzel Wen Wenda Wende Wendelspiess
Wenderink Wendt Wenger Weniger Weninck Weninger Wenink Wenk Wenkelaar Wennberg Wennefeld
Wennekijnck Wennekinck Wennerberg Wennerinck Wennijnck Wenninck Wennink Wensen Wensinck
Wensincks Wensing Wensink Wentholt Wentholtt Wentink Wenzel Wenzl Werd Werder Werdes Were
Wereda Weremczuk Werffeli Wergerinc Werkamp Werkman Werle Werlen Wermelinger Wermeloe Wernecke
Werner Werners Wernhuis Wernli Werren Werrijerdinck Werrijerdink Werrmann Werschem Wersäll Weru
Weryszko Wesack Weslink Wesonga Wesoła Wesołowska Wesołowski Wesoły Wespe Wessel Wesselinc
Wesselinck Wesseling Wesselink Wessels Wesselthuis Wesser Wessex Wessinck Wessinghage West
Westberg Westenberg Westenderp Westendorp Wester Westerbeek Westerbeke Westerberg Westerburg
Westerfeld Westergaard Westergren Westerhof Westerholt Westerhout Westerlaken Westerlund
Westermann Westermarck Westermark Westerum Westerveld Westervelt Westfal Westfalen Westh
Westhouse Westhuis Westin Westlund Westman Weston Westrum Weterink Wettstein Wetzel Weustenes
Wever Wevers Weversberg Weversborg Wey Weydert Weyel Weyinborg Weyland Weylant Weyrich Weza
Wezel Whalen Wheeler Whelan Whelehan Whitaker White Whitehead Whitehouse Whitemyer Whitfield
Whitley Whitney Whittaker Whitty Whyte Wiaderek Wiafe Wiak Wiatrak Wibbecke Wibbelers Wibbelink
Wibbels Wibbelts Wiberg Wibisono Wibowo Wicha Wicharts Wichary Wichers Wicherts Wichman
Wichmann Wicht Wichłacz Wiciak Wick Wickarings Wicke Wicker Wickerinck Wickerincks Wickerode
Wickert Wickli Wicksell Wickström Widforss Widhalm Widiastuti Widlund Widmann Widmer Widodo
Widrig Widuch Widén Widłak Wiebe Wieberdinck Wieberdink Wiech Wiecherink Wiechmann Wieczerzak
Wieczorek Wieczorkowska Wieczorkowski Wiedner Wiegand Wiegelmann Wiegerdink Wiegerinck
Wiegerink Wiegherink Wiegink Wieja Wiek Wiekamp Wiekiera Wiel Wieland Wielgat Wielgo Wielgos
Wieloch Wielopolska Wielopolski Wielowieyska Wielowieyski Wielądek Wiemels Wiemerink Wiencek
Wiener Wienholds Wiercigroch Wieren Wierenga Wierig Wieringen Wiermann Wiersema Wiersma Wiertel
Wiertelak Wierzbicki Wierzbowska Wierzbowski Wierzchoń Wierzema Wies Wiesbauer Wiesche Wiese
Wiesel Wieser Wiesinger Wiesiołek Wiesiołowska Wiesiołowski Wieskamp Wieske Wiesli Wiesmans
Wiesner Wiessche Wietecha Wiewiórka Wigers Wiggerinck Wiggers Wiggers-Nieuhuijs
Wiggers-Nijhuijs Wiggersnijhuis Wiggerts Wiggins Wigman Wiher Wiig Wijata Wijaya Wijayanti
Wijberdijnck Wijberdinck Wijberdink Wijberinck Wijbrinck Wijcharts Wijchers Wijckel Wijdevelt
Wijenborg Wijgerinck Wijggers Wijginck Wijgink Wijhe Wijk Wijkamp Wijl Wijland Wijllinck
Wijmels Wijmens Wijmers Wijmes Wijnants Wijnckel Wijnckell Wijnen Wijnhoff Wijnkell Wijnsen
Wijnties Wijntjes Wijnveen Wijnveene Wijnveentje Wijnveentjen Wijnveldt Wijrbach Wijsche
Wijskamp Wijskampe Wijssche Wijssijnck Wijssinck Wijthaegen Wika Wikkering Wikkerink Wiklund
Wikström Wikło Wilberdink Wilbrinck Wilbur Wilcken Wilcox Wilczyńska Wilczyński Wild Wildberger
Wilde Wildebeest Wildemans Wildenbeest Wilder Wilderinck Wilderink Wilderman Wildhaber
Wildschut Wiley Wilfinger Wilhelm Wilhelms Wilhelmsen Wilhelmsson Wilink Wilk Wilkerson Wilkin
Wilkins Wilkinson Wilkos Wilkoszewska Wilkoszewski Wilky Will Willadsen Willaert Willame
Willards Wille Willekens Willekes Willem Willemin Willems Willemse Willemsen William Williams
Williamson Willigen Willinck Williner Willing Willink Willis Willms Wills Willtterijnck Willums
Willumsen Willwacher Willy Wilma Wilmart Wilmerink Wilmers Wilmes Wilmet Wilmont Wilmotte Wilms
Wilmsen Wilson Wilterdinck Wilterding Wilterdink Wilterinck Wiltering Wilterink Wiltinck
Wiltink Wilton Wilts Wiltzius Wilusz Wilzink Wimmer Wimolnot Winandy Winarno Winarsih Winberg
Winblad Wincenciak Winckel Winckelhorst Wind Windak Windhager Windisch Windler Windmuller Winek
Winekes Wingert Winkel Winkelaar Winkelhorst Winkelman Winkelmann Winkle Winkler Winnicka
Winnicki Winnik Winnrich Winter Winterberger Winterink Winters Wintheiser Winther Winzeler Wipf
Wipstrik Wiraszka Wirtanen Wirth Wirtz Wirz Wisch Wischek Wischer Wise Wisge Wisink Wiskamp
Wiske Wisling Wisman Wismer Wisoky Wisowaty Wisozk Wisse Wisselinck Wisselink Wissinck
Wissincks Wissing Wissink Wisz Wiszowata Wiszowaty Wisła Wit Wita Witan Witas Witaszek Witczak
Witczyk Witeveen With Withagens Witka Witko Witkowicz Witkowska Witkowski Witmaes Witos Witoń
Witschi Witsier Witt Wittbrodt Witte Wittenboer Wittenwiler Wittich Witting Wittl Wittmann
Wittrocken Wiza Wizner Więcek Więckiewicz Więcławek Wiśniewska Wiśniewski Wlazły Wlaźlak Wlizło
Wmson Wnorowska Wnorowski Wnuczek Wobma Wobrice Wochna Wochnik Wocht Wocial Woda Wodzińska
Wodziński Wodzyńska Wodzyński Woelfert Woerst Woert Woerts Woestenenk Woestenes Woestenesch
Woestman Woght Wogt Wohlgemut Wohlmaier Wohlmuth Wohlwend Woirdt Wojaczek Wojak Wojciech
Wojciechowska Wojciechowski Wojcik Wojczuk Wojewodzic Wojewódka Wojnar Wojniak Wojnicz
Wojnowska Wojnowski Wojsa Wojsław Wojtach Wojtaczka Wojtak Wojtalewicz Wojtalik Wojtanowicz
Wojtarowicz Wojtasiewicz Wojtaszak Wojtaszczyk Wojtczuk Wojtera Wojtiuk Wojtoń Wojtunik Wojtyna
Wojtyś Woker Wolan Wolańczyk Wolańska Wolański Wolberinck Wolberink Wolbers Wolbrink Wolf
Wolfarth Wolfe Wolfensberger Wolferd Wolfert Wolff Wolffel Wolfinger Wolfort Wolfs Wolfsdr
Wolfskoten Wolfswinkel Wollenberg Wollesen Wollmann Wolny Wolsenhuis Wolsink Wolska Wolski
Wolson Wolste Wolter Wolterdijnck Wolterdinck Wolterijnck Wolterinck Woltering Wolteringhs
Wolterink Wolters Wolthuis Woltters Wolvescoten Wolveshoten Wolzak Wong Wonn Wonnink Wons Wood
Woodard Woods Woodward Woolley Wooning Woord Woorde Woordes Woords Woordt Woordts Woort Woorth
Woorts Wooten Wope Wopenreijss Wopereis Worach Wordes Workman Worm Wormeskamp Wormgoor
Wormhondt Worms Wormskamp Woroch Woronko Wors Wort Wosiak Wosiek Wossink Woszczak Woszczyna
Wota Wotruba Woudenberg Woulfe Wouters Woutersz Wowra Woytkowska Wołczyk Wołk Wołk-Lewanowicz
Wołkowicz Wołoch Wołodźko Wołos Wołoszczuk Wołoszyk Wośko Woźniak Woźniczko Wożniak Wrabetz
Wratt Wren Wrenn Wright Wrochna Wrona Wruk Wrynn Wrześniak Wróbel Wróblewska Wróblewski Wszoła
Wu Wubbels Wuckert Wudarczyk Wuestemans Wuestenenk Wuestenes Wuestenesch Wuhrmann Wuilloud
Wujak Wujec Wujek Wulandari Wulf Wulff Wullen Wullschleger Wunderink Wunderlin Wunsch Wunsinck
Wurm Wurzer Wurzinger Wushtse Wussinck Wutke Wuyts Wyatt Wyberdinck Wyciszkiewicz Wyden Wyderka
Wydmuch Wydrych Wyer Wyggers Wygoda Wykręt Wyl Wylegała Wyludda Wyman Wynants Wynn Wynne
Wynveen Wypchło Wypiór Wyroba Wyrobek Wyrostek Wyroślak Wyrsch Wyrwał Wyrwich Wyskamp Wyskiel
Wysocki Wysota Wyss Wyssmann Wyttenbach Wywiał Wyłupek Wziątek Wäfler Wähner Wærness Wéry Wódka
Wójcicka Wójcicki Wójcik Wójcikiewicz Wójczyk Wójs Wójt Wójtowicz Wögerbauer Wöhrer Wölpert
Wöschler Wühn Wünsche Würsch Würtz Wüst Wüthrich Wąsala Wąsek Wąsiel Wąsiewicz Węgier Węgrzyk
Węgrzynek Węgrzyniak Węgrzynowicz Wężyk Władyka Włodarczyk Włodarz Włodyka Xaba Xacon Xairo
Xakimov Xala Xana Xavier Xenia Xhakaza Xia Xiana Xiang Xiao Xicoy Xie Ximba Xiong Xolidov Xolo
Xu Xue Xulu Xx Xəlilov YANG YAO YEH YEN YIN YING YU YUAN YUEH Yaa Yaamoa Yadav Yadid Yadov
Yadova Yafir Yaghnam Yago Yaguzhinskaya Yaguzhinskiy Yahaya Yahi Yahia Yahiaoui Yahyaa Yahyoev
Yakhin Yakhina Yakimchuk Yakimenko Yakimov Yakimova Yakov Yakovenko Yakovlev Yakovleva Yakub
Yakushev Yakusheva Yalçın Yalım Yamada Yamaguchi Yamamoto Yaman Yamashita Yamazaki Yami Yan
Yanazov Yancy Yanes Yang Yanin Yanina Yankovskaya Yankovskiy Yanov Yanova Yao Yaqubov Yar
Yarema Yaremchuk Yaremenko Yaremkiv Yaremko Yarin Yarina Yarkova Yarok Yarosh Yashchenko
Yashchuk Yasinaeva Yasinov Yasir Yaskov Yaskova Yasminova Yates Yatich Yator Yatsenko Yatsenyuk
Yavorskaya Yavorskiy Yawer Yawson Yazov Yazova Yazıcı Yaşar Ybarra Yde Ye Yeboa Yeboah Yebra
Yefimenko Yefimov Yefimova Yefimyev Yefimyeva Yefremov Yefremova Yefrosinov Yefrosinova Yego
Yegon Yegorov Yegorova Yegoryev Yegoryeva Yei Yekimov Yekimova Yelagin Yelagina Yelantsev
Yelantseva Yelchin Yelchina Yeleazarov Yeleazarova Yeleferyev Yeleferyeva Yelfimov Yelfimova
Yeliseyev Yeliseyeva Yelizarov Yelizarova Yelizaryev Yelizaryeva Yelshin Yelshina Yemelyanenko
Yemelyanov Yemelyanova Yemets Yenenko Yengwa Yengwayo Yepenetov Yepenetova Yepes Yepifanov
Yepifanova Yepifanyev Yepifanyeva Yepimakhov Yepimakhova Yepinetov Yepinetova Yerastov
Yerastova Yerchenko Yeremenko Yeremeyev Yeremeyeva Yeresko Yerly Yermakov Yermakova Yermilin
Yermilina Yermilov Yermilova Yermolenko Yermoshin Yermoshina Yerofeyev Yerofeyeva Yeromenko
Yeroshenko Yeroshkin Yeroshkina Yershov Yershova Yersin Yertayev Yertayeva Yeryomin Yeryomina
Yesenin Yesenina Yeshchenko Yeshkilev Yeshkileva Yesimov Yesimova Yesin Yesina Yesipenko
Yesipov Yesipova Yestamonov Yestamonova Yetkiner Yevdokimenko Yevdokimov Yevdokimova Yevgenov
Yevgenova Yevgenyev Yevgenyeva Yevlampiyev Yevlampiyeva Yevmenov Yevmenova Yevmenyev Yevmenyeva
Yevplov Yevplova Yevropovkirilov Yevseyev Yevseyeva Yevstafyev Yevstafyeva Yevstifeyev
Yevstifeyeva Yevstigneyev Yevstigneyeva Yevstratov Yevstratova Yevsyukov Yevsyukova Yevtifeyev
Yevtifeyeva Yevtikheyev Yevtikheyeva Yevtushenko Yevtushok Yeybozhenko Yeyeye Yezhov Yezhova
Yeşilkaya Yi Yildirim Yildiz Yilmaz Yin Yirenkyi Yizhak Yizhakevich Ylinen Ylitalo Yls
Ylsdóttir Ylsson Ylönen Ymirs Yngvadóttir Yngvars Yngvason Yngvis Yoder Yogi Yohannan Yolanda
Yonker Yonkers Yordanov York Yorulmaz Yoshida Yost Yotkova Young Youprasert Yousfi Yrjölä
Yrkills Yu Yuan Yudas Yudin Yudina Yudov Yudova Yukhimenko Yukhnovskaya Yukhnovskiy Yulianti
Yuliarti Yundt Yuniar Yunta Yunusov Yuppi Yurchenko Yurchishin Yurchishina Yurchuk Yurganchev
Yurovskikh Yurskaya Yurskiy Yushchenko Yusifoğlu Yusifqızı Yusifzadə Yussuf Yuste Yusuf Yusupov
Yusupova Yuzefovich Yáñez Yüksel Yıldırım Yıldızoğlu Yılmaz Yılmazer Zaafir Zaahid Zaahir
Zaakir Zaal Zabala Zabaleta Zabara Zabarella Zabarna Zabarniy Zabashta Zabila Zabolotskikh
Zabolotskiy Zaborek Zaborov Zaborova Zaccagnini Zaccagnino Zaccardi Zaccardo Zaccaria Zaccheo
Zacchi Zacchia Zacco Zaccone Zach Zachar Zachara Zacharczuk Zacharek Zacharewicz Zacharia
Zachariah Zachariassen Zachariaš Zachariašová Zachariáš Zachariášová Zacharová Zacho
Zachteleven Zachwieja Zackariya Zackiewicz Zaczkiewicz Zaczyk Zadelhoff Zadka Zadora Zadornov
Zadornova Zadorov Zadorova Zadra Zadworny Zafar Zaffino Zaffuto Zafir Zafirovska Zafirovski
Zafrul Zaganelli Zagortsev Zagortseva Zagozda Zagożdżon Zagrajek Zagrodnik Zagumny Zaguri
Zaguła Zahaar Zaheer Zahharov Zahler Zahn Zahnd Zahner Zahradnik Zahradníček Zahri Zahroyeva
Zahrun Zahur Zaia Zaidi Zaino Zaitsev Zaituc Zajac Zajacová Zajc Zajko Zając Zajączkowska
Zajączkowski Zakariyoev Zakarías Zakema Zakharchenko Zakharenko Zakharin Zakharina Zakharov
Zakharova Zakharyev Zakharyeva Zakinja Zakiyaxonova Zakrajšek Zakrzewski Zakusilo Zala Zalewski
Zalingen Zaliznyak Zalokar Zalotukha Zalsman Zalygin Zalygina Zamaros Zamarreno Zamarripa
Zambelli Zambon Zamboni Zambrana Zambrano Zamengo Zammit Zamora Zamorani Zamorano Zampa
Zamparoni Zampella Zampini Zampino Zampiroli Zampirolli Zampirollo Zamudio Zamutkin Zamutkina
Zamyatin Zamyatina Zamyslov Zamyslova Zan Zanardi Zanardo Zanata Zanatta Zanazzo Zanca
Zancanela Zanchetin Zanchetta Zandbulte Zande Zander Zandi Zandonadi Zandt Zane Zanelato
Zanella Zanellato Zanelli Zanette Zanetti Zangari Zangerl Zangger Zanghi Zangrilli Zani
Zanichelli Zaniewicz Zanin Zanini Zanner Zanni Zannini Zanol Zanolari Zanon Zanone Zanoni
Zanotti Zanov Zanoški Zantonelli Zanzi Zaostrovtsev Zaostrovtseva Zaoui Zapadka Zapata Zapaśnik
Zapiór Zapletal Zapletin Zapletina Zapora Zaporozhets Zappa Zappala Zappone Zappulla Zara
Zaragoza Zaranek Zarar Zarate Zaraś Zarcone Zardo Zarella Zaremba Zarinova Zariņa Zariņš
Zarlengo Zarlino Zaro Zarrella Zarrilli Zarro Zaruba Zarubin Zarubina Zarudna Zarudniy Zarzecka
Zarzecki Zarzeczna Zasenko Zastawny Zasukha Zasyadko Zasępa Zatorska Zatorski Zatovkanyuk Zatoń
Zatula Zatvornik Zauber Zaucha Zauner Zavaglia Zavala Zavarise Zavarize Zavolokin Zavolokina
Zawada Zawadi Zawadzki Zawal Zawalich Zawartka Zawiasa Zawinul Zawisza Zawiślak Zawodnik Zayas
Zaychenko Zayets Zayev Zayeva Zayidov Zayika Zaynabova Zayonchkovskaya Zayonchkovskiy Zaytsev
Zaytseva Zayyir Zaķe Zaķis Zbiciak Zbinden Zboncak Zbroja Zbroszczyk Zbrożek Zbruyev Zbruyeva
Zbrzeźniak Zbróg Zbylut Zdancewicz Zdobylak Zdonek Zdziech Zeba Zebec Zecca Zecchini
Zechmeister Zechner Zeckendorf Zedillo Zee Zeegers Zeelen Zeemans Zeessink Zeevalk Zeevalkink
Zeeveld Zeffirelli Zegadło Zegar Zegarelli Zegers Zegg Zeggelink Zehetner Zehnder Zeidler
Zeiler Zeilinger Zeimes Zeimet Zeinaarts Zeiner Zeiter Zekl Zelaya Zeldenrust Zelders Zelenin
Zelenina Zelenka Zelinka Zelić Zell Zella Zelle Zeller Zello Zellweger Zeltiņa Zeltiņš Zeltner
Zema Zeman Zemanek Zemanová Zemlak Zemljič Zemlyanaya Zemlyanoy Zemp Zemskov Zemskova Zender
Zeng Zengaffinen Zenger Zengin Zenginov Zenhäusern Zeni Zenker Zenklusen Zenner Zeno Zenteno
Zenuni Zenz Zenzünen Zeoli Zeolla Zepeda Zeppieri Zeqiri Zera Zerbone Zerboni Zeroual Zerrouki
Zetten Zetterberg Zetticci Zettl Zeuch Zevenaar Zevenboom Zeverijn Zeverink Zeyen Zeyhle Zezza
Zgorelec Zgoła Zhadan Zhalilo Zhang Zhao Zharinov Zharinova Zharko Zharkovskaya Zharkovskiy
Zhaylauov Zhaylauova Zhayvoron Zhbanov Zhbanova Zhdanov Zhdanova Zhdrakov Zhemchuzhnikov
Zhemchuzhnikova Zheng Zherebtsov Zherebtsova Zherikhov Zherikhova Zhirinovskaya Zhirinovskiy
Zhitinskaya Zhitinskiy Zhitkov Zhitkova Zhivago Zhivetyev Zhivetyeva Zhong Zhou Zhu Zhubanov
Zhubanova Zhuchenko Zhuk Zhukov Zhukova Zhukovskaya Zhukovskiy Zhulikov Zhulikova Zhulin
Zhulina Zhumabayev Zhumabayeva Zhumadilov Zhumadilova Zhumagulov Zhumagulova Zhunusov Zhunusova
Zhuravel Zhuravlev Zhuravleva Zhuravlyov Zhuravskaya Zhuravskiy Zhurba Zhvalevskaya Zhvalevskiy
Zhvalov Zhvalova Ziajka Ziane Ziani Ziarek Ziarnik Ziarno Zicardi Zichichi Zichy Zidane Ziegert
Ziegler Zieja Ziel Zielińska Zieliński Zielke Zielonko Ziemak Ziemann Zieme Ziemele Ziemelis
Ziemkiewicz Zieniewicz Zieverdink Zieverink Ziganshin Ziganshina Zigo Zigová Zihlmann Zijden
Zijl Zijlemans Zijlmans Zijpe Zijthoff Zikhungwini Zikunov Zikunova Zima Zimanyi Zimin Zimina
Zimka Zimková Zimmer Zimmerman Zimmermann Zimniak Zimoląg Zimová Zimoń Zinchenko Zinchuk Zindel
Zingale Zingarelli Zingaro Zingg Zini Ziniewicz Zinkevich Zinkiewicz Zinni Zinno Zinnurova Zino
Zinovyev Zinovyeva Zinser Zinsli Zintl Zioła Zipp Zipse Zirme Zirne Zirnis Ziro Zirpoli Zisa
Zisseren Zito Zitouni Ziviani Zizzi Zizzo Ziółko Ziółkowski Zięba Zięciak Zięcik Ziętal Zlatkov
Zlatogorskaya Zlatogorskiy Zlatoustskaya Zlatoustskiy Zlatovratskaya Zlatovratskiy Zmaić
Zmarzły Zmuda Zmyślony Znamenskaya Znamenskiy Znojek Zobel Zobrist Zocatelli Zocchi Zocco Zoda
Zoerens Zoete Zoetenhorst Zola Zolezzi Zolla Zoller Zollinger Zolotko Zolottsev Zolottseva
Zomeren Zondberg Zonderlo Zonis Zontek Zopfi Zophanías Zophonías Zoppetti Zoppetto Zoppi
Zorbach Zorich Zorin Zorina Zorić Zorko Zorlu Zorman Zorrilla Zorzal Zorzanelli Zoshchenko
Zosimov Zosimova Zoteyev Zoteyeva Zotov Zotova Zotter Zotyev Zotyeva Zou Zouaoui Zoute Zrilić
Zrinski Zrínyi Zschunke Zsiga Zsigmondi Zsigmondy Zsivoczky Zuagman Zubairu Zubayrov Zubek
Zubeková Zubel Zuber Zubka Zubko Zubková Zubowicz Zubrík Zubríková Zubčić Zucatelli Zucchetti
Zuchi Zucoloto Zudin Zudina Zufferey Zugaj Zuiderduin Zuiderma Zuidweg Zuijdveld Zujev Zulaika
Zulauf Zulianni Zulkarnain Zulliger Zuluaga Zumbrunn Zumbühl Zumsteg Zumstein Zuniga Zupan
Zupanc Zupančič Zuqui Zurbriggen Zurbrügg Zurbuchen Zurfluh Zurita Zurkinden Zurmühle Zurwerra
Zutphen Zuverink Zuwayhir Zuyev Zuyeva Zuytbroeck Zuziak Zvaigzne Zver Zverev Zvereva Zvirbule
Zvirbulis Zvonitskiy Zvyagin Zvyagina Zvěřinová Zwaan Zwaben Zwanenburg Zwara Zwart Zwartekot
Zwartenkot Zweenen Zweerink Zweers Zweifel Zweverink Zwick Zwicker Zwiener Zwiening Zwienink
Zwietink Zwijnenberg Zwijnink Zwijsen Zwijtink Zwindrecht Związek Zwyssig Zyablikov Zyablikova
Zybura Zych Zyga Zygmuntowicz Zyguła Zykin Zykina Zykov Zykova Zyl Zype Zys Zysk Zysset
Zyuganov Zyuganova Zyuzyukin Zyuzyukina Zyzik Záborská Záborský Zákostelský Zárate Zänker
Zóphanías Zóphonías Zöchling Zöhrer Zúbek Zúbeková Zúbrik Zúbriková Zúñiga Züger Zümsande
Zürcher Züst Zālīte Zālītis Zębik Złotek Złotnik Ádhaimh Ághas Águila Águilar Ágústs Ákadóttir
Ákason Ákis Álamo Álfars Álfgeirs Álfgríms Álfgrímsdóttir Álfgrímsson Álfs Álfsdóttir Álfsson
Álfþórs Álvares Álvarez Álvaro Ámundadóttir Ámundason Ámundis Ángel Ánusaigh Áradóttir Árason
Árbjarts Árbjartsdóttir Árbjartsson Árbjörns Árelíus Árgeirs Árgils Ármanns Ármannsson
Árnadóttir Árnason Árnis Ársælls Ás Ásadóttir Ásason Ásbergs Ásbergsdóttir Ásbergsson Ásbjörns
Ásgauts Ásgautsdóttir Ásgautsson Ásgeirs Ásgils Ásgríms Ásgrímsdóttir Ásgrímsson Ásis Áskells
Áskelsdóttir Áskelsson Áslaugs Áslaugsdóttir Áslaugsson Ásláks Ásláksdóttir Ásláksson Ásmars
Ásmunds Ásmundsdóttir Ásmundsson Ásröðs Ásröðsdóttir Ásröðsson Ástbjörns Ástgeirs Ástmars
Ástmunds Ástmundsdóttir Ástmundsson Ástráðs Ástráðsdóttir Ástráðsson Ástríks Ástríksdóttir
Ástríksson Ástvalds Ástvaldsdóttir Ástvaldsson Ástvars Ástvins Ástþórs Ásvalds Ásvaldsdóttir
Ásvaldsson Ásvarðs Ásvarðsdóttir Ásvarðsson Ásólfs Ásólfsdóttir Ásólfsson Ásþórs Átha Ávalos
Ávila Åberg Ågren Åhlund Åkerlund Åkerman Åkerström Åkesson Åman Ångström Åsberg Åsbrink Åslund
Åström Ægirs Æsirs Ævarrs Ævars Çamurcuoğlu Çetin Çingizoğlu Çorlu Çəmənli Çəmənzəminli Éanaigh
Éil Émond Énrí Éthier Étienne Íans Ígors Ímadóttir Ímason Ímis Íomhair Íosa Íosóg Ísaks Ísarrs
Ísars Ísbjörns Íselds Íseldsdóttir Íseldsson Ísgeirs Ísidórs Ísleifs Ísleifsdóttir Ísleifsson
Ísmaels Ísmars Ísraels Ísólfs Ísólfsdóttir Ísólfsson Ívans Ívars Ñañez ÓBroinín Óda Ófeigs
Ófeigsdóttir Ófeigsson Ógáin Óladóttir Ólafs Ólafsdóttir Ólafsson Ólason Ólis Ólivers Ólívers
Ómadóttir Ómars Ómason Ómis Órdenes Óskars Ósvalds Ósvaldsdóttir Ósvaldsson Ósvífs Ósvífsdóttir
Ósvífsson Óttarrs Óttars Óðinns Õispuu Õun Õunapuu Öberg Öcalan Ögmunds Ögmundsdóttir
Ögmundsson Ögradóttir Ögrason Ögren Ögris Öhman Öhri Ölnirs Ölvers Ölvirs Öman Öndólfs
Öndólfsdóttir Öndólfsson Önunds Önundsdóttir Önundsson Örlaugs Örlaugsdóttir Örlaugsson Örlygs
Örlygsdóttir Örlygsson Örns Örnólfs Örnólfsdóttir Örnólfsson Örvars Öss Össsdóttir Össsson
Östberg Österberg Östling Östlund Östman Östringer Ötvös Öxars Ødegård Ørum Øster Østerby
Østergaard Østergård Úddadóttir Úddason Úddis Úgó Úlfars Úlfgeirs Úlfhéðinns Úlfkells
Úlfkelsdóttir Úlfkelsson Úlfljóts Úlfljótsdóttir Úlfljótsson Úlfs Úlfsdóttir Úlfsson Úlftýrs
Úlriks Úranus Überacker Ülker Ýmirs Ýrars Þangbrands Þangbrandsdóttir Þangbrandsson Þengills
Þeyrs Þins Þinsdóttir Þinsson Þiðrandadóttir Þiðrandason Þiðrandis Þiðriks Þjálfadóttir
Þjálfason Þjálfis Þjóstars Þjóstólfs Þjóstólfsdóttir Þjóstólfsson Þjóðanns Þjóðbjörns Þjóðgeirs
Þjóðleifs Þjóðleifsdóttir Þjóðleifsson Þjóðmars Þjóðreks Þjóðreksdóttir Þjóðreksson Þjóðvarðs
Þjóðvarðsdóttir Þjóðvarðsson Þjóðólfs Þjóðólfsdóttir Þjóðólfsson Þorbergs Þorbergsdóttir
Þorbergsson Þorbjörns Þorbrands Þorbrandsdóttir Þorbrandsson Þorfinns Þorfinnsdóttir
Þorfinnsson Þorgarðs Þorgarðsdóttir Þorgarðsson Þorgauts Þorgautsdóttir Þorgautsson Þorgeirs
Þorgests Þorgestsdóttir Þorgestsson Þorgils Þorgnýrs Þorgríms Þorgrímsdóttir Þorgrímsson
Þorgísls Þorkells Þorkelsdóttir Þorkelsson Þorlaugs Þorlaugsdóttir Þorlaugsson Þorleifs
Þorleifsdóttir Þorleifsson Þorleiks Þorleiksdóttir Þorleiksson Þorláks Þorláksdóttir Þorláksson
Þormars Þormunds Þormundsdóttir Þormundsson Þormóðs Þormóðsdóttir Þormóðsson Þorradóttir
Þorrason Þorris Þorsteinns Þorvalds Þorvaldsdóttir Þorvaldsson Þorvars Þorvarðs Þorvarðsdóttir
Þorvarðsson Þrastars Þryms Þrymsdóttir Þrymsson Þráinns Þránds Þrándsdóttir Þrándsson Þrótts
Þróttsdóttir Þróttsson Þrösts Þröstsdóttir Þröstsson Þrúðmars Þyrnirs Þóradóttir Þórarinns
Þórars Þórason Þórbergs Þórbergsdóttir Þórbergsson Þórbjarnadóttir Þórbjarnason Þórbjörns
Þórgnýrs Þórgríms Þórgrímsdóttir Þórgrímsson Þórhadds Þórhaddsdóttir Þórhaddsson Þórhalladóttir
Þórhallason Þórhallis Þórhalls Þórhallsdóttir Þórhallsson Þórirs Þórirsson Þórlaugs
Þórlaugsdóttir Þórlaugsson Þórleifs Þórleifsdóttir Þórleifsson Þórlinds Þórlindsdóttir
Þórlindsson Þórmars Þórmunds Þórmundsdóttir Þórmundsson Þórodds Þóroddsdóttir Þóroddsson
Þórorms Þórormsdóttir Þórormsson Þórs Þórsteinns Þórðs Þórðsdóttir Þórðsson Þórólfs
Þórólfsdóttir Þórólfsson Þórörns Ābele Ābola Āboliņa Āboliņš Ābols Ćmiel Ćorić Ćosić Ćurić
Ćwierz Ćwirko Čagalj Čapek Čapka Čapko Čapkovič Čapkovičová Čapková Čapla Čaplovič Čaplovičová
Čapľa Čargonja Čarnogurská Čarnogurský Čech Čechová Čeh Čekovská Čekovský Čelakovský Čelanský
Čelůstka Čermák Čermáková Černe Černoch Černochová Černá Černík Černíková Černý Červený Červeň
Červeňová Česnek Česneková Čiernaová Čiernik Čierniková Čierny Čihák Čizmić Čiš Čižmešija
Čobrda Čobrdová Čop Čotić Čović Čubrić Čudić Čuk Čukman Čulina Čuljak Čupić Čuček Čáp Ďaďo
Ďaďová Ďorko Ďorková Ďurek Ďureková Ďurica Ďuricová Ďuriš Ďurišová Ďurka Ďurko Ďurkovič
Ďurkovičová Ďurkovská Ďurkovský Ďuro Ďurovič Ďurovičová Ďurovský Ďurovskýová Ďurová Ďurča Ďurčo
Ďurčová Ďutka Ďutková Ďuško Đukić Đurašević Đurinić Đurić Đurđević Đặng İbrahimbəyov İbrahimli
İbrahimov İbrahimova İbrahimoğlu İdrisli İdrisoğlu İhsanoğlu İldırımoğlu İmanzadə İmirli İnönü
İsabəyli İsaxanlı İsgəndərli İsmayıllı İsmayılqızı Ľupták Ľuptáková Łabaj Łabno Łabuś Łachacz
Łachut Łaciak Łacina Ładniak Ładziak Łagodzki Łagowska Łagowski Łakota Łapacz Łapaj Łapot Łasak
Łasica Łaskawiec Łaszcz Łaszczyk Ławniczek Łazarczyk Łańcucka Łańcucki Łaś Łepek Łobacz Łodej
Łodyga Łokaj Łokietek Łomnicka Łomnicki Łosiak Łosiewicz Łuc Łuckiewicz Łuczak Łuczka
Łuczkiewicz Łuczyk Łudzik Łukasik Łukasiuk Łukasz Łukowiak Łukowicz Łuksza Łupina Łusiak
Łuszczak Łuszczyk Łyczak Łyczek Łyjak Łyp Łyskawa Łyś Łój Łągiewka Łęgowik Řezník Říha Říhová
Ścibior Ścibisz Ścieszka Ślebioda Śledzik Śleziak Ślimak Ślipek Śliwa Śliwiński Śliz Śliż
Ślusarska Ślusarski Ślęczka Śmiarowska Śmiarowski Śmieja Śmieszek Śnieg Śpiewakowska
Śpiewakowski Świadek Świdzińska Świdziński Świech Świerad Świerczewska Świerczewski
Świerczyńska Świerczyński Świergiel Świerkosz Świerkot Świerszcz Świetlicka Świetlicki Świgoń
Świnarska Świnarski Świstek Świt Świtaj Świątkiewicz Świć Święcicka Święcicki Święs
Świętochowska Świętochowski Świętoń Şafak Şahbuzlu Şahsuvarlı Şama Şamilov Şamiloğlu Şener
Şensoy Şeyxzadə Şirvanzadə Şükürlü Şükürov Şıxlı Şərifova Šafařík Šafaříková Šalajka Šalajková
Šalić Šaloun Šantić Šargač Šarić Šarkan Šarkanová Šarlija Šebo Šebová Šegović Šelendić
Šeparović Šestak Šestan Ševtšenko Ševčík Ševčíková Šibalić Šidlo Šidlová Šima Šimara Šimek
Šimeková Šimić Šimičić Šimka Šimko Šimková Šimo Šimon Šimonovič Šimonovičová Šimonová Šimončič
Šimončičová Šimová Šimunić Šimunović Šimík Šimíková Šimůnek Šinkovec Šinković Šipek Šipić Šitum
Škantár Škantárová Škara Škoda Škorpil Škoviera Škovierová Škriniar Škriniarová Škrlin Škrnički
Škrtić Škugor Škultéty Škultétyová Škunca Šlahor Šlahorová Šlesingr Šlivka Šlivková Šmahel
Šmajda Šmajdová Šmejkal Šmid Šmíd Šmídová Šokčević Šoltés Šoltésová Šoltýs Šoltýsová Šošić
Šoštarić Špika Špilár Špilárová Špišić Špoljarić Špralja Šrámek Štechová Štefan Štefanec
Štefanka Štefanko Štefanková Štefanovič Štefanovičová Štefanová Štefović Štefunko Štefunková
Štefánek Štefáneková Štefánik Štefániková Štifanić Štimac Štorch Štrba Štrbac Štrbová Štrljić
Štrukelj Šturlan Štěch Štěpán Štěpánek Štěpánková Štšerbakov Šulc Šulcová Šunjić Šupraha Šuran
Šurbek Šurina Šurka Šurková Šuňavcová Šuňavec Šuštar Švec Švecová Švehla Švehlová Šverko Šváb
Švábová Šváby Šťastná Šťastný Ťapák Ťapáková Ťažká Ťažký Żabierek Żabka Żach Żak Żakiewicz Żal
Żalińska Żaliński Żbik Żelasko Żelazek Żelazo Żero Żmija Żmuda Żochowska Żochowski Żok Żołna
Żołnierczyk Żołądkiewicz Żołądź Żuberek Żuchowicz Żugaj Żukowska Żukowski Żurawicka Żurawicki
Żurawik Żyborska Żyborski Żybura Żymełka Żynda Żyrek Żyto Żywica Żółkiewicz Żółtek Żądło
Žabjačan Žagar Železnik Železník Železníková Žerjav Žeželić Žibert Žic Žigmund Žigmundová Žigo
Žigová Žiković Žitnik Živić Živković Žižek Žnidaršič Žufika Žugec Žukauskas Žukov Žunec Županić
Žuravljov Žuvela Žužić Žák Žáková Žáček Žídek Əbdülrəhmanlı Ədiloğlu Əfəndiyeva Əfəndizadə
Əhmədli Əhmədov Əhmədzadə Əkbərova Əkbərzadə Əlibəyli Əlibəyov Əlioğlu Əlixanlı Əliyeva Əlizadə
Əlləzoğlu Ələkbərli Ələkbərzadə Əmirli Əmirov Əmirova Əsgərli Əsgərov Əsgərova Əsgəroğlu Əsədli
Əylisli Əzimzadə Έψιμος Ότσος Αβαγιανός Αβραμίδη Αβραμίδης Αβραμίδου Αβραμιώτης Αβραμπέκη
Αγαλιώτης Αγγελάκη Αγγελάκος Αγγελής Αγγελίδη Αγγελίδης Αγγελίδου Αγγελίκας Αγγελουσοπούλου
Αγγελόπουλος Αγκυρόπουλος Αγραφιώτη Αδαμοπούλου Αδαμόπουλος Αετόπουλος Αθανασάκης Αθανασίου
Αθανασιάδη Αθανασιάδης Αθανασιάδου Αθανασόπουλος Ακαλίδης Ακριτίδης Ακριώτης Αλαβάνος Αλαβάνου
Αλατζάκης Αλαφάκης Αλεξάκη Αλεξάκης Αλεξίου Αλεξανδράκη Αλεξανδρίδη Αλεξανδρίδης Αλεξανδρίδου
Αλεξανδρόπουλος Αλεξιάδη Αλεξιάδης Αλεξοπούλου Αλεξόπουλος Αλυσανδράτου Αμανατίδη Αμανατίδης
Αμπατζιάνης Αμπλιάνιτης Αμυγδαλάκης Αναγνωστάκη Αναγνωστάκης Αναγνωστοπούλου Αναγνωστόπουλος
Ανανιάδου Αναστασάκη Αναστασάκης Αναστασίου Αναστασιάδη Αναστασιάδης Αναστασόπουλος
Αναστόπουλος Ανδρεάδη Ανδρεάδης Ανδρεανίδης Ανδριανός Ανδρικόπουλος Ανδριόπουλος Ανδριώτης
Ανδρουλάκης Ανδρουλιδάκης Ανεζάκη Αντωνάκη Αντωνάκος Αντωνέας Αντωνίου Αντωνιάδη Αντωνιάδης
Αντωνόπουλος Αξαόπουλος Αξιώτης Αποστολάκη Αποστολάκης Αποστολίδης Αποστολίδου Αποστολακάκης
Αποστολόπουλος Αποστόλου Αραμπατζής Αραπάκη Αραπίδου Αργυράκη Αργυρής Αργυρίου Αργυροπούλου
Αργυρόπουλος Αρμένης Αρματά Αρσενάκη Αρχάκη Αρχαυλής Ασαρίδης Ασημακόπουλος Ασημόπουλος
Ασλανίδης Ασλανίδου Ασουχίδου Ασσαργιωτάκη Ατσαλάκη Αυγουστής Αφρουδάκης Βάμβα Βάμβας Βάρσος
Βάσσης Βαΐου Βαβάση Βαβουλίδης Βαβουράκης Βαγενά Βαζούρα Βακαλάκης Βακαλής Βακουφτσή Βαλαβάνης
Βαλασίδης Βαλεντή Βαλιάκα Βαλκάνου Βαλσαμίδου Βαλτάς Βαμβακάς Βαμβουκάκη Βανδώρος Βαρακλής
Βαρδάκης Βαρελίδου Βαρθαλίτη Βαρουτίδου Βαρσάμης Βαρσάμου Βασιλάκη Βασιλάκης Βασιλείου
Βασιλειάδη Βασιλειάδης Βασιλογιάννης Βασιλοπούλου Βασιλόπουλος Βαφειάδου Βαχουθιανάκης
Βαϊραμίδου Βαϊτσόπουλος Βελεντζάς Βερβίτη Βερβερίδου Βιδαλάκης Βικελίδη Βικελίδης Βιλδός
Βιολάτος Βιτσαξής Βλάσση Βλάχος Βλάχου Βλαχοδήμου Βλαχονικολέας Βλησαρούλης Βολικάκης Βορλόκας
Βοσινάκη Βουλγαρίδου Βουλτσίδου Βουτσάς Βουτσελας Βουτσινά Βούκας Βούλγαρη Βούλγαρης Βούλκος
Βούρας Βράσκου Βραδή Βρακά Βυζιηνού Βώσσος Γάτος Γαβριήλ Γαβριδάκης Γαβριηλίδη Γαλάνη Γαλάνης
Γαλανάκη Γαλανοπούλου Γαλατούλας Γαρουφαλής Γαρυφαλίδης Γενετζάκης Γεννηματάς Γεντίμης Γεράρδης
Γεροδήμος Γεροκώστα Γερούκη Γερόπουλος Γεωργή Γεωργίου Γεωργίτση Γεωργακοπούλου Γεωργακόπουλος
Γεωργαλάς Γεωργαλής Γεωργαρά Γεωργιάδη Γεωργιάδης Γεωργιάδου Γεωργουλάκη Γεωργούδης Γεωργούλα
Γεωργούλας Γιάγκος Γιάγκου Γιακαμόζη Γιαννάκης Γιαννάρη Γιαννάρης Γιαννέλος Γιαννές Γιαννακέας
Γιαννακίτσας Γιαννακουδάκη Γιαννακουδάκης Γιαννακόπουλος Γιανναρά Γιαννοπούλου Γιαννούκος
Γιαννόπουλος Γιαπατζής Γιασημάκης Γιατράκου Γιατρομανωλάκης Γιωτάκης Γιώτης Γκάβρου Γκάγκα
Γκάγκας Γκίκας Γκίνης Γκαγκαουδάκης Γκαλίου Γκανάτσιος Γκατζογιάννης Γκικόπουλος Γκιολδελής
Γκιριτζιώνη Γκιτσάκης Γκουτζαμάνης Γκούβα Γκούβελος Γκούνη Γκούσκος Γκόβα Γκόνη Γκότσης Γκόφα
Γκόφας Γουδής Γουργουλής Γούδη Γούλα Γούπα Γούσιος Γρίβα Γρίβας Γραμμένου Γραμματικοπούλου
Γραμματικόπουλος Γραμματικός Γρατσιάς Γρεβενάρης Γρετός Γρηγορίου Γρηγοριάδης Γρηγοριάδου
Γρηγοροπούλου Γρηγορόπουλος Δάρας Δάφνη Δέλιος Δήμου Δίγκας Δαΐκου Δαγκλή Δαγκλής Δαγλή
Δακαναλής Δαμήλου Δαμαλά Δαματοπούλου Δανέζης Δανδανίδου Δανελής Δανιηλίδης Δαρδιώτη Δαρσακλή
Δαυίδ Δεδούκου Δελή Δερλώπα Δερμιτζάκης Δεσύλλας Δημακογιάννη Δημησκής Δημητρέλου Δημητρίου
Δημητριάδου Δημητρόπουλος Δημοβελής Δημοπούλου Δημτσούδη Δημόπουλος Διακάκης Διακουμή Διαμαντής
Διαμαντοπούλου Διαμαντόπουλος Δινεζάκης Διοπούλου Δουβίκας Δουβουνιώτη Δουβουνιώτης
Δουβρόπουλος Δουκάς Δουκίδου Δουκατζής Δουλάμη Δουλάμης Δουλγεράκη Δουλγεράκης Δουλουφάκη
Δουμάς Δουράνης Δούβαλη Δούνης Δρίβα Δραγούμη Δραγούμης Δραζιώτης Δρακάκη Δρακάκης Δρακουλή
Δρακόπουλος Δραμουντάνη Δρουλιάς Δρυμαλίτου Δρόσου Δόβας Δόσης Δώρη Ελευθερίου Ελευθεροπούλου
Ελευθερόπουλος Ελυθεριάδη Ελυθεριάδης Εμμανουήλ Εμμανουηλίδου Εμπορόπουλος Ενωτιάδη Εσπερίδης
Ευαγγελάκη Ευαγγελάτος Ευαγγελίδη Ευαγγελινός Ευκαρπίδης Ευστρατόπουλος Ευταξιάς Ζάππα Ζάππας
Ζάχος Ζάχου Ζαΐμη Ζαΐμης Ζαβιτσάνου Ζαννίκου Ζαραφέτας Ζαρειφοπούλου Ζαρζάνη Ζαφείρη Ζαφείρης
Ζαφειροπούλου Ζαφειρόπουλος Ζαχαρίου Ζαχαριουδάκη Ζεγλίνα Ζενεμπίσης Ζερβά Ζερβού Ζερρβός
Ζευγίτης Ζηδιανάκης Ζηματίκας Ζηρός Ζιάκας Ζιάρα Ζιώγος Ζολώτας Ζορμπάς Ζουκής Ζουλούμης Ζούνης
Ζτούκος Ζυγούρη Ζυγούρης Ζωντανού Ζώη Ζώνιος Ζώτος Ηλιάδη Ηλιάδης Θασίτου Θεοδοσίου Θεοδοσιάδου
Θεοδωρικάκος Θεοδωροπούλου Θεοδωρόπουλος Θεολόγος Θεοχάρης Θηβαίος Θωμάκου Θωμάς Θωμόπουλος
Ιακωβάκης Ιατρόπουλος Ιντζές Ιορδανίδου Ισάρης Ισέρης Ιωάννου Ιωακείμ Ιωακειμίδου Ιωσηφίδης
Ιωσηφίδου Κάκκα Κίσσας Κίτσου Καβούρης Καζαντζή Καζανόπουλος Κακαβός Κακατσός Κακοσαίος
Κακοτρίχη Καλάρη Καλάρης Καλέμη Καλαθά Καλαμάρα Καλαμάρας Καλαμαράκης Καλαμπαλίκης Καλαπόδης
Καλαργυρός Καλαϊτζάκης Καλαϊτζοπούλου Καλδή Καλιάμπος Καλιτσουνάκης Καλλιάνταση Καλογιάννη
Καλογιαννάκη Καλομοίρη Καλούδη Καμινάρη Καμπάκας Καμπερίδης Καμποσάκης Καμπούρη Καναβός Κανελή
Κανελλή Κανελλοπούλου Κανελλόπουλος Κανταρελή Καπανταϊδάκη Καπατσώρης Καπετάνιος Καπνιά
Καπουρνιώτη Καπούνης Καράμπας Καράμπη Καράνης Καραΐσκος Καραγιάννη Καραγιάννης Καραγιοβάννη
Καραγρηγορίου Καραδήμος Καραθανάση Καρακάξης Καρακαστανιάς Καρακυρίου Καρακωνσταντινού
Καρακώστα Καραλής Καραμάνη Καραμάνος Καραμάνου Καραμανλή Καραμπίνα Καραμσαλής Καρανάνου
Καρανίκας Καρανασίου Καρανικόλας Καραντάνα Καραντζόπουλος Καραογλάνη Καρατάσου Καρατζίκος
Καρατζαφέρης Καρβέλη Καργάκου Καρκαλέτση Καρκανάκη Καρολίδου Καρούντζος Καρούσος Καρτάς Καρυδά
Καρυπίδης Κασκαούτη Κασμιρλή Κασούτσας Κασσωτάκη Καστάνης Κατάκης Καταραχιάς Κατεβάτης
Κατιρτζής Κατσίπης Κατσίφος Κατσαβός Κατσαμάνης Κατσανίκου Κατσαντώνη Κατσαντώνης Κατσαρός
Κατσαφάδου Κατσιγιάννη Κατσιγιάννης Κατσιλής Κατσιλλή Κατσιμάλη Κατσιμάνη Κατσογιάννης Κατσούλα
Καφίρης Καφαντάρη Καφαντάρης Καφφέ Καχριμανίδη Καψάλης Καψή Κελαϊδώνης Κελλάρης Κερασοβίτης
Κεσίση Κεσαλίδης Κεσεμίδης Κεσκίνη Κετεσίδου Κεφαλή Κεχαγιάς Κιορίδου Κιοσές Κιουπλιώτης
Κιούσης Κιτινός Κλήμης Κλεινάκη Κοκκίνου Κοκκινίδου Κοκορδέλης Κολαΐτου Κολοβός Κολοκάθης
Κολτσάκη Κολχούρης Κομκούδης Κομπολιάς Κονδυλίδης Κονιάρη Κονιδάρης Κονσούλα Κοντάκος
Κοντογεωργάκη Κοντογιάννη Κοντογιάννης Κοντοκώστας Κοντού Κοντός Κορδατζής Κορμπόπουλος
Κορομήλας Κορομηλά Κορομηλάς Κορομπόκη Κορωνίδου Κοτρώτσου Κοτσαρής Κοτσινά Κοττίκας Κουβάς
Κουζουλά Κουθούρη Κουκλατζής Κουκουβά Κουκουβίνος Κουκουθάκη Κουκουλιάντας Κουλίδης Κουλίζος
Κουλαουσάρη Κουλουμπού Κουλουριώτης Κουλοχέρη Κουμάρα Κουμιώτης Κουράκος Κουρής Κουρελής
Κουρκουτάς Κουρλού Κουρσάρης Κουρσουμίδης Κουταλιός Κουτελιέρης Κουτεντάκης Κουτκιά Κουτουζίδου
Κουτσικούρη Κουτσικόπουλος Κουτσιουμάρη Κουτσοβίδου Κουτσογιάννης Κουτσογιάννόπουλος Κουτσονίκα
Κουτσουλής Κουτσουνάκη Κουτσουρέλη Κουτσουρέλης Κουτσούμπεη Κουτσούμπη Κουτσούρας Κουτχιάς
Κουφάκη Κοφινάκη Κούρτης Κούτρης Κούτσικος Κραββαρίτης Κρεμμύδας Κριάλης Κριτσέλης Κτενίδης
Κυμπάρης Κυπραίος Κυπριώτης Κυρίτση Κυρίτσης Κυργιά Κυργιάκης Κυριάκου Κυριαζής Κυριακάκης
Κυριακίδης Κυριακοπούλου Κυριακούλη Κυριαννάκη Κυριατσούλης Κυρκούδη Κυρούδη Κωνσταντάς
Κωνσταντακόπουλος Κωνσταντινίδης Κωνσταντινίδου Κωνσταντοπούλου Κωνσταντόπουλος Κωστάκης
Κωστίδης Κωσταλής Κωστοπούλου Κωστούλας Κωστόπουλος Κωτούλα Κωτούλας Κωτσίδης Κωτσικόρης
Κωτσιονοπούλου Κόλκας Κόλλια Κώτσου Κώττας Λάκκας Λάλας Λάππας Λάτσκος Λέκκα Λέλεκας Λίτσιου
Λαγγούσης Λαγογιάννης Λαγοπάτης Λαζαρίδης Λαλαούνη Λαμπρινός Λαουρδέκης Λαφατζής Λεβέντης
Λελεδάκης Λεμονής Λεντζίου Λεπίδα Λιάκου Λιάνου Λιανάκης Λιβανός Λιθοξοΐδης Λιναρδάκη
Λιολιοπούλου Λιούκα Λιούτας Λιτίνας Λιόλιος Λιόντη Λογκάκη Λογοθέτη Λουλάκης Λουμπούτσκου
Λουπασάκης Λουράντος Λυγκούρας Λυμαξή Λυμπέρης Λυρή Λύτρα Λώλος Μάλαμα Μάνδαλος Μάνδρος Μάνος
Μάντου Μάρα Μάργαρης Μάρρας Μάστορας Μέλανι Μήτζου Μήτσου Μίσχος Μίχος Μίχου Μαγκανάρη
Μαγκαφοπούλου Μαγκούφης Μαγούλα Μαζαράκης Μακαριάδης Μακρή Μακρής Μακροπούλου Μακρυγιάννης
Μακρυκώστας Μαλίμη Μαλλή Μαμαλά Μαμμής Μανέτα Μανίκας Μανελίδης Μανιάτη Μανιτάρου Μανιώτης
Μανοπούλου Μανουσέλης Μανουσιάδης Μανουσοπούλου Μανούκας Μαντά Μαντάρης Μαντάς Μαντζουράνης
Μαντζώρος Μανωλάκης Μανωλέας Μαράκη Μαραγκός Μαρακάς Μαργαρίτη Μαργαριτάκη Μαργαρώνης Μαργιά
Μαρκαντωνάκη Μαρκόπουλος Μαρουγιάννη Μαρτζούκου Μαρτιάδου Μασίκα Μασαούτη Μασγαλάς Μασιάλα
Μαστραγγελή Μαστρογιάννης Μαστρογιαννίδου Μαστρογιώργης Μασόπουλος Ματεντσίδου Ματσούκας
Ματσούρη Μαυρίδη Μαυρίδου Μαυραειδή Μαυρικάκης Μαυρογονάτος Μαυροείδη Μαυροειδάκος
Μαυρομανωλάκης Μαυρομμάτης Μαυροπούλου Μαυρουδής Μαυρούτσος Μελιτσόπουλος Μενγκ Μεξή Μεταξάς
Μεϊμάρης Μηλιάδου Μηλιάκη Μηλιώρης Μηνά Μητρίδης Μητροπούλου Μητρόπουλος Μητσοπούλου
Μητσόπουλος Μιλέα Μισίδου Μιχαηλίδης Μιχαηλίδου Μιχαλάκης Μιχαλάρου Μιχαλέλλης Μιχελή
Μιχελακάκη Μοσχοβάκη Μοσχόπουλος Μουσελίμης Μουτζούρη Μουτουσίδης Μπέκος Μπίκα Μπίλλας Μπαγανάς
Μπακλάβας Μπακοστεργίου Μπακουλή Μπαλάση Μπαλάσκας Μπαλή Μπαλαμπάνη Μπαλανίκα Μπαλλή
Μπαλουκίδης Μπαλταγιάννης Μπαλτατζή Μπαλτζής Μπαντές Μπαντής Μπαρκούτα Μπατζάνη Μπατσάκη
Μπαφέρα Μπαφίτη Μπεκάκου Μπελέκου Μπενέτου Μπερεδήμας Μπερμπατιώτης Μπεσύρη Μπιμπίκα Μπιμπίρη
Μπλανάς Μπλιατσίου Μποζίκη Μποζίκης Μπονέλη Μποτζιώρη Μποτσώλης Μποτώνης Μπουλούκος Μπουρλής
Μποφός Μπούζα Μπούκος Μπούσιος Μπραέσα Μπραζιώτης Μπρούζου Μπότζα Μπότης Μπύρου Μυλωνάς
Μυλωνίδου Μυσιρλής Μυτάρη Μυτελέτσης Μωραΐτη Μωραΐτης Μωρός Μωυσίδου Μόκας Μόναχας Μόσχος
Μόσχου Νάντσου Νάσσου Νάστατος Νάστος Νέλος Νίκα Νανούρης Ναούμ Νασίκας Νασιόπουλος Νατσουλή
Νικητόπουλος Νικολάου Νικολάτου Νικολαΐδης Νικολοπούλου Νικολουδάκη Νικολόπουλος Νικουλής
Νιτσοτόλης Νούσης Ντάνου Νταβάς Νταγκαλή Ντανώλα Ντζιαβίδα Ντουλιάς Ντριβαλά Ντόβα Ντόβας
Ντόκος Ντότης Ντότση Νώε Ξένου Ξανθάκης Ξανθοπούλου Ξενάκη Ξενίδη Ξηρίδου Ξηρογιάννης Ξηροδήμα
Ξηροτύρη Ξηρός Ξυγκάκου Οικονομοπούλου Οικονόμου Ορφανάκης Ορφανίδου Ορφανιώτης Πάγκαλος Πάνος
Πάνου Πάντζιου Πάντος Πάντου Πέππας Πέτρου Πέτσας Πέτση Πέττα Πίππας Πίσπα Πίσσιος Πίτσης
Παλαιολογοπούλου Παλαιολόγος Παλαμπουγιούκη Παληός Παλιεράκη Παλιούρα Παλλάς Παναγιωτακοπούλου
Παναγιωτακόπουλος Παναγιώτου Πανδής Πανκίδου Πανοπούλου Πανούσης Παντίσκα Πανταζή Πανταζής
Παντζέκος Παντζαρτζίδης Παπαγεωργίου Παπαγιάννης Παπαγιαννακόπουλος Παπαγιαννόπουλος Παπαδάκης
Παπαδήμα Παπαδημητράκης Παπαδημητριάδης Παπαδημητροπούλου Παπαδοπούλου Παπαδόπουλος
Παπαευαγγέλου Παπαευαγγελίου Παπαθανασίου Παπαθεοδοσίου Παπαθωμά Παπακωνσταντίνου Παπακώστα
Παπανάνου Παπανδρέου Παπανδρικοπούλου Παπανικολάου Παπανώτα Παπαπανός Παπαροϊδάμης
Παπασπηλιωτοπούλου Παπασταύρου Παπαστεργίου Παπατζήκα Παπατρέχας Παπαφώτης Παπαχρήστου Παπουδής
Παπουλής Παπουτσοπούλου Παππά Παππάς Παράνου Παρασκευά Παρασκευόπουλος Παργανάς Παρούσης
Πασσαλίδης Πατελής Πατελλή Πατινιωτάκη Πατμανίδης Πατσουρέα Πατσούρας Παυλάκη Παυλή Παυλίδου
Πεμούση Περάκης Περδίκης Περδικάκης Περιστερόπουλος Περουλάκη Περπινιάς Περράκης Περρώτης
Πετράκη Πετράκης Πετρίδης Πετρίδου Πετριτάκης Πετρογιάννης Πετροσιάν Πετρόπουλος Πετσιά
Πευκιανάκης Πιάγκος Πικούνης Πικρός Πιπεράκης Πιπερίγκος Πιπερίδη Πισκοπάνη Πισχινάς Πιτερός
Πιτσάκης Πιτσολής Πλακωτάρης Πλατάκη Πλιάτσικας Πολέμη Πολίτου Πολατίδου Πολυζωάκης
Πολυχρονίδης Πολυχρονόπουλος Πολυχρόνης Πορίχης Πορφυριάδου Ποσάντζη Ποταμιάνου Πουλή Πουλίδα
Πουλημένος Πουλιάση Πουλιέζος Πουλογιαννόπουλος Πουρνάρα Πουφτσής Πρέκα Προβής Προύβα Πυλαρινός
Πυροβόλου Ράλλης Ράπτης Ρέγκας Ρέντας Ρέντζος Ρέππα Ρέππος Ρήγας Ρήνος Ρίγκος Ρίζος Ρίσβας
Ραγκούσης Ραδιοπούλου Ραδοβάλης Ραυτοπούλου Ραφιός Ραχμανίδης Ραχωβίτσας Ριζούλης Ροδίτου
Ρουπακάς Ρουσιανός Ροϊδούλης Ρούσσου Ρωμαίου Ρόγαρης Ρόγγα Ρόδης Ρόκας Ρόκκα Σάουερ Σάτλας
Σίββα Σίδερης Σαββάκη Σακελλαρίου Σακκή Σαλέμη Σαλίχος Σαλταούρας Σαμακίδης Σαμανίδης Σαμαράς
Σαμπάνη Σαμτανίδου Σαουλίδης Σαπρίκη Σαρίκας Σαραντινός Σαραφίδης Σαριδάκη Σαρρή Σαρρός
Σγουρένα Σγουρός Σδούκου Σδραλλής Σεβαστού Σεβδάς Σελινοπούλου Σεμπέπου Σεφέκος Σηκωτίδου
Σιγανός Σιδηροπούλου Σιδηρόπουλος Σικαλίδης Σιμητοπούλου Σιμιτζή Σιούτα Σιτόπουλος Σιόλου
Σιώμος Σιώρης Σκαβέντζου Σκαρλάτος Σκαρπέτας Σκασίλα Σκαφτούρου Σκορδάκης Σκοτάδη Σκουλαρίδης
Σκούμπρου Σκρέκας Σκρίμπας Σκρεμμύδα Σκυλογιάννη Σκόρδος Σμαρδάς Σμιτ Σμπονιάς Σμπρίνης
Σμυρνιώτης Σοκολάκη Σολακούδης Σολωμίδου Σουλιντζής Σουρμπής Σοφιανός Σπάλας Σπαθάρη
Σπαθόπουλος Σπανίδου Σπανδωνίδης Σπανουδάκης Σπανοχριστοδούλου Σπανός Σπασέγκου Σπασόπουλος
Σπηλιάδου Σπηλιώτης Σπορδιλής Σπυριδάκη Σπυριδάκης Σπυρόπουλος Σταθά Σταθάτος Σταθόπουλος
Σταμάτης Σταμέλος Σταμέλου Σταματιάδης Σταματούκου Σταμούλη Σταμούλης Σταμόπουλος Σταυρίδου
Σταυριανός Σταυρόπουλος Σταύρου Στεργιαλής Στεργιούδης Στεφάνου Στοφοριάδης Στούμπου
Στραβοσνίχης Στρατογιάννη Στρούμπα Στυλιανίδου Στόγιος Συβιλιά Συλλίγαρδος Συμεωνίδου Συνοδινού
Συργής Συρμού Συρρής Σφακιανάκη Σφούνης Σφύρλας Σωτηράλης Σωτηροπούλου Σόφρα Σύκας Σύψα Τάντου
Τάρναρης Τάσιος Τάσση Τάτση Τάχας Ταβερναράκης Τακαντζάς Ταμιωλάκης Ταμπορρίνο Ταξίδου
Τασιούλας Ταυλαρίδου Ταφραλή Ταχμαζίδης Ταχτσίδης Τεμουρτζίδης Τερζής Τερζίδης Τζάγκα Τζέκος
Τζήκας Τζαβέλλας Τζαλλας Τζαναβάρα Τζανουδάκης Τζεβελέκος Τζιάβας Τζιάρας Τζιγκούρα Τζινιέρης
Τζιρατούδη Τζιωρτζή Τζιόβα Τζιόρτζιος Τζιώτζης Τζουβέλης Τζουμάκης Τοδώρης Τολούδης Τομπουλίδου
Τοπαλή Τορομίδης Τοσούνη Τουλάκη Τουλούπη Τουρνά Τουρναβίτης Τρίκα Τραγούστη Τραχίλης Τρεντσίου
Τριαντακωνσταντής Τριανταφύλλου Τριβέλλας Τριφτανίδου Τρομπούκη Τσάκη Τσάρκος Τσάτη Τσέας
Τσέγας Τσέλιος Τσέλλος Τσέτου Τσίμη Τσαγκρασούλης Τσαγλιώτης Τσακίρη Τσακαλάκου Τσακανίκας
Τσακμάκης Τσαλαμάνδρης Τσαμαδός Τσαμασλίδης Τσαμοπούλου Τσαμπαλή Τσαμπούρη Τσαμτσούρη Τσανάκα
Τσανδήλας Τσαντίδου Τσαπραλής Τσαραμιάδης Τσατσάνης Τσαχάκη Τσεμπερλίδης Τσεντούρος Τσετσέρη
Τσιάκος Τσιάρας Τσιαμίτας Τσιαμούρας Τσιαντάς Τσιατής Τσιγαρίδας Τσικνή Τσικνιάς Τσικρίκα
Τσιομπάνη Τσιούπρα Τσιπλίκωφ Τσιρώνης Τσιτούρας Τσιωλξ Τσομώκος Τσοπανίδης Τσουκιά Τσουκνίδας
Τσουνάκου Τσουράκη Τσούμος Τσούπρας Τσούρα Τσόλκας Τσότρας Τσώνη Τσώνης Τσώτσης Τυμβίου Τυράλης
Τόγια Τόλη Τόμπρη Υφαντή Φίλκα Φαββάτα Φαλιέρος Φανουργάκης Φαρμάκη Φασατάκη Φασουλή Φασουλίδου
Φειδερόπουλος Φειζατίδου Φερεντίνος Φιδάνη Φιλίππου Φιλιάγκου Φιλιππάκης Φιλιππάτος
Φιλιππόπουλος Φλασκή Φουντζούλας Φουρκιώτη Φουσιέκης Φουτσιτζής Φούσκας Φραγκιαδάκη Φραγκουδάκη
Φραγκόπουλος Φραντζής Φρογάκης Φρονιμάκη Φυδάνης Φυτιλή Φωκάς Φωκαδελής Φωλιά Φωτακοπούλου
Φωτιάδου Φωτογλίδης Φωτόπουλος Χέλιος Χαβρεδάκης Χαλαντζούκα Χαλατσής Χαλβατζή Χαλκίδου
Χαμαλίδου Χανταμπή Χαντζή Χαραλάμπους Χαραλαμπίδης Χαραλαμπίδου Χαρισιάδης Χαρμπίλας
Χαρπαντίδης Χαρτερός Χασάπη Χατζή Χατζαντώνης Χατζελλής Χατζηβλασίου Χατζηγεωργίου
Χατζηγρηγοράκης Χατζηδάκη Χατζηκύρκος Χατζημιχαήλ Χατζησάββας Χατζησαββίδης Χατζησταυράκης
Χατζηφώτη Χατζηχαρίστου Χατζιάρας Χατζόπουλος Χαχούδης Χητός Χιτός Χιωτίδου Χολέβα Χονδρολίδης
Χονδρούδη Χοντζιά Χορτάτου Χορόζη Χουδαλάκης Χουλιάρας Χουντής Χουρζαμάνη Χουχουλής Χρήστου
Χριστάκης Χριστάρας Χριστακόπουλος Χριστογιάννη Χριστοδουλάκης Χριστοδούλου Χριστοπούλου
Χριστοφόρη Χριστόπουλος Χρονοπούλου Χρονόπουλος Χρυσάφη Χρυσίδης Χρυσανθακοπούλου Χρυσικάκη
Χρυσικός Χρυσοβέργης Χρυσουλής Χωριανοπούλου Χωρινού Ψάλτης Ψυλλάκης Ψυρρή Ψυχάρη Ψυχιάς
Ѓоргиев Ѓоргиева Ѓорѓиевска Ѓорѓиевски Євдокименко Євтушенко Євтушок Ємельяненко Ємець Єременко
Єресько Єрмоленко Єрошенко Єрченко Єрьоменко Єсипенко Єфименко Єщенко Іваненко Іваничук
Іванченко Івасюк Іващенко Ільченко Ільєнко Ірванець Ісаєвич Ісаєнко Іщак Іщенко Їжак Їжакевич
Јанев Јанева Јовановска Јовановски Јовчев Јовчева Абрагамовська Абрагамовський Абраменко
Абрамов Абрамова Абрамчук Авдеев Авдеева Авдєєнко Аверченко Авраменко Аврамчук Агафонов
Агафонова Адаменко Адамчук Ажажа Акименко Аксенов Аксенова Акуленко Александренко Александров
Александрова Алексеев Алексеева Алексеєнко Алексовска Алексовски Алексюк Алексійчук Андонов
Андоновска Андоновски Андреев Андреева Андрейко Андрощук Андрусенко Андрійович Андрійчук
Андрієвич Андрієнко Андріїшин Андріїшина Анисимов Анисимова Антонов Антонова Апостолов
Апостолова Аронець Арсенич Арсовска Арсовски Артеменко Артемьев Артемьева Артим Артимишин
Артимишина Артимович Артюх Артюшенко Архимович Архипенко Архипов Архипова Асаула Атаманчук
Атаманюк Атанасов Атанасова Атрощенко Афанасьев Афанасьева Бабак Бабариченко Бабенко Бабич
Бабиченко Бабко Бабій Бабійчук Базавлученко Базилевич Базилевська Базилевський Байда Байдак
Байрак Баклан Бакуменко Балабан Балахуров Балканска Бандера Бандура Бандурка Барабаш Баран
Баранець Бараник Баранник Баранов Баранова Батуринець Батюк Батіг Башполченко Баштан Бгиденко
Бебешко Бевз Бевзенко Бедринов Безбородько Бездітко Бележкова Белов Белова Белозеров Белозерова
Белоконска-Вражалска Белоусов Белоусова Беляев Беляева Беляков Белякова Беспалов Беспалова
Бирюков Бирюкова Блинов Блинова Блохин Блохина Бобев Бобров Боброва Бобылев Бобылева Богданов
Богданова Бодуров Большаков Большакова Борисов Борисова Бојаџиев Бојаџиева Брагин Брагина
Бранков Братухчев Бумов Буров Бурова Бурханларски Бърборков Быков Быкова Бүркітбаев Бүркітбаева
Вакарчук Вакрилов Вакуленко Валенко Вампирска Ванченко Василашко Василев Василева Василевич
Василенко Василечко Васильев Васильева Васовa Ватаманюк Вахній Ващенко Ващенко-Захарченко Ващук
Вдовенко Вдовиченко Величко Велков Велкова Велјанов Велјанова Венгринович Вергун Верес Верменич
Вернигора Вернидуб Вертипорох Верховинець Верхола Веселов Веселова Виноградов Виноградова
Височан Вишивана Вишиваний Вишняк Вишняков Вишнякова Владимиров Владимирова Власенко Власов
Власова Власюк Влох Вобла Воблий Вовк Волков Волкова Воробьев Воробьева Воронов Воронова
Воронцов Воронцова Вражалски Възвъзов Въртунински Вівчаренко Вітер Вітрук Габелко Габровлиева
Гавриленко Гаврилець Гаврилишин Гаврилишина Гаврилов Гаврилова Гавриловска Гавриловски Гаврилюк
Гаврилів Гавриш Гавришкевич Гаврюшенко Гайворонська Гайворонський Гайда Гайдабура Гайдай
Гайдамака Гайденко Галкин Галкина Гаєвська Гаєвський Георгиев Георгиева Герасимов Герасимова
Глигоров Глигорова Гоголь Гоголь-Яновська Гоголь-Яновський Годунок Голик Голобородько Голубев
Голубева Горбачев Горбачева Горбунов Горбунова Гордеев Гордеева Горшков Горшкова Градинарова
Гресь Гречаник Гречко Григорьев Григорьева Гриценко Гришин Гришина Гроздановска Гроздановски
Громов Громова Гузенко Гузь Гузій Гук Гуляев Гуляева Гунько Гупало Гурьев Гурьева Гусев Гусева
Гуцуляк Гущин Гущина Гьоков Давиденко Давимука Давыдов Давыдова Дамјановска Дамјановски
Данданов Даниленко Данилов Данилова Данильчук Данилюк Данченко Данчук Данькевич Данько Даньків
Дараган Дахно Даценко Дацюк Дачев Дашенко Дашкевич Девдюк Дейнека Дейнеко Дейсун Дементьев
Дементьева Демиденко Денисов Денисова Дергач Дерегус Деркач Деряжна Деряжний Дешановска
Дешановски Джогов Джунь Джус Дзезов Дзиндра Дзюба Димитриев Димитриева Димовска Димовски
Дмитриев Дмитриева Докова Донев Донева Доронин Доронина Дорофеев Дорофеева Доценко Дришльов
Дробаха Дрозд Дрозденко Дроздов Дроздова Дубас Дубенко Дубина Дуплій Дурдинець Дурловска
Дурловски Дутка Дьячков Дьячкова Евдокимов Евдокимова ЕвроповКирилов Евсеев Евсеева Егоров
Егорова Ейбоженко Елисеев Елисеева Емельянов Емельянова Ермаков Ермакова Ершов Ершова Ефимов
Ефимова Ефремов Ефремова Жадан Жайворон Жаліло Жансүгір Жарко Жданов Жданова Ждраков Жук Жуков
Жукова Журавель Журавлев Журавлева Журба Жученко Жүнісов Жүнісова Жұбанов Жұбанова Жұмабаев
Жұмабаева Жұмағалиев Жұмағалиева Жұмағылов Жұмағылова Забара Забарна Забарний Забашта Забіла
Заев Заева Зайцев Зайцева Зайченко Закусило Занов Запорожець Заруба Зарудна Зарудний Засенко
Засуха Засядько Затовканюк Затула Зафировска Зафировски Захаренко Захаров Захарова Захарченко
Заєць Заїка Зенгинов Зимин Зимина Зиновьев Зиновьева Златков Зубко Зуев Зуева Зыков Зыкова
Зінкевич Зінченко Зінчук Иванов Иванова Игнатов Игнатова Игнатьев Игнатьева Илиев Илиева
Иликьов Ильин Ильина Исаев Исаева Исаков Исакова Йорданов Йоткова Кабалюк Кабаненко Кабанов
Кабанова Каденюк Казаков Казакова Калашников Калашникова Калениченко Калинин Калинина Кальченко
Канчин Канівець Капустин Капустина Каракашев Карась Кармалюк Карпа Карпенко Карпов Карпова
Катъров Катърова Кащенко Келешев Кесьов Кибкало Килимник Кириленко Кириллов Кириллова Киселев
Киселева Китов Клатикрушев Клатуров Климовска Климовски Князев Князева Кобиларов Ковалев
Ковалева Коваленко Ковалюк Ковпак Кодуков Козак Козаченко Козлов Козлова Кокошкова Колев
Колесников Колесникова Колесниченко Колипатков Количков Колобов Колобова Колодуб Колчев
Колісниченко Комар Комаров Комарова Комиссаров Комиссарова Кондратьев Кондратьева Коновалов
Коновалова Кононов Кононова Конопленко Конопля Константинов Константинова Копитко Копылов
Копылова Корбут Корж Корнилов Корнилова Королев Королева Короленко Корпанюк Корсун Костин
Костина Костов Котов Котова Коцев Коцева Кошелев Кошелева Красильников Красильникова
Кривошапкова Крстев Крстева Крстеска Крстески Крушовска Крылов Крылова Крюков Крюкова Кудрявцев
Кудрявцева Кудряшов Кудряшова Кузнецов Кузнецова Кузьмин Кузьмина Кулагин Кулагина Кулаков
Кулакова Куликов Куликова Куртажова Куртакова Кучев Кучкуделова Кърков Кьоров Лаба Лавренко
Лаврентьев Лаврентьева Лагода Лазарев Лазарева Лазаревска Лазаревски Лазаренко Лазов Лазова
Лапин Лапина Ларионов Ларионова Лебедев Лебедева Левченко Лемешко Лесик Лимонадов Лисенко
Литвин Литвиненко Лихачев Лихачева Лобанов Лобанова Логинов Логинова Лубенець Лукаш Лукин
Лукина Луланков Лупій Луценко Лыткин Лыткина Ляшко Мазепа Мазур Макаренко Макаров Макарова
Макаронски Макогон Максимов Максимова Малик Малишко Мамонтов Мамонтова Мамчур Манавски Мангъров
Мангъфова Марков Маркова Марковска Марковски Мартиновска Мартиновски Мартынов Мартынова Маслов
Маслова Масляк Масоха Матвеев Матвеева Матвієнко Матевска Матевски Матяш Медведев Медведева
Медведенко Мельников Мельникова Мераков Меркушев Меркушева Микитюк Милачков Миленков Миронов
Миронова Митревска Митревски Михайличенко Михайлов Михайлова Михайлюк Михалюк Михајловска
Михајловски Михеев Михеева Мишин Мишина Младенов Младенова Младеновска Младеновски Многознаева
Моисеев Моисеева Молчанов Молчанова Монтянов Морозов Морозова Москаль Мочев Мојсов Мојсова Муев
Муравьев Муравьева Мусијановски Мустакова Мухин Мухина Мясников Мясникова Мірошниченко Міщенко
Мүсіреп Мұсабаев Мұсабаева Мұстафин Мұстафина Мұхамеджанов Мұхамеджанова Мұхтаров Мұхтарова
Мұқан Мұқанов Мұқанова Мұқашев Мұқашева Мәмбет Мәмбета Назаренко Назаров Назарова Наливайко
Наумов Наумова Наумовски Негода Недялков Некрасов Некрасова Непорожній Нестайко Нестеренко
Нестеров Нестерова Никитин Никитина Никифоров Никифорова Николаев Николаева Николов Николова
Николовска Николовски Никонов Никонова Новиков Новикова Носаченко Носенко Носков Носкова Носов
Носова Ноғаев Ноғаева Ніколюк Нұрбаев Нұрбаева Нұрмағанбетов Нұрмағанбетова Нұрпейісов
Нұрпейісова Нұрғалиев Нұрғалиева Нұғманов Нұғманова Нәбиев Нәбиева Оберемко Овнарски Овсієнко
Овчаренко Овчинников Овчинникова Одинцов Одинцова Олійник Оліфіренко Онищенко Онуфрієнко Оніщук
Опанасенко Орехов Орехова Орлик Орлов Орлова Оробець Осипов Осипова Остапчук Охримович
Охріменко Оңдасын Оңдасынұлы Павленко Павлик Павличенко Павлов Павлова Палій Панов Панова
Пановска Пановски Панфилов Панфилова Панчук Парасюк Парашкевов Патков Пахомов Пахомова
Пачаръзка Певецова Педалов Пеева Пелех Пенджакова Перебийніс Перепелиця Пестов Пестова
Петковска Петковски Петлюра Петренко Петрик Петров Петрова Петровска Петровски Петухов Петухова
Пикянски Пилипенко Пищовколева Площаков Плюнкова Плюцова Поаков Полтавець Поляков Полякова
Пондьов Пономарев Пономарева Попов Попова Поповска Поповски Потапов Потапова Приймак Примаченко
Принов Притула Приходько Пройкова Прокопович Прохоров Прохорова Проценко Прошков Пръндачка
Пулев Пустовіт Пушкар Пъков Първанова Пътечкова Піддубна Піддубний Радченко Рак Рангелов Ребрик
Рева Редько Римпопов Ристовска Ристовски Рогов Рогова Родионов Родионова Рожков Рожкова
Романенко Романець Романов Романова Романчук Рошльов Рубан Рубець Рудик Рудько Русаков Русакова
Рыбаков Рыбакова Рысқұлов Рысқұлова Рябець Рябов Рябова Рябовіл Рябошапка Рябченко Савельев
Савельева Савенко Савин Савина Сагаль Сазонов Сазонова Салій Самойленко Самойлов Самойлова
Самоходов Самсонов Самсонова Сапунджиева Сафонов Сафонова Сацюк Саченко Саєнко Свириденко
Свистун Селезнев Селезнева Селиверстов Селиверстова Семенов Семенова Семенченко Сергеев
Сергеева Сидоров Сидорова Силин Силина Симеонов Симоненко Симонов Симонова Симоновска
Симоновски Сиротенко Ситников Ситникова Сич Скиба Скирда Скопенко Скорик Скоробогатько Скринска
Сланинкова Слюсар Смик Смирнов Смирнова Смърдански Соболев Соболева Соколов Соколова Соловьев
Соловьева Сомко Сопаджиева Сорокин Сорокина Спасов Спасова Спасовска Спасовски Станишев
Стельмах Степанов Степанова Стефановска Стефановски Стець Стойков Стојановска Стојановски
Стрелков Стрелкова Стус Субботин Субботина Суворов Суворова Супруненко Суханов Суханова Сысоев
Сысоева Сімашкевич Сірко Сіробаба Сірченко Сүлеймен Сүлейменұлы Сұлтанов Сұлтанова Сұлтанқызы
Сұлтанұлы Сәтбаев Сәтбаева Талан Таралингова Таран Тарасенко Тарасов Тарасова Татьозов
Твердохліб Теличенко Теліженко Темірболатұлы Терентьев Терентьева Терещенко Терещук Тесленко
Тесля Тетерин Тетерина Тимофеев Тимофеева Тимченко Тимчук Титаренко Титов Титова Тиха Тихий
Тихонов Тихонова Тичина Ткач Ткаченко Товстоліс Товстуха Тодоров Тодорова Тодоровска Тодоровски
Токар Токов Топков Топчийски Точева-Клопова Тошев Тоғжан Трајковска Трајковски Третьяков
Третьякова Тригуб Трофимов Трофимова Тумангелов Туркало Туров Турова Тутурилов Тухчиев
Тъпчилещов Тягнибок Тұрсынов Тұрсынова Тұяқов Тұяқова Тәжібаев Тәжібаева Төреқұлов Төреқұлова
Уваров Уварова Удовенко Удовиченко Уманець Усик Устенко Устинов Устинова Фадеев Фадеева Фаренюк
Фартушняк Фастенко Федоров Федорова Федосеев Федосеева Федотов Федотова Фенеров Фесенко Филатов
Филатова Филиппов Филиппова Фокин Фокина Фоменко Фомин Фомина Фомичев Фомичева Франко Франчук
Фролов Фролова Фурс Філіпенко Харитонов Харитонова Харченко Хвърчилков Хмара Хоменко Хомик
Хорішко Хохлов Хохлова Христенко Христич Христов Христова Худяк Царенко Цветков Цветкова
Цветковска Цветковски Цибуленко Цимбал Цимбалюк Цицков Цоцов Цушко Цюпа Цюцюра Цісик Чабан
Чайка Чала Чаленко Чалий Чанлиева Чарниш Чекалюк Червоненко Чередник Черненко Чернов Чернова
Черінько Четрафилски Чміль Чорновіл Чубай Чуйко Чуков Чукчуков Чулев Чулева Чумак Чумаченко
Чупетловска Чуприна Чутурков Шаблій Шакири Шамрай Шаповал Шарапов Шарапова Шаров Шарова Шахрай
Шашков Шашкова Швайка Швачка Швачко Шведченко Шевченко Шелест Шеремет Шеремета Шестаков
Шестакова Шило Шилов Шилова Шинкаренко Ширяев Ширяева Шиян Шкембова Шморгун Шовкопляс Штепа
Штокало Шубин Шубина Шутько Шухевич Шұуқоп Шәрипова Щербак Щербаков Щербакова Щербань Щириця
Щорс Щукин Щукина Щърбов Ысқақ Юдин Юдина Юрганчев Юрченко Юрчишин Юрчишина Юрчук Юхименко
Ющенко Якименко Якимчук Яков Яковенко Яковлев Яковлева Якушев Якушева Яназов Ярема Яременко
Яремко Яремків Яремчук Яркова Ярош Яценко Яценюк Ященко Ящук Ґалаґан Ґерета Ґереґа Ґерус
Ґжицька Ґжицький Ґоляш Ғабдуллин Ғабдуллина Ғалиақпаров Ғалиақпарова Қабаева Қалиев Қалиева
Қамалов Қамалова Қасымов Қасымова Қонаев Қонаева Қосанов Қосанова Құрманова Құрманғалиев
Құрманғалиева Құррманов Құсайынов Құсайынова Әбішев Әбішева Әлиев Әлиева Әлімжанов Әлімжанова
Әуез
"""

COMMON_WORDS = """
American Congress Democrat I Mr Mrs PM Republican TV a ability able about above accept
according account across act action activity actually add address administration admit adult
affect after again against age agency agent ago agree agreement ahead air all allow almost
alone along already also although always among amount analysis and animal another answer any
anyone anything appear apply approach area argue arm around arrive art article artist as ask
assume at attack attention attorney audience author authority available avoid away baby back
bad bag ball bank bar base be beat beautiful because become bed before begin behavior behind
believe benefit best better between beyond big bill billion bit black blood blue board body
book born both box boy break bring brother budget build building business but buy by call
camera campaign can candidate capital car card care career carry case catch cause cell center
central century certain certainly chair challenge chance change character charge check child
choice choose church citizen city civil claim class clear clearly close coach cold collection
college color commercial common community company compare computer concern condition conference
consider consumer contain continue control cost could country couple course court cover create
crime cultural culture cup current customer cut dark data daughter day deal debate decade
decide decision deep defense degree democratic describe design despite detail determine develop
development difference different difficult dinner direction director discover discuss
discussion do doctor dog door down draw dream drive drop drug during each early east easy eat
economic economy edge education effect effort eight either election else employee end energy
enjoy enough enter entire environment environmental especially establish even evening event
ever every everybody everyone everything evidence exactly example executive exist expect
experience expert explain eye face fact factor fall family far fast father fear federal feel
feeling few field fight figure fill film final finally financial find fine finish fire firm
first fish five floor fly focus follow food foot for force foreign forget form former forward
four free friend from front full fund future game garden gas general generation get girl give
glass go goal good government great green ground group grow growth guess gun guy hair half hand
happen happy hard have he head health hear heart heavy help her here herself high him himself
his history hit hold home hope hospital hot hotel hour house how however huge human hundred
husband idea identify if image imagine impact important improve in include including increase
indeed indicate individual industry information inside instead institution interest interesting
international interview into investment involve issue it item its itself job join just keep key
kid kind kitchen know knowledge land language large last late later laugh law lawyer lay lead
leader learn least leave left leg less let letter level life light like likely line list listen
little live local long look lose loss lot low machine magazine main maintain major majority
make man manage management manager many market marriage material matter may maybe me mean
measure media medical meet meeting member memory mention message method middle might military
million mind minute miss mission model modern moment money month more morning most mother mouth
move movement movie much music must my myself name nation national natural nature near nearly
necessary need network never new news newspaper next nice night no none nor north not note
nothing notice now number occur of off offer office officer official often oil ok old on once
one only onto open operation opportunity option or order organization other others our out
outside over own owner page painting paper parent part participant particular particularly
partner party pass past pattern pay peace people per perform performance perhaps person
personal phone physical pick picture piece place plan plant play player point police policy
political politics poor popular population position positive possible power practice prepare
present president pressure pretty prevent price probably process produce product production
professional professor program project property protect prove provide public pull purpose push
put quality question quickly quite race radio raise range rate rather reach read ready real
reality realize really reason receive recent recently recognize record red reduce reflect
region relate relationship religious remain remember report represent require research resource
respond response responsibility rest result return reveal rich right rise risk road rock role
room rule run safe same save say scene school science scientist score sea season seat second
section security see seek seem sell send senior sense series serious serve service set seven
several shake share she short should shoulder show side sign significant similar simple simply
since sing single sister sit site situation six size skill skin small smile so social society
soldier some somebody someone something sometimes son song soon sort sound source south
southern space speak special specific speech spend sport spring staff stage stand standard star
start state statement station stay step still stock stop store story strategy street strong
structure student study stuff style subject success successful such suddenly suffer suggest
summer support sure surface system table take talk task tax teach teacher team technology
television tell ten tend term test than thank that the their them themselves then theory there
these they thing think third this those though thought thousand threat three through throughout
throw thus time to today together tonight too top total tough toward town trade traditional
training travel treat treatment tree trial trip trouble true truth try turn two type under
understand unit until up upon us use usually value various very view visit voice vote wait walk
wall want war watch water way we wear week weight well west western what whatever when where
whether which while white who whole whom whose why wide wife will win wind window wish with
within without woman wonder word work worker world worry would write writer wrong yard yeah
year yes yet you young your yourself
"""

DICTIONARY_WORDS = """
aba abate abb abbas abbassi abbey abed abele abigail abir able abraxas ace ache acker aday add
adda ade admiral ady aga agar agarwal agate age agent agger agla agnus ago agon aguinaldo agust
agy ah ahluwalia ahmadi aho ai aid aide aile aimer aire airt aisling aka ake akee ako aku ala
alameda alan aland alani alannah alar alas alba alban albertin albino alcalde alder aldine ale
alec alen alert alette alexanders alexia alf alfa alfonso alienor alin alison aliyah allan
allegretto allegro allemand allene aller ally alma almon almond alo aloma alp alpha alruna alt
althea altin alto alvar alvine aly ama amadou amani amar ambar amber amble ambrose ambrosia
amelia ami amil amin amine amir amma amoke among amor amoroso amra amrita amsel amy an ana
ananda anay ancilla anda andron anele anemone anes angel angelic angelica angelico angeline
angelique angle ani anil anilla anima anis anker ann anna annet annul anon ansa ant antal ante
anti antra apple aquilino ara arango arba arca arch archer ardella are arena arend arent argo
aria ariel arietta aril arjun armilla arn arna arni arrie arroyo art aru arvel arx ary as
ashling ashman ask asp aspen assis asta aster astor astride atabek ataman atchison athanasia
atlas atle atma atta auge augen auger august aune aura aurelia aurelian aurora aurore author
autumn ava ave aver averil avital avo awa ay ayu azalea baa baar baba babe babu baby bach back
backer bacon badan bade bagger bah bahar bail bailee bailey bailie baiocchi bajan baka baker
bal balas bald balder bale bali ball ballast balli bambino ban banak band banda bandi bang bank
bara barabara barad barb barbe barber barbone barcella bardo bare barge barger bargh bari baria
barile barilla baris bark barker barlow barman barnard barney baron barra barras barrel barret
barrette barrio barry barth barton bas basil basilissa bass bassan basset basso bast baste
basten baster bath batta battle batz bauch baud baun baxter bay baya bayard bayman beach beal
bean beard beat beata beatus beau beck becker bedin bee beek beer beest begonia begum beking
bela bell belladonna bellarmine belle belt beltman belton belvedere ben bena benda bender bene
benedict benet beni benjamin benn bennet benny beno bensel bent berat beray berend beret berg
berger berith berlin berry berther bertram beryl besa besin best bet beta beth bethel betting
betty bey bhakta bhandari bhat bianco bibi bice bien biggen bigger bigot bilge bill billa
billet billing billon billy binder bine bino birch bird birdie biri birk birn bishop bisson
bite bitten bitter black blacking blain blair blake blanc blanca blanch blanco blanda blank
blas blase blatter blaze blend bless blessing blick bliss blitz block blossom blot bo bob boba
bobby bocca bock bode bodhi bodkin bog boga bogan bogard bogey boil boily boke bolden bole boll
bolster bolt bom boma bon bonaventure bond bondar bone boner bong bonito bonnet bonny booker
boom boon booth bor bora borachio borak bore borer borg borgh born boro borsch bosch bose boss
boston botella bouche boucher bougie bouillon bouquet bourbon bourdon bourgeois bowler bowman
boy boyer braccia brach brad brae brain brake branch brand brandy brant brass brassard brasse
brasser bravo bray brede bree breezy brent bret brett brewer briar brick bride bridge bridger
bright brill brim brink brit brith broad brocard broccoli broch brock brod brogan bronco bronze
brook brose brot brown browning bruin brunet brush brusque bryony bucca buck bud buddy buffy
buhl buhr buisson bulak bull bulla bullock buna bunk bunny bure bureau burel burg burgess burgh
buri burian burke burl burnie buro burr burrel burt burton bury bus bush busk buss buster butch
butcher butler butt butte butting butty cabal cabana caddie caddow cade cadence cadenza cader
cager cain cairn cal calabrese calandria calcar calinda calp cam camara camata cameo camilla
camillus camp campagna campana campanile campo campus camus can canal candela candy caner canna
canning cannon canny canon cant canto canyon cap capon cappie caprice captain capucine car
cardin cardinal cardo cardon cardona carene carina carl carlie carlin carline carls carman
carmine carney carol carolin caroline carolus carone carpenter carr carrel carrier carrion
carrizo carry carter carton cartwright carty carver caryl casal case cash casino cass cassie
cassino castellano castor catalina cate cava cecils ceder cedrin ceil celesta celeste celestina
celestine cella ceria cetin chabot chad chai chaka chalmer chamberlain champ champagne champion
chance chancy chandler chang chao chaparro chapman char charette charity chase chastity chateau
chatelain chaya che chela cheng cherish cherry chester chevalier chevy chi chia chico chien
chih chin china ching chino chip cho chocho chopin christen chromy chuck chun church cicala
cicely cilia cine cinnamon cinque cisco cisterna claret clarin clark claro clary clay clear
cleave clem clemence clement cleve cliche cliff cline clint clive close coca cocci cocco cock
coco coda coelho cola cole colin coll collard collaud colleen collet colley collie collier
collin colling collins colly colon colonel colt colter columbo comber comer comfort comment
commodore company con conal conception concha conn conner constant conte conter conto contra
contractor conus convey cook coolen cooper cop copier cora coral corbeil cord cordoba core
corella corinne cornel cornet cornu corona corral corrente corrie cortez cortina cossette costa
coster cote cotta cotte cotter cotton council courtier courtin cousin cox coy craft cramp crane
craven craw crawley crea creed crin crista croci crone cross cruces cruise crystal cuarta
cuesta cully culver cup curdy curry curt cutler cyrus dace dada dadap dag dags daisy dal dale
daler dalt dalton dam dame damiana damme dan danner dar darby dare darling dash date daub daube
daud dauphin davenport davy daw dawn day dayal deacon dean deb debby decker dee deep deforest
delaine dele dell delphine delta demi deric derrick desi desire despot dessa destiny dev deva
dewan dexter dey diamond dian dib dick dickens dicker dickey die diem dieter dika dillier
dimple din dine ding dink dirk dis dita diva divan diver divert divine dixie dixit dobbin
dobson doc dock doctor dodd dodo doe doina dola dolina doll dolly dolman dom dome domino don
done dong donna dooley dooly doria dorn doss dot doter dotty doucet dove dow dowd dower drago
drake dreng drew driest drop dropper drub drum drummy dub dudler dudley due duff dugal duke
dull duma dunal dung dunk dunne dunny dunst durant durgan dusty dutra dyer each ean earl early
earnest easter ebb ebony echo eddy edelweiss edit egger eglantine eider eimer elaine elder ell
elle els else elvan elver ember emerald emery emir emit emma emmer emmet encina end ender era
eral ere eric erika ermine eros es esker espinal espino essence ester eta ethel ether ethyl
etna eulalia eve even ever evert ey eyer fae fair fairy faith fall faller falter fan fancy fang
fanning fant fantasia fardel fare farina farmer faro fate fatiha faust fawn fay fe fed fee feer
feil felicity feline fellah feller fender fern ferny ferrier ferry fet feu fico fidelity fie
field filar file filet filippo filo fin finch find finger finis fink firman first fisher fit
flannelly flavin fleche fleck fleet fletcher fleury flint flood floor flora florence florent
flores florin fog folly font foody foot ford foreman forest forget fort forte fortin forum
foster fot fount fowler fox foy franc francisc francisca franco frangipane frank franklin
frasco frasier fray frazer frederik freely freeman fresco fresh fried friend frisk from front
frost fry fu fuller funder fundi funis funk fuss fust gabi gaby gaddi gade gage gaine gaj gal
gala galatea gale galena gall gallant galler gallet galley galliard galloway gamble gamma
gammer gang ganga gap gara garance garb garibaldi garland garner garnet garnett garret garrison
garth garvey gas gaskin gasper gasser gast gauge gaulin gay gazel gee geese geest geira gelder
gemma gena gene general genesis genet geneva genie genin gens gent gentile gentry geo ger
german geta ghazi gibbon gig gilbert gill gillie ging ginger ginny giro gisla gisler giustina
glady glass glasses glazer glazier gleba glen glib glover gnat goblet goddard godet godly goel
goff gola golden goldie gone gong gonne good goodman gor goral goran gore gorevan gorge gote
goujon gove governor goy grab grace graham graith gram grand grange granger grant grasser
gravel graveman graven graver gray grayling greave green greenwood greet grein grey gribble
grid griffin grill grim grin grit grith groot gros gross grossen grosser grosso grosz grove
grun grunt guarana guarani guard guarneri gude gugu guillemot gul gula gulden gule gull gullery
gully gumma gun guna gundi gunne gunnel gunner gunning gunny gunter gurly guru guss gussie gust
gut gutti guy guyer guz guze gyri gyro gyve ha haaf hache hack hacker hadji hafiz haire hak
hake hakeem hakim hala halbert hale halfman hall hals halter ham hamburger hamel hami hammer
hammerer hamza han hanbury hand handler handy hank hanna hansa hansel hao harden harder hardy
hare harish harl harm harman harmony harper harry harsh hart hasan haslet hassel hasta hasten
hastings hasty hatch haugh have havel haven havener haver hawthorn hay hayward hazel hazen
hazle he head hearty heath heather heaven heck hector heel heer helder hell heller hello helly
helm helve hemal hemmer hen hence henna henny henry herb herd herder hereward herma heron
herring hers hersir hertz hickey hidalgo hilding hill hiller hind hinder hinney histon ho hogan
hold holden holder holl holler hollo holly holm holt homer honey hong honor hood hoof hook hoop
hooper hoopman hoove hop hope hopper hora horn horst hoti hough house hove hovel howe hoy hoyle
hue huff hug huge huia huke hull hummel hummer hung hunger hunk hunt hurley hurst hurt huss
hyacinth hymen icho icy idalia ide idle ilia ilka imam immaculate impi in indy infant infante
inken innocent into io ion irene irian iridian iris isabelina iso iva ivory ivy iwa jack
jackman jacobus jacoby jade jaeger jagat jager jagger jaguar jail jake jama jambo jami jane
jank jann jara jarl jarry jasmine jasper jati jauk jaun jay jean jed jeff jenna jenny jerez
jerker jerry jess jet jetter jewel jimmy jina jing jinny jo job jocum joe joey johannes joke
joker jolly jordan josh joshi josie joss journey joy jud judge jug julienne julio jumba june
junior juniper junk junker jure just justen justice justo jutka juvenal ka kahu kai kaiser
kakar kala kalashnikov kale kali kamala kan kana kanat kang kapp kappe kapur karch karma karo
karri karst kauri kay kazi kea keel keeling keena keet keld kell kelly kelvin kemp ken kennelly
kenno kent kern kerner kerrie kerry kette ketting key khalsa khan khatri kibe kick kidney kiel
kike kiki kiley killeen killer kim kin kina kind kindle kindler king kink kino kip kiri kirk
kirsch kiss kit kitty knag knape knez knight knock knoll knut ko koda kohl koko koller kolo
konstantin koppa kor kora korec kori kos kraft krakowiak kral kreis kroon kuan kuba kulkarni
kung kupper kusa kusti kyle laager labra lack lacy lad laddie laden lady laet lafayette lai
laine lall lalo lam lamb lambert lament lamia lamin lammas lammer lan lance lander lane laney
lanson lari larin lark larry lasa lass lassie lata laur laura laurel laurin lave lavender law
lawless lawyer lax lay layne lazar laze lea leach leafy leal lean leaner leban lech lede lee
leech leek lees leg legato leger lei leighton lekha lemma lemming lemon lenard lene lens lent
lento lepa less let leu lev levin levy lew lewis ley li liana liang liber liberal liberator
liberty lie lief lien lier lieve ligas lile lill lily lim liman limo lin lina linden linder
line ling link linn linnet lino linsey linten linwood lion lionel lipa lira lis lish lisle liss
list lith little litz llano lo loan lobo lock lockman lode loft loggin lohan loke lolly loma
lombard lone long longa longan loo loon looney loop loot lope lora loran lord lore loreal lori
loric loris lory loss lot lota lotto lotus loup love low lowery loy loyal luce lucid lucky lucy
ludo lue luger luigino luke lulu lum lumen luna lunette lung lupe lura luster lut lute lux ly
lyam lynch lyra lyric ma mac macan mace machi mack mackle maco mad madden made madeline
madrigal mae maestri maffia magenta magnes magnifico magnolia maha maire major mako mal mala
male mali malik malkin mall mallet malm malo mamba mambo mamo man mana manal mand mandala
mandola mandora mane manga mangal mangel mango mani mania manila manilla manly manna mannan
mannie manning manny mano manso mantilla manual manus many mao maple mar maral marc marcel
marceline marcella marcello marcher marco marconi mare marechal marengo margarita margarite
marge marguerite maria marina marine mariola maris mark marker marl marli marlin marline marly
maro marquis marquise marron marry marsh marshal mart martel marten martial martin martinet
marvel mary mas masa masha mason massa masse mast master mat matara mate mater matey math
mathes matin matka matta matte matti mau maud mauger mauve maverick mavis maxim maxima maximus
maxwell may maya mayor mayoral maza mead meadow media median medico meile mel mela mele meline
mell mellon melodia melody melton mem men meng mensa mentor mercer merchant mercury mercy merel
merit merl merle merlin merrily merry mesa messer messing meta metayer mete mi mica mick mignon
mihrab mike mil mila milder mile milla mille miller millet milo mima min mina minder mine miner
minette ming mink minnie mino minor mir miracle miro mirza miss missy mist mistry misty mitra
mitt mo moan modena modest mohr molder mole molka moll mollie molly molman mona monk monster
montana monte moody moon moor moors mora more moreen morel morella mores morga morgan morgen
morgenstern moric morin moro morocco morris morrow morse morsing mortier moss motte motyka mou
moulin mountain mouton moy mu mudden muff muga muir muktar mulder mule muller mulligan munch
mundle munga munshi murage murphy must mustafina muster my myron myrtle na nadir nae nael naik
nail nais nake nako nam name nan nana nancy napoleon nary nasab nash nasi nat navar nazim nazir
ne nea neal nebel neck neckar nee needham neele neet nef negro nelson neo neper nese nete neve
nevel newt newton ni nice nick nickel nicky nicolo nidal nikau nil nim nine ninon nisse nixie
noa noble nobs noel noma nomina nor nori norma north noser nova novel novella nu nub nubia
nuncio nurser oak obe obi och octave oda odd odds offer ogre oisin olena oliva olive olivine om
omega omer omina ona opal ora oral orange orchard orlo orna orris osmund other ottar otter otto
ova overby owe pa paal pablo paca pace paco paegle pagan page pagination pain pal palander
palazzi pali pall palla pally palm palma palmer palomino palus pam pan panda pander pandora
pane panfil pang pansy pant pantaleon panto paolo pap papa pape paquet par para pardo parent
park parker parkin parley parry paschal pascual pasi pass passe passen paste pastor pasty pat
pata pate patel patella paten patience pato patria patrice patty pau paulin pavan paw pax payer
peace peacock pearl pearly peck peda pedrero pedro peel peele peep peer peg peggy pekin pelican
pellet penna penner penni penny pent penta pepino pepo pepper per peregrin peregrina pereira
peres pergola peri perk perrier perron perry persico pete peter petit peto petre petrie
petronel petronella petter petty peyton pfennig philippus phoebe phoenix pi pia piano pickering
picot pien pier pierce piet pigeon pik pika pike pilar pilgrim pili pillet pilon pin pina pinda
pinder ping pingle pink pinkie pinnock pino pinto pip piper piquet piscina pitanga pitcher plak
plank plass platina plaza pleasant plomb plover pluma plummer pock point pol polderman pole
polis polk pollard polo pombo pomp pompa ponce poncelet pont pontes pool poon pop pope poppel
poppy porta portal porter portia portman porto poser posey posse post pot pott potter power
prabhu prat precious prentice press prey price priest prima primavera primula primus prince
princess pringle prior privet proctor prosper provost prudence prune pu puck pueblo pugh pulk
pull punt punter purdy purity purl put python quar quarto queen quill quillet quin quint
quintal quintin quinto quinton quintus rabat rach rad rada radman raff rafter raia raid raider
rain rainer rais raj raja ralph ram rami rana rance rancho rand randle randy ranger rani ransom
ras rasa rath rattan ratti rauli raun rave ravel raven ray raya re rea read reader real reason
reck red redden reddy reed reem reen reese reet regalia regin reginal regula reif rein reina
reis reiter renes renk resink revel rex rhea ria rice rich rick rickey rid ridder riddle ridge
riem riff righter riley rim rima rime ring ringer rink rinner rio ripa rishi risper rita riva
river rivet roach roan roar rob robber robbin robin robinet rocher rock rocky rod rode rodney
roe roed roer rog roger rohan roll roller romaine romero romp rompu ronco ronde rondeau room
roosa roost roque rory rosario rose rosel rosella roselle rosemary rosette rosier rosin ross
rosy rota rotella roter rother rotter rotunda rotundo rouleau rout rowan rowen roxy royal rozum
ruby rudas ruddy ruelle ruffin rufus ruin rule rump rumpade rune rush russel rust rusty rut
ruth rutherford ryder rye sa sabella saber sabina sabine sabino sable sabra sack sad sade sado
safari saga sage sai said sailer saim saint sair saj sal salat salina salle sally salma salmon
salomon salvadora salvo sam saman samara samel sammer sammy sample samson san sanai sancho
sandal sander sanders sandy sane sang sangha sans sant sapa saraf sare sari sarkar sarna sarra
sarraf sarrazin sasa sass saunders savage savanna savant savin savoy sawyer sax saya scala
scarlet scharf schelling schepel schiavone schiller schilling schimmel schnapps schneider
schreiner schuh schwarz schweizer scoot scot scriven scullion season see seem seidel selah sele
sell seller selva semen sen senator senna sera seraphina seraphine serenity serge serif serine
serra serrano sert server servet sessions seta seth seven sever sexton sha shad shade shafter
shah shan shanker shanna shanny sharp sharry shaw shay she shea shela shelly sheng shepherd
sherif sherlock sherry sheth shi shiel shih shin shine shirl shoemaker shoji shook short shroff
sibyl sibylla sickle sider sidi sidler sie sienna siering sierra sigger signer sil sile silk
sill siller silva silvan silver sima simmon simson sina sincere sine sing singer singh
singleton sinner sion sip siper sire siren sirene siss sissy sister sitar sith skelly skinner
skip skipper sky sla slade slater slattery slave slaw slicht slight sloan slot sloth small
smart smit smith smitham smyth snare snell snoek snow so sol sola solar soldan soldo sole soler
soli solo solon somers somma son sonata song sonny sontag sook soon sophia sophy soprano
sorrento sot spa spaer spak span spank sparkle sparks speer spence spencer spier spiker spina
spindler spinner spit splinter spoon spreeuw spring springer sprong spruit squire stacher stack
stage stake stale stamp stang star stare stark starling starosta steed steen steer steg stein
stela stella sten stenar stephane sterling stern sterna steven steward stey stich stiller
stilling stine stipe stock stocker stockinger stoep stone stonewall stook store stork storm
stormy story stoup stout strake strand strange streck street stricker strickler strid strom
strong stroot stroth strub strut stuber stummer stump suave such sue sulla sultan sultana
sultane summer sumner sun sunder sune sung sunny sunshine supple sur sura surma susi sutor
swain swan swart sweeny sweet swift swine sylva sylvan sylvester ta tab tabet tack tad tade
taft taha tai tailor tait taj tal tala talbot tali talis talon talwar tam tamara tamas
tamburello tamer tammie tammy tan tana tanak tane tang tango tania tank tanner tao tap tapia
tara tardy tari tarn taro tarp tarsi tasse tate tatu taurean tawny tazia te tea ted teet temple
tempo tendon teng tequila tera teras tercia terp terrier terry terzo tessel testa thakur thaler
thatcher the theophile theres therese theta thill thin thole thore thorn thus ti tiara tien
tiffany tikka til tilde till tiller tilly timish timon timothy tin tine ting tinner tiny tit
titi tobe toby tod tode toft toi tol tolan toldo tole toll tom toman tome tommy ton tone toner
tony too toom toon top topi tops tor tora tore torma toro torrent tory toto tournay tovar toy
toze tra trace trama trave travis treasure tress trey tri trier trilby trillo trine trinity
tripoli tromp tron troy trub true trump tu tuan tucker tufan tuft tui tula tule tuna tung tur
turk turlough turner tusk tutty tutu tye tyke tylus tyrone udder udo ula ulla ulu un underwood
undine undo ungaro unique unknown unnamed unto ura ural urban us uta uva vain valent valentine
valerian valid vall vallary valva valve vane vang vanilla vara varan varsha vasa vedette vedika
veen veer vela veldman velvet venie venner vera verdun verger vermeil vernal vernier vest
vester veta veto via vial victor victorine victory vigil vigneron viking vila vile vill villa
villain villar ville vina vincent vino viola violet violette violin virgin vis vita vital viva
vives voet volet vota wade wadi wage wainer wait wakan wale wali walker wall waller wally walsh
walt walter wan wang wanga wanner ward ware warmer warming warner warren warrior wash water
waterman watt waugh way wayman weaver webby weber webster weel weever weight weir well welling
wellington welsh welter wen wende wenzel were west wester wether wey wheeler whit white
whitehead wicht wick wicker wiener wild wildebeest wilder wilk wilkin will willie willing
willow willy wim wind windy wing winkel winkelman winkle winter wise wisse wit witan with
witting wolf wolfram wolter wong wood woodrow woodward woody workman worm wort worth wren
wright wynn wyss xenia xoana yair yan yang yar yarm yaw ye yee yen yeni yer yester yin yoga
yogi yon york young youp yuan zac zain zak zaman zander zanella zecchini zed zee zeta zillah
zoa zocco zyga
"""
