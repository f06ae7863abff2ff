"""Given names and surnames for recognising people the anonymiser has never seen.

Compiled from the person providers of Faker 40.63.0 (MIT licence, (c) Daniele Faraglia and
contributors; https://pypi.org/project/Faker/) across its locales: each name split on spaces,
particles (van, de, al...) dropped, and only Latin, Greek and Cyrillic spellings kept, since
capitalisation is what the recogniser relies on. COMMON_WORDS is the same package's list of
about a thousand frequent English words (its en_US lorem provider), used to tell names from
words that merely start a sentence. DICTIONARY_WORDS are the names that are also lower-case
entries of Webster's Second International (public domain; as shipped in the english-words
package, MIT licence): at the start of a sentence such a word needs more evidence."""

# ruff: noqa: E501

FIRST_NAMES = """
Aaaqil Aaban Aabid Aachal Aada Aadam Aaden Aadhya Aadi Aadil Aafiya Aage Aagot Aahana Aahil
Aalam Aalee Aalim Aaliyah Aamil Aamir Aamirah Aanuoluwapo Aapo Aaqil Aarav Aarif Aarini Aariz
Aarna Aarnav Aarne Aaro Aaron Aarush Aaryan Aarón Aashi Aashif Aashir Aasif Aasim Aatif Aatiq
Aatos Aaus Aayan Aayush Aazim Ab Aba Abaan Abagail Abayomi Abb Abbas Abbey Abbi Abbie Abbigail
Abbos Abbott Abby Abdalla Abdallah Abdelatif Abdelkader Abdellah Abderaouf Abderrahmane Abdi
Abdiel Abdihakim Abdirahman Abdiş Abdu Abduaziz Abduboriy Abdul Abdulbekir Abdulgazi Abdulhamid
Abdulkadir Abdullah Abdullahi Abdulloh Abdulmenaf Abdulsemet Abdumalik Abdurahmon Abdurrahman
Abdón Abdülahat Abdülcemal Abdülhadi Abdülkerim Abdülsamed Abdürreşit Abe Abebi Abednego Abeer
Abeiku Abel Abela Abelardo Abelone Abena Abeni Abha Abhimanyu Abhiram Abid Abie Abigael Abigail
Abigaili Abigale Abigayle Abigaíl Abilio Abina Abiodun Abiona Abiye Abner Abosede Abraham Abram
Abril Abror Abubakar Abubakr Abuzar Abyasa Acar Acarkan Ace Acey Achiel Achieng Achille Achim
Achsah Acie Aclan Acy Ada Adaeze Adah Adak Adal Adalbert Adalberto Adaline Adalyn Adalynn Adam
Adamaris Adamo Adams Adan Adasal Add Adda Addi Addie Addison Addisyn Addyson Addý Ade Adebiyi
Adebowale Adebukola Adedayo Adedeji Adekitan Adekola Adekunle Adel Adela Adelaida Adelaide
Adelard Adelardo Adelasia Adelbert Adele Adeleke Adelgunde Adelheid Adelia Adelin Adelina
Adelinde Adeline Adell Adella Adelle Adelmo Adelyn Adelynn Adelía Adem Aden Adenike Adeniyi
Adeolu Adeoti Adepeju Aderopo Adesewa Adeshina Adesoji Adesua Adetayo Adetoke Adetoun Adeyi
Adhiarja Adhra Adi Adia Adiarja Adiela Adigun Adika Adikara Adil Adila Adilene Adilə Adimu Adin
Adina Adinata Adis Adison Aditya Adlai Adlan Adline Admir Admiral Adnan Adolf Adolfine Adolfo
Adolph Adolphe Adolphus Adomas Adonis Adora Adoración Adrain Adria Adriaan Adrian Adriana
Adriane Adrianna Adrianne Adriano Adriel Adrien Adriene Adrienn Adrienne Adrija Adrijana Adrián
Adriána Adron Adrían Adríana Adríel Adunni Advaith Advay Advik Advika Adviye Adweta Adwoa Adya
Adyson Adán Adèle Adéla Adélaïde Adíel Adólf Adıgün Aedan Aedin Aengus Aenne Afaq Afer Aferdita
Affie Afia Afife Afil Afiq Afolarin Afonso Afra Afrim Afruza Aftin Afton Afua Afət Agapito
Agastya Agata Agatha Agathe Aggie Aggrey Agim Agla Aglaia Agnar Agne Agnea Agnes Agnesa Agnese
Agness Agneta Agnete Agni Agnieszka Agnolo Agnos Agnès Agnė Agostina Agostino Agripina Agris
Agron Agus Agusta Agustin Agustina Agustus Agustín Agáta Agða Ah Ahat Ahmad Ahmed Ahmet Ahsen
Ahter Ahti Aicha Aida Aidan Aideen Aiden Aidyn Aidə Aiga Aigars Aija Aijuka Aiko Aila Ailbhe
Aileen Ailene Aili Ailis Ailish Aimable Aime Aimee Aimo Aimé Aimée Aina Ainara Aine Aino Ainoa
Ainsley Ainārs Airi Aisha Aishani Aishling Aisling Aislinn Aistis Aisyah Aitana Aitor Aivar
Aivaras Aivars Aiyana Aiyanna Aja Ajala Ajan Ajani Ajda Ajeng Ajiman Ajimat Ajimin Ajiono Ajla
Ajna Ajoke Akalan Akanmu Akar Akarsana Akatay Akay Akbar Akbaş Akboğa Akcivan Akdora Akdurmuş
Akeelah Akeem Akgöl Akgüneş Aki Akif Akifə Akinkunmi Akinlabi Akinwale Akinyi Akira Akise
Akkerman Akmal Akmaner Akmaral Akobir Akos Akosua Akoth Akram Aksay Aksel Akseli Akshay Aksoy
Aksöğüt Aktemür Akua Akumaa Akumu Akver Akwasi Akwesi Akyıldız Akçabay Akçasu Aköz Akınal Ala
Alaaddin Alabama Alabezek Alade Aladin Aladino Alaeddin Alain Alaina Alambana Alamiro Alamu
Alan Alana Alanalp Alani Alanis Alanna Alannah Alanta Alanzo Alara Alastair Alattin Alaya
Alayna Alaz Alba Alban Albano Albeiro Alberico Albert Alberta Alberte Albertha Albertina
Albertine Alberto Alberts Albertus Albin Albina Albino Albion Albrecht Albulena Alby Albín
Albína Alcan Alcee Alcide Alcides Alcie Alcira Alda Aldair Aldar Aldemar Alden Alderano Aldin
Aldis Aldný Aldo Aldona Aldonza Aldís Ale Alea Aleah Alease Alec Alecia Aleck Aleen Aleena
Aleida Aleisha Aleix Alejandra Alejandrina Alejandro Alejo Alek Aleks Aleksandar Aleksander
Aleksandr Aleksandra Aleksandras Aleksandrs Aleksanteri Aleksei Aleksej Aleksi Alen Alena Alene
Alenka Aleodor Alesha Alesia Alessandra Alessandro Alessia Alessio Aleta Aletha Alethea Aletta
Alex Alexa Alexandar Alexande Alexander Alexandr Alexandra Alexandre Alexandrea Alexandria
Alexandrie Alexandrina Alexandro Alexandros Alexandru Alexandría Alexe Alexei Alexej Alexi
Alexia Alexina Alexis Alexus Alexys Alexzander Alexía Alexíus Aleš Alf Alfa Alferd Alfie Alfio
Alfons Alfonse Alfonsina Alfonso Alfonz Alfonzo Alford Alfred Alfreda Alfredo Alfreð Alfréd
Alfrēds Alfífa Alger Algernon Algie Algirdas Algot Algış Ali Alia Aliabbas Aliana Alica Alice
Alicia Alicja Alida Aliihsan Alijah Alika Alin Alina Aline Alinur Alirio Aliro Alis Alisa Alise
Aliseydi Alisha Alison Alissa Alisson Alistair Alistar Alister Alivia Alix Aliya Aliyah Aliyu
Aliyə Aliza Alize Alizée Alja Aljaž Aljoša Alka Alkor Alla Allahverdi Allan Allana Allean
Alleen Allegra Allen Allena Allene Alli Allie Alline Allison Allisson Ally Allyn Allyson
Allyssa Allý Alma Almar Almasi Almast Almaz Almeda Almedia Almendra Almer Almeta Almina Almir
Almira Almon Almond Almudena Almus Almut Almuth Almyra Alois Aloisia Alojz Alojzia Alojzij
Alojzija Aloma Alondra Alonso Alonza Alonzo Aloys Aloyse Aloysius Aloïs Alparslan Alpcan Alpha
Alpheus Alphonce Alphons Alphonse Alphonsine Alphonso Alphonsus Alpin Alpsü Alrekur Alrún Alsoy
Alston Alta Altha Althea Altie Altin Alto Alton Altoğan Altuğ Altınbike Altınkaya Altınçiçek
Altınışın Alva Alvah Alvan Alvar Alvaro Alve Alveiro Alvena Alver Alvera Alverda Alverta Alvia
Alvie Alvilda Alvin Alvina Alvira Alvis Alvy Alvīne Alwilda Alwin Alwina Alwine Aly Alya Alyce
Alycia Alys Alysa Alyse Alysha Alysia Alyson Alyssa Alyssia Alyvia Alzina Alícia Alída Alína
Alís Alísa Alīda Alışık Alžbeta Alžběta Ama Amada Amadea Amadeo Amadeus Amado Amador Amahle
Amaia Amaira Amal Amalia Amalie Amalija Amalía Amancio Amanda Amandine Amando Amani Amar Amara
Amarachi Amare Amari Amarilis Amarion Amaris Amaro Amaru Amasa Amaury Amaya Amaç Ambar Amber
Amberly Ambers Ambre Ambrose Ambrosio Ambróz Amedeo Amedeu Amel Amela Amelia Amelie Amelija
Amelía America Americo Amerigo Amey Ami Amiah Amico Amie Amil Amilía Amin Amina Aminatu Amine
Amir Amira Amirah Amit Amiya Amiyah Amleto Amma Ammie Ammon Amoke Amol Amon Amondi Among Amope
Amor Amos Amparo Amra Amre Amri Amrita Amruta Amy Amy-Lee Amy-Leigh Amya Amza Amália Amélia
Amélie América Américo Amílcar Amír Amíra Amý Amālija An Ana Anabel Anabela Anabella Anabelle
Anacleto Anahera Anahi Anahis Anahí Anaida Anais Analia Analía Anamaria Anamika Ananias Anar
Anargül Anaru Anas Anasa Anastacia Anastacio Anastasia Anastasie Anastasio Anastasios Anastasía
Anastatia Anastazja Anastázie Anatol Anatole Anatoli Anatolie Anatolij Anay Anaya Anaëlle Anaís
Anaïs Anca Ancel Ancil Ancizar Ancuța Anda Anders Anderson Andile Andiç Andjela Andjelina Andon
Andor Andra Andrada Andrae Andre Andrea Andreas Andree Andreea Andrei Andreia Andrej Andreja
Andrejka Andrejs Andrena Andres Andrew Andrey Andrešs Andri Andria Andrian Andrija Andrin
Andrina Andris Andrius Andrus Andrzej Andrá András André Andréa Andréas Andrée Andrés Andwele
Andy Anděla Ane Anej Anel Anemona Anes Aneta Anete Anett Anetta Anette Anežka Anfernee Anfinn
Angalia Angantýr Angavu Ange Angel Angela Angele Angeles Angelia Angelic Angelica Angelika
Angelina Angeline Angelino Angelique Angelita Angella Angelo Angelíka Anggabaya Anghel
Anghelina Angi Angie Angus Angèle Angélica Angélique Anh Ani Anibal Anica Anice Anicet Anie
Aniela Anika Anikó Anina Anirudh Anis Anisa Anissa Anita Anitra Aniya Aniyah Anișoara Anja
Anjali Anjanette Anjelica Anjolaoluwa Anka Anke Ankica Anmol Ann Ann-Britt Ann-Charlott
Ann-Charlotte Ann-Christin Ann-Christine Ann-Kathrin Ann-Kristin Ann-Louise Ann-Mari Ann-Marie
Ann-Sofi Ann-Sofie Anna Anna-Karin Anna-Lena Anna-Liisa Anna-Lisa Anna-Luise Anna-Maria
Anna-Marie Annabel Annabell Annabella Annabelle Annah Annak Annalena Annaliese Annalisa
Annalise Annalísa Annamae Annamaria Annamarie Annamária Annar Annarr Annas Annastacia Anne
Anne-Catherine Anne-Françoise Anne-Kathrin Anne-Katrin Anne-Laure Anne-Lise Anne-Marie
Anne-Rose Anne-Sophie Annedore Annegret Annegrete Annekatrin Anneke Annel Anneleen Annelene
Anneli Annelie Annelies Anneliese Annelise Annelore Annelí Annemarie Annemette Annemie Annemijn
Anner Annerose Annes Annet Annett Annetta Annette Anney Anni Annibale Annica Annice Annick
Annie Anniina Annija Annika Annikki Annina Annis Annita Annmarie Annukka Annunziata Anny Annía
Anný Anom Anon Anona Anoni Anouk Ansaldo Ansel Anselm Anselma Anselmo Ansgar Ansh Ansis Ansley
Anson Ansora Anssi Antal Antanas Ante Antero Anthoney Anthony Antim Antione Antionette Antje
Anto Antoaneta Antoin Antoine Antoinette Anton Antone Antonela Antonella Antonello Antonetta
Antonette Antoni Antonia Antonie Antonieta Antonietta Antonija Antonin Antonina Antonino
Antonio Antonios Antoniu Antonius Antons Antony Antonía Antonín Antoníus Antoon Antoņina Antra
Ants Antti Antun Antwain Antwan Antwon Antònia Antónia António Antônio Anu Anunciación Anusha
Anuța Anvar Anvi Anwar Anya Anyango Anyelo Anyi Aníbal Aníka Anína Aníta Anđa Anđela Anže
Aodhan Aoibheann Aoibhin Aoibhinn Aoife Aongus Apaydın Apisara Apolena Apolinar Apolline Apollo
Apollonia Apolonia Apostolos April Apríl Aqil Aquiles Ara Arabella Araceli Aracely Aradhana
Arah Aral Araminta Aran Aranka Aras Arba Arben Arbey Arbie Arbnor Arcan Arcelia Arch Archer
Archibald Archie Arda Ardath Ardelia Ardell Ardella Ardelle Arden Ardeth Ardian Ardis Ardit
Ardita Ardith Ardyce Ardís Areli Arely Arent Ares Aretha Arey Arezki Argemiro Argie Argono Argu
Arham Ari Aria Ariadna Arian Ariana Ariane Arianna Arianne Aribert Aric Arie Ariel Ariela
Ariella Arielle Arielė Arietta Arif Arifcan Arifə Arijus Arike Ariki Arild Arilíus Arin Arina
Arinbjörg Arinbjörn Arinola Aris Arisa Arisara Aristide Aristides Aristița Arizona Arja Arjun
Arkadiusz Arkie Arkut Arla Arlan Arland Arleen Arlen Arlena Arlene Arlet Arleth Arletta Arlette
Arley Arlie Arlin Arlind Arlinda Arline Arlington Arlis Arlo Arly Arlyn Arlyne Armahan Arman
Armand Armandas Armande Armando Armands Armani Armas Armelle Armend Armenía Armida Armin
Arminas Arminda Arminta Armond Armstead Arna Arnald Arnaldo Arnaldur Arnar Arnas Arnau Arnaud
Arnaude Arnav Arnberg Arnbergur Arnbjörg Arnbjörn Arnborg Arnd Arndt Arndís Arndór Arne Arnes
Arnett Arnetta Arney Arnfinna Arnfinnur Arnfreyr Arnfried Arnfríður Arngeir Arngerður Arngils
Arngrímur Arngunnur Arnheiður Arnhildur Arnie Arnika Arnim Arnis Arnkatla Arnkell Arnlaug
Arnlaugur Arnleif Arnleifur Arnljót Arnljótur Arnlín Arnmundur Arnmóður Arno Arnoddur Arnold
Arnoldas Arnoldo Arnolds Arnošt Arnrós Arnrún Arnsteinn Arnulf Arnulfo Arnviður Arnór Arnóra
Arnúlfur Arnþrúður Arnþór Arnþóra Aroa Aroha Aron Aronas Arpağ Arpád Arra Arran Arrie Arron
Arsenie Arsenio Arsim Arsipatra Art Arta Artan Artanto Artawan Artelia Artemio Artemisa Arther
Arthor Arthur Arthúr Artie Artis Arto Arttu Artturi Artur Arturo Arturs Artúr Artūras Artūrs
Aru Arunima Arusi Arvel Arvid Arvil Arvilla Arvin Arvo Arvydas Arvīds Arya Aryan Aryana Aryanna
Arziye Arzu Aránzazu Aría Aríanna Aríel Aríella Arín Arína Arís Aríus Arıel Arıkol Arıpınar
Arısoy Arūnas Asa Asad Asael Asafe Asake Asalet Asali Asani Asanti Asatira Asberry Asbjørn
Asbury Ascensión Asdrubal Asger Asha Ashanti Ashby Ashely Asher Ashlea Ashlee Ashleigh Ashlene
Ashley Ashli Ashlie Ashling Ashly Ashlyn Ashlynn Ashton Ashtyn Asia Asif Asila Asilbek Asilə
Asiman Asirwada Asirwanda Askja Asko Askur Aslan Aslanhan Aslijan Asliye Asma Asmadi Asman
Asma’u Asmianto Asmini Asmira Asmuni Ason Aspar Aspen Assa Assar Assia Assumpta Assunta Asta
Aston Astrid Astride Astrit Asu Asunción Aswani Asírí Asım Asəf Ataahua Atabala Atagün Atalay
Atalía Atamoğlan Atanur Atasagun Atatöre Atena Atenulf Atfat Atgun Atha Athanasios Atharv
Atheel Athena Athman Athuman Athumani Ati Atiena Atieno Atila Atilhan Atilio Atinuke Atit
Atiyye Atla Atlanta Atlas Atli Atma Atmaja Atnan Attaf Atte Atticus Attie Attila Attilio
Attracta Atılgan Aubra Aubree Aubrey Aubrie Aud Aude Audie Audley Audra Audrey Audriana
Audrianna Audrina Audrius Audry Audy August Augusta Augustas Auguste Augustin Augustina
Augustine Augusto Augusts Augustus Augustín Aukusti Aulikki Aulis Aune Aunyaporn Aura Auraq
Aurel Aurelia Aurelian Aureliana Aureliano Aurelien Aurelija Aurelio Aurica Aurică Aurilla
Aurimas Aurora Aurore Aurthur Aurélia Aurélie Aurélien Aurėja Ausma Austar Austen Austin
Austine Austmann Austmar Auston Austra Austri Austyn Auther Author Authur Autry Autumn
Auðbergur Auðbert Auðbjörg Auðbjörn Auðbjört Auðdís Auðgeir Auðkell Auðlín Auðmundur Auðna
Auðný Auðrún Auðun Auðunn Auður Auðólfur Aušra Aušrinė Ava Avah Avelino Averi Averie Averil
Avery Avgust Avi Avie Avis Avni Avon Avram Avril Avunç Avşin Awadil Awamil Awamiri Awan Awani
Awero Awesi Awhina Awj Awlya Awmar Awrad Axel Axelle Axelma Axelía Axenia Axinte Aya Ayaan
Ayamin Ayan Ayana Ayanna Ayasun Ayaydın Aybet Aybora Aybəniz Aycagül Aydan Aydar Ayden Aydin
Aydinç Ayduru Aydın Aydınbey Ayelén Ayesha Aygutalp Aygönenç Aygül Aygün Ayhan Ayinde Ayinke
Aykut Aykutalp Ayla Ayleen Aylil Aylin Aylla Ayman Aymen Aymeric Aynilhayat Aynur Aynurə
Aynımah Ayodeji Ayodele Ayoka Ayoub Aypar Aysar Ayse Aysel Aysema Aysevim Aysoy Aysu Aysuna
Aytek Ayten Aytuna Aytöz Aytəkin Aytən Ayu Ayub Ayush Ayushman Ayvas Ayyaruk Ayyubi Ayçan
Ayçiçək Ayülker Ayşan Ayşeana Ayşenur Azaan Azad Azade Azahar Azahara Azalea Azalee Azaria
Azariah Azban Azeeb Azeglio Azeneth Azettin Aziz Aziza Azize Azizi Azra Azucena Azul Azzie Azər
Açıkel Açılay Aída Aïcha Aðalberg Aðalbergur Aðalbert Aðalbjörg Aðalbjörn Aðalbjört Aðalborg
Aðalborgar Aðaldís Aðalfríður Aðalgeir Aðalheiður Aðalmundur Aðalráður Aðalrós Aðalsteina
Aðalsteinn Aðalsteinunn Aðalveig Aðólf Aþena Ağa Ağahadi Ağakişi Ağamalı Ağamusa Ağasəfa Ağaxan
Ağbegim Ağca Ağmur Aşhan Aşir Baaba Baahir Baaizeed Baaqee Baaqir Baaree Baashir Baasim Baasit
Baba Babar Babasola Babatunji Babawale Babe Baber Babett Babette Baby Babyboy Baccio Bachittar
Badawi Badegül Badr Bagas Baghyawati Bagiya Bagus Bagya Baha Bahaa Bahaddin Bahadurjit Bahadır
Bahari Bahati Bahittin Bahiy Bahtinur Bahuraksa Bahuwarna Bahuwirya Baiba Bailee Bailey Bailie
Bairbel Bairbre Bairon Bajragin Bajram Bakari Bakda Baker Bakhshi Baki Bakiadi Bakianto Bakidin
Bakijan Bakiman Bakiono Bakti Baktiadi Baktianto Baktiono Bala Balamantri Balangga Balapati
Balatekin Balaxanım Balca Baldassare Baldey Baldomero Baldrún Balduino Baldur Baldvin Baldvina
Baldwin Bale Baleegh Balendra Balhaar Bali Balidin Balijan Balinda Baljiwan Ballard Ballı
Baltasar Baltazar Baltaş Balthasar Balvan Balveer Balz Balázs Bama Bambad Bambang Bambi Banara
Banawa Banawi Bancar Bandile Banjeet Banks Banü Baptist Baptiste Baqar Baqir Bara Barak Baraka
Barasa Barb Barbara Barbie Barbora Barbra Barbro Barbu Barbára Barica Baris Bariş Barkha Barna
Barnabás Barnard Barnett Barney Barnie Baron Barr Barraq Barrett Barri Barrie Barron Barry
Barsen Bart Bartek Bartholomew Bartholomäus Bartley Bartolomej Bartolomeo Bartolomeu Bartolomé
Barton Barði Barışcan Bas Basaam Basarab Bascom Baseer Basel Basem Bashaar Bashaarat Bashar
Basharat Basheer Basheerah Bashkim Basil Basile Basilio Basim Basir Basriye Bassam Bassi Bassí
Bastiaan Bastian Bastien Bastián Bastían Basım Batal Batool Baturay Batırhan Baudelio Baudouin
Baugur Bautista Baxter Bayard Baydu Baykan Baylee Baylie Bayman Bayram Bayron Bayruhan Baytal
Bayzettin Bazam Bağdat Bağdaş Başay Başhan Başok Bea Beadie Beat Beata Beate Beatrice Beatrijs
Beatrix Beatriz Beau Beauden Beaulah Bebba Bebe Beckett Beckham Beckie Becky Beda Bedford Bedi
Bediriye Bedri Bedřich Bee Beecher Begga Begim Begoña Behbud Behiza Behrem Behruz Beinir
Beinteinn Beitir Bekan Bekbay Bekim Bekir Bektaşi Bela Belarmino Belen Belgizar Belia Belinda
Belisario Belkize Bell Bella Belle Bellisan Bello Belo Belton Belva Belén Ben Bena Benard Benas
Bence Bendegúz Benedek Benedetto Benedict Benedicte Benedicto Benedikt Benedikta Benedikte
Benedita Benek Bengibay Bengt Bengta Beni Beniamin Benice Benicio Benidikt Benidikta Benigna
Benigno Benita Benito Benjaman Benjamen Benjamim Benjamin Benjamine Benjamín Benji Benjiman
Benjman Benjámin Benn Benna Bennett Benney Bennie Benno Benny Benný Benoit Benol Benone Benoný
Benoît Benson Bent Benta Bente Bentey Benthe Bentley Bento Benton Bentína Benvenuto Benía
Benício Beníta Benóní Benóný Beppe Bera Berat Beray Berdie Beren Berend Berenice Berent Berezat
Berg Bergdís Bergen Bergey Bergfinnur Bergfríður Bergheiður Berghildur Berghreinn Bergjón
Berglaug Berglind Bergljót Berglín Bergmann Bergmannía Bergmar Bergmundur Bergný Bergrán
Bergrín Bergrós Bergrún Bergsteinn Bergsveinn Bergur Bergvin Bergþór Bergþóra Berit Beriye
Berkal Berki Berkley Berksay Berlin Bernabé Bernadett Bernadette Bernadine Bernard Bernarda
Bernardine Bernardino Bernardita Bernardo Bernd Bernd-Dieter Berndt Berneice Bernetta Bernfried
Bernhard Bernhardine Bernharð Bernharður Berni Bernice Bernie Berniece Bernita Bernt Bernward
Bernódus Bernódía Berra Berran Berrin Berry Bersi Bert Berta Bertalan Bertel Bertha Berthe
Berthold Bertie Bertil Bertina Berto Bertold Berton Bertram Bertrand Beryl Besart Besarta Besey
Beshte Besim Besin Besnik Bess Besse Bessi Bessie Bessí Beste Bestla Beta Betania Betanía Beth
Betha Bethan Bethann Bethany Bethel Bethzy Betina Betsey Betsy Betsý Bett Bette Betti Bettie
Bettina Betty Bettye Bettyjane Bettylou Bettý Betúel Beula Beulah Bev Bevan Beverlee Beverley
Beverly Beyda Beyhatun Beyler Beyonce Beyzade Bezek Beáta Beňadik Bhanumati Bhavani Bhavika
Bhavini Bhavna Bhavya Bhekani Bhekisisa Bhekizizwe Bhekokwakhe Biagio Bianca Bianka Bibi
Bibiana Bibisora Bibiána Bibuwa Bican Bidayet Biddie Bieke Biel Bienvenida Bil Bilaal Bilal
Bilay Bilender Bilgen Bilginur Bilgütay Bilha Biljana Bilkay Bilkisu Bill Billie Billie-Jo
Billy Billye Bilol Biltaş Bimala Bina Binay Binbaşar Binışık Birben Bird Birdella Birdie Birger
Birgid Birgir Birgit Birgitt Birgitta Birgitte Birgül Birkir Birna Birnir Birousk Birsan Birsen
Birt Birta Birte Birtha Birthe Birtie Birtingur Birtir Birtna Biruta Biserka Bishakha Bishop
Bitten Bitül Bizhan Bişar Bjargar Bjargdís Bjargey Bjargheiður Bjarghildur Bjarglind
Bjargmundur Bjargþór Bjarkan Bjarkar Bjarkey Bjarki Bjarklind Bjarma Bjarmar Bjarmi Bjarnar
Bjarndís Bjarne Bjarney Bjarnfinnur Bjarnfreður Bjarnfríður Bjarngerður Bjarnharður Bjarnheiður
Bjarnhildur Bjarnhéðinn Bjarni Bjarnlaug Bjarnlaugur Bjarnleifur Bjarnrún Bjarnsteinn Bjarnveig
Bjarnólfur Bjarný Bjarnþrúður Bjarnþór Bjarnþóra Bjartey Bjartmann Bjartmar Bjartmey Bjartur
Bjartþór Bjorn Bjólan Bjólfur Björg Björgey Björgheiður Björghildur Björgmundur Björgvin
Björgólfur Björgúlfur Björk Björn Björney Björnfríður Björnólfur Björt Bjørg Bjørn Bladimir
Blahoslav Blain Blaine Blair Blaise Blake Blanaid Blanca Blanch Blanchard Blanche Blanchie
Blandine Blanduzia Blane Blanka Blas Blathnaid Blaze Blaž Blažej Blažena Blerim Blerina Blerta
Blessing Bliss Blossom Bluette Bluford Bláey Blædís Blængur Blær Blævar Blín Blíða Blómey Bo
Boaz Bob Boban Bobba Bobbi Bobbie Bobby Bobbye Bobur Bode Bodhi Bodil Bodo Boe Boel Boga Bogdan
Bogdana Bogdís Bogey Bogga Boghildur Bogi Boglárka Bogomir Bohdan Bohdana Bohumil Bohumila
Bohumír Bohuslav Bohuslava Bohuš Bojan Bolatito Bolden Boleslav Bolli Boluwatife Boma Bonface
Boniface Bonifacio Bonifác Bonita Bonnie Bonny Bonu Booker Boone Borahan Borataş Borbála Borg
Borgar Borgdís Borghildur Borgný Borgrún Borgúlfur Borgþór Borgþóra Boris Borja Borris Borut
Borys Bose Bosibori Boss Boston Botnía Botond Bouchra Bowman Boyce Boyd Boynak Boysie Bozbağ
Bozena Bozerk Boztaş Boði Boğatimur Bořivoj Boštjan Božena Božica Božidara Božo Brad Braden
Bradford Bradley Bradly Brady Bradyn Braeden Braedon Braelyn Braga Braghildur Bragi Brahim
Braiden Brain Bram Bramwel Branch Brandan Branddís Brande Brandee Branden Brandi Brandie
Brandin Brandon Brandt Brandur Brandy Brandyn Branislav Branislava Branka Branko Brannon
Branson Brant Brantley Braulio Bravin Braxton Brayan Brayden Braydon Braylen Braylon Brea
Breana Breandan Breann Breanna Breanne Brecht Breda Bree Breeda Breege Breffni Breki Brencis
Brenda Brendah Brendan Brenden Brendon Brenna Brennan Brennen Brennon Breno Brent Brenton
Breonna Bresi Brestir Bret Brett Bria Brian Briana Brianda Brianna Brianne Brice Brid Bridger
Bridget Bridgett Bridgette Bridgit Bridie Briek Brielle Brien Brieuc Briget Brigette Brighid
Brigid Brigita Brigitta Brigitte Brijesh Briley Brilyant Brimar Brimdís Brimhildur Brimi Brimir
Brimrún Brinda Brinley Brion Brionna Brisa Bristol Brit Brita Britany Britney Britni Britny
Britt Britt-Mari Britt-Marie Britta Brittaney Brittani Brittanie Brittany Brittnay Brittnee
Brittney Brittni Brittnie Brittny Britton Brjánn Brock Broddi Broderick Brodie Brody Brogan
Brona Bronach Bronagh Bronislava Bronson Bronwen Bronwyn Brook Brooke Brooklyn Brooklynn Brooks
Bror Brown Broņislava Bruce Bruna Brunhild Brunhilde Bruni Brunilda Bruno Bryan Bryana Bryanna
Bryant Bryce Brycen Brylee Bryn Bryndís Brynfríður Bryngeir Bryngerður Brynheiður Brynhildur
Brynja Brynjar Brynjólfur Brynjúlfur Brynlee Brynleifur Brynn Brynný Brynsteinn Bryntýr Brynþór
Bryon Bryony Bryson Bryton Brá Brák Brândușa Bríana Bríanna Bríet Brígida Brími Brăduț Buck
Bucur Bud Budd Buddie Buddy Budi Buel Buelah Buell Buena Buenaventura Buffy Buford Buhari Bujar
Bukurije Bula Bulah Bulunç Buna Bunk Bunmi Buraid Burak Burakhan Burckhard Burcuhan Burdette
Buren Burgess Burghard Burim Burk Burkard Burke Burkhard Burkhardt Burkney Burkni Burl Burleigh
Burley Burnell Burnett Burney Burnice Burnie Burns Burr Burrel Burrell Burt Burton Burç Busara
Bush Busisiwe Buster Butch Butler Buyrukhan Buşra Bylgja Bynum Byrd Byrdie Byron Bystrík Bálint
Bára Bárbara Bárður Bärbel Bæring Bæringur Bæron Béatrice Béatrix Béla Bénédicte Bérengère
Bérénice Bíbí Bína Bóas Bóel Bói Bót Bóthildur Bótólfur Börje Börkur Börteçin Böðvar Bøje Børge
Búi Búri Büget Bünyamün Büreyre Büşranur Bănel Bērends Bērtulis Błażej Břetislav Bəhlul Bəhram
Bəhruz Bəkir Bənövşə Bəşir Bảo COmfort Cabbar Cabir Caddie Cade Caden Cadence Cael Caesar
Caetana Cagak Cager Cahal Cahan Cahangir Cahir Cahya Cahyadi Cahyanto Cahyo Cahyono Caiden
Cailin Cailum Cailyn Cain Caio Cait Caitlin Caitlyn Caitlynn Caitriona Caius Cajsa Caket
Cakrabirawa Cakrabuana Cakrajiya Cakrawala Cakrawangsa Cal Calcedonio Caldonia Cale Caleb
Calebe Caleigh Calhoun Cali Calista Calisto Calixta Calixto Calla Callan Calleigh Callie Callum
Calogero Calum Calvin Calvince Cam Cambria Camden Camelia Cameron Cami Camil Camila Camilla
Camille Camillo Camillus Camilo Camisha Cammie Campbell Campo Camren Camron Camryn Can Canal
Canan Canberk Candace Candela Candelaria Candelario Candelas Candeniz Candi Candice Candida
Candido Candis Candra Candrakanta Candy Candyce Canfeza Cangür Canice Cannie Cannon Cannur
Canseven Cansin Cantemir Cantez Canur Canyon Caoilfhionn Caoimhe Caoimhin Caolain Caolan
Caomhan Cap Capa Capitola Cappie Caprice Captain Capucine Cara Caragh Caraka Caren Carey Cari
Caridad Carie Carin Carina Carine Carisa Carissa Carita Carl Carl-Heinz Carl-Johan Carla Carlee
Carleen Carleigh Carlene Carleton Carley Carli Carlie Carlijn Carlisle Carlito Carlo Carlos
Carlota Carlotta Carlton Carly Carlyle Carlyn Carma Carmel Carmela Carmelita Carmella Carmelo
Carmen Carmenza Carmina Carmine Carminho Carnell Caro Carol Carola Carolann Carole Carolee
Carolien Carolin Carolina Caroline Carolyn Carolyne Carolynn Caron Carra Carren Carri Carrie
Carrol Carroll Carry Carsen Carson Carsten Carter Carub Cary Caryl Caryn Cas Casandra Case
Casemiro Casen Casey Cash Casian Casiana Casie Casimer Casimir Casimiro Cason Caspar Casper
Cass Cassandra Cassidy Cassie Cassius Cassondra Caswell Cataleya Catalina Catarina Caterina
Cathal Catharina Catharine Catherina Catherine Catheriona Cathern Cathey Cathi Cathie Cathleen
Cathrin Cathrina Cathrine Cathriona Cathryn Cathy Catia Catina Catinca Cato Catrin Catrina
Catrine Catrinel Catriona Catur Caturangga Cauã Cauê Cavad Cavid Cavit Cawisadi Cawisono Cawuk
Cayadi Cayden Caydence Cayetana Cayetano Cayla Caylee Cazimir Ceara Ceasar Cebesoy Cebrián
Cecelia Cecep Cecil Cecile Cecilia Cecilie Cecilija Cecilio Cecille Cecily Cecilía Cecília
Cedide Cedric Cedrick Cedrin Ceferino Ceil Celal Celena Celene Celesta Celeste Celestia
Celestina Celestine Celestino Celia Celie Celilay Celina Celinda Celine Celso Cem Cemal
Cemalettin Cemani Cemeti Cemil Cemiyle Cemplunk Cena Cenan Cengiz Cengkal Cengkir Centa
Centrine Ceola Cephus Cerasela Cercis Cesar Cesare Cetin Cevale Cevheri Ceyhun Ceyhunə Ceyla
Ceylin Ceylon Ceyran Cezar Cezara Cezary Cezayir Chaaya Chabane Chace Chad Chadd Chadrick
Chadwick Chaifah Chaim Chaitaly Chaitanya Chaiwut Chaka Chakradev Chakradhar Chakrika Chalisa
Chalmer Chalmers Chamali Chaman Chameli Champ Champak Chana Chanakya Chance Chancey Chanchal
Chancy Chanda Chandani Chandler Chandra Chandran Chandresh Chanel Chanelle Chaney Chanez
Changaz Chanie Chanikan Chaniya Channie Channing Chantal Chante Chantel Chantelle Chanya Charan
Charis Charissa Charisse Charita Charity Charla Charle Charlee Charleen Charlene Charles
Charlesh Charley Charlie Charline Charlize Charlott Charlotta Charlotte Charlottie Charls
Charlsie Charlton Charly Charmaine Charo Charolette Charos Charvi Chas Chase Chashida Chasity
Chasmum Chastity Chatresh Chatura Chauncey Chauncy Chausiki Chavvi Chawin Chawish Chaya
Chayanin Chayapat Chaz Che Chebet Chege Chelangat Chelo Chelsea Chelsey Chelsi Chelsie Chelsy
Chema Chepkemoi Chepkoech Chepkorir Cher Cheragh Cherelle Cheri Cherie Cherif Cherilyn Cherise
Cherish Cherith Cherotich Cherrelle Cherri Cherrie Cherry Cherryl Cheruiyot Cheryl Cheryle
Cheryll Chesley Chessie Chester Chestina Chet Cheusi Cheyanne Cheyenne Chi Chiamaka Chiara
Chibuzo Chidimma Chigozie Chijioke Chimere Chin China Chinedu Chinelo Chinyere Chip Chipukizi
Chiquita Chiraz Chita Chizoba Chloe Chloie Chloé Chloë Chlóe Chris Chrissie Chrissy Christ
Christa Christa-Maria Christabel Christal Christeen Christel Christelle Christen Christena
Christene Christer Christi Christiaan Christian Christiana Christiane Christianne Christie
Christin Christina Christine Christion Christl Christof Christofer Christoffer Christop
Christoper Christoph Christophe Christopher Christos Christy Chrystal Chucho Chuck Chuki
Chukwudi Chukwuemeka Chus Chuy Chyna Chynna Châu Cian Cianan Ciaobella Ciara Ciaran Ciarra
Ciarrai Cicely Cicero Cici Cielo Ciera Cierra Cihan Cihandide Ciji Cilla Cilli Cillian Cilly
Cinda Cindi Cindoruk Cindy Cinnamon Cinta Cinthia Cinthya Cintia Cinzia Ciprian Cipriana
Cipriano Ciriaco Ciril Cirillo Cirino Cirkeline Ciro Ciríaco Citlali Citlalli Citra Claas Clabe
Claes Claiborne Clair Claire Claire-Lise Clara Clarabelle Clarance Clare Clarence Claribel
Clarice Clarinda Clarine Clarisa Clarissa Clarisse Clark Clarke Clarnce Clas Classie Claud
Claude Claudette Claudia Claudie Claudina Claudine Claudio Claudiu Claudius Claudy Claus
Claus-Dieter Claus-Peter Clavs Clay Clayton Clearence Cleave Cleda Clelia Clell Clella Clem
Clemence Clemencia Clemens Clement Clemente Clementina Clementine Clemie Clemma Clemmie Clemon
Cleo Cleola Cleon Cleone Cleopatra Cleophas Cleora Cleta Cleto Cletus Cleva Cleve Cleveland
Clevie Clide Cliff Cliffie Clifford Clifton Clint Clinton Cliodhna Cliona Clive Clodagh
Clodomiro Cloe Clora Clorinda Clothilde Clotilda Clotilde Clovis Cloyd Cloé Clyda Clyde Clydie
Clytie Clàudia Cláudia Cláudio Cläre Clémence Clément Clémentine Clímaco Coby Codey Codi Codie
Codin Codrin Codrina Codruț Codruța Cody Coen Cohen Colbert Colby Cole Coleen Coleman Coleton
Coletta Colette Coley Colie Colin Coline Colins Colleen Collette Collie Collier Collin Collince
Collins Collis Colm Colman Colomba Colon Colonel Colt Colten Colter Colton Coluccio Colum
Columba Columbia Columbus Colvin Comfort Commodore Con Conal Conall Conan Conard Concepcion
Concepción Concepta Concetta Concha Conchita Conchur Conleth Conley Conn Connell Conner Connie
Connor Conny Conor Conrad Conradin Conrado Consolata Constance Constant Constantin Constantina
Constantine Constantino Constanza Constanze Constança Constanța Consuela Consuelo Contina
Conway Coolidge Cooper Cora Coraima Coral Coralia Coralie Coraline Corbett Corbin Cord Corda
Cordaro Cordelia Cordell Cordella Cordero Cordia Cordie Cordula Corean Corene Corentin Coretta
Corey Cori Corie Corina Corine Corinna Corinne Coriolano Corliss Cormac Cormack Corneille
Cornel Cornelia Cornelio Cornelious Cornelis Corneliu Cornelius Cornell Cornie Corona Corrado
Corrie Corrina Corrine Corry Corsin Cortez Cortney Corvin Corwin Cory Cosima Cosimo Cosmas
Cosme Cosmin Cosmina Cosmo Costache Costantino Costanzo Costel Costin Coty Council Courteney
Courtland Courtney Coy Coşkun Coşqun Craig Crawford Creed Crenguța Creola Crescencia Cressie
Crete Crin Crina Cris Crissie Crissy Crista Cristal Cristea Cristen Cristhian Cristhofer Cristi
Cristian Cristiana Cristiano Cristin Cristina Cristine Cristián Cristobal Cristofer Cristofor
Cristopher Cristy Cristóbal Crockett Cruz Crysta Crystal Csaba Csilla Csongor Ctibor Ctirad
Cuba Cuheyna Cullen Cuman Curdin Curley Curro Curt Curtis Curtiss Custodia Custodio Cvetka
Cvetko Cydney Cyndi Cyntha Cynthia Cyprian Cyprián Cyriel Cyril Cyrill Cyrille Cyrus Czeslaw
Cándida Cándido Cátia Cäcilia Cäcilie Cécile Cédric Célestin Célestine Célia Célina Céline
César Côme Cümşüd Cüneyit Cýrus Călin Cătălin Cătălina Cəlal Cəlil Cəmalə Cəmil Cəmilə Daamin
Daan Daanish Daanyaal Daawood Dabbah Dabir Dabney Dace Dacian Daciana Dacin Dadap Dadaş Dadi
Dafina Dafne Dag Dagbjartur Dagbjörg Dagbjört Dagel Dagfari Dagfinnur Dagfríður Daggeir Daggrós
Dagheiður Daghfal Dagmann Dagmar Dagmara Dagmey Dagny Dagný Dagnýr Dagobert Dagoberto Dagrún
Dagur Dagþór Dahiana Dahlia Dai Daiana Daiga Daija Daijah Daina Dainess Dainis Dainius Daire
Dairine Dairo Daisey Daisha Daisie Daisy Daisye Daiyaan Daja Dajana Dakhil Dakoda Dakota
Dakotah Daksh Daksha Dakshesh Dalaja Dalan Dalbert Dalbir Daldís Dale Daler Daley Dalia Dalibor
Dalila Dalili Dalima Daliman Dalimin Daliono Dalkılıç Dalla Dallas Dalli Dallilja Dallin
Dalmann Dalmar Dalmas Dalrós Dalton Dalvin Dalía Damar Damarcus Damari Damarion Damaris Dameer
Dameon Damian Damiano Damien Damienne Damife Damijan Damini Damion Damir Damián Damjan Damjana
Damlanur Damon Damond Damu Damurah Damyanti Dan Dana Danae Danang Dancan Dancun Dandre Dane
Daneen Danelle Danelíus Danette Daney Danfríður Dangelo Danheiður Danhildur Dani Dania Danial
Danica Daniel Daniela Daniele Danielius Daniella Danielle Daniels Danijel Danijela Danika
Danilo Danique Danish Daniswara Danita Danitza Danival Danièle Daniël Danjuma Dann Danna Dannie
Danniel Dannielle Danny Danson Dante Danu Danuja Danuta Danuše Dany Danyel Danyell Danyelle
Danía Daníel Daníela Daníella Daníval Danış Daphne Daphné Daquan Dara Daragh Darain Darby Darci
Darcie Darcy Dardan Darell Daren Daria Darian Dariana Dariati Darien Darija Darijan Darika
Darimin Darin Darina Darinka Dario Darion Daris Darius Dariusz Darja Darko Darl Darla Darleen
Darlene Darline Darling Darlyne Darmaji Darman Darmana Darmanto Darnell Darold Daron Darpan
Darragh Darran Darrel Darrell Darren Darri Darrian Darrick Darrien Darrin Darrion Darrius
Darron Darry Darryl Darryle Darryll Darryn Darsh Darsirah Dartono Daru Daruna Darvin Darwin
Darwyn Dary Daryani Daryl Daryle Daryn Darío Daríus Dasa Dashawn Dasia Dastageer Daud Daudi
Daulton Daunte Davante Dave Davey Davi Davian David Davida Davide Davie Davin Davina Davion
Davis Davnet Davon Davonta Davonte Davor Davorin Davy Davíð Dawid Dawn Dawna Dawne Dawson Dawud
Dax Daxton Dayamai Dayami Dayana Dayanara Dayar Dayita Dayle Dayna Dayne Dayse Dayton Dayyaan
Daðey Daði Daðína Dağistan Deacon Deaglan Dean Deana Deandra Deandre Deane Deangelo Deann
Deanna Deanne Deante Dearbhail Dearbhaile Dearbhla Deasia Deb Debbi Debbie Debbra Debby Debera
Debi Debora Deborah Deborrah Debra Debrah Debroah Debóra Decebal Declan Dedra Dedric Dedrick
Dee Deeann Deedee Deegan Deena Deepa Deetta Deforest Deha Deiby Deicy Deidra Deidre Deion
Deirbhile Deirdre Deisy Deividas Deja Dejah Dejan Dejon Dejuan Delaney Delano Delbert Delcie
Delfina Delfino Delfín Delia Deliah Delil Delila Delilah Delina Delinda Delisa Dell Dellar
Delle Dellia Dellie Delma Delmar Delmas Delmer Delmus Delois Delora Delores Deloris Delos
Delpha Delphia Delphin Delphine Delsie Delta Delton Delvin Delwin Dema Demarco Demarcus Demario
Demarion Demeter Demetra Demetri Demetria Demetric Demetrio Demetrios Demetrius Demi Demi-Lee
Demi-Leigh Demian Demilade Demirbüken Demiriz Demirok Demiryürek Demond Demonte Dempsey Demus
Dena Dendý Deneen Denese Denice Deniis Denine Denis Denisa Denise Denisha Denisse Denita Deniz
Denizalp Denkel Dennie Dennis Denny Denton Denver Denzel Denzell Denzil Deníel Deon Deondre
Deonta Deontae Deonte Dequan Derald Dereck Derek Dereon Deric Derick Derik Derkay Derl Derly
Dermot Dermott Deron Derrek Derrell Derrick Derval Dervilla Dervla Derwin Derya Deryanur Deryl
Desean Deshaun Deshawn Desi Desiderio Desirae Desiree Desirée Desmond Despina Dessa Dessie
Destany Destin Destinee Destiney Destini Destiny Destry Detlef Detlev Dev Devan Devansh Devante
Devaughn Deven Devi Devika Devin Deviner Devon Devonta Devontae Devonte Devyn Deward Dewayne
Dewey Dewi Dewitt Dex Dexter Deyanira Dezider Dezső Dezzie Değer Değmeer Dhriti Dhruv Diah
Diallo Diamond Dian Diana Dianah Diandra Diane Diann Dianna Dianne Diar Diarmaid Diarmuid Dicie
Dick Dickie Dickson Dicy Dida Didda Didier Didina Diederik Diedrich Diego Dierk Dieter Diethard
Diethelm Diether Dietlind Dietlinde Dietmar Dietrich Digdaya Digna Dijana Dijon Diken Dilan
Dilara Dilarə Dilavər Dilcan Dilder Dildora Dilfeza Dilhuş Dilja Diljá Dillan Dillard Dillie
Dillion Dillon Dilnoz Dilnur Dilsitan Dilşad Dilşat Dimas Dimaz Dimitri Dimitrina Dimitrios
Dimmblá Dimmey Dimple Dina Dinah Dincer Dinda Dinis Dink Dino Dinu Dinçkol Dinçsü Diogo Dion
Dione Dionicio Dionigi Dionisia Dionisio Dionne Dionte Dionýz Dipa Dipta Dirican Dirja Dirk
Dirlik Dismas Dita Ditmar Ditte Dittmar Divan Divya Dixie Dixon Diya Diyor Diyora Diána Diðrik
Diāna Djamel Djuana Djuna Dmitri Dobromila Dobroslav Dobroslava Doc Dochia Docia Dock Doctor
Dodo Dofri Dogan Doina Dola Doll Dolli Dollie Dolly Dollye Dolores Doloris Dolph Dolphine
Dolphus Dolun Dom Domagoj Domantas Domas Domen Domenic Domenica Domenick Domenico Domhnall
Dominga Domingo Domingos Dominic Dominick Dominik Dominika Dominique Dominque Dominyka
Dominykas Domitila Domnica Domonique Don Dona Donaciano Donagh Donal Donald Donat Donata
Donatas Donatella Donatello Donato Donavan Donavon Dondre Donell Donia Donie Donita Doniyor
Donn Donna Donnacha Donncha Donnell Donnie Donny Dono Donough Donovan Donta Dontae Donte Dora
Doralisa Dorathea Dorathy Dorcas Dorcus Doreen Dorel Dorene Doretha Doretta Dori Dorian Doriana
Dorien Dorin Dorina Dorinda Dorine Dorinel Doris Dorit Dorita Dorla Dorle Dorli Dorman Dorota
Dorotea Doroteja Dorotha Dorothe Dorothea Dorothee Dorothy Dorothée Dorottya Dorr Dorris Dorsey
Dorte Dortha Dorthe Dorthea Dorthey Dorthy Doru Dorukhan Dosha Doshia Doshie Dosia Doss Dossie
Dot Dottie Dotty Doug Douglas Douglass Dounia Dove Dovie Dovilė Dovud Dovydas Dow Doyinsola
Doyle Dozier Doğanalp Doğannur Doğanşah Doğuhan Draga Dragan Dragana Dragica Drago Dragoș
Dragutin Drahomír Drahomíra Drahoslav Drahoslava Drajat Drake Drauma Draumey Draupnir Draven
Dražen Dreki Drema Drengur Drew Dries Drilon Drita Driton Droplaug Drucilla Drury Drusilla
Drífa Drótt Dröfn Duane Duard Duarte Dubán Ducu Dudley Duff Dufgus Dufþakur Dugfús Duha Duilio
Duje Duke Dulce Dulcie Duma Dumisani Dumisile Dumitra Dumitrana Dumitru Duncan Dunia Dunja
Dunyo Durab Duracan Durante Durdali Durdona Durell Durgadin Durmuşali Durna Durodola Durrell
Dursadiye Dursun Duruk Duruöz Durward Durwood Dusan Dustan Dustin Dusty Dustyn Duuk Duván
Duwayne Duyguhan Duyên Dušan Dušanka Dvalinn Dwain Dwaine Dwan Dwane Dwayne Dwi Dwight Dwyane
Dyan Dylan Dylano Dyllan Dylon Dymphna Dympna Dzidra Dzintars Dzintra Dániel Dávid Dáša Dæja
Débora Déborah Dénes Désiré Désirée Día Díana Díanna Díma Dís Dísa Dísella Díómedes Dóa Dómald
Dómaldi Dómaldur Dómhildur Dónald Dónaldur Dór Dóra Dórey Dóri Dóris Dórothea Dórótea Dóróthea
Dósóþeus Dögg Dögun Dölensoy Döner Dönməz Dörte Dörthe Dúa Dúfa Dúi Dúna Dúnn Dündaralp Dünya
Dünyamalı Dürdanə Dürnisə Dürrüşehvar Dýrborg Dýrfinna Dýri Dýrleif Dýrley Dýrmundur Dýrunn
Dārta Dāvis Dũng Dương Eadaoin Eamon Eamonn Ean Eanna Earl Earle Earlean Earlene Earley Earlie
Earline Early Earnest Earnestine Eartha Easter Easton Eathel Eavan Eba Ebb Ebba Ebbe Ebbi Ebbie
Eben Ebeneser Ebenezer Eber Eberg Eberhard Eberhardt Ebert Eboni Ebonney Ebony Ebuakil Ebuka
Ecaterina Ecegül Ecemiş Echo Eckard Eckart Eckehard Eckhard Eckhardt Eckhart Ecrin Ed Eda
Edaviye Edd Edda Eddah Eddie Eddy Edel Edelbert Edelgard Edelmira Edelmiro Edeltraud Edeltraut
Edeltrud Eden Eder Edgar Edgaras Edgard Edgardo Edgars Edgübay Edhitha Edi Edie Edier Edil
Edilberto Edilma Edilon Edilson Edin Edina Edinah Edinson Edison Edisson Edit Edita Edith
Editha Edla Edmon Edmond Edmonia Edmund Edmundo Edmunds Edna Ednah Edoardo Edon Edona Edouard
Edra Edrie Edris Edsel Edson Edu Eduar Eduard Eduarda Eduardo Eduards Edvard Edvardas Edvin
Edvinas Edvīns Edw Edwar Edward Edwardo Edwin Edwina Edyth Edythe Edílon Edīte Eelis Eemeli
Eemil Eerik Eero Eesaa Eesha Eetu Eeva Efe Efemía Effa Effie Efil Eflâtun Efrain Efraím Efraín
Efrem Efren Efrén Efser Eftimia Eftimie Ega Egbert Egedía Egenur Eggert Eggrún Eggþór Egidijus
Egil Egill Egils Egla Eglė Egon Egzon Egzona Ehan Ehrenfried Ehrentraud Ehrhard Ehsaas Ehsan
Eider Eidvilė Eija Eijaz Eik Eikar Eila Eileen Eilis Eilish Eilífur Eimantas Eimear Eimer
Eimhear Einar Einari Einbjörg Eindís Einer Einey Einfríður Einhildur Einir Eino Einrún
Einvarður Einína Einþór Eir Eira Eiravati Eirdís Eirfinna Eirik Eirný Eiríka Eiríkur Eirún
Eitel Eithan Eithel Eithne Eivin Eivind Eivor Eiðar Eiðný Eiðunn Eiður Eja Ejaz Ejlaal Eka
Ekaja Ekalinga Ekani Ekansh Ekanta Ekantika Ekapad Ekaraj Ekaterina Ekavir Ekbal Ekber Ekene
Ekiya Ekkehard Ekkehart Ekmel Eko Ekow Ekrem Ekta Ekundayo Ekundu El-Amin Ela Eladio Elaf
Elaina Elaine Elam Elamiye Elana Elariz Elayne Elba Elberg Elbert Elberta Elbridge Elby Elcira
Elcy Elda Eldar Eldbjörg Elden Elder Eldey Eldgrímur Eldjárn Eldlilja Eldmar Eldon Eldora
Eldred Eldridge Eldrún Eldur Eldór Eldəniz Elea Eleanor Eleanora Eleanore Elease Eleazar Electa
Eleina Elektra Elemér Elena Elenborg Eleni Elenor Elenora Elenore Elentínus Eleodoro Eleonor
Eleonora Eleonore Eleonóra Eleuterio Elex Elfa Elfar Elfi Elfida Elfie Elfreda Elfrieda
Elfriede Elfráður Elfur Elgie Elgin Elgün Elhan Eli Elia Eliabeth Eliakimu Elian Eliana Eliane
Elianna Elias Elick Elida Elie Eliecer Elien Eliette Eliezer Elif Elifnur Eliga Eligah Elige
Eligia Eligio Elihu Eliisa Elijah Elimar Elin Elina Elinborg Eline Elinor Elinore Elinór Elio
Eliona Eliot Eliott Elis Elisa Elisabet Elisabeta Elisabete Elisabeth Elisabetha Elisabetta
Elisaveta Elise Eliseo Elisha Elissa Elita Eliud Eliza Elizabet Elizabeta Elizabete Elizabeth
Elizah Elizbeth Elize Elizebeth Eliáš Eliška Elka Elkana Elke Elkin Ell Ella Elladio Ellamae
Ellar Elle Ellen Eller Ellert Ellery Elley Elli Elliana Ellie Ellinor Elliot Elliott Ellis
Ellisif Ellison Elliði Ellsworth Ellwood Elly Ellyn Ellín Ellís Ellý Elma Elman Elmar Elmer
Elmeri Elmidar Elmina Elmir Elmira Elmire Elmo Elmore Elmyra Elmārs Elməddin Elna Elnarə Elnora
Elnur Elnurə Eloah Elodia Elodie Elof Eloi Elois Eloisa Eloise Elon Elona Elonzo Elosy Elouise
Eloy Eloá Eloísa Eloïse Elphas Elpidio Elroy Els Elsa Elsabet Elsbeth Else Elsebeth Elsevər
Elsie Elsworth Elsy Elsí Elsý Elta Elton Elturan Eluh Elva Elvan Elvana Elvar Elver Elvera Elvi
Elvia Elvie Elvin Elvina Elvira Elvire Elvis Elvy Elvíra Elvý Elvīra Elwanda Elwin Elwira
Elwood Elwyn Elxan Ely Elyas Elyse Elyssa Elza Elzada Elzbieta Elzie Elzy Elçin Eléa Eléna
Eléonore Elí Elía Elíana Elías Elíeser Elímar Elín Elína Elínbergur Elínbet Elínbjörg Elínbjört
Elínborg Elíndís Elíngunnur Elínheiður Elínmundur Elínrós Elíná Elínór Elírós Elís Elísa
Elísabet Elísabeth Elöve Elīna Elşad Elşən Elżbieta Ema Emal Emaline Eman Emanoil Emanuel
Emanuela Emanuele Emanuella Emanuelly Emanuil Emanúel Emas Ember Embla Embrek Embuh Emeka
Emelia Emelie Emelina Emeline Emely Emelyne Emelía Emelíana Emelína Emer Emerald Emeralda
Emerson Emery Emese Emett Emiel Emigdio Emil Emilce Emile Emilee Emilia Emilian Emiliana
Emiliano Emilie Emilien Emilija Emilio Emilis Emilly Emilse Emily Emilía Emilíana Emilíanna
Emilý Emin Emina Emine Emir Emiro Emirşan Emit Emiş Emma Emma-Louise Emmaculate Emmah Emmalee
Emmaline Emmanuel Emmanuelle Emmanúel Emmer Emmerich Emmet Emmett Emmi Emmie Emmit Emmitt
Emmons Emmy Emmý Emogene Emong Emory Emperatriz Empluk Emran Emre Emrullah Emry Emy Emília Emý
Emīlija Emīls Ena Enar Encarna Encarnacion Encarnación Encarnita Enda Endah Endra Endre Endrit
Ene Enea Eneka Enes Enfes Engelbert Engilbert Engilbjartur Engilbjört Engiljón Engill Engilráð
Engilrós Engin Enginiz Engla Enid Enika Enikő Eniola Enis Enith Enja Enna Ennio Ennis Enno
Enoch Enock Enok Enola Enos Enrico Enrika Enrique Enriqueta Ensar Ensari Ensio Enteng Enver
Enya Enzi Enzio Enzo Enóla Eoghan Eoin Eola Eowyn Ephantus Ephraim Ephram Ephriam Epifanio
Eppie Epsie Era Eral Eraldo Erasmo Erasmus Erastus Eraycan Erbay Erbil Erby Ercan Ercihan Erdal
Erdemer Erdibay Erdmute Erdogan Erdursun Erem Eremia Eren Erenalp Erensoy Eres Ergener Erginel
Ergönül Ergül Ergün Erhard Erhardt Eric Erica Erich Erick Ericka Erie Erik Erika Erikas Erin
Erina Erinçer Erion Eris Eriş Erkan Erkinel Erkki Erksoy Erkılıç Erla Erland Erlar Erle Erlen
Erlendur Erlene Erlinda Erline Erling Erlingur Erlín Erma Ermanis Ermanno Ermenegildo Ermes
Ermina Ermine Ermutlu Erna Ernest Ernestas Ernestina Ernestine Ernesto Ernests Ernestó Ernie
Ernir Ernst Ernst-August Ernst-Dieter Ernst-Otto Erny Ernő Erol Eron Eroğul Erpur Errol Ersel
Erseç Ertan Erten Ertuncay Ertün Erva Ervaniye Ervin Erving Ervín Erwan Erwin Eryk Erykah Eryn
Eryıldız Erzsébet Eröz Erşat Esa Esau Esben Esco Esekíel Esenbay Esengün Esentürk Esequiel
Esfandyar Eshan Eshana Esi Esila Esja Esjar Esker Eskil Eskinalp Esko Eslemnur Esley Esma
Esmanperi Esmarelda Esmee Esmeralda Esmira Esmée Esna Esneider Esparta Espartaco Espen
Esperanza Espiridión Esra Essa Essence Essex Essi Essie Esta Esteban Estefan Estefani Estefania
Estefany Estefanía Estel Estela Estell Estella Estelle Ester Estera Esteri Estes Estevan Esther
Estiawan Estie Estill Estiono Estiva Estiven Eston Estrella Esupofo Eszter Eta Etela Etelka
Etelvina Etha Ethan Ethel Ethelbert Ethelene Ethelyn Ethen Ether Ethie Ethna Ethne Ethyl Ethyle
Etibar Etienne Etiqad Etizaaz Etna Etta Etter Ettie Ettore Euan Eudora Eufemia Eufemía
Eufrosina Eugen Eugene Eugenia Eugenie Eugenio Eugine Eugène Eugénia Eugénie Eula Eulah Eulalia
Eulalie Eulogio Eulália Euna Eunan Eunice Eunika Euphemia Eura Eusebia Eusebio Eusebiu Eustace
Eustaquio Eustațiu Eutimio Eutropio Eva Eva-Lena Eva-Maria Eva-Marie Evald Evaldas Evalena
Evaline Evalyn Evalyne Evamaria Evan Evance Evander Evangelia Evangelina Evangeline Evangelista
Evangelos Evanghelina Evans Evaristo Evcimen Evde Eve Evelena Evelia Evelien Eveliina Evelin
Evelina Eveline Evelio Evelyn Evelyne Evelynn Evelína Ever Everet Everett Everette Everline
Everlyne Evert Evertt Evette Evey Evfemía Evgenía Evi Evia Evie Evija Evita Evlalía Evon Evonne
Evrim Evrimer Evy Evíta Ewa Ewald Ewan Ewart Ewatomi Ewelina Ewell Ewin Ewing Exa Exequiel Exie
Ey Eyberg Eybjörg Eybjört Eydan Eydís Eyfríður Eygerður Eygló Eyhildur Eyja Eyjalín Eyjólfur
Eylaugur Eyleif Eyleifur Eylín Eymar Eymundur Eyríkur Eyrós Eyrún Eysteinn Eyvar Eyveig
Eyvindur Eyvör Eyyub Eyyüp Eyþrúður Eyþór Eyþóra Ezekiel Ezell Ezequiel Ezgin Ezgütekin Ezio
Ezra Ezzard Eðna Eðvald Eðvar Eðvarð Eşim Eşref E’zoza Faas Faber Fabia Fabian Fabiana Fabien
Fabienne Fabio Fabiola Fabián Fabiënne Fabrice Fabricio Fabrisíus Fabrizia Fabrizio Facundo
Fadekemi Faderera Fadil Fadile Fadime Fadıla Fae Fahari Fahmi Fahrullah Fainche Faiq Fairy
Faisa Faith Faizah Faizan Faize Falak Falan Falgeir Falguni Falk Falko Fallon Falon Falur Fami
Famil Familə Fanaka Fancy Fannar Fannberg Fanndís Fanney Fanngeir Fanni Fannie Fannlaug Fanny
Fannye Fanný Faqid Farah Faraj Faraja Farangiz Faras Fares Farhan Farhiya Farhod Farhunnisa
Farid Farida Farijika Fariq Faris Fariz Fariza Faron Farouk Farrah Farrell Farris Faruk Farzona
Fate Fathonah Fatigül Fatih Fatiha Fatihə Fatima Fatime Fatimə Fatinur Fatma Fatmanur Fatmir
Fatmire Faton Fatteh Fatuma Faustas Faustino Fausto Fawn Fay Faye Fayette Fayize Fazil Fazli
Fazul Feargal Fearghal Febe Febi Febrún Fed Fedde Fedele Feden Federica Federico Federigo Fedor
Fehim Fehintola Fehmiye Feisal Felecia Felice Felicia Feliciana Feliciano Felicidad Felicie
Felicien Felicitas Felicity Feliks Feline Felipa Felipe Felisa Felisha Felista Felister
Felistus Felix Felizitas Fella Felton Fem Fema Femke Fengur Fenna Fenne Fenni Fenrir Fenton
Ferahdiba Ferat Feraye Ferd Ferdi Ferdinand Ferdinando Ferdínand Feremez Ferenc Fergal Fergus
Ferhan Ferhat Feriel Ferihan Ferinaz Ferman Fermuta Fermín Fern Fernand Fernanda Fernande
Fernando Ferne Ferney Ferny Ferre Ferrell Ferris Fersan Fertram Feruza Feryas Ferzi Festus
Fetullah Feyha Feykir Feyruz Feyzin Feza Fiachra Fiamma Fibikemi Fidan Fidaye Fidel Fidela
Fidelia Fidelis Fidelma Fidencio Fidvi Fielding Fien Fiene Fiifi Fikayomi Fikrət Fildan Filip
Filipa Filipe Filippa Filippo Filippus Filippía Filipía Filit Filiz Filofteia Filomena Filoména
Fimar Finbar Finbarr Finian Finis Finley Finn Finna Finnbjörg Finnbjörk Finnbjörn Finnboga
Finnbogi Finnborg Finndís Finnegan Finney Finnfríður Finngeir Finnjón Finnlaug Finnlaugur
Finnrós Finnur Finnvarður Finola Fintan Fiodor Fiona Fionan Fionna Fionntan Fionnuala Fionnula
Fiorella Fiorenzo Fiorino Firdavs Firdevis Firdovsi Firman Firmin Firudin Firuzə Firəngiz
Fisher Fisnik Fitan Fitim Fitnat Fito Fitore Fitria Fitriani Fitzgerald Fitzhugh Fiyaz Fizzə
Fjalar Fjalldís Fjarki Fjolla Fjóla Fjólar Fjólmundur Fjölnir Fjölvar Fjörnir Flamur Flannan
Flavia Flavie Flavio Flaviu Fleda Fleet Fleeta Flem Fleming Flemming Fleta Fletcher Fleur Flint
Flo Floare Floarea Flonnie Floor Floortje Flor Flora Florance Flore Florea Florence Florencia
Florencio Florene Florent Florentin Florentina Florentine Florentino Florența Floretta Florian
Floriana Floriane Florica Florida Floridor Florie Florim Florin Florina Florinda Florine Floris
Florián Florrie Flosi Flossie Floy Floyd Flurin Flurina Flynn Flóki Flóra Flórent Flóvent Foch
Fodil Folashade Folda Folke Folker Folkert Folu Fonda Ford Forest Forni Forrest Fortunata
Fortunato Forum Fossmar Foster Fotima Fount Fouzia Foy Frado Fran Franc Franca France Frances
Francesca Francesco Franchesca Franci Francia Francies Francina Francine Francis Francisc
Francisca Francisco Franciscus Franciska Francisquita Franciszek Franck Franco Francoise Francy
Franjo Frank Frank-Michael Frank-Peter Franka Frankie Franklin Frankline Franklyn Franklín
Franky Frans Fransiska František Františka Franz Franz-Josef Franz-Peter Franz-Xaver Franziska
François François-Xavier Françoise Frančišek Fraser Frauke Frazer Frazier Fred Freda Freddie
Freddy Frede Frederic Frederica Frederick Fredericka Frederico Frederik Frederika Frederike
Frederikke Frederique Fredi Fredie Fredo Fredric Fredrick Fredrik Fredrika Fredy Freeda Freeman
Fregn Freia Freida Freja Fremont French Fresia Freya Freybjörn Freydís Freygarður Freygerður
Freyja Freylaug Freyleif Freymar Freymundur Freymóður Freyr Freysteinn Freyviður Freyþór Fricis
Frida Fridah Fridolin Fridrich Frieda Friedbert Friedemann Frieder Friedericke Friederike
Friedhelm Friedhilde Friedhold Friedl Friedlinde Friedo Friedrich Friedrich-Karl
Friedrich-Wilhelm Friend Frigg Frithjof Fritz Friðberg Friðbergur Friðbert Friðbjörg Friðbjörn
Friðbjört Friðborg Friðdís Friðdóra Friðey Friðfinna Friðfinnur Friðgeir Friðgerður Friðjón
Friðjóna Friðlaug Friðlaugur Friðleif Friðleifur Friðlín Friðmann Friðmar Friðmey Friðmundur
Friðný Friðrik Friðrika Friðrikka Friðrós Friðrún Friðsemd Friðsteinn Friður Friðveig Friðvin
Friðþjófur Friðþór Friðþóra Frode Froilán Frona Fronia Fronie Fronnie Frosti Frostrós Frusina
Fryderyk Frán Fránn Frár Frédéric Frédérique Frímann Fríða Fríður Fróði Fróðmar Fróðný Fuad
Fulgencio Fuller Fulton Fulvio Fuma Fumiko Funi Fura Furman Fuzayl Fuzuli Fylkir Fynn Fábio
Fáfnir Fálki Fátima Félicie Féline Félix Fía Fídes Fífa Fífill Fólki Fönn Fúsi Fügen Füzuli
Fəhmin Fərahim Fərda Fərhad Fərid Fəridə Fərman Fərqanə Fərrux Fəxri Fəxriyyə Fəxrəddin Fəyyaz
Fəzail Gabe Gabel Gabi Gabin Gabino Gabor Gabriel Gabriela Gabriele Gabrielius Gabriella
Gabrielle Gabrielly Gabriël Gabríel Gabríela Gabríella Gaby Gada Gadang Gading Gaduh Gael
Gaetano Gagan Gage Gaia Gaida Gaige Gail Gaiman Gaines Gaither Gaja Gal Gala Galak Galang Galar
Galasso Galdur Gale Galen Galih Galilea Galina Galiono Galip Gallego Galo Galuh Galur Galvarino
Gamalíel Gaman Gamani Gamanto Gambira Gamblang Gambo Ganda Gandewa Gandi Ganep Ganga Gangsa
Gangsar Gani Ganimete Ganiye Ganjaran Gannon Gantar Gara Garan Garang Garda Gardner Garech
Gareth Garett Garey Garfield Garibaldi Garima Garland Garner Garnet Garnett Garold Garpur
Garret Garreth Garrett Garri Garrick Garrison Garry Garth Garvan Garvin Gary Garðar Gaspar
Gaspard Gaspare Gasper Gasti Gaston Gastone Gastón Gathoni Gatis Gatot Gatra Gauge Gaui Gauja
Gaukur Gaurang Gaurangi Gaurav Gauri Gaurika Gautam Gautami Gauthier Gauthildur Gauti Gautrekur
Gautur Gautviður Gavan Gaven Gavin Gavyn Gawati Gay Gayathri Gaye Gayla Gayle Gaylen Gaylene
Gaylon Gaylord Gaynell Gazel Gazmend Gaël Gaëlle Gaëtan Gašpar Gbadebo Gbolahan Gbowoade
Geanina Gearld Gearldine Gearoid Geary Gebhard Gediminas Gedion Gee Geert Geetika Gefjun Gefn
Geir Geira Geirarður Geirbjörg Geirdís Geirfinna Geirfinnur Geirfríður Geirharður Geirhildur
Geirhjörtur Geirhvatur Geiri Geirlaug Geirlaugur Geirleifur Geirlöð Geirmundur Geirný Geirríður
Geirröður Geirrún Geirtryggur Geirvaldur Geirólfur Geirþjófur Geirþrúður Geisli Gejza Gelengül
Gellir Gelsomina Gelu Gema Gemma Gena Genaro Gencaslan Gene General Genesis Geneva Genevieve
Geneviève Genevra Genie Gennaro Gennie Geno Genovefa Genoveva Genta Gençay Gențiana Geo Geoff
Geoffrey Geoffroy Geofrey Georg Georganna George Georgeann Georgeanna Georgel Georgene Georges
Georgeta Georgetta Georgette Georgia Georgian Georgiana Georgiann Georgianna Georgie Georgina
Georgine Georgios Georgía Geovanni Geovanny Gerald Geraldine Geraldo Geralyn Gerard Gerarda
Gerardine Gerardo Gerardus Geraud Geray Gerd Gerda Gerdi Gereon Gerfried Gergely Gergő Gerhard
Gerhardt Gerhart Gerhild Geri Gerlind Gerlinde Germain Germaine German Germana Germán Gernot
Gero Gerold Gerolf Geronimo Gerrard Gerri Gerrit Gerry Gerson Gert Gerta Gertha Gerti Gertie
Gertraud Gertraude Gertraut Gertrud Gertrude Gertrudis Gertrúda Gervasio Gerwin Gery Gerða
Gerðar Gerður Gerónimo Gesa Gesare Gesche Gesine Gestheiður Gestný Gestrún Gestur Geta Gethera
Getrude Geza Ghaalib Ghaazi Ghaffaar Ghafoor Ghaith Ghalib Ghaliyati Ghanee Ghanem Ghani
Ghannam Ghasaan Ghauth Ghawth Ghayoor Ghazalan Ghazanfar Ghazanfer Ghazawan Ghazi Ghazzal
Ghenadie Gheorghe Gheorghiță Gherghina Ghilas Ghislain Ghislaine Ghiyaath Ghiyath Ghiță Ghufran
Ghulaam Ghulam Ghunayn Ghusharib Ghusun Ghutayf Gia Giacinto Giacobbe Giacomo Giada Giampaolo
Giampiero Gian Gian-Luca Giana Giancarlo Gianfrancesco Gianfranco Gianina Gianluca Gianluigi
Gianmarco Gianna Gianni Gianpaolo Gianpietro Gibson Gicu Gică Gideon Gidget Giedrius Giedrė
Giel Giesela Gifford Gifty Gigi Gijs Gil Gilang Gilbert Gilberte Gilberto Gilda Gildardo Giles
Gilford Gilles Gillian Gillie Gillis Gillý Gilma Gilman Gilmar Gilmer Gilmore Gils Gilslaug
Gina Ginette Ginger Ginny Gino Gintarė Ginyas Gioacchino Gioachino Gioele Gioffre Gioia Gion
Gionata Giorgia Giorgian Giorgiana Giorgio Giosuè Giovani Giovanna Giovanni Giovanny Girik
Girindra Girish Girolamo Girtha Gisa Gisbert Gisela Gisele Giselle Gislinde Gisselle Gissunn
Gissur Gisèle Gitau Githinji Gitonga Gitta Gitte Giulia Giuliana Giuliano Giulietta Giulio
Giuseppa Giuseppe Giuseppina Giustino Giz Gizela Gizella Gizem Gizur Gjaflaug Gjúki Gladis
Gladstone Gladyce Gladys Glauco Glen Glenda Glendon Glendora Glenn Glenna Glennie Glennis
Glenwood Glenys Glinda Gloria Gloría Glover Glynda Glynis Glynn Gló Glóa Glóbjört Glódís Glóey
Glói Glóð Glúmur Gneisti Gná Gnúpur Gnýr Goda Godelieva Godelieve Godfrey Godofredo Godwin
Goebel Goffredo Gohar Golda Golden Goldia Goldie Goma Goncafer Goncalo Gonzalo Gonçalo Gopal
Goran Gorazd Gordan Gordana Gorden Gordon Gorge Gorm Gottfrid Gottfried Gotthard Gotthilf
Gotthold Gottlieb Gottlob Gottskálk Gottsveinn Governor Goyo Goði Goðmundur Grace Gracelyn
Gracia Graciana Graciano Gracie Graciela Grady Graeme Grafton Graham Grainne Grani Grania
Grankell Grant Granville Graves Gray Grayce Graydon Grayling Grayson Grazia Graziano Graziella
Grazyna Grațian Grațiana Grațiela Greca Grecia Greco Green Greene Greet Greg Grega Greger Gregg
Greggory Gregor Gregoria Gregorian Gregorio Gregory Grein Greipur Greppur Gret Greta Gretar
Gretchen Grete Gretel Grethe Gretl Gretta Grettir Greyson Gricelda Griet Grieta Griffin
Griffith Grigore Grisel Griselda Grit Gro Grove Grover Grzegorz Grégoire Grégory Grélöð Grét
Gréta Grétar Gríma Grímar Grímey Grímheiður Grímhildur Grímkell Grímlaugur Grímnir Grímur
Grímólfur Grímúlfur Gróa Grēta Guadalupe Guarino Gudrun Gudula Guenter Guenther Guglielmo Gugu
Gugulethu Guido Guilford Guilherme Guillaume Guillermina Guillermo Guiomar Guiseppe Gulab
Gulfaam Gulfam Gullbrá Gullveig Gullý Gulshan Gulzar Gumercindo Gumi Gumma Gun Gun-Britt Gunar
Gunbir Gunborg Gunda Gundel Gundhild Gundi Gundolf Gundula Guneet Guney Gunhild Gunilla Gunita
Gunn Gunnar Gunnberg Gunnbjörg Gunnbjörn Gunnbjört Gunnborg Gunndís Gunndór Gunndóra Gunnel
Gunnella Gunner Gunnfinna Gunnfríður Gunngeir Gunnhallur Gunnharða Gunnheiður Gunnhildur
Gunnjóna Gunnlaug Gunnlaugur Gunnleif Gunnleifur Gunnlöð Gunnröður Gunnrún Gunnsteinn Gunnur
Gunnvaldur Gunnveig Gunnvör Gunnólfur Gunnóli Gunný Gunnþór Gunnþóra Gunnþórunn Gunta Guntars
Gunter Gunther Guntis Guntram Gunvor Gunārs Gurli Gurney Gurrý Gus Guss Gussie Gust Gusta
Gustaaf Gustaf Gustas Gustav Gustave Gustavo Gustavus Gustaw Gusti Gustie Gustáv Gusztáv
Guthrie Gutti Guttormur Guus Guusje Guy Guðberg Guðbergur Guðbjarni Guðbjartur Guðbjörg
Guðbjörn Guðbjört Guðborg Guðbrandur Guðdís Guðfinna Guðfinnur Guðfreður Guðfríður Guðgeir
Guðjón Guðjóna Guðlaug Guðlaugur Guðleif Guðleifur Guðleikur Guðlín Guðmann Guðmar Guðmey
Guðmon Guðmunda Guðmundur Guðmundína Guðni Guðný Guðráður Guðríður Guðröður Guðrún Guðsteina
Guðsteinn Guðvarður Guðveig Guðveigur Guðvin Guðþór Gwen Gwenael Gwenaëlle Gwenda Gwendolen
Gwendoline Gwendolyn Gwyn Gwyneth Gyda Gylfi Gyrðir Gytis Gytta Gytė Gyula Gyða Gyðja Gyðríður
Gyöngyi György Györgyi Győző Gzim Gábor Gæfa Gæflaug Génesis Gérald Géraldine Gérard Géza Gía
Gídeon Gígja Gígjar Gísela Gísla Gísley Gísli Gíslný Gíslrún Gíslunn Gíslína Gíta Góa Gógó Gói
Gök Gökay Gökbudun Göken Gökhan Göknur Gökperi Göksev Gökten Gökçe Gökçebalan Gökçil Göli Gönen
Gönül Göran Görgünay Görklü Görsev Gösta Göte Götz Gözel Gözem Gúa Gústaf Gústav Gücal Gül
Gülarə Gülay Gülağa Gülbala Gülbani Gülbeyan Gülbiye Gülcegün Güldam Gülder Güldünya Gülel
Gülenay Güler Gülev Güleğen Gülfari Gülfeza Gülgen Gülgüzel Gülhisar Gülinaz Gülkadın Güllühan
Güllər Gülmira Gülmisal Gülnar Gülnarə Gülnaz Gülnaziye Gülnur Gülper Gülsalın Gülselin Gülsen
Gülseren Gülsevil Gülsiye Gülsü Gülsüm Gültac Gülten Gülter Gültəkin Gülxar Gülzadiye Gülzar
Gülçe Gülçin Gülçöhrə Gülözge Gülüs Gülüstan Gülüş Gülşa Gülşahin Gülşeref Gülşən Gülər
Gümüştekin Günar Günay Günaydin Günden Gündüz Gündüzalp Günebakan Güneri Güngördü Güngören
Günkurt Günsel Günser Günter Günther Günver Günşen Gürarda Gürcüye Gürelcem Gürsal Gürten
Güverçin Güzey Güçal Güçlüer Güçyeter Gýgjar Gýmir Gəray Habib Habiba Habibe Habibu Habil
Haciali Hacile Hacıbəy Hadassa Hadassah Hadda Haddi Haddur Haddý Haden Hadi Hadicha Hadija
Hadithi Hadiza Hadjer Hadley Hadrey Hadrien Hafberg Hafbjörg Hafborg Hafdís Hafey Hafgrímur
Hafiz Hafliða Hafliði Haflína Hafnar Hafni Hafný Hafrós Hafrún Hafsa Hafsat Hafshah Hafsteina
Hafsteinn Hafþór Hafþóra Hafıza Hagalín Hagbarður Hagbert Hagen Haiba Haiden Hailee Hailey
Hailie Hairyanto Hajnalka Hajo Hakan Hakeem Haki Hakikat Hakim Hal Halbert Hale Haleigh Halenur
Haley Hali Halid Halidun Halie Halil Halim Halima Halina Halisi Haliye Hall Halla Hallbera
Hallberg Hallbjörg Hallbjörn Hallborg Halldís Halldór Halldóra Halle Halley Hallfreður
Hallfríður Hallgarður Hallgeir Hallgerður Hallgils Hallgrímur Hallgunnur Hallie Hallkatla
Hallkell Hallmann Hallmar Hallmundur Hallný Hallrún Hallsteinn Hallur Hallvarður Hallveig
Hallvör Hallþór Halsey Haluk Ham Hamar Hami Hamid Hamilton Hamima Hamis Hamish Hamisi Hamiyet
Hamp Hampton Hampus Hamsini Hamza Hamzah Hana Hanbiken Handy Hanedan Hani Hania Hanife Hanim
Hanja Hank Hanna Hannabel Hannah Hannchen Hanne Hanne-Lore Hannele Hannelore Hannes Hanney
Hanni Hannibal Hanno Hanns Hannu Hanny Hanora Hans Hans-Adolf Hans-Albert Hans-Bernd
Hans-Christian Hans-Detlef Hans-Dieter Hans-Dietrich Hans-Eberhard Hans-Erich Hans-Friedrich
Hans-Georg Hans-Gerd Hans-Gerhard Hans-Günter Hans-Günther Hans-Heinrich Hans-Helmut
Hans-Henning Hans-Herbert Hans-Hermann Hans-Hinrich Hans-Joachim Hans-Jochen Hans-Josef
Hans-Jörg Hans-Jürgen Hans-Karl Hans-Ludwig Hans-Martin Hans-Michael Hans-Otto Hans-Peter
Hans-Rainer Hans-Rudolf Hans-Theo Hans-Ulrich Hans-Uwe Hans-Walter Hans-Werner Hans-Wilhelm
Hans-Willi Hans-Wolfgang Hansa Hansel Hansford Hansgeorg Hansjoachim Hansjörg Hansjürg
Hansjürgen Hanson Hanspeter Hansruedi Hanss Hansueli Hansultan Hansína Haralamb Haralambie
Harald Haraldur Harambee Harbinaz Hardana Harden Hardi Hardie Hardik Hardin Harding Hardy Hari
Harijs Harimurti Harinakshi Harini Haris Harish Harita Hariz Harja Harjasa Harjaya Harjo Harl
Harlan Harland Harlen Harlene Harley Harlie Harlon Harlow Harm Harman Harmon Harmony Harnail
Harol Harold Haroldo Haron Harpa Harper Harrell Harri Harrie Harriet Harriett Harriette Harris
Harrison Harro Harrold Harry Harrý Harsana Harsanto Harsaya Harsh Harshil Hart Hartaka Hartana
Hartley Hartmann Hartmut Hartmuth Harto Hartvig Hartwell Hartwig Haruko Harun Haruna Harve
Harvey Harvie Harvy Hasan Hasbek Hasel Hasgül Hashiki Hasim Haskell Hasna Hasret Hassan Hassie
Hasso Hasta Hatem Hatice Hatima Hatin Hattie Hauksteinn Haukur Haukvaldur Hauwa Hauður Hava
Havali Haven Havse Hawa Hawehindi Hayali Hayat Hayden Haydée Hayel Hayes Haylee Hayleigh Hayley
Haylie Hayret Hayrünnisa Hays Hayward Haywood Hazeem Hazel Hazelle Hazen Hazine Hazle Hazrat
Heath Heather Heaven Heba Heber Hebert Hector Hedda Hedi Hedvig Hedviga Hedvika Hedwig Hedy
Hedí Hege Heide Heide-Marie Heidelinde Heidelore Heidemarie Heiderose Heidi Heidrun Heidy Heike
Heikir Heikki Heiko Heilmóður Heimir Heimo Heiner Heinfried Heini Heino Heinrekur Heinrich
Heinz Heinz-Dieter Heinz-Georg Heinz-Gerd Heinz-Günter Heinz-Günther Heinz-Joachim Heinz-Josef
Heinz-Jürgen Heinz-Otto Heinz-Peter Heinz-Walter Heinz-Werner Heinz-Wilhelm Heinz-Willi Heisi
Heitor Heiða Heiðar Heiðarr Heiðberg Heiðbert Heiðbjörg Heiðbjörk Heiðbjört Heiðbrá Heiðdís
Heiðlaug Heiðlindur Heiðlóa Heiðmann Heiðmar Heiðmundur Heiðný Heiðrekur Heiðrós Heiðrún Heiður
Heiðveig Hekima Hekime Hekla Hekmet Hektor Helaine Helan Heleen Helen Helena Helene Helfried
Helga Helge Helgi Heli Helinä Heliodoro Hella Helle Hellen Hellena Hellevi Hellmut Hellmuth
Helma Helmar Helmer Helmi Helmtrud Helmut Helmuth Helmút Heloisa Heloise Heloísa Helvi Helyn
Helén Heléne Helēna Hema Hemal Hemang Hemangini Hemani Hemi Hemmert Hence Henderson Hendra
Hendri Hendrik Hendrikka Henery Henife Henk Henna Henner Henni Hennie Henning Henny Henný
Henretta Henri Henric Henrich Henricus Henrieta Henrietta Henriette Henrik Henrika Henrike
Henrikki Henriks Henrique Henry Henryk Henríetta Henrý Hera Heracleea Heraclio Heraldo Herb
Herbert Herberto Herbjörg Herbjörn Herbjört Herborg Herdis Herdís Herfinnur Herfríður Hergeir
Hergerður Hergill Hergils Heribert Heriberto Herjólfur Herlaug Herlaugur Herleifur Herlinda
Herlinde Herluf Herma Herman Hermanis Hermann Hermann-Josef Hermanni Hermelinda Hermenegildo
Hermes Hermina Herminda Hermine Herminia Herminio Hermon Hermundur Hermína Hermóður Hernan
Hernando Herney Hernán Herrmann Herschel Hershel Hershell Hersilía Hersir Hersteinn Hersveinn
Herta Hertha Heru Hervar Hervarður Hervey Hervin Hervé Hervör Herwig Heryanto Herþrúður Hesbon
Hessie Hester Hesti Hettie Hetty Heva Heydər Heyvetullah Heyward Hezekiah Hezniye Hezron Hezzie
Hicham Hicran Hidaya Hidde Hideo Hidir Hikmət Hilah Hilal Hilario Hilary Hilaríus Hilayda
Hilbert Hilda Hildah Hildar Hildburg Hilde Hildegard Hildegarde Hildegart Hildegund Hildegunde
Hildibergur Hildibjörg Hildibrandur Hildigeir Hildigerður Hildiglúmur Hildigunnur Hildimar
Hildimundur Hilding Hildingur Hildir Hildiríður Hildisif Hildiþór Hildred Hildur Hilkka Hill
Hillard Hillary Hillery Hillevi Hilliard Hilma Hilmar Hilmer Hilmir Hilton Hiltraud Hiltrud
Himawan Himinbjörg Himri Hind Hindal Hinet Hinewai Hinrich Hinrik Hinrika Hinrikka Hipólito
Hiral Hiram Hiroshi Hitesh Hiçsönmez Hjallkár Hjalmar Hjalmer Hjalta Hjalte Hjaltey Hjalti
Hjarnar Hjálmar Hjálmdís Hjálmey Hjálmfríður Hjálmgeir Hjálmgerður Hjálmrós Hjálmrún Hjálmtýr
Hjálmur Hjálmveig Hjálmþór Hjördis Hjördís Hjörfríður Hjörleif Hjörleifur Hjörný Hjörtfríður
Hjörtur Hjörtþór Hjörvar Hlaðgerður Hleiðar Hlini Hljómur Hlynur Hlédís Hlégestur Hlér Hlíf
Hlífar Hlín Hlíðar Hlíðberg Hlökk Hlöðmundur Hlöður Hlöðvarður Hlöðver Hnefill Hnikar Hnikarr
Hoani Hobart Hobert Hobson Hocine Hodari Hoke Holden Holgeir Holger Holland Holli Hollie Hollis
Holly Holm Holmes Holti Homer Homero Honora Honoré Hoover Hope Horace Horacio Horatio Horațiu
Horea Horia Horst Horst-Dieter Horst-Günter Horst-Peter Hortencia Hortense Hortensia Hortenzia
Horton Horymír Hosea Hosie Hosteen Houcine Houda Houston Howard Howell Hoy Hoyt Hoàng Hoşkadem
Hrafn Hrafna Hrafnar Hrafnbergur Hrafnborg Hrafndís Hrafney Hrafngerður Hrafnheiður Hrafnhildur
Hrafnkatla Hrafnkell Hrafnlaug Hrafntinna Hrafntýr Hrannar Hrappur Hraunar Hraundís Hredhaan
Hrefna Hreggviður Hreimur Hreindís Hreinn Hreiðar Hreiðmar Hringur Hritik Hrollaugur Hrolleifur
Hrund Hrvoje Hrærekur Hrímnir Hróaldur Hróar Hróbjartur Hrói Hrólfdís Hrólfur Hrómundur
Hróðgeir Hróðmar Hróðný Hróðvar Hróðólfur Hrönn Hrútur Huban Hubbard Hubert Hubertine Hubertus
Hudavent Hudson Huey Hugberg Hugbjörg Hugbjört Hugborg Hugdís Hugh Hughes Hughey Hughie Hugi
Huginn Hugleikur Hugljúf Hugo Hugrún Hugues Huguette Hugó Huia Huld Hulda Huldah Huldar Huldrún
Huldís Humaira Humaiya Humayra Humberto Humoyun Humphrey Hunalp Hung Hunor Hunt Hunter Hurbert
Hurican Hurley Hurşide Hussein Huston Huxley Huy Huzaifa Huzuri Hvannar Hvönn Hyltir Hylur
Hyman Hymen Hynek Hyrum Hà Hákon Hákonía Háleygur Hálfdan Hálfdán Hámundur Hárekur Hárlaugur
Hásteinn Hávar Hávarr Hávarður Håkan Håkon Håvard Hængur Hænir Héctor Héloïse Hélène Héðinn
Híram Hólm Hólmar Hólmbert Hólmbjörg Hólmdís Hólmfastur Hólmfríður Hólmgeir Hólmgrímur Hólmkell
Hólmsteinn Hólmþór Hóseas Hödd Högna Högni Hökümə Hörn Hörður Höskuldur Höður Húbert Húgó Húmi
Húnbjörg Húnbogi Húndís Húngerður Húni Húnn Húnröður Hüda Hükümdar Hülya Hümbət Hümeyra
Hürdoğan Hürmet Hüryaşar Hürüyet Hüseyin Hüseyn Hüseynqulu Hüsmen Hüsniyyə Hüsnühâl Hıfzullah
Hưng Hương Həci Həcər Həmid Həsən Həsənağa Həzi Hạnh Hải Hồng Iacob Iain Ian Iancu Ianis Iara
Iasmina Ib Ibaad Iben Ibeth Ibidapo Ibironke Ibolya Ibraaheem Ibraheem Ibrahim Ibrani Ibrohim
Ibun Ibán Ica Icey Icha Icie Icy Ida Idabelle Idamae Idda Ide Idell Idella Idika Idrees Idris
Idriz Idun Idık Ieremia Iesa Iesha Ieshia Ieva Ifa Ifeanyi Ifechukwu Ifeoma Ifora Iftikhaar
Iftikhar Ifunanya Ige Ignace Ignacia Ignacio Ignacy Ignas Ignatius Ignatz Ignaz Ignazio Ignác
Ignė Igor Igors Ihab Ihaia Ihsaan Ihsan Ihtesham Ihtiram Ihtishaam Ihtsham Iida Iiris Iisakki
Ijaya Ijli Ika Ikbal Ike Ikenna Ikeoluwa Iker Ikhlaas Ikhsan Ikin Ikraam Ikram Ikramah Ikrimah
Ikshita Ila Ilah Ilan Ilari Ilaria Ilarie Ilarion Ilda Ildefonso Ildiko Ildikó Ildız Ileana
Ilene Ilenia Ilga Ilgı Ilhan Iliana Ilias Ilie Ilija Ilinca Ilir Ilja Ilka Ilkka Illa Illugi
Illya Ilma Ilmari Ilmur Ilmārs Ilo Ilona Ilonka Ilsa Ilse Ilyas Ilyes Ilze Ima Imam Imane Imani
Imanol Imants Imany Imara Imaran Imelda Imene Imer Imke Immaculate Immanuel Immanúel Immo Immý
Imo Imogen Imogene Imona Imran Imre Imrich Imron Ina Inaya Inda Indah Indali Indi India Indiana
Indie Indira Indra Indrajit Indrek Indriði Indriķis Indrė Indy Indía Indíana Indíra Ine Inell
Ines Inese Ineta Inez Infant Ing-Britt Ing-Marie Inga Inga-Britt Inga-Lill Ingalill Ingberg
Ingbert Ingdís Inge Ingeborg Ingeburg Ingegerd Ingegärd Ingela Ingelise Ingelore Ingemar Inger
Ingetraud Ingetraut Ingey Ingheiður Inghildur Ingi Ingiberg Ingibergur Ingibert Ingibjartur
Ingibjörg Ingibjörn Ingibjört Ingiborg Ingifinna Ingifríður Ingigerður Ingilaug Ingileif
Ingileifur Ingilín Ingimagn Ingimar Ingimaría Ingimunda Ingimundur Ingiríður Ingirós Ingisól
Ingivaldur Ingiveig Ingiþór Ingjaldur Ingmar Ingo Ingolf Ingram Ingrid Ingrida Ingried Ingrún
Ingrīda Inguna Ingunn Ingvaldur Ingvar Ingveldur Ingvi Ingólfur Ingþór Inioluwa Inka Inken
Inkeri Inmaculada Inna Innocent Inocencio Inocențiu Insa Inta Intan Inès Inés Inês Ināra Ioan
Ioana Ioanina Ioannis Iola Iolanda Ion Iona Ione Ionel Ionela Ionelia Ionică Ionuț Iosefina
Iosif Ippazio Ira Ireland Irena Irene Iretioluwa Irfan Iriana Iridenta Iridian Irina Irine
Irinel Iris Irja Irl Irma Irmantas Irmela Irmeli Irmengard Irmgard Irmhild Irmi Irmingard
Irmtraud Irmtraut Irmtrud Irmý Irnanto Irpa Irsad Irungu Irva Irven Irvin Irvine Irving Irwan
Irwin Irya Iryna Irène Irén Iréne Irēna Irıs Isa Isaac Isaack Isaak Isabel Isabela Isabell
Isabella Isabelle Isabelly Isac Isack Isadora Isadore Isai Isaiah Isaias Isak Isaline Isam
Isamar Isaque Isaura Isaya Isaías Ise Iseoluwa Isfandiyor Isha Ishaan Isham Ishani Ishanvi
Ishita Ishmael Ishola Ishwar Isiah Isidor Isidora Isidore Isidoro Isidro Isis Isla Islom Ismael
Ismail Ismaël Ismet Ismo Ismoil Ismık Isobel Isolde Isolina Isom Israel Isreal Issa Issac
Issack Issi Istvan István Ita Itanya Ituri Itzel Itziar Iulia Iulian Iuliana Iuliu Iurie Iustin
Iustina Iustinian Iva Ivah Ivan Ivana Ivanka Ivanna Ivano Ivar Ivars Iver Iverson Iveta Ivette
Ivey Ivica Ivie Ivka Ivo Ivona Ivone Ivonne Ivor Ivory Ivy Iván Iwan Iwo Iwona Iyabode Iyadunni
Iyana Iyanna Iymona Iza Izaaz Izabela Izabella Izabelle Izabelė Izaiah Izayah Ize Izetta Izidor
Izola Izora Iztok Iða Iðunn Iñaki Iľja Işin Işıkay Işıman Işın Jaabir Jaafar Jaak Jaakko Jaan
Jaana Jaanus Jabal Jabari Jabbaar Jabbar Jabez Jabir Jabr Jabulani Jacalyn Jace Jacek Jacey
Jacinta Jacintha Jacinto Jack Jackeline Jacki Jackie Jackline Jacklyn Jackson Jacky Jaclyn
Jacob Jacobine Jacobo Jacobus Jacoby Jacopo Jacque Jacquelin Jacqueline Jacquelyn Jacques
Jacquez Jacquline Jacqulyn Jad Jada Jade Jaden Jader Jadiel Jadon Jadranka Jadwiga Jadyn Jaeda
Jaeden Jael Jaelyn Jaelynn Jaeman Jafar Jafet Jaffer Jaga Jagapati Jagaraga Jagat Jagdish
Jagger Jagrati Jagvi Jahangir Jahanzeb Jahdami Jahdari Jaheem Jaheim Jahi Jahiem Jahir Jahiz
Jahm Jahongir Jai Jaida Jaiden Jaider Jaidyn Jail Jailene Jailyn Jaiman Jaime Jaimee Jaimie
Jair Jairaj Jairo Jairus Jais Jajuan Jaka Jakayla Jake Jaki Jakob Jakobe Jakobs Jakobína Jakop
Jakov Jakub Jalaal Jalal Jaleel Jalees Jaleesa Jalen Jalia Jalil Jalisa Jalissa Jaliyah Jalmari
Jalol Jalon Jalsa Jalyn Jalynn Jalə Jamaal Jamal Jamalia Jamar Jamarcus Jamari Jamarion Jame
Jameel Jamel James Jameson Jamey Jami Jamie Jamie-Lee Jamie-Leigh Jamil Jamila Jamin Jamir
Jamison Jamiya Jammie Jamshid Jamya Jan Jan-Erik Jan-Olof Jan-Peter Jan-Åke Jana Janae Janaki
Janani Janay Jane Janeen Janel Janell Janelle Janene Janessa Janet Janeta Janeth Janett Janetta
Janette Janey Janez Jangwa Jani Janiah Janic Janice Janick Janie Janik Janin Janina Janine
Janis Janiya Janiyah Janja Jankat Janko Jann Janna Janne Janneth Jannette Janni Jannie Jannik
Jannika Jannis Jano Janos Janosch January Januja Janus Janusz Janya Janyce Japhet Japheth
Jaquan Jaquelin Jaqueline Jaquez Jara Jarad Jared Jaren Jaret Jarett Jari Jarkko Jarl Jarlath
Jarleth Jarmila Jarmo Jarne Jarno Jarod Jarolím Jaromír Jaromíra Jaron Jaroslav Jaroslava
Jaroslaw Jarrad Jarred Jarrell Jarret Jarrett Jarrod Jaruthip Jaruwan Jarvis Jarwa Jarwadi
Jarwi Jarún Jarþrúður Jase Jasen Jasiah Jasin Jasiri Jaslene Jaslyn Jasmani Jasmijn Jasmin
Jasmina Jasmine Jasminka Jasmit Jasmyn Jasmyne Jasmín Jasna Jason Jasper Jasur Jaswadi Jati
Jatin Jatmiko Jaunita Javan Javen Javi Javier Javiera Javion Javohir Javon Javonte Jax Jaxen
Jaxon Jaxson Jaxton Jay Jaya Jayadi Jayce Jaycee Jaycie Jaycob Jayda Jaydan Jayde Jayden Jaydin
Jaydon Jaye Jayeng Jayla Jaylah Jaylan Jaylee Jayleen Jaylen Jaylene Jaylin Jaylinn Jaylon
Jaylyn Jaylynn Jayme Jaymes Jayne Jayson Jayvion Jayvon Jazlene Jazlyn Jazlynn Jazmin Jazmine
Jazmyn Jazmyne Jazmín Jaël Ja’far Jean Jean-Baptiste Jean-Charles Jean-Christophe Jean-Claude
Jean-François Jean-Jacques Jean-Louis Jean-Luc Jean-Marc Jean-Marie Jean-Michel Jean-Paul
Jean-Philippe Jean-Pierre Jean-Pol Jean-Yves Jeana Jeane Jeanetta Jeanette Jeanie Jeanine
Jeanmarie Jeanna Jeanne Jeannette Jeannie Jeannine Jeannot Jeanny Jeb Jebet Jecinta Jed
Jedediah Jedidah Jedidiah Jeet Jeevika Jef Jeferson Jeff Jefferey Jefferson Jeffery Jeffie
Jeffrey Jeffry Jefri Jeison Jeisson Jekaterina Jelagat Jelani Jele Jelena Jelita Jelka Jelle
Jelte Jemal Jemima Jemimah Jemma Jemutai Jena Jenaro Jenel Jenelle Jenetta Jenifer Jeniffer
Jenilee Jenipher Jenna Jennette Jenni Jennie Jennifer Jenniffer Jennings Jenny Jenný Jens
Jens-Peter Jens-Uwe Jensen Jensína Jente Jenő Jep Jepchirchir Jepchumba Jepkemoi Jepkoech
Jepkorir Jepkosgei Jeppe Jeptha Jeptoo Jerad Jerald Jeraldine Jeramiah Jeramie Jeramy Jere
Jered Jerel Jereme Jeremey Jeremi Jeremiah Jeremias Jeremie Jeremy Jeremías Jerguš Jeri Jerica
Jerilyn Jerilynn Jerimiah Jerimy Jerker Jermain Jermaine Jerman Jermey Jermiah Jernej Jerneja
Jerod Jeroen Jerold Jerome Jeromy Jeronimo Jerono Jerop Jerotich Jerrad Jerrel Jerrell Jerri
Jerrica Jerrie Jerrilyn Jerrod Jerrold Jerry Jerson Jerusha Jeruto Jeryl Jerzy Jerónimo Jerôme
Jes Jesca Jesenia Jesica Jesper Jess Jesse Jessee Jessenia Jessi Jessica Jessie Jessika Jessy
Jessye Jessý Jesus Jesusa Jesús Jet Jethro Jetmir Jeton Jett Jetta Jettie Jevgeni Jevon Jewel
Jewell Jezups Jhalak Jhan Jhoan Jhoana Jhon Jhonatan Jhonny Jhony Jil Jiles Jill Jillian Jim
Jimena Jimmie Jimmy Jina Jinawi Jindra Jindřich Jindřiška Jinjuta Jinnie Jinthe Jip Jiri Jitka
Jitrin Jiřina Jiří Jo Joachim Joacim Joakim Joan Joana Joanie Joann Joanna Joanne Joannes Joao
Joaquim Joaquin Joaquina Joaquín Joash Job Jobe Jobst Jocelyn Jocelyne Jocelynn Jochem Jochen
Jochum Jodi Jodie Jody Joe Joel Joell Joella Joelle Joellen Joep Joerg Joeri Joeseph Joesph
Joetta Joette Joey Joffrey Johan Johana Johann Johanna Johannah Johanne Johannes Johans
Johathan John Johnathan Johnathon Johney Johnie Johnna Johnnie Johnny Johnpaul Johnson
Johnstone Johny Joi Joke Joko Jokūbas Jolana Jolanda Jolanta Jolanthe Joleen Jolene Jolette
Jolie Jolien Jolijn Jolina Joline Jolán Jon Jona Jonah Jonas Jonatan Jonathan Jonathon Jonell
Jones Joni Jonna Jonnie Jonny Jono Jonás Jonáš Joojo Joona Joonas Joonatan Joost Joppe Joram
Joran Jordan Jordana Jorden Jordi Jordin Jordon Jordy Jordyn Jordán Joren Joretta Jorge Joris
Jorja Jorma Jorn Jort Jorunn Jory Jorūnė Jos Jose Josef Josefa Josefiina Josefin Josefina
Josefine Josefita Joselin Joseline Joseluis Joselyn Josep Joseph Josepha Josephat Josephina
Josephine Josephus Josette Josh Joshua Joshuah Josiah Josiane Josianne Josie Josiephine Josip
Josipa Joslyn Joso Josphat Josphine Josse Jossie Jost Josua Josue Josué Josy José Josée
Joséphine Jouko Jouni Journey Jovan Jovana Jovani Jovanni Jovanny Jovany Jovina Jovita Joy
Joyce Joycelyn Joye Joyline Jozef Jozefína Jozo João Joé Joël Joëlle Joško Jožef Jožefa Jožica
Jua Juan Juana Juanita Juanito Judah Judd Jude Judge Judi Judie Judit Judita Judith Judson Judy
Judyth Juelz Juergen Juha Juhana Juhani Juho Jukka Jule Jules Juli Julia Julian Juliana Juliane
Juliann Julianna Julianne Julie Julie-Anne Julien Julienne Juliet Julieta Julieth Juliette
Julija Julijana Julio Julious Julisa Julissa Julita Julius Juliusz Julián Juluis Juma Jumaane
Jumadi Jumari Juna June Juni Junia Junie Junior Junious Junius Juozas Juraj Jure Jurgen Jurgita
Juri Jurij Juris Jurre Jussi Justas Justen Justice Justin Justina Justinas Justine Justiniani
Justo Juston Justus Justyn Justyna Justína Jusuf Jutta Juul Juulia Juuso Juvenal Juwan Juwon
Jyoti Jyrki Jytte Ján János Járnbrá Járngerður Járngrímur Játgeir Játmundur Játvarður Jázmin
Jérémie Jérémy Jérôme Jéssica Jóa Jóakim Jóann Jóanna Jódís Jóel Jófríður Jóhann Jóhanna
Jóhannes Jói Jólín Jómar Jómundur Jón Jóna Jónanna Jónar Jónas Jónasína Jónatan Jónbjörg
Jónbjörn Jónbjört Jóndís Jóndór Jóndóra Jóney Jónfríður Jóngeir Jóngerð Jónheiður Jónhildur
Jóninna Jónmundur Jónný Jónsteinn Jónída Jónína Jóný Jónþór Jóra Jórlaug Jórunn Jóríður Jósafat
Jósavin Jósebína Jósef Jósefín Jósefína Jósep Jósteinn Jósúa Jóvin Józef József Jökla Jökull
Jökulrós Jörfi Jörg Jörg-Peter Jörgen Jörgína Jörmundur Jörn Jörri Jörundur Jörvar Jörvi Jørgen
Júdea Júdit Júlia Július Júlí Júlía Júlían Júlíana Júlíanna Júlíetta Júlírós Júlíus Júní Júnía
Júníana Júníus Júrek Jürg Jürgen Jüri Jānis Jāzeps Jēkabs Jēkaubs Jędrzej Jūla Jūle Jūlija
Jūlijs Kaamil Kaan Kaaren Kaarina Kaarlo Kaashif Kaat Kaazim Kabeer Kabir Kabiru Kacey Kachela
Kaci Kacie Kacper Kacung Kacy Kada Kade Kadeem Kaden Kadence Kader Kadijah Kadin Kadir Kadri
Kadyn Kadınana Kaeden Kael Kaela Kaelyn Kaelynn Kafeel Kahina Kahir Kahlil Kahu Kahurangi Kai
Kai-Uwe Kaia Kaiden Kaija Kaila Kailee Kailey Kailyn Kaique Kairav Kaisa Kaiser Kaitlin Kaitlyn
Kaitlynn Kaiya Kaj Kaja Kajen Kajetan Kajji Kajsa Kajus Kakali Kaktus Kala Kalbi Kaldi Kale
Kaleb Kaleem Kaleema Kaleena Kaleigh Kalel Kalen Kalene Kalervo Kalevi Kaley Kalgay Kali Kalie
Kalim Kalina Kaliyah Kalla Kalle Kallie Kalman Kalmann Kalmar Kalpit Kaltrina Kaluwa Kalvin
Kalyn Kamal Kamala Kamar Kamari Kamaria Kamau Kambali Kamden Kameron Kami Kamidin Kamiel Kamil
Kamila Kamilah Kamilla Kamilly Kamilə Kamma Kamolchanok Kamora Kamran Kamren Kamron Kamryn
Kamya Kamí Kanak Kanda Kandace Kandef Kandi Kandice Kandy Kane Kanesha Kani Kania Kanini
Kanisha Kanpulat Kanye Kaombwe Kapagan Kapitola Kaprasíus Kapítóla Kara Karaamat Karabaş Karaca
Karaer Karakucak Karam Karama Karan Karanbay Karani Karanja Karataş Karcan Kardelen Kardi
Kareem Kareen Karel Karen Kari Karie Karim Karima Karimah Kariman Karimi Karin Karina Karine
Karis Karissa Karitas Kariuki Karja Karkur Karl Karl-August Karl-Dieter Karl-Erik Karl-Ernst
Karl-Friedrich Karl-Georg Karl-Hans Karl-Heinrich Karl-Heinz Karl-Hermann Karl-Josef
Karl-Jürgen Karl-Ludwig Karl-Otto Karl-Peter Karl-Werner Karl-Wilhelm Karla Karlee Karlene
Karles Karley Karlfried Karlheinz Karli Karlie Karlijn Karlinna Karlo Karlotta Karlukhan Karly
Karlína Karlīna Karma Karman Karmen Karna Karol Karola Karolien Karoliina Karolin Karolina
Karoline Karolis Karolyn Karolína Karon Karren Karri Karrie Karsa Karsana Karson Karsten Karsyn
Karta Karter Kartika Karvel Karya Karyl Karyme Karyn Karí Karín Karína Karítas Karó Karólín
Karólína Kasam Kasandra Kasen Kasey Kash Kashan Kashangaki Kashif Kashish Kashvi Kasie Kasim
Kasimir Kasiran Kasiyah Kaskazi Kason Kaspar Kaspars Kasper Kassandra Kassidy Kassie Kassim
Kastriot Kastíel Kasusra Kata Katalin Katalina Katana Katariina Katarina Katarzyna Katarína
Katarínus Katarīna Katcha Kate Katelijne Katelin Katelyn Katelynn Katerina Katerine Katerína
Kateřina Kathaleen Katharina Katharine Katharyn Katherin Katherina Katherine Katherinne Kathern
Katheryn Kathey Kathi Kathie Kathinka Kathleen Kathlene Kathlyn Kathrin Kathrine Kathryn
Kathryne Kathy Kathyrn Kati Katia Katica Katie Katie-Louise Katina Katinka Katja Katla Katleen
Katlin Katlyn Katlynn Kato Katri Katrien Katriina Katrijn Katrin Katrina Katrine Katriona
Katrín Katrína Katrīna Kattie Katty Katy Kató Katý Kauko Kauri Kauthar Kaver Kavon Kavurt Kavya
Kawaca Kawaya Kawkab Kawthar Kay Kay-Uwe Kaya Kayagün Kaycee Kayden Kaydence Kaye Kaygusuz
Kayla Kaylah Kaylan Kaylee Kayleen Kayleigh Kaylen Kaylene Kayley Kayli Kaylie Kaylin Kaylyn
Kaylynn Kayrabay Kaysan Kayson Kayun Kayıt Kazi Kazim Kazimierz Kazimír Kazuko Kazuo Kazım
Kaðlín Kaşif Keagan Kealan Keandre Keanna Keano Keanu Keara Keaton Kecia Keegan Keelan Keeley
Keely Keena Keenan Keenen Keesha Keeva Kefser Kegan Keifer Keijo Keila Keion Keira Keisha Keith
Keji Kelan Kelby Kelcie Keld Kelechi Keli Kelis Kellan Kellee Kellen Kelley Kelli Kellie Kelly
Kelly-Anne Kelly-Marie Kellý Kelsea Kelsey Kelsi Kelsie Kelton Kelvin Kelâmi Kem Kemal Kemba
Kemboi Kemuma Kemunto Ken Kenan Kenari Kendal Kendall Kendell Kendra Kendrick Kenedy Kenes
Keneth Kenia Kenisha Kenji Kenley Kenn Kenna Kennard Kennedi Kennedy Kennet Kenneth Kenney
Kennith Kennth Kenny Kent Kenter Kenth Kenton Kenya Kenyangi Kenyatta Kenyon Kenza Kenzie Kenzo
Keon Keran Keri Kerim Kerime Kerman Kermit Kerri Kerrie Kerry Kerstin Kerttu Kerubo Kerwin
Kesha Keshaun Keshawn Keshia Kete Ketilbjörg Ketilbjörn Ketilfríður Ketill Ketilríður Kevan
Keven Kevin Kevon Keya Keyaan Keyla Keyon Keyshawn Kezban Kezia Keziah Khaalid Khaan Khadidja
Khadija Khadijah Khaled Khalid Khalil Khalilah Khamani Khamisi Khanyisile Khari Khiry Khloe
Khoa Kia Kiaan Kiah Kian Kiana Kiandra Kianna Kiano Kiapo Kiara Kiaran Kiarie Kiarra Kibafupia
Kibar Kibet Kibibi Kiburi Kick Kiddý Kiefer Kiel Kiera Kieran Kiernan Kieron Kierra Kiersten
Kieth Kifaye Kifayət Kijana Kijani Kike Kikelomo Kiki Kiley Kilian Kiljan Killian Kilonzo
Kilían Kim Kimani Kimanzi Kimathi Kimball Kimber Kimberely Kimberlee Kimberley Kimberli
Kimberlie Kimberly Kimbilio Kimeu Kimmo Kimora Kimutai Kimya Kinaya Kindra King Kinga Kingston
Kinley Kinsey Kinsley Kinte Kinubi Kinuthia Kinyanjui Kinyua Kiojah Kioko Kip Kipchirchir
Kipchumba Kipenzi Kipepeo Kipkemboi Kipkemoi Kipkirui Kipkoech Kipkorir Kipkosgei Kipkurui
Kiplagat Kiplangat Kiplimo Kipngeno Kipngetich Kipp Kipras Kiprono Kiprop Kiprotich Kipruto
Kipsang Kiptoo Kipyegon Kira Kiramettin Kirby Kiri Kirk Kirsi Kirsten Kirsti Kirstie Kirstin
Kirstine Kirsty Kirstín Kirt Kirui Kisha Kisima Kit Kitan Kitti Kittie Kitty Kittý Kiume Kiwara
Kiya Kiyasi Kiyoko Kiyoshi Kizzie Kizzy Kjalar Kjallakur Kjalvör Kjaran Kjartan Kjarval Kjeld
Kjell Kjersti Kjetil Kjárr Kjói Klaas Klara Klas Klaudia Klaudie Klaus Klaus-Dieter
Klaus-Günter Klaus-Jürgen Klaus-Michael Klaus-Peter Klaus-Ulrich Klaus-Werner Klavdija Klavs
Klea Klemen Klemens Klement Klementína Klemenz Kleópatra Kliment Kloe Klothilde Kládía Klára
Kläre Klængur Knox Knud Knut Knute Knörr Knútur Kobe Koby Kocabaş Koda Kodchaporn Kody Koech
Koen Koenraad Kofi Koggi Koha Kojo Koko Kolawole Kolbeinn Kolbjörg Kolbjörn Kolbrá Kolbrún
Kolby Koldan Koldís Kole Kolfinna Kolfinnur Kolfreyja Kolgríma Kolgrímur Kolka Kolmar Koloman
Kolskeggur Kolten Kolton Kolur Kolviður Koncagül Kondo Konguralp Konkordía Konner Konnor Konný
Konrad Konradi Konradus Konráð Konstantin Konstantinos Konstanty Konstantínus Konstanze
Konštantín Kopan Kora Koray Korbin Korbinian Kordell Kordula Korede Korey Kori Korinna Korir
Korka Korkmazalp Kormlöð Kormákur Kornel Kornelia Kornelija Kornelius Kornelía Kornelíus Kornél
Kornélia Kort Kortney Korugan Kory Kosgei Kosisochukwu Kotryna Kotuz Kourtney Kovu Koçak Koçkan
Koðrán Koşukhan Kraig Kraki Kreszentia Kreszenz Kriemhild Kris Krish Krisha Krishna Krissy
Krista Kristal Kristall Kristan Kristaps Kristberg Kristbergur Kristbjörg Kristbjörn Kristborg
Kristdór Kristel Kristen Kristens Kristensa Krister Kristers Kristey Kristfinnur Kristfríður
Kristgeir Kristgerður Kristi Kristiaan Kristian Kristiane Kristie Kristien Kristiina Kristijan
Kristin Kristina Kristine Kristinn Kristián Kristiāna Kristjan Kristjana Kristján Kristjón
Kristjóna Kristlaug Kristlaugur Kristleifur Kristlind Kristlín Kristmann Kristmar Kristmundur
Kristný Kristof Kristofer Kristoffer Kristopher Kristrós Kristrún Krists Kristupas Kristvaldur
Kristvarður Kristveig Kristvin Kristvina Kristy Kristyn Kristíana Kristíanna Kristín Kristína
Kristóf Kristófer Kristólína Kristýna Kristþór Kristþóra Krisztina Krisztián Krisztofer Kritika
Krišjānis Krišs Krištof Krummi Krysta Krystal Krysten Krystian Krystin Krystina Krystle
Krystyna Kryštof Krzysztof Kría Ksawery Ksenija Kuchanua Kuddusi Kujoe Kujtim Kullervo Kulnun
Kumar Kumral Kumush Kunaporn Kuncara Kunibert Kunigunda Kunigunde Kuno Kunta Kunthara Kuria
Kurnia Kurt Kurtis Kurunzi Kushtrim Kusiima Kustaa Kusuma Kutay Kutgün Kutun Kveldúlfur
Kvetoslav Kvetoslava Květa Květoslava Kwabena Kwadwo Kwaku Kwamboka Kwame Kwamena Kwasi Kweku
Kweli Kwesi Kya Kyalo Kyan Kyano Kyara Kyla Kylah Kylan Kyle Kylee Kyleigh Kylene Kyler Kylian
Kylie Kyllian Kyllikki Kymani Kyra Kyree Kyrie Kyson Kálmán Kár Kára Kári Károly Kâmil Kâzime
Käte Käthe Käthi Kåre Kæja Kévim Kévin Kókó Kópur Köker Köktaş Könül Kösemen Kövsər Kübran
Künkyi Kürşad Kārlis Kęstutis Kılıçbay Kınel Kırat Kırgız Kısmet Kıvılcım Kızıl Kızıltunç
Kəmalə Kəmaləddin Kənan Kəramət Kərim Laban Labeeb Labib Labinot Labuh Lacey Lachlan Laci Lacie
Lacy Lada Ladarius Laddie Ladina Ladislau Ladislaus Ladislav Ladislava Ladli Ladonna Lady Laeeq
Laetitia Lafayette Lafe Lage Lahiah Lahoma Laia Laika Laila Lailah Lailati Laimonis Lainey
Laini Laiq Laisha Laith Lajita Lajlaj Lajos Lakeisha Laken Lakendra Lakesha Lakeshia Lakisha
Laksana Laksh Lakshit Lakshmi Lala Lalita Lalla Lalo Laly Lalə Laləzar Lamar Lamarcus Lambert
Lamberto Lameck Lamine Lamiyə Lamont Lamonte Lan Lana Lanang Lance Landan Landen Lander Landin
Lando Landon Landyn Lane Lanette Laney Langalibalele Langat Langgeng Lani Lanie Lanita Lanjar
Lannie Lanny Lantar Laoise Laora Laqeet Laquan Laquita Lara Lara-Sophie Larae Laraine Laras
Larisa Larissa Lark Larkin Laron Larry Lars Lars-Erik Lars-Göran Lars-Olof Lars-Åke Larue Lary
Lascăr Lashanda Lashawn Lashonda Lashunda Lasmanto Lasmono Lasonya Lasse Lassi Lassie Laswi
Laszlo Latanya Latarsha Latasha Lateef Latesha Latif Latifah Latika Latisha Latonia Latonya
Latoria Latosha Latoya Latoyia Latrell Latrice Latricia Latrina Laufar Laufey Laufheiður
Laufhildur Lauga Laugey Laugheiður Laugi Launa Laura Laurance Laure Laureano Laureen Laurel
Lauren Laurence Laurene Laurens Laurent Laurenz Laurenția Laurențiu Lauretta Laurette Lauri
Laurian Lauriane Laurie Laurin Laurina Laurine Lauris Laurita Laurits Lauritz Lauryn Laurynas
Laus Laust Lautaro Lavada Lavanya Lavar Lavelle Lavender Lavenia Lavera Lavern Laverna Laverne
Lavina Lavinia Lavon Lavona Lavonda Lavonia Lavonne Lavínia Lavīze Lawanda Lawerence Lawrance
Lawrence Lawrencia Lawson Lawton Lawyer Layla Laylah Laylo Layne Layth Layton Lazar Lazaro Laze
Laziz Lazzaro Lazăr Lazım Laçın Laëtitia Laíla Laís Lea Lea-Sophie Leafy Leah Leala Leamon Lean
Leana Leander Leandra Leandro Leaner Leann Leanna Leanne Leano Leart Leatha Leatrice Leda
Ledion Ledün Lee Leeann Leela Leen Leena Leeroy Leesa Leevi Lega Legawa Leia Leider Leidy Leif
Leifur Leigh Leighton Leiknir Leikný Leila Leilani Leire Leisa Leisha Leitha Leiðólfur Lejla
Leke Lekha Lela Lelah Leland Lelar Lelia Lella Lem Lembah Lemma Lemmie Lemon Lempi Lemuel Len
Lena Lenah Lenard Lene Leni Lenin Lenka Lenn Lenna Lennard Lennart Lennarth Lennert Lennie
Lennon Lenny Lenon Lenora Lenord Lenore Lenwood Leo Leocadia Leocadio Leokadia Leola Leoma Leon
Leona Leonard Leonardo Leonce Leoncio Leone Leonel Leonhard Leoni Leonia Leonid Leonidas Leonie
Leonor Leonora Leonore Leons Leontin Leontina Leontine Leontīne Leonóra Leopold Leopolda
Leopoldina Leopoldine Leopoldo Leora Leordean Leota Leoš Lera Lere Leroy Lerze Les Lesa Lesana
Lesia Leslee Lesley Lesli Leslie Lesly Less Lessie Lesta Lester Leszek Leta Letha Lethia
Leticia Leticija Letitia Letizia Letiția Letta Lettie Letty Letícia Leva Levar Levente Levern
Levi Levie Levin Levina Levis Levon Levoslav Levy Leví Lew Lewis Lex Lexi Lexie Lexis Lexus
Leydi Leyla Leyla-Katharina Leyli Leyre Lezize Leïla Leó León Leóna Leónidas Leónóra Leópold
Lhanzey Li Lia Liam Lian Liana Liane Lias Liban Libardo Libbie Libby Liberto Liberty Libia
Libni Libor Libuša Libuše Liceth Licia Lică Lida Liddie Lidia Lidie Lidija Lidwina Lidya Lieke
Lien Liene Liepa Lies Liesa Liesbet Liesbeth Lieschen Liesel Lieselot Lieselotte Lieve Lieven
Lieze Lige Ligia Ligita Liisa Lila Lilah Lilburn Lili Lilia Lilian Liliana Liliane Lilianna
Lilie Lilija Lilijana Lilita Lilja Liljana Liljar Liljurós Liljá Lill Lilla Lillard Lillemor
Liller Lilli Lillia Lillian Lilliana Lillianna Lillie Lillis Lilly Lillý Lilo Lilou Lily Lilyan
Lilyana Lilyanna Lilý Lim Liman Limar Limazah Limon Lina Linah Linas Lincoln Lind Linda Lindah
Lindar Lindberg Lindbergh Linddís Linde Lindell Linden Lindita Lindsay Lindsey Lindy Line Linet
Linette Lingný Linh Link Linn Linna Linnea Linnie Linnéa Lino Linsey Lintang Linton Linus
Linwood Linzy Lio Lioara Lioba Lionel Lipika Liridon Liridona Lirim Lirjan Lisa Lisa-Marie
Lisandro Lisanne Lisbet Lisbeth Lise Lise-Lott Lise-Lotte Liselott Liselotte Liseth Lisette
Lish Lisha Lisle Lissa Lissette Lissi Lissie Lissy Listalín Liston Lita Litha Littie Little
Littleton Litzy Liv Liva Livia Livingstone Livio Liviu Liwia Liya Liyaaqat Liyaqat Liz Liza
Lizabeth Lizbeth Lize Lizete Lizeth Lizette Lizz Lizzie Lizzy Ljiljana Ljubica Ljubisa Ljubov
Ljudmila Ljósbjörg Ljósbrá Ljósálfur Ljótunn Ljótur Ljúfur Llewellyn Lloyd Lo Loan Lockie Loda
Lode Lodewijk Lodovico Loek Loes Lofn Loftur Loftveig Logan Logey Logi Lohit Loice Loida Lois
Loise Lokbrá Loke Loki Lola Lolita Lolla Lollie Loma Lon Lona Londisizwe Londiwe London Londyn
Lone Loney Long Loni Lonie Lonna Lonnie Lonny Lonzo Loot Lopa Lope Lora Loraine Loran Lorayne
Lorcan Lore Lorean Loredana Loree Loreen Lorelai Lorelei Loren Lorena Lorene Lorenz Lorenza
Lorenzo Loreto Loretta Loretto Lori Loria Loriann Lorie Lorik Lorin Lorinda Lorine Loring Loris
Lorna Lorne Lorraine Lorrayne Lorri Lorrie Lossie Lot Lota Lotfi Lothar Lott Lotta Lotte Lotti
Lottie Lou Louana Louane Louann Louanna Louella Louetta Loui Louie Louis Louisa Louise
Louisiana Louka Loula Louna Lourdes Lourenço Lousie Louvenia Lova Love Lovell Lovett Lovey
Lovie Lovina Lovis Lovisa Lovre Lovro Lovísa Lowe Lowell Lowie Loy Loyal Loyce Loyd Loyola Loïc
Loïs Loðmundur Lu Luan Luana Luann Luanne Luara Luay Luberta Lubomír Luboš Luc Luca Lucas Lucca
Luce Lucențiu Lucero Lucetta Lucette Luchino Lucho Lucia Lucian Luciana Luciano Lucie Lucien
Lucienne Lucija Lucila Lucile Lucille Lucina Lucinda Lucindy Lucio Lucious Lucius Lucky
Lucrecia Lucretia Lucrezia Lucreția Lucrețiu Lucy Lucía Luda Ludger Ludie Ludivine Ludmila
Ludmilla Ludo Ludolf Ludovic Ludovica Ludovico Ludovicus Ludvig Ludvik Ludvík Ludwig Ludwina
Luděk Lue Luej Luella Luena Luetta Lugenia Luhung Luigi Luigia Luigina Luis Luisa Luisana Luise
Luisina Luitgard Luiz Luiza Lujza Luka Lukas Lukasz Luke Lukita Lukka Lukman Lukáš Lula Lulah
Lular Lulie Luljeta Lulla Lulu Luluh Lulut Lulzim Lum Luminița Lumír Luna Lundi Lungile Lunna
Lupe Lupita Luqmaan Luqman Lura Lurana Lurena Lurhur Lurline Luster Lut Lute Lutf Lutfan Lutfi
Lutgarde Lutgardis Lutgart Luther Luthfi Lutie Lutz Luuk Luvenia Luverne Luvinia Luwar Luwes
Luyanda Luz Luzia Luzie Luzius Luzmira Luís Luísa Lwandile Lya Lyam Lyda Lydell Lydia Lydiah
Lydiane Lydianne Lydie Lydía Lykke Lyla Lylah Lyle Lyman Lyn Lyna Lynda Lyndia Lyndon Lyndsay
Lyndsey Lynette Lyngar Lyngheiður Lynley Lynn Lynne Lynnette Lynsey Lynwood Lyric Lysiane Lár
Lára Lárensína Lárent Lárentíus Láretta Lárey Lárus László Lázaro Lâle Lâm Læla Lærke Léa Léana
Léandre Léane Léna Léo Léon Léonard Léonce Léone Léonie Léontine Léopold Lér Lía Líba Líf
Lífdís Lín Lína Línberg Línbjörg Líndís Líneik Líney Línhildur Líni Lísa Lísabet Lísandra
Lísbet Lísebet Lív Lívia Lóa Lóreley Lórens Lórenz Lúcia Lúcía Lúkas Lúna Lúsinda Lúsía Lúter
Lúther Lúvísa Lúísa Lúðvíg Lúðvík Lúðvíka Lüfen Lütfi Lütfiyyə Lýdia Lýdie Lýdía Lýtingur Lýður
Lăcrămioara Lėja Lība Līga Līna Līza Lūcija Ləman Lətafət Lətif Lətifə Maahir Maaike Maajid
Maalik Maanas Maanav Maaria Maarit Maarten Maartje Maawiya Maaz Maazin Mabad Mabel Mabell
Mabelle Mable Mac MacKenzie Macarena Macaria Macario Macarthur Macauley Mace Macel Maceo Macey
Macharia Machelle Maci Macide Macie Maciej Mack Mackenzie Macs Macy Mad Madaha Madalena
Madaline Madalyn Madalynn Madani Madara Maddalena Madden Maddison Maddox Maddux Maddý Made
Madeleine Madelene Madelief Madeline Madelyn Madelynn Madge Madhav Madhavi Madie Madilyn
Madilynn Madina Madini Madisen Madison Madisyn Madiyan Madleina Madlen Madlyn Madoa Madonna
Madora Mads Madyan Madyson Mae Maebell Maebelle Maegan Mael Maeva Maeve Mafalda Maftuna Magali
Magalie Magaly Magan Magarete Magda Magdalen Magdalena Magdalene Magdaline Magdaléna Magdolna
Magen Magga Maggey Maggi Maggie Maggy Maggý Magna Magndís Magne Magnea Magnes Magney Magnfríður
Magngeir Magnheiður Magnhildur Magni Magnolia Magnus Magnús Magnúsína Magný Magnþór Magnþóra
Magret Magrit Magðalena Mahad Mahala Mahali Mahalia Mahalie Mahaz Mahbeer Mahboob Mahbub Mahdee
Mahdi Mahdy Maheen Maher Mahesa Mahfooz Mahfud Mahfuj Mahfuz Mahi Mahigül Mahika Mahir Mahirə
Mahizər Mahja Mahlon Mahmood Mahmoud Mahmud Mahmut Mahnaz Mahsun Mahter Mahulena Mai Maia
Maicol Maida Maie Maighread Maija Maik Maike Maiken Maikol Maila Maimuna Maimunah Maina Maingi
Maira Maire Mairead Mairin Mairtin Maisa Maisha Maisy Maisə Maite Maitê Maivi Maiya Maj
Maj-Britt Maj-Lis Maja Majani Majd Majdi Majdy Majeed Majella Majken Major Majvor Makai Makaila
Makala Makan Makara Makarena Makau Makayla Makeen Makena Makenna Makenzie Makhi Makini Makokha
Makori Maks Maksim Maksimiljan Maksur Maksymilian Maksüde Makunga Makuta Makuu Mal Mala Malachi
Malachy Malak Malakai Malaki Malaya Malcolm Malcom Male Malea Maleah Malen Malena Malene
Malgorzata Malia Maliah Malik Malika Malin Malinda Malio Malissa Malissie Maliyah Maliza Malla
Malle Mallie Mallorie Mallory Malorie Malou Malte Malthe Malu Malva Malvin Malvina Malvína
Malwina Malía Malín Mamadou Maman Mame Mamen Mamie Mammie Mamun Man Manaaki Manaf Manah Manaia
Manan Manawa Manbir Manca Manda Mandi Mandie Mandla Mandlakhe Mandy Manel Manerva Manervia
Manford Manfred Manfreð Manie Manila Manilla Manja Manley Manly Mannie Manning Manola Manole
Manolo Manon Mansfield Manson Mansurali Mantas Manthan Mantė Manu Manuel Manuela Manuelita
Manuella Manuelle Manus Manuél Manya Manúel Manúela Maqsud Mar Mara Mara-Julie Maraea Maralyn
Maranda Maras Marbjörn Marc Marcantonio Marcel Marcela Marcelina Marceline Marcelino Marcell
Marcella Marcelle Marcello Marcellus Marcelo Marchello Marcheta Marci Marcia Marcial Marciano
Marcie Marcin Marcio Marco Marcos Marcu Marcus Marcy Mardell Mardís Mare Maree Mareen Mareike
Mareikura Mareile Marek Mareks Marel Marela Mareli Marella Marely Maren Marese Marey Marfríður
Marga Margana Margaret Margareta Margarete Margaretha Margarethe Margarett Margaretta
Margarette Margarida Margarita Margarite Margaritha Margarito Margaréta Margaud Margaux Marge
Margeir Margene Margeret Margery Marget Margherita Margie Margit Margita Margitta Margo Margot
Margoth Margret Margreth Margrethe Margrett Margretta Margrieta Margrit Margrith Margrjet
Margrét Margrímur Marguerite Margueritte Margunnur Margurite Margus Marguy Margy Marheiður Mari
Maria Maria-Luise Maria-Theresia Mariadi Mariah Mariam Marian Mariana Mariane Marianela
Mariangela Marianita Mariann Marianna Marianne Mariano Maribel Maribeth Marica Maricel Maricela
Maricica Maricruz Marie Marie-Ange Marie-Anne Marie-Cecilie Marie-Christine Marie-Claire
Marie-Claude Marie-France Marie-Françoise Marie-Hélène Marie-Jeanne Marie-José Marie-Laure
Marie-Line Marie-Louise Marie-Luise Marie-Madeleine Marie-Noëlle Marie-Paule Marie-Pierre
Marie-Rose Marie-Sophie Marie-Theres Marie-Therese Marie-Thérèse Mariechen Marieke Mariel
Mariela Mariele Mariella Marielle Marieluise Marietta Mariette Marija Marijan Marijana Marijke
Marijn Marijón Marika Marikó Marilee Marilena Marilla Marilou Mariluz Marilyn Marilynn Marin
Marina Marinda Marine Marinela Marinella Marinette Marini Marinka Marino Marinus Marinó Mario
Marioara Mariola Marion Marisa Marise Marisel Marisela Marisol Marissa Maristela Marit Marita
Maritta Maritza Marius Mariusz Mariyah Marián Marja Marja-Leena Marja-Liisa Marjaana Marjan
Marjana Marjanca Marjani Marjatta Marjeta Marjo Marjona Marjorie Marjory Marjukka Marjut Marjón
Mark Markas Markel Markell Marketta Markita Markku Marko Markrún Markus Markéta Markó Markús
Markþór Marla Marlana Marland Marlaug Marlee Marleen Marleigh Marlen Marlena Marlene Marleny
Marley Marlie Marlies Marliese Marlin Marlis Marlise Marlo Marlon Marly Marlyn Marlys Marlyse
Marlène Marlén Marlín Marlís Marni Marnie Marnita Marnix Marolyn Maron Maroof Maroš Marques
Marquez Marquis Marquise Marquita Marri Marrion Marry Mars Marsa Marsellíus Marselía Marselína
Marsh Marsha Marshal Marshall Marsibil Marsilía Marsito Marsudi Marsý Mart Marta Martaka
Martana Martani Marte Marteinn Martell Marten Martez Martha Marthe Marthen Marti Martial
Martijn Martika Martim Martin Martina Martine Martino Martirio Martta Martti Marty Martyn
Martynas Martí Martín Martína Maruša Marva Marvel Marvin Marwa Marwata Mary Maryadi Maryam
Maryann Maryanne Maryanto Marybelle Marybeth Maryellen Maryjane Maryjo Marylee Marylin Maryline
Marylou Marylouise Marylyn Marylène Maryse Maryvonne Marzena Marí María Maríam Marían Maríana
Maríanna Marías Marín Marína Marínella Marínó Maríon Marís Marísa Marísól Marít Maríuerla
Maríus Marólína Marý Masako Masao Masar Masika Masinde Mason Massiel Massimiliano Massimo
Massinissa Masume Mat Matas Mate Matea Matei Matej Mateja Mateo Mateus Mateusz Matevž Math
Matheo Matheus Mathew Mathews Mathias Mathieu Mathijs Mathilda Mathilde Mathis Mathys Mathéo
Mathías Mati Matias Matic Matie Matija Matilda Matilde Matiu Matjaž Mato Matouš Mats Matt Matta
Mattea Matteo Matthea Matthew Matthias Matthieu Matthijs Matthilda Matthildur Matthäus Matthía
Matthías Matti Mattia Mattias Mattie Matts Mattye Mattéo Mattíana Mattías Mattína Mattý Matunda
Matyáš Matéo Matías Matúš Matěj Matīss Maua Maud Maude Maudie Mauno Maura Maureen Mauri Maurice
Mauricette Mauricio Maurilio Maurin Maurine Maurits Mauritz Maurizio Mauro Maurus Maury Maurycy
Maverick Mavie Mavis Mavuno Max Maxence Maxi Maxie Maxim Maxima Maxime Maximiano Maximilian
Maximiliano Maximilien Maximilián Maximillian Maximino Maximo Maximus Maxine Maxwel Maxwell
Maxx May Maya Maybell Maybelle Maye Mayerly Maykol Mayme Maymie Maynard Maynur Mayo Mayra Maysa
Mayte Mazie Mazlum Maël Maëlle Maëlys Maëva Maía Maídís Maísól Maïté Maşide Maša Maža Mbithi
Mboya Mbugua Mburu Mcarthur Mcebisi Mckayla Mckenna Mckenzie Mckinley Meabh Meadow Meagan
Meaghan Mearl Mechelle Mechthild Mechthilde Mechtild Mecide Mecit Meda Medard Media Medina
Medora Medėja Meelis Meera Mees Mefarettin Mefharet Meg Megan Meggan Megha Meghan Meghana
Meghann Mehbarə Mehdi Mehdiqulu Mehdiye Mehin Mehman Mehmed Mehmet Mehmetzahir Mehrigül
Mehrimoh Meibh Meik Meike Meinhard Meinolf Meinrad Meja Mekhala Mekhi Mekkin Mekkinó Mekkín Mel
Melaha Melania Melanie Melanine Melany Melba Melbourne Melchior Melchor Melek Meleknur Melichar
Melihcan Melikkan Melina Melinda Melisa Melissa Melissia Melita Melitta Melker Melkorka Melkíor
Melkólmur Mell Melle Mellie Mellisa Mellissa Melodee Melodie Melody Melonie Melony Melrakki
Melrós Melton Melva Melville Melvin Melvina Melvine Melvyn Melwin Melánia Melûl Memili Memphis
Mena Menachem Mendy Menfeat Mengi Mengüç Menişan Mensalder Mentor Meral Merba Mercedes Mercer
Merche Mercy Mercyline Merdi Mereana Meredith Merel Meret Merete Merethe Mergim Meriem Merijn
Merike Merilyn Merim Merita Merja Merkúr Merl Merle Merlene Merlin Merlyn Merna Merri Merrie
Merrilee Merrill Merrily Merritt Merry Mert Mertel Mertie Merton Merva Merve Mervi Mervin
Mervyn Merwin Mery Meryem Meryeme Meryl Merzuk Meshack Messiah Messíana Mestur Mesude Mesut
Meta Metehan Metha Methúsalem Metin Metinkaya Metka Metod Metrine Metro Metta Mette Mettie
Metúsalem Meveddet Mevlüdiye Mevlüt Mey Meyer Meyhanim Meyransa Meyvant Mezide Meşhur Mia Miah
Micael Micaela Micah Micayla Miceal Micha Michael Michaela Michaele Michail Michal Michala
Michale Michaël Michał Micheal Micheala Michel Michela Michelangelo Michele Micheletto
Michelina Micheline Michell Michelle Michelotto Michial Michiel Michèle Mick Mickael Mickaël
Mickey Mickie Micky Mie Mieke Miel Miesha Mieszko Migdalia Miglė Mignon Miguel Miguela
Miguelangel Miha Mihael Mihaela Mihai Mihail Mihajlo Mihels Mihhail Mihin Mihkel Mihnea Mihrab
Mihriye Mihály Miia Miika Mijo Mik Mika Mikael Mikaela Mikaelína Mikaere Mikaila Mikal Mikala
Mikalah Mikayla Mikayıl Mike Mikeal Mikel Mikels Mikhail Mikjáll Mikkael Mikkalína Mikkel Mikko
Miklós Mikołaj Mikuláš Mikyas Mila Milada Milagros Milan Milana Milas Milay Milburn Milcah
Milda Mildinberg Mildred Mildríður Mile Milena Miles Miley Milford Milica Milissa Milka Milkah
Milla Millaray Millard Mille Miller Millicent Millie Mills Milly Millý Milo Milorad Milos
Miloslav Miloslava Milota Milou Milovan Miloš Milton Miluše Milán Mima Mimi Mimmi Mimoza Mimy
Mina Minda Mindaugas Mindi Mindy Minenhle Miner Minerva Minervia Minh Minibe Minna Minney
Minnie Minný Minodora Minor Minoru Minta Mintie Minurə Mio Mioara Miodrag Mira Mirabela Miracle
Miran Miranda Miray Mirbadin Mircea Mirco Mirdza Mireia Mireille Mirela Mirella Mireya Miriah
Miriam Miriama Mirian Mirja Mirjam Mirjami Mirjana Mirko Mirlinda Mirna Miro Miron Mirona
Mironshoh Miroslav Miroslava Miroslaw Miroslawa Mirra Mirriam Mirsad Mirta Mirte Mirtha Mirthe
Mirtie Miruna Miryam Mirzə Mirəli Misael Mischa Mishat Mislav Misra Missie Missouri Missy Mist
Misti Mistie Misty Misuli Mitali Mitch Mitchel Mitchell Mitchelle Mitesh Mitică Mitra Mitruț
Mittie Mitzi Mitzy Miya Miyesser Mizhir Miķelis Miłosz Mjalldís Mjallhvít Mjaðveig Mjöll
Mjöllnir Mjölnir Mkarkara Mladen Mlungisi Mnqobi Moa Modena Modesta Modesto Modris Modupe Moe
Moesha Mofifoluwa Mogens Mohamad Mohamed Mohamedi Mohammad Mohammed Mohamud Mohand Mohini
Mohinur Mohlaroyim Moira Moises Moisés Mojca Mojisola Mojisoluwa Mojmír Moli Mollie Molly
Momanyi Mona Monalisa Monica Monicah Monika Monique Monis Monja Monna Monnie Monroe Monserrat
Mont Montana Monte Montel Montgomery Montie Montrell Montserrat Monty Moody Mora Moraa Moradeke
Morayo Mordechai Moreen Morena Morenike Moreno Morgan Morgane Moriah Morine Moritz Morolake
Morris Morten Mortimer Morton Mose Moses Moshe Mosi Mosinmileoluwa Mossie Mosunmola Motunrayo
Mouloud Mounir Mourad Moureen Mourib Mourine Moussa Moya Moyosore Mozell Mozella Mozelle
Mrihani Mthokozisi Muarra Mubina Mucahit Muchiri Muema Mueni Mufide Mugambi Mugdha Mugendi
Muggur Mugo Mugur Mugurel Muhallil Muhamed Muhamet Muhammad Muhammadali Muhammadamin
Muhammadamir Muhammadayub Muhammadaziz Muhammadrizo Muhammadsafo Muhammadsodiq Muhammadsolih
Muhammadumar Muhammadyasin Muhammadyusuf Muhammadziyo Muhammed Muhammet Muharrem Muhazzim
Muhima Muhip Muhiye Muhsina Muhyettin Muia Muireann Muiruri Muizza Mujde Mujur Mukbile Mukhwana
Muktedir Mulele Muli Mulwa Mulya Mulyanto Mulyono Mumbi Mumo Mumpuni Mumtoz Munda Mundheiður
Mundhildur Mundína Munene Mungai Muni Muninn Munisa Munyao Munyoki Murad Murat Muratcan Murdock
Muriel Murielle Muriithi Murilo Murimi Murithi Muriuki Murl Murod Murphy Murray Murry Mursalina
Mursinin Mursita Murti Musa Musafet Musaffa Musau Musee Musembi Musfira Mushtariy Musila Muslim
Muslima Mustafa Mustafo Mustapha Mustika Mustofa Musyoka Musyoki Mutai Mutasım Muthama Muthengi
Muthoka Muthoni Muthui Mutia Mutie Mutinda Mutiso Mutisya Mutluhan Mutua Mutuku Mutunga Muturi
Muvaffak Muvahhide Muxlisa Muxtar Muzaffer Muzayyana Muzdahir Muzdalifa Muzhir Mwamini
Mwanajuma Mwanamisi Mwangangi Mwangi Mwaniki Mwanzia Mwasaa Mwaura Mwende Mwendwa Mwezi Mwikali
Mwiti My Mya Myah Mychal Myer Mykel Myla Mylee Myles Mylie Mylène Myra Myranda Myriam Myrkvi
Myrl Myrle Myrna Myron Myrra Myrta Myrtha Myrthe Myrtice Myrtie Myrtis Myrtle Mzamo Mábil
Málfríður Málhildur Málmfríður Mánadís Máney Máni Már Mára Márcio Mária Mário Márk Márta Márton
Márus Mátyás Máté Máxima Máximo Märta Märtha Måns Mårten Mégane Mélanie Mélina Mélissa Mélodie
Mía Mías Mímir Mínerva Mír Míra Míranda Mítra Míó Módís Móeiður Móey Móheiður Móna Mónica
Mónika Móníka Móri Móric Mórits Móses Móði Möhsim Mörk Mörður Múli Mübariz Mübetcel Mücellib
Mücevher Müferrih Müfit Müjde Mükramin Mükrüme Mülayim Mülâyim Mümtaz Mümtaze Münezzer Münif
Müntəzir Münəvvər Müret Mürit Mürsəl Müsemma Müslum Müslüm Müveddet Müzekker Müzəffər Müğber
Müşkünaz Müşüre Mýr Mýra Mýrkjartan Mýrún Māra Māris Mārtiņš Mārīte Mădălin Mădălina Mălina
Mărioara Măriuca Mədinə Məhru Məhəmməd Məhərrəm Məlahət Məleykə Məmməd Mənsur Mənsurə Məryəm
Mərziyyə Məsmə Mətanət Naadir Naail Naajy Naasih Naasir Naathim Naazhim Nabeeh Nabeel Nabhan
Nabigh Nabih Nabil Nabila Nacer Nachiket Nacho Nacio Nada Nadeem Nades Nadeschda Nadeshda
Nadežda Nadhir Nadia Nadim Nadin Nadine Nadir Nadja Nadr Nadège Nadía Naděžda Nae Naeem Nael
Nafasat Nafees Nafesa Nafii Nafile Nafis Nafula Naglis Nahashon Nahiara Nahidə Nahla Nahuel
Naiara Naib Naibə Naide Nail Nailə Naim Naima Naimh Nair Naja Najair Najam Najee Najeeb Najib
Najuma Najwa Naki Nakia Nakif Nakip Nakisha Nakita Naksh Nakul Nalar Naliaka Nallely Nalân Nam
Namiq Namon Nan Nana Nanci Nancie Nancy Nand Nandini Nando Nanette Nanie Nanjala Nanna Nannette
Nanni Nannie Nanný Nansý Nanə Naoimh Naoise Naom Naoma Naomh Naomi Naomy Naomí Napoleon
Napoleone Naradi Narcis Narcisa Narciso Narcisse Narcissus Nardi Narfi Narhanim Narimane Narji
Narıngül Nas Nasab Naser Nash Nashipie Nasiba Nasim Nasir Nasiru Nasra Nasrullah Nassim Nastja
Nasuf Nat Natacha Natalee Natali Natalia Natalie Natalija Natalio Natalja Nataly Natalya
Natalía Natan Natanael Nataniel Nataníel Natasa Natascha Natasha Natasja Natasza Nataša Natașa
Nate Natella Nath Nathalia Nathalie Nathaly Nathan Nathanael Nathanaël Nathanial Nathaniel
Nathari Nathasha Nathen Natiq Natividad Natosha Nattawun Natália Natálie Natālija Natəvan Naud
Nautica Naveen Nawal Nayara Nayaret Nayareth Nayeli Nayely Nayfa Nayibe Nayil Naz Nazaret
Nazario Nazende Nazi Nazilə Nazim Nazimet Nazimə Nazir Nazlihan Nazlim Nazlı Nazmi Nazıdil Naël
Naïm Naómí Nağı Ndegwa Nderitu Ndirangu Nduku Ndumiso Ndung'u Ndunge Ndungu Nduta Nea Neal
Nealie Nealy Neasa Nebih Nebiha Nebojsa Necati Necdat Nechifor Necilal Necmettin Necva Ned
Nedas Nedda Nedjma Nedra Needham Neel Neelima Neely Neema Nefaret Nefiye Neftalí Neha Nehemiah
Nehip Neider Neil Neill Neisti Neja Nejc Nejdet Nekesa Nel Nela Nelah Nelcy Nelda Nele Nelia
Nelie Nelima Nelio Nell Nella Nelle Nelli Nellie Nello Nelly Nellý Nels Nelson Nelsy Nelu Nelya
Nemanja Nena Nenad Nenna Nenni Neo Neola Neoma Neppie Neptúnus Neptün Nerea Nereida Neriban
Nerijus Nerim Neringa Nermin Nery Nesfe Nesip Neslinur Neslisah Nesrine Nessa Nestor Neta Nete
Netra Netta Nettie Neva Nevada Nevaeh Neval Neveah Nevenka Nevgin Neville Nevin Nevio Nevise
Nevsal Nevsale Newell Newman Newt Newton Neyran Nezengül Nezihi Nezize Neşrin Neža Ng'ang'a
Ngaire Ngamia Nganga Ngari Ngeni Ngigi Ngozi Ngugi Ngọc Nhiên Nhlanhla Nhật Nia Nial Niall
Niamh Niara Nibaldo Nicanor Nicat Niccolò Nichakarn Nichelle Nichifor Nichol Nichola Nicholas
Nicholaus Nichole Nicholus Nick Nicki Nicklas Nicklaus Nickolas Nickson Nicky Niclas Nico
Nicoară Nicodemo Nicodemus Nicodim Nicol Nicola Nicolae Nicolai Nicolaie Nicolaj Nicolas
Nicolasa Nicolaus Nicole Nicoleta Nicoletta Nicolette Nicoline Nicolle Nicolás Nicolò Nicu
Niculina Niculiță Nicușor Nicuță Nidhi Nidia Nidra Niek Niels Nienke Nieves Nigar Nigel Nigesa
Nihad Nihai Nihal Nihan Niharika Niilo Niina Nik Nika Nikanor Nikau Nikhil Niki Nikia Nikita
Nikki Nikko Niklas Niklaus Niko Nikodem Nikol Nikola Nikolai Nikolaj Nikolajs Nikolaos Nikolas
Nikolaus Nikole Nikolett Nikoletta Nikolina Nikora Niks Nikulás Nikíta Nikólína Nikša Nil Nila
Nilam Nilcan Nilda Nile Niles Nili Nilima Nilo Nils Nilson Nilufar Nim Nimakoah Nimrat Nina
Ninetta Ninioluwa Ninja Ninna Ninnie Nino Ninoska Ninthe Nira Niracha Nirgül Nirja Nisa Nisha
Nisə Nita Nitara Nitesh Nives Nixon Niyaga Niyaz Niyazi Niyilolawa Niðbjörg Niğmet Njabulo
Njagi Njenga Njeri Njeru Njiru Njogu Njoki Njoroge Njozi Njue Njuguna Njála Njáll Njóla Njörður
Nkazimulo Nkiruka Nnamdi Nneka Noa Noah Noam Nobantu Nobie Noble Nobuhle Noe Noel Noeleen
Noelia Noeline Noelle Noemi Noemie Noemí Nohely Nohora Noirin Nojus Nokulunga Nola Nolan
Nolberto Noleen Nolen Nolia Nolie Nollaig Noma Nomagugu Nomalanga Noman Nomasonto Nomathalente
Nomathemba Nomcebo Nomthandazo Nomusa Nomvula Nona Nonhlanhla Nonie Nonjabulo Nonni Nonso Noor
Noora Noortje Noppakao Nora Norah Norbert Norberto Norbey Nore Noreen Norene Noreta Noretta
Norica Norina Norine Norita Norma Norman Normand Normann Normunds Norris North Norton Norval
Norwood Norðmann Notburga Nothando Noud Nour Nout Nova Novella Novi Novruz Noxolo Nozibusiso
Nozima Nozizwe Noé Noémi Noémie Noël Noëlla Noëlle Noëmi Nqobizitha Nrima Ntimi Nuala Nubia
Nugraha Nuhu Nula Nuno Nunzio Nura Nural Nuran Nuranə Nuray Nurbanu Nurcan Nurda Nurdeniz
Nuretdin Nurettin Nurey Nurgil Nurhayet Nuri Nuria Nuriat Nuriya Nuriyet Nurkan Nurlan Nurlana
Nurmelek Nurmuhammad Nurseda Nurser Nursim Nurtaç Nurten Nuru Nurul Nurulla Nurullah Nurveren
Nury Nurşan Nurşən Nurşərəf Nutcha Nutkrita Nutwadee Nuyan Nuşirəvan Nuša Nwabudike Nya Nyaboke
Nyaga Nyah Nyakundi Nyamai Nyambura Nyana Nyanchama Nyasi Nyasia Nyawira Nydia Nyla Nylah Nynke
Nyoka Nyoman Nyongesa Nyoni Nyota Nyree Nyuki Nzioka Nzomo Nádia Nándor Náttmörður Náttsól
Náttúlfur Nélida Néstor Níels Níls Nína Níní Nóa Nóam Nóel Nói Nóni Nóra Nóri Nótt Nóvember
Nökkvi Növrəstə Númi Núria Nübar Nüdret Nürice Nürəddin Nüsrət Nüşabə Nýbjörg Nývarð Nəcəf
Nəfisə Nərgiz Nəriman Nərmin Nərminə Nəsib Nəsimi Nəzakət Nəzrin Oakley Oana Oba Obaid
ObaniJesu Obdulia Obe Obed Obianuju Obie Obinna Ocampo Ochieng Ocie Octa Octav Octave Octavia
Octavian Octaviana Octavie Octavio Octaviu Octavius Océane Oda Odalis Odalys Odd Odda Oddbergur
Oddbjörg Oddbjörn Oddfreyja Oddfreyr Oddfríður Oddgeir Oddgerður Oddhildur Oddi Oddie Oddkell
Oddlaug Oddleif Oddleifur Oddmar Oddný Oddrún Oddsteinn Oddur Oddvar Oddveig Oddvör Oddþór
Odelia Odeline Odell Odessa Odette Odhiambo Odhran Odie Odika Odile Odin Odina Odis Odkanlı
Odongo Oduor Odus Oeshi Ofelia Ofeliya Offie Oganer Ogden Ogechi Ogooluwa Oguş Oisin Oiva Ojas
Ojasvi Okanay Okbay Oke Okechukwu Okello Okey Okgüçlü Okoth Okseven Okta Oktavía Oktavíus Okto
Októ Októvía Októvíus Oktüremiş Okumu Okyalaz Ola Oladare Oladimeji Olaf Olajumoke Olakunle
Olalla Olan Oland Olanrewaju Olansile Olar Olasunmbo Olav Olavi Olca Oldağ Oldrich Oldřich Ole
Oleg Olegario Olen Olena Olene Oleta Olevia Oley Olfert Olga Olgeir Olgierd Olie Olimpia
Olimpian Olimpiu Olin Olinda Oline Oliva Olive Oliver Olivert Olivia Olivie Olivier Olivija
Olivine Oliviu Olivér Oliwer Oliwier Olle Olli Ollie Ollý Olof Ololade Oloo Olov Oluchi
Olufunke Olufunmilayo Olumorotimi Oluoch Oluwafemi Oluwagbemiga Oluwakemi Oluwamumibori
Oluwamuyiwa Oluwasanmi Oluwasegun Oluwole Oluş Olwen Olwethu Olympia Olívia Om Oma Omaca Omair
Omaira Omaja Oman Omar Omari Omarion Omeir Omer Omie Omina Omisha Omkaar Omobobola Omobolanle
Omodunni Omolabake Omolara Omondi Omosalewa Omotara Omotayo Omotola Omotoun Omowumi Omran Omya
Ona Onat Ondieki Ondrej Ondřej Oneal Oneida Onesmus Oneta Oney Ongay Oni Onie Onkar Onni Onnie
Onofre Onuker Onur Onurcan Onursu Onveer Onyango Onyinye Oona Oonagh Opal Opan Opha Ophelia
Ophélie Opiyo Opung Opwonya Oqtay Ora Orah Oral Oralia Oran Orange Oranlı Orazio Orduxan Orelia
Oren Orene Oreofe Orestas Oreste Orfelina Orfeus Orfhlaith Orgün Orhan Oriana Orie Orilla Orin
Orinder Orion Oris Orka Orla Orlagh Orlaigh Orlaith Orland Orlando Orlena Orley Orlin Orlo Orma
Ormar Ormheiður Ormhildur Ormur Orna Ornella Orpha Orra Orren Orri Orrie Orrin Orris Orsolya
Orson Ortak Ortansa Ortrud Ortrun Ortwin Oruç Orval Orvar Orvel Orvil Orville Orvin Orvis
Orvokki Orxan Orçin Osa Osama Osbaldo Osborn Osborne Oscar Osha Osie Osiyo Oskar Oskari Oskars
Oskár Osman Osmo Osogo Ossama Ossi Ossian Ossie Osunleke Osvald Osvaldo Osvalds Oswald Oswaldo
Oswin Ota Otabek Otakar Otay Otelia Otfried Otha Othel Othmar Otho Otieno Otilia Otis Otkatla
Otkell Otmar Oto Otri Ott Otta Ottavio Ottfried Otti Ottie Ottilia Ottilie Ottis Ottmar Otto
Ottokar Ottomar Ottone Ottó Otur Otávio Otília Otýlie Otīlija Ouanes Ouida Ouma Oussama Outi
Ova Ove Ovid Ovidio Ovidiu Ovila Oviya Owais Owe Owen Owens Owethu Owino Owuor Oxana Oyenike
Oyindasola Oymak Oysha Ozana Ozansü Ozell Ozella Ozie Ozioma Ozy Ozzie Oğulbaş Oğurata Oğuzman
Oļģerts Oľga Paavo Pabla Pablo Paca Pachongruk Paco Pacífica Pada Padma Padmi Padraic Padraig
Padraigh Padraigin Page Pahal Paige Paiman Pairlee Paisley Paityn Pak Paker Pakizə Pakjira
Paksu Pallavi Palle Pallie Palma Palmer Palmira Paloma Pam Pamala Pambe Pamela Pamelia Pamella
Pamfil Panagachie Panait Panca Pancho Pandora Pandu Panfilo Pangeran Pangestu Panini Panji
Pankrác Pannawich Pansy Panya Paola Paoletta Paolo Paralee Paramita Paraschiva Pardi Paride
Parin Paris Park Parker Parlee Parley Parman Parmes Parrish Parsa Parth Parthenia Parvez París
Pascal Pascale Pascaline Paschal Pascual Pascuala Pasi Paskalia Pasqual Pasquale Pastor Pastora
Pat Patchaploy Patcharaporn Pate Patience Patrek Patrekur Patric Patrica Patrice Patricia
Patricie Patricija Patricio Patrick Patrik Patrisía Patrizia Patrizio Patryk Patrícia Patsy
Pattamon Pattapon Pattatomporn Patti Pattie Patty Pau Paul Paul-Gerhard Paul-Heinz Paula Paule
Pauletta Paulette Pauli Paulica Paulien Pauliina Paulin Paulina Pauline Paulino Paulius Paulo
Pauls Paulína Paulīna Pauric Pavani Pavao Pavel Pavla Pavlína Pavol Paw Pawan Pawel Paweł
Paxton Paye Payten Payton Paz Paşa Peace Peadar Peader Pearce Pearl Pearla Pearle Pearlene
Pearley Pearlie Pearline Pearly Pearse Peder Pedro Pedró Peem Peer Peeter Peggie Peggy Pehlil
Pekka Pekkan Pelaji Pelayo Pelle Pellegrino Pembesin Penelope Penina Peninah Penni Pennie Penny
Pentti Pepe Pepijn Pepita Pepito Pepper Per Per-Erik Per-Olof Percival Percy Peren Perinur
Peris Perkasa Perla Perley Perlita Permelia Permun Pernell Pernilla Pernille Pero Perri Perrine
Perry Pershing Pertti Pervaiz Pesent Peta Petar Pete Peter Peter-Michael Peterson Petr Petra
Petrana Petras Petre Petrea Petri Petrică Petrina Petrișor Petrona Petronela Petronella
Petronila Petros Petru Petrus Petruț Petruța Petrína Petrónella Petrós Petrún Petrúnella Petter
Petteri Peyton Phanice Phebe Phelim Phelix Phenphitcha Pheobe Phil Phileine Philemon Philip
Philipp Philippa Philippe Philippine Philis Phillip Phillis Philo Philomena Philomene Phineas
Phoebe Phoenix Phubes Phylicia Phylis Phyliss Phyllis Phúc Phương Pia Piaras Piedad Pien Pier
Pierangelo Pierce Pierette Piergiorgio Piergiuseppe Pierina Pierluigi Piermaria Piero Pierpaolo
Pierre Pierre-Yves Pierrette Piersanti Piet Pieter Pieter-Jan Pietra Pietro Piia Pijus Pilar
Pili Pim Pina Pink Pinkey Pinkie Pinkney Pintusorn Piotr Piper Pippa Pirahmet Piran Piret Pirjo
Pirkko Pirmin Piroska Pitipat Pius Pjetur Pleas Pleasant Ples Pleun Pleșu Plinio Pluma Plummer
Plácido Pol Polad Polina Polk Pollie Polly Pollý Polona Polonca Pompeo Pompilia Pompiliu
Pomponio Poncio Pontus Pooja Popobawa Poppy Porfirio Pornchanok Porsche Porsha Porter Portia
Posey Poul Povilas Powell Praba Prabawa Prabowo Prabu Prakosa Prames Pranata Pranav Pranawa
Praneel Pranit Prasetya Prasetyo Pratt Pratyush Pravoslav Prayitna Prayoga Prayogo Preben
Precious Predrag Prentice Prentiss Presley Press Preston Price Pricilla Priit Prima Primitiva
Primitivo Primus Prince Princess Prisca Priscah Priscila Priscilla Priscillah Prisha Priska
Priya Profira Prokop Prosper Prudence Prudencia Prudencio Prudie Pryor Przemysław Pría Príor
Puccio Puck Puji Puk Pumbaa Puntira Puput Purificación Purity Purl Purwa Purwadi Purwanto
Pushti Puspa Puti Putri Putu Pál Pála Páldís Páley Pálfríður Pálhanna Pálheiður Pálhildur Páll
Pálmar Pálmey Pálmfríður Pálmi Pálrún Pálín Pálína Pánfilo Päivi Päivikki Pär Pål Pénélope
Péter Pétrína Pétrún Pétur Pía Pío Pünhan Pürçek Pătru Pēteris Přemysl Pəri Pərişan Pərvanə
Pərvin Pərvinə Pərviz Qaadir Qaasim Qabeel Qabil Qadar Qadeer Qadi Qadim Qadir Qahtan Qaim Qais
Qalib Qamar Qani Qanit Qaratel Qareeb Qarin Qaseem Qasid Qasif Qasim Qasım Qatadah Qawee
Qay-yoom Qays Qiana Qiyas Qori Qoşqar Quadir Quang Qudamah Quddoos Qudoos Queen Queenie Quentin
Quiana Quincy Quinn Quint Quinten Quinter Quintin Quinton Quinty Quique Quirino Qulam Qulu
Qumru Qurban Qusay Qushi Qutaybah Qutb Qutub Qönçə Qüdrət Qızbəs Qədir Qələndər Qənirə Qəzənfər
Qəşəm Raaghib Raagini Raahil Raakin Raamis Raamiz Raashid Raatib Rabah Rabar Rabb Rabbaanee
Rabbani Rabbiye Rabea Rabecca Rabee Rabi Rabiah Rabih Rabit Racha Rachael Rachana Racheal
Rachel Rachelle Rachid Rachida Rachit Rachita Rachèle Racquel Rada Radek Radeke Raden Radha
Radhee Radhika Radi Radika Radim Radit Raditya Radka Radmila Rado Radomír Radoslav Radoslava
Radosław Radovan Radovana Radu Radvilė Radúz Rae Raed Raees Raegan Raekwon Rael Raelyn Raelynn
Raewyn Raf Rafa Rafael Rafaela Rafaella Rafan Rafay Rafaél Rafaël Rafał Rafe Rafee Rafeek
Rafeeq Raffael Raffaela Raffaele Raffaella Raffaellino Raffaello Rafi Rafia Rafid Rafih Rafila
Rafiq Rafn Rafnar Rafney Rafnhildur Rafnkell Raghav Ragheb Raghib Ragna Ragnar Ragnbjörg Ragner
Ragney Ragnfríður Ragnheiður Ragnhild Ragnhildur Ragúel Rahab Raharja Rahat Rahayu Raheel
Raheem Rahel Rahiye Rahma Rahman Rahmat Rahmet Rahmi Rahn Rahsaan Rahul Raid Raiden Raifə
Raihan Raija Raik Raili Raimo Raimondo Raimonds Raimund Raimundo Raina Rainer Raisa Raissa
Raivis Raivo Rajab Rajata Rajeshri Rajko Rakeem Rakel Rakide Raksha Raleigh Ralf Ralf-Dieter
Ralf-Peter Ralph Raluca Rama Ramadan Ramadhan Ramazan Ramid Ramil Ramilə Raminta Ramiro Ramiz
Ramon Ramona Ramsey Ramunė Ramzi Ramón Ramóna Ramūnas Rana Ranbir Rance Rand Randal Randall
Randalín Randel Randell Randi Randle Randolf Randolph Randver Randy Randíður Randý Rangga Rani
Rania Ranieri Ranka Rannva Rannveig Rannver Ransom Ranveer Raoul Raphael Raphaela Raphaël
Raphaëlle Raquan Raquel Rareș Ras Rasa Rashaad Rashaan Rashad Rashawn Rasheed Rashid Rashida
Rashidi Rasim Rasimə Rasma Rasmus Rastislav Rasul Ratchanon Ratih Ratna Raul Rauno Raven Ravi
Ravy Rawiri Ray Rayaan Rayan Rayana Rayburn Rayfield Rayford Rayhona Rayla Raymon Raymond
Raymonde Raymund Raymundo Rayna Raynard Rayne Rayshawn Rayyona Rayén Razi Raziyə Razı Raúl
Reagan Reanna Reason Reatha Reba Rebeca Rebecca Rebecka Rebeka Rebekah Rebekka Rebihat Recep
Recepali Red Reda Redden Redmond Reece Reed Reese Reet Refet Refik Refugio Refur Regan Regena
Regenia Reggie Regina Reginal Reginald Reginbaldur Reginbjörg Regine Reginn Regis Regitse
Regitze Regula Regína Regīna Rehaan Rehema Rehime Reid Reidar Reidun Reifnir Reijo Reilly
Reimar Reimer Reimund Rein Reina Reinald Reinaldo Reinar Reine Reinel Reiner Reingard Reinhard
Reinhardt Reinhart Reinhild Reinhilde Reinhold Reinis Reino Rejane Reksa Rella Relu Remazan
Rembrandt Remedios Remi Remigio Remington Remo Remus Remy Remzi Rena Renaat Renada Renae
Renaldo Renan Renard Renata Renate Renato Renaud Rendy Rene Renea Renee Rengül Reni Renita
Rennie Reno Rens Renske Renzo Renáta René Renée Reshoni Resi Respati Ressie Restu Resulcan Reta
Retha Reto Retta Rettie Reuben Reubin Reva Revza Rex Rexford Rexhep Rey Reyansh Reyes Reyhan
Reyhanə Reyn Reyna Reynald Reynaldo Reynar Reyndís Reynheiður Reynhildur Reynir Reynold
Reynolds Reyr Reza Rezin Rezzak Rhavi Rhea Rheta Rhett Rhian Rhianna Rhianne Rhiannon Rhoda
Rhona Rhonda Rhys Ria Riad Rian Rianna Rica Ricarda Ricardo Riccardo Ricci Ricciotti Rice Rich
Richard Richardt Richelle Richie Richmond Richárd Rick Rickard Rickey Ricki Rickie Ricky Rico
Rida Ridge Ridhi Ridwan Rigmor Rigo Rigoberto Rihanna Rihards Riikka Riina Riitta Rik Rika
Rikard Rikharð Rikharður Rikka Rikke Rikki Riku Riley Rilla Rillie Rim Rimantė Rina Rinaldo
Rinda Rini Rino Rinor Ripley Risa Risalet Risasi Rishi Risper Risto Rita Ritchie Ritt Ritva
River Riya Riyad Riza Riziki Rizki Rizvan Ričardas Ričards Roan Roar Rob Robb Robbe Robbie
Robbin Robby Robert Roberta Robertas Robertina Roberto Roberts Robin Robinson Robiya Robley
Robt Roby Robyn Rocco Rochdi Rochelle Rochus Rocio Rock Rocky Rocío Rod Rodah Roddy Roderic
Roderich Roderick Rodger Rodgers Rodica Rodney Rodolfo Rodolphe Rodrick Rodrigo Rodrigue Roe
Roel Roeland Roena Rogelio Roger Rogers Rohaan Rohan Rohat Roise Roisin Rojnu Rojus Rok Rokas
Roko Roksana Roland Rolanda Rolandas Rolande Rolando Rolands Roldán Rolf Rolf-Dieter Rolf-Peter
Roll Rolla Rolland Rollande Rollie Rollin Rollo Roma Romain Romaine Roman Romana Romane
Romanița Romano Rome Romello Romeo Romie Romina Romolo Romona Romuald Romualdas Romulus Romy
Román Roméo Ron Rona Ronal Ronald Ronaldo Ronan Ronda Rondal Roni Ronin Ronith Ronja Ronke
Ronna Ronni Ronnie Ronny Rono Rony Ronya Roope Roos Roosa Roosevelt Roque Rory Rorí Rosa
Rosa-Maria Rosabelle Rosalba Rosalee Rosaleen Rosalia Rosalie Rosalina Rosalind Rosalinda
Rosalinde Rosaline Rosalva Rosalyn Rosalía Rosamel Rosamond Rosann Rosanna Rosanne Rosaria
Rosarie Rosario Rosaura Rosco Roscoe Rose Rose-Marie Roseann Roseanna Roseanne Rosel Roselinde
Roseline Rosella Roselyn Roselyne Rosemarie Rosemary Rosena Rosenda Rosendo Rosetta Rosette
Rosevelt Rosey Rosi Rosia Rosie Rosina Rosita Rosl Roslyn Rosman Rosmarie Ross Rossa Rossana
Rossie Rostislav Roswell Roswita Roswitha Rosy Rotich Rotraud Rotraut Rouven Rowan Rowena
Rowland Roxana Roxane Roxann Roxanna Roxanne Roxelana Roxie Roxy Roy Royal Royce Roza Rozalia
Rozalija Rozanne Rozella Roziya Rozália Rua Ruairi Ruari Rubani Rube Ruben Rubi Rubie Rubiela
Rubin Ruby Rubye Rubén Rudecindo Rudi Rudolf Rudolfo Rudolph Rudra Rudy Rudīte Rueben Ruedi
Ruel Ruffin Ruffus Rufina Rufino Rufus Ruggero Ruggiero Rugilė Ruhide Ruhiu Ruhiyyə Ruhsat
Ruhshona Ruhugül Ruhəngiz Rui Ruie Rukia Rumaysa Rumeysa Rune Rungo Runi Runný Runólfur Rupert
Ruperta Ruperto Ruqayya Ruqiya Ruqiyyə Rush Rushil Ruslan Rusman Rusnė Russ Russel Russell
Rustin Rusty Rusul Rut Ruta Rute Ruth Rutha Ruthann Ruthanne Ruthe Rutherford Ruthie Ruthild
Ruwaihim Ruxanda Ruxandra Ruxsarə Ruy Ruzica Ruža Ružena Ružica Ryan Ryann Ryder Ryker Rylan
Ryland Rylee Ryleigh Ryley Rylie Rym Ryma Ryne Ryszard Rytis Rytė Rza Rán Ráðgeir Ráðhildur
Ráðvarður Réginald Régine Régis Régulo Réka Rémi Rémy Ríkarður Ríkey Ríkharð Ríkharður Rín Ríta
Ríó Róbert Róberta Róbjörg Rólant Róman Rómeó Rómulo Rós Rósa Rósalind Rósanna Rósant Rósar
Rósberg Rósbjörg Rósborg Róselía Rósenberg Rósey Rósfríður Róshildur Rósi Rósinberg Rósinkar
Rósinkara Rósinkrans Rósinkransa Róska Róslaug Róslind Róslinda Róslín Rósmann Rósmary Rósmarý
Rósmunda Rósmundur Rósný Róza Rózsa Róża Röfn Rögn Rögnvald Rögnvaldur Rögnvar Rökkvi Röskva
Rövşanə Rövşən Röya Röyal Röyalə Röðull Rúbar Rúben Rúbý Rúdólf Rún Rúna Rúnar Rúndís Rúnhildur
Rúrik Rúrí Rútur Rübabə Rübeyda Rüdiger Rüfət Rüknettin Rümeysa Rüşen Răducu Răzvan Rıfkıye
Rūdolfs Rūta Růžena Rəfiqə Rəhilə Rəis Rəmziyyə Rəna Rəqsanə Rəsmiyyə Rəsul Rəxşəndə Rəşad
Rəşid S'fiso Saabir Saad Saadat Saadiq Saafir Saahir Saaiq Saajid Saal Saalih Saalim Saanvi
Saaqib Saar Saara Saariyah Saba Sabah Sabahat Saban Sabar Sabari Sabas Sabastian Sabatino
Sabbir Sabeeh Sabih Sabihe Sabil Sabin Sabina Sabine Sabiq Sabir Sabirə Sable Saboor Sabra
Sabri Sabrina Sabrína Sabur Saburah Sabína Sabır Sacha Sachi Sacidə Sad Sada Sadaka Sadan Sadao
Sadaqat Sadat Saddam Sade Sadeed Sadeti Sadia Sadie Sadik Sadiki Sadina Sadiq Sadittin Sadiye
Sadye Sadıq Safari Safet Safia Safina Safinaz Safiri Safiya Safta Safura Safír Saga Sage Sahibə
Sahil Sahin Sahir Sahra Sai Said Saida Saidi Saiful Saige Saim Saint Sair Sairah Saire Saka
Sakari Sakarías Sakina Sakip Saksham Sakti Sakura Sal Salah Salami Salbjörg Saldís Saleh Salena
Salgerður Salih Salim Salima Salimah Salimet Salina Salka Salkın Sallie Sally Salma Salman
Salmann Salmar Salný Salohiddin Salome Salomea Salomey Salomon Salomé Salomón Salsabila Salud
Salurbay Salvador Salvar Salvatore Salvi Salvör Salwa Salín Salína Salóme Salómon Sam Samahat
Samaksh Samama Samandar Samanta Samantha Samar Samara Samarth Samatha Samesh Sami Samiah Samie
Samina Samir Samira Samirə Samiya Samiyah Sammie Sammy Samo Sampson Samson Samsul Samu Samual
Samuel Samuele Samuli Samurtay Samuël Samwel Samweli Samy Samúel Sanaa Sanai Sanavber Sanaya
Sancak Sancho Sanda Sandalio Sandel Sander Sanders Sandi Sandie Sandile Sandis Sandor Sandra
Sandri Sandrine Sandro Sandu Sandur Sandy Sanela Sanford Sani Sanije Sanita Saniya Saniyah
Sanja Sanjar Sanjuana Sanjuanita Sanna Sanne Sanni Sannie Santa Santana Sante Santeri Santiago
Santina Santino Santo Santos Santía Sanur Sanya Sançar Saoirse Saood Sapa Saphira Sara Sarabi
Sarafina Sarah Sarah-Jane Sarah-Louise Sarahi Sarai Sardor Sargın Sari Sariah Sarina Sarita
Sarmīte Sarpkın Sarrah Sarthak Sarunporn Sarvan Sarvar Sarvinoz Sarya Sarína Sarıcabay Sasa
Sascha Sasha Saskia Sathvik Satrettin Satu Saturnina Saturnino Satya Satıa Saul Saulius Saumu
Saumya Saundra Sauti Sava Savak Savana Savanah Savanna Savannah Saverio Saveta Savilla Savina
Savion Savni Savon Sawyer Saxi Sayalı Saydam Saygın Sayin Sayrak Sayın Saçı Saïd Saúl Sağcan
Sağıt Saša Sašo Sa’adatu Sa’diya Scarlet Scarleth Scarlett Scarlette Schley Schuyler Scot Scott
Scottie Scotty Seaborn Seamus Sean Sean-Paul Seana Seanan Seaneen Seanna Sebastiaan Sebastian
Sebastiano Sebastien Sebastijan Sebastián Sebastião Sebastjan Sebastían Sebattin Sebigül Seblâ
Sebrina Seda Sedat Sedife Sedrick Sefanía Sefer Segilola Segismundo Segundo Seha Sehel Seif
Seifur Seija Seimur Sejda Selah Selaheddin Selatin Selcan Selcen Seldon Selena Selene Seler
Selim Selime Selin Selina Seline Selja Selka Selma Selmer Selmin Selvi Selâtin Selçuk Sem Semaj
Semat Semender Semenica Semine Semir Semra Semrin Sena Senad Senan Sencar Seneca Seniha Senn
Senna Senne Senol Senora Senta Senía Seona Seosamh Sep Sepp Seppe Seppo Septi Septíma Sera
Seracettin Serafina Serafín Serah Seraina Serda Sereina Serena Serenity Serezli Serfinaz Serge
Sergei Sergej Sergey Sergio Sergiu Sergius Serhatmehmet Serina Serine Serkan Serma Sernur Serol
Serpil Server Servinaz Servác Sesar Seselía Sesil Sesilía Sessa Sesselja Sesselía Sessilía Seth
Setya Sevara Sevcan Sevdi Sevdinar Seve Sever Severiano Severin Severina Severine Severino
Severo Severt Severín Sevgen Sevginur Sevican Sevil Sevim Sevinc Sevinch Sevindik Sevla
Sevsevil Seward Seydo Seye Seyfulla Seyfullah Seyfəddin Seyhan Seyithan Seymour Seymur Seyran
Seyyide Sezal Sezen Sezginbaş Seçgül Seçme Shaban Shad Shade Shadrack Shae Shafter Shahina
Shahnoza Shahriyor Shahzod Shahzoda Shaina Shakila Shakira Shalon Shalonda Shamar Shameka
Shamika Shamsuddeen Shan Shana Shanae Shanda Shandra Shane Shaneka Shanell Shanelle Shanequa
Shani Shania Shanice Shaniece Shanika Shaniqua Shanita Shaniya Shanna Shannan Shannen Shannon
Shanon Shanta Shante Shantel Shantell Shaquan Shaquana Shaquille Shaquita Shara Shardae Sharday
Sharde Sharee Sharen Shari Sharif Sharita Sharla Sharleen Sharlene Sharman Sharon Sharonda
Sharron Sharyl Sharyn Shasta Shatara Shaun Shauna Shauneen Shaunna Shaurya Shavon Shavonne
Shawana Shawanda Shawn Shawna Shawnda Shawnee Shawnna Shawnte Shay Shayla Shaylee Shayna Shayne
Shea Sheamus Shedrick Sheela Sheelagh Sheena Shehu Sheila Sheilah Sheilla Sheillah Shekoni
Shelba Shelbi Shelbie Shelby Sheldon Shelia Shelley Shelli Shellie Shelly Shelton Shelva
Shelvia Shelvie Shem Shemar Shena Shenna Shep Shepherd Sheree Sheri Sheridan Sherie Sherilyn
Sherita Sherlyn Sherman Sheron Sherree Sherri Sherrie Sherrill Sherron Sherry Sherryl Sherwin
Sherwood Sheryl Sheryll Sheyla Shianne Shida Shiela Shiloh Shinead Shira Shirl Shirlee Shirleen
Shirlene Shirley Shirleyann Shirlie Shivani Shivansh Shohjahon Shohrux Shoji Shon Shona Shonda
Shonna Shpresa Shqipe Shravya Shreya Shukrona Shyann Shyanne Shyheim Shyla Sian Sibbie Sibel
Sibilla Sibille Sibonelo Sibongile Sibusisiwe Sibusiso Sibyl Sibylla Sibylle Sid Sidar
Siddharth Siddie Sidiq Sidiqə Sidki Sidney Sidonia Sidónia Sie Siebe Siegbert Siegfried
Sieghard Sieglinde Siegmar Siegmund Siegrid Siegried Siegrun Siegward Siem Sien Siena Sienna
Sierra Sif Sifa Sifuna Sigbergur Sigbert Sigbjartur Sigbjörn Sigdís Sigdór Sigdóra Sigfastur
Sigfinnur Sigfreður Sigfrid Sigfrido Sigfried Sigfríð Sigfríður Sigfús Sigga Sigge Siggeir
Siggerður Sighvatur Sigismund Sigita Sigjón Siglaugur Siglinde Sigmann Sigmar Sigmund Sigmunda
Sigmundur Signa Signar Signe Signhildur Signý Sigri Sigrid Sigrun Sigríkur Sigríður Sigrún
Sigsteinn Sigtryggur Sigtýr Sigur Sigurbaldur Sigurberg Sigurbergur Sigurbirna Sigurbjarni
Sigurbjartur Sigurbjörg Sigurbjörn Sigurbjört Sigurborg Sigurbrandur Sigurbára Sigurd Sigurdríf
Sigurdrífa Sigurdís Sigurdór Sigurdóra Sigurey Sigurfinna Sigurfinnur Sigurfljóð Sigurgeir
Sigurgeira Sigurgestur Sigurgrímur Sigurgísli Sigurhanna Sigurhans Sigurhelga Sigurhildur
Sigurhjörtur Sigurjón Sigurjóna Sigurkarl Sigurlaug Sigurlaugur Sigurleif Sigurleifur
Sigurlilja Sigurlinn Sigurlinni Sigurliði Sigurlás Sigurlín Sigurlína Sigurmann Sigurmar
Sigurmon Sigurmunda Sigurmundur Sigurnanna Sigurnýas Sigurnýjas Siguroddur Sigurpáll Sigurrós
Sigursteina Sigursteinn Sigursveinn Sigurunn Sigurvaldi Sigurveig Sigurvin Sigurvina Sigurást
Sigurásta Sigurða Sigurður Siguróli Sigurósk Sigurþór Sigurþóra Sigvaldi Sigvard Sigvarður
Sigyn Sigþrúður Sigþór Sigþóra Sihawukele Siim Siiri Sijuade Siku Sil Sila Silanur Silas Sile
Silfa Silfrún Silfá Silja Silje Silka Silke Silla Sille Silli Silondile Silva Silvan Silvana
Silvano Silver Silvester Silvestre Silvestro Silvia Silvian Silviana Silvie Silvija Silvio
Silviu Silvo Silvía Sim Sima Simas Simber Simen Simeon Simi Similoluwa Simina Simion Simisola
Simiyu Simmie Simo Simon Simona Simonas Simone Simonetta Simonne Simphiwe SimphiweyiNkosi
Simpson Simten Simuzər Simão Simón Sina Sinaida Sinan Sincere Sinda Sindre Sindri Sindy Sine
Sinead Sing Sini Sinică Sinikka Sinisa Siniša Sintija Siobain Sioban Siobhain Siobhan Siofra
Sione Siper Siphesihle Sirac Sirap Siri Sirje Sirkka Siro Sirpa Sirra Sirrý Siska Sisko Sissel
Sister Sitarə Sithembiso Siti Sitiwat Sittik Sittikorn Siv Sivert Sixten Sixto Siya Siyabonga
Sjafnar Sjoerd Sjöfn Skafti Skaidrīte Skapti Skarpheiður Skarphéðinn Skefill Skeggi Skender
Skip Skjöldur Skolastika Skorri Skugga Skuggi Skuld Sky Skye Skyla Skylar Skyler Skær Skæringur
Skírnir Skíði Skúla Skúli Skúlína Skúta Slade Sladjana Slamet Slavica Slavisa Slavka Slavko
Slavomír Slavomíra Slavěna Slawomir Sloane Slobodan Sláva Slávka Smaranda Smiltė Smith Smiður
Smyrill Smári Sneha Sneider Snezana Snježana Snjáfríður Snjáka Snjófríður Snjóki Snjólaug
Snjólaugur Snjólfur Snorra Snorri Snæbjartur Snæbjörg Snæbjörn Snæbjört Snæborg Snæbrá Snædís
Snæfríður Snæhólm Snælaug Snælaugur Snær Snæringur Snærós Snærún Snævar Snævarr Snæþór Snót
Socorro Soffanías Soffía Sofi Sofia Sofiane Sofie Sofija Sofía Sol Solange Sole Soledad Soleh
Soliha Soline Solma Solmaz Soloman Solomon Solon Solveig Solvej Solvita Solène Somadina Somer
Sommer Somtochukwu Son Sona Sonad Sonata Sondra Sondre Songurkan Songül Sonia Sonja Sonji
Sonnur Sonny Sonný Sonya Sophanías Sophia Sophie Sophie-Louise Sophie-Marie Sophronia Sophus
Sophy Soraia Sorana Sorawut Soraya Sorcha Soren Sorin Sorina Sosimo Souad Soufiane Souma Soumia
Sowande Soydaner Soykan Soykut Soyselçuk Soňa Spartakus Spencer Spenser Speranța Sphiwe Sporði
Spring Spurgeon Spói Squire Srečko Stacey Staci Stacia Stacie Stacy Staffan Stafford Stan Stana
Stanca Stancu Stanford Stanislaus Stanislav Stanislava Stanislaw Stanisław Stanka Stanko
Stanley Stanton Stapi Star Starkaður Starla Starling Starr Starri Stasia Stavros Staņislavs
Steen Stef Stefaan Stefan Stefana Stefani Stefania Stefanie Stefano Stefanía Steffen Steffi
Stefnir Stefán Stefánný Stein Steina Steinar Steinarr Steinberg Steinbergur Steinbjörg
Steinbjörn Steinborg Steindís Steindór Steindóra Steiney Steinfinnur Steinfríður Steingerður
Steingrímur Steinhildur Steini Steinkell Steinlaug Steinmann Steinmar Steinmóður Steinn
Steinrós Steinröður Steinrún Steinunn Steinvarður Steinvör Steinólfur Steinþór Steinþóra Stela
Stelian Steliana Stella Stellah Stellan Steluța Sten Stephaine Stephan Stephane Stephani
Stephania Stephanie Stephany Stephen Stephene Stephenie Stephon Sterling Sterre Stetson Stevan
Steve Steven Stevie Steward Stewart Stian Stien Stig Stijn Stilla Stina Stine Stirnir Stiven
Stjarna Stjepan Stojan Stone Stonewall Stoney Storm Stormur Stormy Stuart Sture Sturla
Sturlaugur Sturri Styr Styrbjörn Styrgerður Styrkár Styrmir Styrr Stéphan Stéphane Stéphanie
Stígheiður Stígrún Stígur Stína Stórólfur Suat Subomi Subutiye Suci Sudi Sudie Sudiksha Sue
Suellen Suhani Sula Suleiman Sulhi Sullivan Sultane Sumarliði Sumarlína Sumarrós Sumayya Summer
Sumner Sunay Sunday Sune Sunel Sungara Sunna Sunnefa Sunneva Sunniva Sunny Sunníva Sunshine
Supasit Supasita Suphi Surya Susam Susan Susana Susanita Susann Susanna Susannah Susanne Suse
Susi Susie Sussanne Sussie Suus Suvakit Suvi Suwijuk Suzan Suzana Suzann Suzanna Suzanne Suze
Suzette Suzie Suzy Suğra Svafa Svafar Svala Svali Svalrún Svan Svana Svanberg Svanbergur
Svanbjörg Svanbjörn Svanbjört Svanborg Svandís Svaney Svanfríður Svangeir Svanheiður Svanhildur
Svanhvít Svanhólm Svani Svanlaug Svanlaugur Svanmundur Svanrós Svante Svanur Svanþrúður Svanþór
Svatopluk Svatoslav Svava Svavar Svea Svein Sveina Sveinar Sveinberg Sveinbjartur Sveinbjörg
Sveinbjörn Sveinborg Sveindís Sveiney Sveinfríður Sveingerður Sveinhildur Sveinjón Sveinlaug
Sveinlaugur Sveinmar Sveinn Sveinrós Sveinrún Sveinsína Sveinungi Sveinveig Sveinþór Sven
Sven-Erik Sven-Olof Svend Svenja Svenning Sverre Sverrir Svetlana Svetozár Sváfnir Svätopluk
Svölnir Svörfuður Světlana Swala Swaleh Swantje Swen Swetlana Syahrini Sybil Sybilla Sybille
Syble Sydell Sydnee Sydney Sydni Sydnie Syed Sylas Sylgja Sylivia Sylke Sylva Sylvain Sylvaine
Sylvan Sylvana Sylvania Sylvanus Sylvester Sylvia Sylviane Sylvianne Sylvie Sylvio Sylvère
Sylvía Sylwia Symone Synnøve Syreeta Sys Szabolcs Szilveszter Szilvia Szilárd Szymon Sándor
Sára Sânziana Sæberg Sæbergur Sæbjörg Sæbjörn Sæbjört Sæborg Sædís Sæfinna Sæfríður Sæhildur
Sæi Sælaug Sælaugur Sæmann Sæmunda Sæmundur Sæný Sær Særós Særún Sæsól Sæunn Sævald Sævaldur
Sævar Sævarr Sævin Sævör Sæþór Sébastien Sérgio Séverin Séverine Sía Sílvia Símon Símonía
Sírnir Sírus Sísí Síta Sívar Sófus Sófónías Sókrates Sól Sóla Sólberg Sólbergur Sólbjartur
Sólbjörg Sólbjörn Sólbjört Sólborg Sólbrá Sólbrún Sóldís Sóldögg Sóley Sólfríður Sólgerður
Sólhildur Sólimann Sólkatla Sóllilja Sólmar Sólmundur Sólný Sólon Sólrós Sólrún Sólveig Sólver
Sólvin Sólvör Sólín Sónata Sónia Sökmen Sölmundur Sölva Sölvar Sölvey Sölvi Sölvína Sönke Sören
Sörli Söyler Sözer Søren Sørine Søs Súla Súsan Súsanna Sübhan Sücaettin Sücəddin Südabə Süha
Süheyda Sükrü Süleyla Süleyman Sümerya Sümeyye Süner Sürəyya Süsen Süvari Süzer Sýrus Sıla
Sırriye Sıylıhan Səadət Səbinə Səbirə Səbuhi Sədaqət Səfurə Səfər Səhər Səidə Səlahəddin Səlim
Səlimə Səma Səmayə Səməd Sənan Sənubər Səriyyə Sərvər Sərxan Sərəncam Səxavət Ta-tanisha Taahaa
Taahir Taaj Taalib Taamir Taanish Taariq Tab Taban Tabassum Tabatha Tabea Tabetha Tabish Tabita
Tabitha Taciddin Tad Tadas Tade Tadeen Tadej Tadeja Tadeo Tadeusz Tadeáš Tadhg Tafazal Taft
Tagangül Tage Taha Tahaw-wur Tahawwur Taheem Tahir Tahj Tahmaseb Tahmeed Tahmid Tahoor Tahseen
Tai Taial Taimur Taina Taine Taisir Taisto Taj Taja Tajammal Tajammul Tajudinn Tajus Takatifu
Takisha Tal Tala Talal Talan Talat Talayer Talen Talha Talhah Tali Talia Talib Talibe Taliyah
Tallie Talmadge Talmage Talon Talía Talıb Tama Tamala Tamam Tamanna Tamar Tamara Tamatha Tamati
Tamaydın Tamaşa Tambika Tambra Tameka Tamekia Tamela Tamera Tami Tamia Tamica Tamie Tamika
Tamiko Tamilla Tamisha Tammi Tammie Tammy Tamra Tamu Tamya Tamás Tan Tana Tanak Tanay Tanbay
Tandoğdu Tandri Tandy Tane Taneli Tanesha Tangaroa Tangela Tanguy Tangül Tanhan Tania Tanika
Tanimu Tanish Tanisha Taniya Taniyah Tanja Tanmayi Tanner Tanpınar Tanses Tansev Tansığ Tantri
Tanveer Tanvi Tanya Tanyolaç Tanyu Tanía Tanır Tapani Tapio Tara Tarah Taraji Tarak Tarancı
Tarfaan Tarfur Tari Tarik Tariq Tariyel Tarja Tarmo Tarsha Tartış Taru Taryn Tarzícius Tasdik
Tasha Tashina Tasia Tasnim Tassilo Tasvir Taswir Tate Tatia Tatiana Tatianna Tatjana Tatsuo
Tatu Tatum Tatyana Tatyanna Taufan Taufik Tauno Taurean Taurus Tautvydas Tavares Tavaris Tavian
Tavion Tavon Tawana Tawanda Tawanna Tawkeel Tawny Tawnya Taya Tayaydın Taygan Tayla Taylak
Tayler Taylor Tayshaun Tayyibe Tayyip Taçnur Taşar Taşkan Te Tea Teagan Teber Tecimer Tecla Ted
Teddie Teddy Tedi Teea Teela Teemu Teena Teerth Teetat Tegan Teguh Teija Teitný Teitur Teja
Tejas Tejs Tekbay Tekecan Tekiner Tekla Teknaz Teksoy Telemaco Telim Tella Tellervo Telly Telma
Telman Telmo Telse Temidayo Temime Temir Temirhan Temistocle Temizkal Tempie Temuçin Tena
Tenika Tenis Tenisha Tennessee Tennie Tennille Tenvir Tenzin Teo Teobaldo Teodor Teodora
Teodoro Teodors Teodosia Teodosio Teofil Teohari Teona Tera Terance Tercan Tere Terell Terence
Teresa Terese Teresia Teresiah Teresita Teressa Teresía Tereza Terezija Terhi Teri Terina Terje
Terlan Tero Terra Terrance Terrell Terrence Terri Terrie Terrill Terry Terttu Teréz Terézia
Tess Tessa Tessie Teun Teuta Teuvo Tevin Tevs Tex Texanna Texas Texie Teybet Teymur Teymuraz
Teymurçin Tezcan Tezol Teófila Teófilo Thabani Thabisa Thabisile Thabiti Thad Thaddeus Thaddäus
Thalente Thales Thalia Thanatcha Thandazile Thandeka Thandiwe Thando Thea Theadore Theda
Thedore Thekla Thelma Thembeka Thembekile Thembile Thembisile Theo Theobald Theodis Theodocia
Theodoor Theodor Theodora Theodore Theodoro Theodoros Theodosia Theodór Theodóra Theola
Theophil Theophile Theres Theresa Therese Theresia Therman Theron Therése Theta Theódór
Theódóra Thi Thiago Thiare Thibaud Thibault Thibaut Thibo Thierry Thies Thijmen Thijn Thijs
Thilo Thinhinane Thom Thomas Thomasina Thompson Thomás Thor Thora Thoralf Thorben Thorberg
Thore Thornton Thorsten Thorwald Thos Thresa Thuo Thure Thurlow Thurman Thursa Thurston
Thuthukile Thyra Thành Théa Théo Théodore Théophile Thérèse Thór Thảo Tia Tiago Tiana Tianna
Tiara Tiare Tiarna Tiarnan Tiarra Tibe Tiberia Tiberiu Tibo Tibor Tiburcio Ticen Tichomír
Tiegan Tiera Tiernan Tierra Ties Tiesha Tiffani Tiffanie Tiffany Tiia Tiina Tiit Tiiu Tijl
Tijmen Tijn Tijs Til Tilda Tilde Tilden Tilen Till Tilla Tillie Tillman Tillmann Tilly Tilman
Tilmann Tilo Tim Timbul Timea Timm Timmie Timmothy Timmy Timo Timon Timotei Timotej Timoteo
Timothy Timothée Timur Timurtaş Timéo Tina Tinca Tincuța Tindar Tindra Tindri Tindur Tine
Tineke Tiney Tinie Tinna Tinne Tinni Tinnie Tino Tiny Tira Tirdad Tirsa Tirta Tirtayasa Tirza
Tisa Tisha Tishie Tishk Titas Titi Titilayo Titin Tito Titus Tivadar Tiziana Tiziano Tiğin
Tjaldur Tjaša Tjörfi Tjörvi Tobe Tobi Tobias Tobiasz Tobie Tobin Tobiáš Toby Tobías Toccara Tod
Todd Todda Todor Todsawun Tofiq Toivo Toker Toki Toktuğ Tokunbo Toköz Tola Tolbert Tolli Tollie
Tolonbay Tolulope Toluwanimi Tom Toma Tomas Tomasa Tomasz Tomaž Tomeka Tomi Tomie Tomika
Tomislav Tommaso Tommi Tommie Tommy Tomo Tomori Tomris Toms Tomurcuk Tomàs Tomás Tomáš Tomé
Tonda Tone Toney Tonguç Toni Tonia Tonicha Tonino Tonja Tonje Tonni Tonny Tony Tonya Toomas
Toon Topias Topuz Tor Tora Toralf Torben Torbjörg Torbjörn Torbjørn Tord Tore Torey Torfey
Torfheiður Torfhildur Torfi Torgny Torhan Tori Toriano Toribio Torie Torill Torquato Torrance
Torrence Torrey Torrie Torry Torsten Tory Tosha Toshiko Toshio Tova Tove Tovuz Towanda Toy Toya
Toño Toğan Toğrul Trace Tracee Tracey Traci Tracie Tracy Trae Traian Traude Traudel Traudl
Traugott Trausti Traute Travis Travon Trayvon Tre Treacy Treasa Treasure Treena Tremaine
Tremayne Trena Trent Trenten Trenton Tresa Tressa Tressie Treva Trever Trevin Trevion Trevon
Trevor Trey Treyton Treyvon Tri Tricia Triin Trilby Trina Trine Trini Trinidad Trinity Triona
Tripp Tripti Trish Trisha Trista Tristan Tristana Tristen Tristian Tristin Triston Tristán
Triveni Triya Troels Trond Trostan Troy Trude Trudel Trudi Trudie Trudy True Trula Trumaine
Truman Trung Tryggva Tryggvi Tryggvína Trystan Tránsito Trú Trúmann Trīne Trọng Tsuma Tuan
Tuana Tucker Tudor Tudora Tudorița Tudosia Tuere Tufani Tugiman Tui Tuija Tukufu Tula Tule
Tulia Tulio Tullio Tulun Tumas Tumi Tunahan Tunar Tunchanok Tunguç Tunradee Tunçboğa Tunçkılıç
Tuomas Tuomo Turabi Tural Turan Turanə Turcein Ture Turgut Turid Turlough Turner Turvi Turxan
Tutkucan Tutkun Tutu Tuukka Tuula Tuuli Tuulia Tuulikki Tuur Tuva Tuyuğ Tuğcan Tuğrulhan Tuğtaş
Tuğçe Twan Twila Twyla Ty Tycho Tye Tyesha Tygo Tyla Tyler Tylor Tymon Tymoteusz Tyquan Tyra
Tyree Tyreek Tyreese Tyrek Tyreke Tyrel Tyrell Tyrese Tyrfingur Tyrik Tyrin Tyriq Tyrique Tyron
Tyrone Tyrus Tyshawn Tyson Tânia Téo Tía Tíbrá Tímea Tími Tímon Tímoteus Tímóteus Tína Tístran
Tóbías Tóbý Tói Tóka Tóki Tómas Tór Tóta Tõnu Törel Tùng Tú Tükelalp Tükəzban Tülay Tülin Tümer
Tümkurt Tünde Tünzalə Türabi Türcan Türkalp Türkan Türkanə Türkmen Türknur Tüzeer Tüzenur Týr
Týra Tınal Təhminə Təranə Tərlan Ubaadah Ubadah Ubaid Ubaidah Ubaldo Ubay Ubayd Ubaydullah Ubbi
Uberlinda Uberto Ubika Ucchal Uche Uchenna Uchita Uda Udant Udarsh Udeen Udeera Udo Udyati Ueli
Uffe Ufukay Uggi Ugla Ugnė Ugo Ugolino Uhban Ujamaa Ujunwa Ula Ulakbey Uldis Ulduz Ulf Ulfat
Uli Ulises Ulla Ulla-Britt Ullrich Ulrica Ulrich Ulrik Ulrika Ulrike Ultan Ulu Uludağ Uluman
Ulutay Uluğbey Ulva Ulya Ulysses Uma Umaarah Umair Umande Umang Umar Umay Umaya Umberto Umi
Ummahani Umman Umoja Umut Umutcan Umuşan Una Undine Undína Unggul Uni Unique Unjani Unknown
Unna Unnamed Unnar Unnati Unnbjörg Unnbjörn Unndís Unndór Unni Unnsteinn Unnur Unnþór Uno
Uolevi Upadhriti Upasna Upik Upkaar Upma Ura Uraltay Urbain Urban Urbano Urfan Urhan Uriah
Uriel Urijah Urishilla Urmas Urmi Uroš Urrab Urs Ursel Ursina Ursula Urszula Urte Urvashi Urvi
Urðar Urður Urša Urška Uršuľa Us Uschi Ushan Ushindi Usiku Usman Usmon Usyi Uta Utama Ute
Utkarsh Utkucan Utz Uwe Uxi Uyanser Uygun Uzbay Uzima Uzsoy Uçan Uçbeyi Uğan Uğur Uğurkan
Uğurtan Vacibe Vada Vadim Vafir Vagn Vagna Vagnbjörg Vagnfríður Vahar Vahid Vahidə Vahittin
Vaida Vaidas Vaishnavi Vajèn Vaka Vakarė Vakris Vakur Val Vala Valarie Valary Valberg Valbergur
Valbjörg Valbjörk Valbjörn Valbjört Valborg Valbrandur Valda Valdemar Valdheiður Valdi Valdimar
Valdis Valdís Valdór Valeh Valencia Valentijn Valentim Valentin Valentina Valentine Valentino
Valentín Valentína Valentínus Valentīna Valeri Valeria Valerie Valerij Valerija Valerio Valeriu
Valero Valery Valería Valeska Valey Valfríður Valgarð Valgarður Valgeir Valgerða Valgerður
Valhildur Valid Validə Valija Valinda Valka Vallary Vallaður Vallie Vallý Valmar Valmundur
Valný Valon Valorie Valrós Valrún Valsteinn Valter Valtteri Valtýr Valur Valva Valves Valère
Valèria Valér Valéria Valérie Valéry Valíant Valý Valþrúður Valþór Vamakshi Vance Vanda Vander
Vanesa Vanessa Vania Vanja Vannie Vansha Vanya Vaqif Vara Varenya Vargın Varlık Varmar Varsha
Varvara Vasana Vasarė Vasatika Vasco Vashon Vashti Vasif Vasil Vasile Vasilica Vasilică Vassie
Vassilios Vasudha Vasyl Vatnar Vaughan Vaughn Vavrinec Vaysal Vazeh Vecide Veda Vedant Vedat
Vedhika Vedika Vedran Veer Veera Veerle Veeti Vefia Vega Vegard Veig Veiga Veigar Veigur Veijo
Veikko Veis Veit Vela Velda Veli Velia Velitdin Vella Vello Velma Velta Velva Velvet Vena
Venancio Venceslás Vendela Vendelín Vendula Venera Veneranda Venessa Veniamin Venice Venie
Venita Venla Vennie Venus Veola Ver Vera Verda Verde Verdell Verdie Vere Verena Vergie Vergil
Verim Verl Verla Verle Verlene Verlie Verlin Verlon Verlyn Vermundur Vern Verna Vernal Verne
Vernell Vernelle Verner Verneri Vernetta Vernharð Vernharður Vernia Vernice Vernie Vernita
Vernon Vero Verona Veronica Veronicah Veronika Veronique Versa Versie Vertie Verónica Verónika
Veróníka Vesa Vesna Vessie Vesta Vestar Vester Vestmar Veta Vetrarrós Veturliði Veva Veysəl
Vezat Vezrife Vi Vibeka Vic Vicenta Vicente Vicenția Vicențiu Vicie Vick Vickey Vicki Vickie
Vicky Victoire Victor Victoria Victoriano Victorine Victorino Victory Victoría Victória Vicy
Vid Vida Vidadi Vidal Vidar Vide Vidhi Viera Vieroslava Viesturs Vigdís Vigfús Viggo Viggó
Vigilija Vignir Vigný Vigo Vigri Vigtýr Vigur Vihaan Viivi Vija Vikar Viking Vikki Viktor
Viktoria Viktorie Viktorija Viktors Viktoría Viktória Vilayət Vilberg Vilbergur Vilbert
Vilbjörn Vilbogi Vilborg Vilbrandur Vildane Vilde Vildís Vilfríður Vilgeir Vilgerður Vilgot
Vilhelm Vilhelmiina Vilhelmina Vilhelmína Vilhjálmur Vilho Vili Viliam Vilis Vilius Viljami
Viljar Viljem Vilji Viljo Villa Villads Ville Villi Villimey Vilma Vilmar Vilmer Vilmos
Vilmundur Vilnis Vilný Viltė Vilém Viman Vina Vinaya Vinbjörg Vince Vincenc Vincent Vincentio
Vincenza Vincenzo Vincențiu Vinciane Vineta Viney Vinicio Vinicius Vinie Vinjar Vinko Vinnie
Vinný Vino Vinsen Vinson Vinsý Vinton Vinzenz Vinícius Viola Violet Violeta Violetta Violette
Viorel Viorela Viorica Vira Viraj Virdie Virge Virgel Virgia Virgie Virgil Virgilio Virgill
Virginia Virginie Virginía Virgle Viridiana Virman Virpi Virág Visar Visarion Visitación
Visvaldis Vita Vitali Vitalija Vitalis Vito Vitor Vittoria Vittorio Vitus Vitória Viva Vivaan
Viveka Vivi Vivian Viviana Viviane Vivianne Vivien Vivienne Viðar Viðja Viļums Vjekoslav
Vjollca Vlad Vladimir Vladimír Vladimíra Vladislav Vladislavs Vlado Vlaicu Vlasta Vlastimil
Vlora Vlădelina Voichița Voicu Vojtech Vojtěch Voldemārs Volkan Volker Volkhard Volkmar Vollie
Volney Vonda Vonetta Voney Vonnie Vopni Vordís Vorm Vratislav Vratko Vreneli Vrinda Vrishti
Vritti Vuokko Vurğun Vusumuzi Vyanjana Vytautas Vytė Václav Váli Vápni Vár Vâlâ Vân Väinö
Vébjörg Vébjörn Védís Végeir Végerður Vékell Vélaug Vélaugur Vémundur Véný Véronique Vésteinn
Víbekka Víctor Víf Vífill Vígdögg Víggunnur Víglundur Vígmar Vígmundur Vígsteinn Vígþór
Víkingur Vísa Vít Vítor Vítězslav Víðar Víðir Víóla Víóletta Víťazoslav Vöggur Völundur Vörður
Vöttur Vüqar Vüsal Vüsalə Vėjūnė Věra Vũ Vəfa Vəfadar Vəli Waahid Waail Waajid Waceera Wachira
Wade Wadee Wadi Wadood Wafa Wafae Wafeeq Wafi Wafiq Wafula Wage Wahab Wahb Wahban Waheed
Wahhaab Wahhaaj Wahyu Waida Waimarie Wainaina Waino Wairimu Wakeeta Wakiman Walburga Waldemar
Waldo Waldtraut Walentina Walfried Walid Walker Wallace Walli Wally Walt Walter Walther Walton
Waltraud Waltraut Waltrud Waluyo Wamalwa Wambua Wambugu Wambui Wamwema Wanda Waneta Wangari
Wangila Wangui Wani Wanita Wanja Wanjala Wanjiku Wanjiru Wanjohi Wannes Wanyama Wanyonyi Ward
Warda Wardaya Wardell Wardi Warhi Waridi Warinder Warjas Warji Warner Warre Warren Warsa
Warsita Warta Warwick Waseme Wash Washington Wasin Wasis Wassaya Wassim Watika Watson Watt Wava
Waverly Wawan Waweru Wayde Wayland Waylon Wayman Waymon Wayne Wazir Weaver Webb Webster Weddy
Weena Wekesa Weldon Wellington Wells Welton Wenceslao Wenche Wencke Wende Wendel Wendelin
Wendell Wendi Wendolin Wendy Wenke Wenzel Wera Werner Wes Wesley Wesonga Wess Wessel West
Westin Westley Weston Wheeler Whit Whitley Whitney Wibke Widisha Widya Wiebke Wieland Wieslaw
Wigbert Wikitoria Wiktor Wilber Wilbert Wilbur Wilburn Wilda Wilder Wiley Wilford Wilfred
Wilfredo Wilfrid Wilfrido Wilfried Wilfriede Wilhelm Wilhelmina Wilhelmine Wilhelmus Wiliam
Wilkie Will Willa Willaim Willam Willard Wille Willem Willene Willfried Willi Willia William
Williams Willian Williard Willibald Willibert Willie Williemae Willis Willodean Willow Willum
Willy Wilma Wilman Wilmar Wilmer Wilson Wilton Wiltrud Wim Winda Windell Windy Winfield Winford
Winfred Winfried Wing Winifred Winni Winnie Winnifred Winny Winona Winston Winter Winthrop
Winton Wira Wirda Wiremu Wirt Wishi Wisnu Witold Wladimir Wm Wojciech Woldemar Wolf Wolf-Dieter
Wolf-Dietrich Wolf-Rüdiger Wolfgang Wolfhard Wolfram Wong Wood Woodie Woodroe Woodrow Woodson
Woody Worley Worth Wout Wouter Wriddhish Wridesh Wright Wulan Wulf Wuraola Wyatt Wycliff
Wycliffe Wylie Wyman Wynona Wálter Xalak Xalid Xalidə Xaliq Xalisə Xaləddin Xamis Xanana Xander
Xankişi Xanlar Xanım Xatirə Xaver Xavi Xavier Xavər Xena Xenia Ximena Xiomara Xiti Xobeen Xolid
Xosrov Xudaverdi Xudayar Xudu Xumar Xuân Xzavier Xénia Xəlil Xəyal Xəyalə Xəyyam Yaa Yaakov
Yaaseen Yachana Yacine Yada Yadavi Yadid Yadiel Yadigar Yadira Yael Yafi Yafir Yaghnam Yagnesh
Yago Yahaira Yahia Yahir Yahvi Yahya Yahyaa Yahyo Yahşi Yahşikan Yair Yaiza Yajaira Yakobo
Yalazabay Yalgın Yaltırak Yalçın Yalın Yaman Yamar Yameen Yamid Yamile Yamilet Yamilex Yamin
Yamini Yamən Yan Yana Yanara Yance Yancy Yandel Yanet Yaneth Yani Yanick Yanik Yanina Yanira
Yanis Yanisa Yankı Yann Yannic Yannick Yannik Yannis Yaqeen Yaqoot Yaqub Yar Yara Yareli
Yaretzi Yargı Yaritza Yasaar Yasan Yaseen Yasemen Yasemin Yash Yashasvi Yashawini Yashem
Yashica Yashoda Yashodhara Yashvi Yasin Yasina Yasinta Yasir Yasmeen Yasmin Yasmina Yasmine
Yasmín Yasna Yasser Yassin Yassine Yasti Yasəf Yasəmən Yatan Yathrib Yatin Yauvani Yavuz Yavər
Yaw Yawar Yawer Yayak Yazan Yazeed Yazganalp Yazgül Yazmin Yazmín Yağın Yağızkurt Yaşar
Yaşattin Yda Yecid Yee Yeferson Yeganə Yehuda Yeimy Yeison Yejide Yekbun Yekda Yelesen Yeneral
Yeni Yenifer Yenny Yeny Yepelek Yeraz Yergha Yerko Yerson Yertan Yesenia Yesica Yesid Yesoob
Yessenia Yessi Yessica Yetişal Yetta Yetunde Yewande Yeşil Yfke Yigit Yilmaz Yina Yineth Yinthe
Ylenia Ylfa Ylfur Ylja Ylur Ylva Ylvi Ylvie Ymir Yngvar Yngve Yngvi Ynja Yoan Yoann Yocelyn
Yochana Yoel Yoga Yohan Yohana Yohane Yolal Yolanda Yolande Yolima Yolonda Yonatan Yonathan
Yono Yordan York Yoruç Yosef Yoselin Yoshiko Yoshio Yoshita Yosma Youba Youcef Younes Young
Youri Yousef Yousra Youssef Yrja Yrjö Yrkill Yrsa Ysaline Yudy Yug Yuli Yulia Yuliana Yulieth
Yulisa Yulissa Yuly Yuni Yunis Yunita Yunt Yunus Yurani Yurany Yurdanur Yurdaser Yureed Yurem
Yuri Yuridia Yurtgüven Yurtseven Yurttaş Yury Yusif Yussuf Yusuf Yutika Yuvraj Yvan Yves Yvette
Yvon Yvonne Yésica Yéssica Yönetmen Yücel Yücelen Yümun Yıldır Yıldız Yılma Yəhya Yến Zaafir
Zaahid Zaahir Zaakir Zabir Zablon Zac Zacarías Zach Zacharia Zachariah Zacharias Zacharie
Zachary Zachery Zack Zackariya Zackary Zackery Zada Zadie Zaeem Zaenab Zafar Zafeer Zafir
Zafrul Zahaar Zaharia Zaheer Zahfer Zahi Zahid Zahir Zahnya Zahra Zahri Zahro Zahrun Zahur Zaib
Zaid Zaida Zaiden Zain Zainab Zainabu Zaira Zaire Zaitra Zaituni Zak Zakaria Zakariyo Zakary
Zakaría Zakarías Zakayo Zakhele Zakir Zakiyaxon Zaliha Zalindra Zalán Zaman Zamfir Zamfira
Zamin Zamiq Zamir Zamira Zana Zander Zandra Zane Zaniyah Zansi Zara Zarar Zaraza Zaria Zariah
Zarina Zarna Zarəngiz Zashil Zauqi Zaur Zavier Zavion Zaweel Zayan Zayd Zayden Zaynab Zayne
Zayyan Zayyir Zbigniew Zbyněk Zdenka Zdenko Zdeněk Zdeňka Zdislava Zdravko Zeb Zebirce Zebulon
Zechariah Zed Zeferino Zehaan Zehnia Zehra Zehranur Zejna Zekayi Zeke Zeki Zela Zelaya Zelda
Zelha Zelia Zeljko Zella Zelma Zelpha Zemfira Zemzem Zena Zenas Zende Zenia Zennun Zeno Zenobia
Zenon Zenovia Zenta Zenzele Zenzile Zerafet Zerdad Zeride Zeta Zetta Zettie Zevlüde Zewad
Zeynal Zeynelabidin Zeynep Zeyno Zeynulla Zeynəb Zeynəgül Zhane Ziba Zibeydə Zibuyile Ziedonis
Ziggy Zigmund Zigrīda Zihni Zikmund Zilfa Zillah Zilmil Zilpah Zilpha Zimran Zina Zinal Zineb
Zinhle Zinnura Zinnure Zinət Zion Zipporah Zita Ziya Ziyaettin Zizi Zlatica Zlatko Zoa Zoe Zoey
Zofia Zofija Zoie Zoila Zoja Zola Zollie Zoltan Zoltán Zona Zophanías Zophonías Zora Zoraida
Zoral Zoran Zorica Zorka Zoé Zoë Zsanett Zsigmond Zsolt Zsombor Zsuzsanna Zsófia Zuba Zubayr
Zubeyde Zuhri Zula Zulaikha Zulema Zulfa Zulma Zumaridi Zunilda Zuwayhir Zuwena Zuzana Zvonka
Zvonko Zwatie Zélie Zóphanías Zóphonías Zöhrehan Zöhrə Züfer Züheyla Zülbiye Züleyxa Zülfiyyə
Zülfüye Zülgarni Zümre Zümrüd Zəhra Zəkəriyyə Zəminə Zərdüşt Zərif Zərifə Zərnigar Ábel Ádám
África Ágata Ágatha Ágnes Águeda Ágúst Ágústa Ágústína Áki Ákos Álex Álfar Álfdís Álfey Álfgeir
Álfgerður Álfgrímur Álfheiður Álfhildur Álfrós Álfrún Álfsól Álfur Álfþór Álvaro Ámbar Ámundi
Ángel Ángela Ángeles Ánh Árbjartur Árbjörg Árbjörn Árbjört Árdís Árelía Árelíus Árgeir Árgils
Árlaug Ármann Ármey Árna Árndís Árney Árnheiður Árni Árnína Árný Áron Árpád Ársæl Ársæll Ársól
Árveig Árvök Áróra Árún Árþóra Ás Ása Ásberg Ásbergur Ásbjörg Ásbjörn Ásborg Ásdís Ásfríður
Ásgautur Ásgeir Ásgerður Ásgils Ásgrímur Áshildur Ási Áskatla Áskell Ásla Áslaug Áslaugur
Ásleif Áslákur Ásmar Ásmundur Ásný Ásrós Ásröður Ásrún Ást Ásta Ástbjörg Ástbjörn Ástbjört
Ástdís Ástfríður Ástgeir Ástgerður Ástheiður Ásthildur Ástmar Ástmundur Ástráður Ástríkur
Ástríður Ástrós Ástrún Ástvald Ástvaldur Ástvar Ástveig Ástvin Ástþrúður Ástþór Ástþóra
Ásvaldur Ásvarður Ásvör Ásólfur Ásþór Áurea Âdem Âlemşah Ângela Ângelo Änne Åbjørn Åge Åke Åsa
Åse Ægileif Ægir Æsa Æsgerður Æsir Ævar Ævarr Çakar Çakırca Çaltı Çalım Çamok Çapkan Çavuldur
Çağa Çağdan Çağlar Çağlasın Çağveren Çelem Çelikkan Çelikyürek Çerçi Çetinsu Çeviköz Çevregül
Çilga Çimnaz Çinarə Çinerk Çingiz Çisem Çiçək Çokan Çolpan Çopur Çoğay Çıdal Çıvgın Èric Édgar
Édith Édouard Élisabeth Élise Élodie Éléonore Émile Émilie Éric Érica Étienne Éva Ëakumbu Ían
Ída Ígor Íma Ími Ína Íngrid Ír Íren Írena Íris Írunn Ísabel Ísabella Ísadóra Ísafold Ísak
Ísalind Ísar Ísarr Ísbjörg Ísbjörn Ísdís Íseldur Ísey Ísfold Ísgeir Ísgerður Íshildur Ísidór
Ísis Íslaug Ísleif Ísleifur Ísmael Ísmar Ísmey Ísold Ísrael Ísrún Íssól Ísveig Ísól Ísólfur
Ítalo Íunn Íva Ívan Ívar Íñigo Óda Ófeigur Ófelía Óla Ólafur Ólafía Ólafína Ólavía Óli Óliver
Ólivía Ólína Ólíver Ólöf Ómar Ómi Ósa Óscar Ósk Óskar Ósvald Ósvaldur Ósvífur Ótta Óttar Óttarr
Óðinn Öge Ögmunda Ögmundur Ögn Ögri Ökkaş Öktürk Ölnir Ölrún Ölveig Ölver Ölvir Ömer Ömriye
Ömür Öncel Öndólfur Önel Öngen Önsal Önundur Örbrún Örfiye Örik Örjan Örk Örlaugur Örlygur Örn
Örnólfur Örvar Öryürek Ösp Össur Östen Över Övün Öxar Özakan Özalpsan Özaslan Özay Özbay
Özbilek Özbilge Özdal Özdeş Özdil Özdoğdu Özel Özerdinç Özertem Özge Özger Özgün Özgür Özinal
Özkent Özkutlu Özlem Özlü Özokçu Özpetek Özpınar Özsözlü Öztek Öztürk Özyurt Özçam Özüdoğru
Öğet Øivind Øjvind Ørni Øvli Øystein Øyvind Úa Úddi Úlfa Úlfar Úlfdís Úlfey Úlfgeir Úlfheiður
Úlfhildur Úlfhéðinn Úlfkell Úlfljótur Úlfrún Úlftýr Úlfur Úlla Úlrik Úna Úndína Úranus Úranía
Úrsula Úrsúla Übeydullah Üge Ülfet Ülfət Ülke Ülküdeş Ülküm Ülkər Ülle Ülvi Ülviyyə Ümid
Ümmahan Ümmet Ümmühan Ümray Ünal Ünek Ünlen Ünsever Ünübol Ürfettin Ürper Üsame Üstün Üzer
Üzeyir Üçgül Ýja Ýma Ýmir Ýr Ýrar Ýrr Þalía Þangbrandur Þeba Þengill Þeyr Þeódís Þeódóra Þinur
Þiðrandi Þiðrik Þjálfi Þjóstar Þjóstólfur Þjóðann Þjóðbjörg Þjóðbjörn Þjóðgeir Þjóðhildur
Þjóðleifur Þjóðmar Þjóðrekur Þjóðvarður Þjóðólfur Þoka Þorberg Þorbergur Þorbjörg Þorbjörn
Þorbrandur Þorfinna Þorfinnur Þorgarður Þorgautur Þorgeir Þorgerður Þorgestur Þorgils Þorgnýr
Þorgríma Þorgrímur Þorgísl Þorkatla Þorkell Þorlaug Þorlaugur Þorleif Þorleifur Þorleikur
Þorlákur Þormar Þormundur Þormóður Þorri Þorsteina Þorsteinn Þorstína Þorvaldur Þorvar
Þorvarður Þrastar Þrymur Þrá Þráinn Þrándur Þróttur Þröstur Þrúða Þrúðmar Þrúður Þula Þura Þurí
Þuríður Þurý Þyri Þyrnir Þyrí Þór Þóra Þóranna Þórar Þórarinn Þórarna Þórbergur Þórbjörg
Þórbjörn Þórdís Þórelfa Þórelfur Þórey Þórfríður Þórgnýr Þórgrímur Þórgunna Þórgunnur Þórhaddur
Þórhalla Þórhalli Þórhallur Þórhanna Þórheiður Þórhildur Þórir Þórkatla Þórlaug Þórlaugur
Þórleif Þórleifur Þórlindur Þórmar Þórmundur Þórný Þórodda Þóroddur Þórormur Þórsteina
Þórsteinn Þórsteinunn Þórstína Þórunn Þórveig Þórvör Þórða Þórður Þórólfur Þórörn Þöll Þúfa
Ādams Ādolfs Ārija Ąžuolas Đuro Đurđica Ērika Ēriks Ēvalds Ğanim Ģederts Ģirts İbiş İbrahim İde
İdiris İhsan İkiz İklim İlahə İlalmış İlbek İldem İldeş İlgi İlham İlhamə İlim İlkanə İlkbahar
İlkim İlkin İlklima İlmafer İlnarə İlper İlqar İlqarə İlsu İlteriş İlyas İmam İmge İmran İmren
İmrihan İnançlı İnarə İnayət İncifir İnqilab İnsaf İntihap İntiqam İntizar İradə İrfan İsa İsak
İsgəndər İslam İslime İsmayıl İsmet İsmət İsra İsrafil İvecen İxtiyar İyiyürek İzel İzgü İzzət
İçimbike İşcan Ľubica Ľubomír Ľubomíra Ľubor Ľuboslav Ľuboslava Ľuboš Ľudmila Ľudomil Ľudomila
Ľudovít Łukasz Şaban Şabettin Şadıman Şafii Şahat Şahdiye Şahin Şahinbey Şahinder Şahlar Şahmar
Şahmettin Şahnaz Şahnuray Şahvələd Şahıgül Şakir Şali Şamiha Şamil Şamxal Şanlı Şavki Şayan
Şazime Şefi Şefiye Şehamet Şehreban Şehza Şekim Şelâle Şemsettin Şemsinisa Şendoğan Şenkal
Şennur Şerafeddin Şeref Şerman Şevket Şevketfeza Şeyda Şide Şilan Şinasi Şirin Şirivan Şirzad
Şuayp Şöhret Şövkət Şükri Şükufə Şüküfe Şükür Şıxı Şəfa Şəfiqə Şəhla Şəhrəbanu Şəlalə Şəmsiyyə
Şərafət Şərəfəddin Šarlota Šarūnas Šime Šimon Špela Štefan Štefanija Štefica Štefka Štefánia
Štěpán Štěpánka Šárka Žan Žaneta Žanis Željka Željko Želmíra Žemyna Žiga Žigmund Živa Živilė
Žofia Žofie Žygimantas Əbdül Əcəbnaz Ədalət Ədibə Əflatun Əhliman Əhməd Əhəd Əjdər Əkbər Əkrəm
Əli Əliş Əliəkrəm Ələkbər Ələsgər Əmin Əminə Əmir Əntiqə Ənvər Ərtoğrul Əsgər Əsmər Əyyub Əşrəf
Șerban Ștefan Ștefana Ștefania Άγγελος Άλκηστις Άνθιμος Άννα Άρης Άριστος Άρτεμις Έκτορας Έλλη
Έξαρχος Ήβη Ήλια Ήρα Ίκαρος Ίρις Ίων Όθων Όλγα Όμηρος Αίας Αβραάμ Αγάθη Αγάπη Αγάπιος
Αγαθάγγελος Αγαθή Αγαθοκλής Αγαθόνικος Αγαμέμνων Αγαπητός Αγγελής Αγγελική Αγησίλαος Αγλαΐα
Αγνή Αγόρω Αδάμ Αδαμάντιος Αδαμαντία Αηδόνα Αθανάσιος Αθανασία Αθηνά Αθηναγόρας Αθηνοδώρα
Αθηνόδωρος Αικατερίνη Αιμίλιος Αιμιλία Αιμιλιανός Ακρίτας Ακριβή Ακριβός Αλέξανδρος Αλέξιος
Αλίκη Αλεξάνδρα Αλεξία Αλκιβιάδης Αλκινόη Αλκμήνη Αμαλία Αμβροσία Αμβρόσιος Αμφιθέα Αμφιτρίτη
Ανάργυρη Ανάργυρος Ανέστης Αναγνώστης Ανανίας Αναξαγόρας Αναστάσιος Αναστασία Ανατολή Ανδρέας
Ανδριανή Ανδροκλής Ανδρομάχη Ανδρομέδα Ανδρονίκη Ανδρόνικος Ανθή Ανθούλα Ανθούλης Αννίκα
Αντίγονος Αντίπατρος Αντιγόνη Αντωνία Αντύπας Αντώνιος Απολλωνία Αποστολία Απόλλων Απόστολος
Αρέθα Αρίσταρχος Αργυρούλα Αργυρώ Αργύριος Αρετή Αριάδνη Αριστέα Αριστείδης Αριστομένης
Αριστοτέλης Αριστοφάνης Αριστόβουλος Αρτέμης Αρτέμιος Αρτεμισία Αρχέλαος Αρχιμήδης Αρχοντία
Ασημάκης Ασημής Ασημίνα Ασημούλα Ασκληπιός Ασπασία Αστέριος Αστέρω Αταλάντη Αυγέρης Αυγή
Αυγουστίνα Αυξέντιος Αφέντης Αφέντρα Αφροδίτη Αχιλλέας Αχιλλεία Αύγουστος Βάγια Βάιος Βέρα
Βαγιανή Βαλάντης Βαλάντω Βαλέρια Βαλέριος Βαλεντίνα Βαλεντίνος Βαρβάρα Βαρδής Βαρθολομαίος
Βαρσάμος Βαρσαμία Βασίλειος Βασίλης Βασιλεία Βασιλική Βεατρίκη Βελισσάριος Βελισσαρία Βενέτιος
Βενετία Βενιαμίν Βενιζέλος Βερονίκη Βερόνικα Βησσαρία Βησσαρίων Βικέντια Βικέντιος Βικτωρία
Βικτόρια Βιολέτα Βιργινία Βλάσης Βλάσιος Βλαδίμηρος Βλασία Βρασίδας Βρυσηίς Βύρων Γαβριέλλα
Γαβριήλ Γαλάτεια Γαλάτιος Γαλήνη Γαληνός Γαρυφαλλιά Γαρύφαλλος Γενοβέφα Γεράσιμος Γερακίνα
Γερασιμούλα Γεσθημανή Γεωργία Γεώργιος Γιάννης Γιαννούλα Γιασεμή Γιολάντα Γιώργος Γκίκας Γκόλφω
Γλαύκη Γλυκερία Γραμματική Γρηγόριος Δάφνη Δέσποινα Δήμητρα Δήμος Δίκαιος Δαβιδούλα Δαμασκηνή
Δαμασκηνός Δαμιανή Δαμιανός Δανάη Δανιήλ Δημήτρης Δημήτριος Δημοκράτης Δημοσθένης Δημούλα
Δημόκριτος Διαλεκτή Διαμάντω Διαμαντής Διαμαντούλα Διδώ Δικαία Διογένης Διομήδης Διονυσία
Διονύσιος Δομήνικος Δούκισσα Δράκων Δροσιά Δρόσος Δωροθέα Δωρόθεος Δόμνα Ειρήνη Ειρηναίος Ελένη
Ελέσσα Ελεονόρα Ελευθέριος Ελευθερία Ελισάβετ Ελισσαίος Ελπίδα Ελπίς Εμμανουέλα Εμμανουήλ
Επαμεινώνδας Επιστήμη Ερασμία Ερατώ Εριέτα Εριφύλη Ερμής Ερμιόνη Ερμόλαος Ερρίκος Ερωτόκριτος
Ερωφίλη Ευάγγελος Ευαγγελία Ευανθία Ευγένιος Ευγενία Ευδοκία Ευδοξία Ευδόξιος Ευθαλία Ευθυμία
Ευθύμιος Ευκλείδης Ευλαμπία Ευμένιος Ευμορφία Ευπραξία Ευριπίδης Ευρυδίκη Ευρύκλεια Ευσέβιος
Ευσεβία Ευσεβεία Ευστάθιος Ευσταθία Ευστράτιος Ευστρατία Ευτέρπη Ευτυχία Ευτύχιος Ευφροσύνη
Εφραίμ Εύα Εύκλεια Ζήνων Ζαμπέτα Ζαμπία Ζαφείρης Ζαφείριος Ζαφειρία Ζαχαρένια Ζαχαρίας
Ζαχαρούλα Ζηναϊς Ζηνοβία Ζηνόβιος Ζησούλα Ζωή Ηλέκτρα Ηλίας Ηλιάνα Ηράκλεια Ηρακλής Ηρόδοτος
Ησαΐας Ηώ Θάλεια Θέκλα Θέμης Θέμις Θέτις Θαλής Θαλασσινή Θεανώ Θεμιστοκλής Θεμιστόκλεια
Θεοδοσία Θεοδούλη Θεοδόσης Θεοδόσιος Θεοδότη Θεοδώρα Θεολογία Θεολόγος Θεοπίστη Θεοτόκης
Θεοφάνης Θεοφίλη Θεοφανία Θεοφύλακτη Θεοφύλακτος Θεοχάρης Θεοχαρούλα Θεόδουλος Θεόδωρος
Θεόκλεια Θεόκλητος Θεόπιστος Θεόφιλος Θεόφραστος Θεώνη Θηρεσία Θησεύς Θουκυδίδης Θρασύβουλος
Θωμάς Θωμαίς Ιάκωβος Ιάσονας Ιάσων Ιακωβίνα Ιγνάτιος Ιγνατία Ιερεμίας Ιερόθεος Ιερώνυμος Ινώ
Ιοκάστη Ιορδάνης Ιορδανία Ιουλία Ιουλιανή Ιουλιανός Ιούλιος Ιπποκράτης Ιππολύτη Ιππόλυτος
Ισίδωρος Ισαάκ Ισαβέλλα Ισιδώρα Ισμήνη Ιφιγένεια Ιωάννα Ιωάννης Ιωακείμ Ιωνάς Ιωσήφ Ιωσηφίνα
Κάρολος Κίμων Καλή Καλλίνικη Καλλίνικος Καλλιρρόη Καλλιρόη Καλλιόπη Καλομοίρα Καλυψώ Κανέλλα
Καρυοφυλλιά Κασσάνδρα Κασσιανή Κατερίνα Κερασιά Κηρύκος Κικιλία Κλέαρχος Κλήμης Κλαίρη Κλεάνθης
Κλειώ Κλεομένης Κλεονίκη Κλεοπάτρα Κλεόβουλος Κλεόπας Κλημεντίνη Κλυταιμνήστρα Κοκκώνα Κομνηνή
Κομνηνός Κονδυλία Κοραλία Κορνήλιος Κορνηλία Κοσμάς Κρινιώ Κρυστάλλης Κρυσταλλένια Κυβέλη
Κυδωνία Κυπαρισσία Κυπριανή Κυπριανός Κυράτσα Κυριάκος Κυριαζής Κυριακή Κωνσταντία Κωνσταντίνα
Κωνσταντίνος Κωστούλα Κόσμια Κύρος Κώστας Λάζαρος Λάμπρος Λάσκαρης Λέανδρος Λέων Λήδα Λαέρτης
Λαζαρία Λαμπρινή Λαοκράτης Λασκαρίνα Λαυρέντιος Λαυρεντία Λεμονής Λεμονιά Λεονάρδος Λευκοθέα
Λεωνίδας Λεωνιδιά Λεώνη Λητώ Λογοθέτης Λουίζα Λουδοβίκος Λουκάς Λουκία Λουκιανός Λουλουδένια
Λυγερή Λυδία Λυκούργος Λύσανδρος Μάνθα Μάρθα Μάριος Μάρκος Μένανδρος Μίνωας Μαγδαληνή
Μαγδαληνός Μακάριος Μακρίνα Μαλαμάτη Μαλαματένια Μαλβίνα Μαντώ Μαρία Μαρίνα Μαρίνος Μαργαρίτα
Μαργιέττα Μαριάνθη Μαριάννα Μαριγώ Μαριλένα Μαρκέλλα Μαρτίνος Μαρωτέσα Ματίνα Ματθίλδη Ματθαίος
Ματρώνη Μαυρίκιος Μαυροειδής Μαυρούδης Μαύρα Μαύρος Μεγακλής Μεθόδιος Μελένια Μελέτια Μελέτιος
Μελίνα Μελπομένη Μενέλαος Μερκούριος Μερόπη Μεταξία Μηλιά Μηνάς Μικές Μιλτιάδης Μινέρβα Μιράντα
Μιχάλης Μιχαέλα Μιχαήλ Μυρσίνη Μυρτώ Μόσχα Νέαρχος Νίκανδρος Νίκη Νίκος Νίκων Ναθαναήλ Ναπολέων
Ναταλία Ναταλίνα Ναυσικά Νεκτάριος Νεκταρία Νεοκλής Νερατζιά Νεφέλη Νεόκλεια Νεόφυτος Νικήτας
Νικητία Νικηφόρος Νικολέτα Νικολίτσα Νικόδημος Νικόλαος Νομική Νταίζη Ντανιέλα Ξένη Ξανθή
Ξανθίππη Ξανθός Ξενοφών Οδυσσέας Οδυσσεύς Οδύσσεια Ολύμπια Ορέστης Ορφέας Ουρανία Πάρις
Πάτροκλος Πέτρα Πέτρος Πίνδαρος Παγώνα Παναγής Παναγία Παναγιώτα Παναγιώτης Πανδώρα Πανορμίτης
Πανταζής Παντελής Παντελία Παντελεήμων Παντούλα Πανωραία Παράσχος Παρέσσα Παρασκευάς Παρασκευή
Παρθένα Πασχάλης Πασχαλιά Παταπία Παυλίνα Παυσανίας Παύλος Πελαγία Πελοπίδας Περικλής Περικλεία
Περιστέρα Περσεφόνη Πηγή Πηνελόπη Πιερρίνα Πλάτων Πλούταρχος Ποθητή Πολυζώης Πολυκράτης
Πολυνίκη Πολυξένη Πολυτίμη Πολυχρονία Πολυχρόνιος Πολύβια Πολύβιος Πολύδωρα Πολύδωρος
Πολύκαρπος Πολύμνια Πουλχερία Πούλια Πραξιτέλης Προδρομία Προκόπιος Προμηθέας Πρόδρομος
Πυθαγόρας Πωλίνα Πύρρος Ράλλης Ρέα Ρήγας Ρίζος Ραλλία Ραφαήλ Ραχήλ Ρεβέκα Ρεβέκκα Ρεγγίνα
Ρηγούλα Ροδάνθη Ροδαμάνθη Ροδιά Ροδόκλεια Ροδόφλος Ρουμπίνη Ρούσα Ρωμανός Ρωξάνη Ρόζα Σάββας
Σάρρα Σέργιος Σαββούλα Σαλώμη Σαμουήλ Σαπφώ Σαράντης Σεβαστή Σεβαστιανή Σεβαστιανός Σελήνη
Σεμίνα Σεραφεία Σεραφείμ Σιρανούς Σμαράγδα Σολομών Σουλτάνα Σουμέλα Σοφία Σοφοκλής Σπάρτη
Σπήλιος Σπυράννα Σπυρίδων Σπυριδούλα Στέλλα Στέλλιος Στέργιος Στέφανος Σταμάτης Σταμάτιος
Σταματίνα Σταυρούλα Σταύρος Στεργιανή Στεργιαννώ Στεφανία Στυλιανή Στυλιανός Συμέλα Συμεωνία
Συμεών Συμεώνη Σωζούσα Σωκράτης Σωτήρης Σωτήριος Σωτηρία Σωφρονία Σόλων Σώζων Τίμων Τίτος
Ταξίαρχος Ταξιάρχης Ταξιαρχία Τατιάνα Τερψιχόρη Τζένη Τζανέτος Τηλέμαχος Τηλεμαχος Τιμοθέα
Τιμολέων Τιμόθεος Τριαντάφυλλη Τριαντάφυλλος Τριανταφυλλιά Τρισεύγενη Τρυφωνία Τρύφων Τσαμπίκα
Τσαμπίκος Υάκινθος Υακίνθη Υβόννη Υπαπαντή Φίλιππος Φαίδρα Φαίδων Φανή Φανουρία Φανούριος
Φεβρωνία Φερενίκη Φιλήμων Φιλίππα Φιλαρέτη Φιλιππία Φιλιώ Φιλοθέη Φιλομήλα Φλοριάντ Φλωρίνα
Φλωρεντία Φλώρα Φοίβη Φοίβος Φρίξος Φραγκίσκος Φραντζέσκα Φρειδερίκη Φρειδερίκος Φρύνη Φωκάς
Φωκίων Φωτεινή Φωτεινός Φώτιος Χάιδω Χάρη Χάρις Χαρά Χαράλαμπος Χαρίκλεια Χαρίλαος Χαρίτος
Χαραλαμπία Χιονιά Χλόη Χρήστος Χρίστος Χριστίνα Χριστιάν Χριστιάνα Χριστοδούλα Χριστοφόρα
Χριστόδουλος Χριστόφιλη Χριστόφορος Χρυσάνθη Χρυσή Χρυσαυγή Χρυσαφένια Χρυσοβαλάντιος
Χρυσοβαλάντου Χρυσοβαλάντω Χρυσούλα Χρυσόστομη Χρυσόστομος Χρύσανθος Ѓорги Ѓорче Єва Євген
Єлисавета Єлисей Єфрем Іван Ігнат Ігор Ілля Ірена Ірина Јане Јасмина Јован Јована Јовче Аарон
Аблен Авгия Август Августиан Августин Авдей Авел Авер Аверкий Аверно Аверьян Авигея Авксентий
Аво Аврам Аврели Аврелий Аврелій Аврор Автоном Авторка Агап Агапи Агапий Агата Агатопод Агафон
Агафья Аггей Агент Аглай Аглая Аглоида Агнен Агнеш Агнешка Агоп Агъци Ада Адалберт Адам Адамина
Адеан Аделин Адем Адра Адриан Адрианиа Адриян Аела Аерозол Азалия Азар Азарий Айдемир Айрен
Акашия Аким Аксакусти Аксентия Аксидан Аксинтия Акулина Алания Алберт Албина Албияна Алдин
Алевандър Алевтин Алевтина Алег Алек Алекзандриян Александар Александр Александра Александрина
Алексей Алексеј Алексиа Аленка Алиана Алина Алисия Алла Алтая Альберт Альбіна Аліна Амалія
Амбър Амвросий Амвросій Амория Амос Ана АнаМария Ананий Анастасия Анастасія Анатолий Анатолия
Ангела Ангелина Ангелка Андика Андрей Андреј Андриана Андрон Андроник Андрій Анелина Анета
Анжела Анжелика Анза Аникей Аникита Анимира Анисим Анита Аница Анна Аномалия Антип Антоалина
Антон Антонела Антонин Антонина Ануша Анхея-мей Аніта Аполинария Аполлинарий Аполлон Аралия
Арефий Аристарх Аркадий Аркадия Аркадій Арсен Арсена Арсений Артем Артемий Архип Аселина Асифа
Аскольд Астромерия Атанас Атина Аурора Афанасий Афиноген Багра Бажен Балина Бацислава Беатрис
Бела Белисима Беломира Бенелена Беримир Берин Берислава Берия Беро Берослав Бетина Бетино Бечо
Бея Билена Билян Билјана Бинко Биньо Бисенти Бисер Бисера Биянка Благица Благо Благовест
Благодатка Благой Благомир Благосвет Благосвета Благој Блаже Бог Богдалина Богдан Богданна
Богиня Богодар Богой Боголюб Богомил Богородка Богослав Богуслав Богуслава Бодромир Бодурка
Божан Божидар Божидара-силвестра Божик Божимир Божин Божинел Божинела Божко Божо Божур Божурка
Боил Боила Бойко Бойчо Болен Болеслав Боне Бонислав Бонифация Бонко Боно Борена Борис Бориска
Борислав Борче Борянка Боца Боян Бојан Бранко Бригита Бронислав Бронислава Будимир Буна Буча
Бързана Вадим Ваклина Валентин Валентина Валерий Валерия Валерьян Валерій Валя Вангелия Ванухи
Варвара Варлаам Варта Варфоломей Варфоломій Васенка Васил Василий Василина Василиса Василка
Василь Васка Вацлав Вашиля Вежда Велиана Велимир Велинна Велиянка Венда Венедикт Венеция
Вениамин Венислава Венчислава Веніямин Вера Верена Верислава Вероника Веса Веселин Веселинка
Весислав Весна Весо Веспасиян Ветко Веца Вечко Вигалот Виго Виделин Виден Видима Видин Видое
Видослав Видю Викенти Викентий Виктор Викторин Виктория Вилиан Вилизар Вилизара Вилислав Вилия
Вилиян Вилхема Винету Винко Вино Винсънт Винченцо Виолет Виолета Виолин Виржиния Висарион
Виссарион Виталий Витко Витлян Витомир Витомира Витош Вихрен Вихрони Вихър Вичо Виша Вишетин
Вишка Вишню Влад Владилен Владилена Владимер Владимир Владислав Владлен Владлена Влас Влатко
Водица Войнка Володимир Володимира Всеволод Всемил Всеслав Вула Възкресения Въльо Върбунка Въца
Вышеслав Вячеслав Віктор Вікторія Віолетта Віра Віталій Габи Гаврила Гаврило Галактион Галена
Галентин Галиен Галимир Галина Галиян Галя Гани Ганислав Ганна Гануца Ганцомир Ганчо Ганьо Гаро
Гатьо Гацо Гвардиана Гвоздейка Гедеон Гелемир Гена Генади ГенадиВалериев Генадий Генислав Генко
Геннадий Геннадій Гено Генчо Гео Геодим Геомил Георгелена Георги Георгий Георгица Георгій
Герасим Герга Герган Гергей Гергелюб Гергин Гердан Гердана Герман Геро Герой Гертруда Герчо
Гетислав Гетко Гето Гецо Гечо Гешо Гивеза Гиздален Гиздана Гико Гилдрой Гичка Глафира Глеб Гліб
Горан Гордана Гордей Гордій Гория Гостомысл Гоца Гоце Графица Гремислав Грета Григорий Григорій
Гримяна Гроздинка Гуна Гурий Гъда Гълъбица Гюгра Гюргя Давид Давыд Дакота Дамяна Дамјан Дан
Данелина Даниел Данила Данило Данимира Даница Данка Данна Данче Дарданела Дарина Дария Дарија
Дарко Дарья Дафинка Деа Деви Делиана Делчо Деля Делян Деляна Дементий Демид Демир Демирела
Демьян Демян Дениандра Дениз Деника Денимир Денис Денислав Дениславена Дениян Денница Денчо
Дердидас Десимиляна Десимир Десислав Десияна Деслав Деспин Деспинка Деспот Детелин Дефлорина
Дечко Дечо Дечю Дешо Дея Деян Дејан Джана Джанер Джанко Джиневра Джихад Джон-стефан Джулия
Диаманди Диамантина Диан Диана-Мария Дивизие Дивизия Дивил Дида Дидко Диего Дико Дилмана Дилян
Димитар Димитра Димка Динна Дмитрий Дмитро Добрина Добромысл Доброслав Дойка Доменика Доне
Доника Дора-Анна Дорина Дорофей Доста Доча Драган Драгана Драгица Дренка Дуда Душан Душка
Дюкяна Евангелина Евгений Евгения Евграф Евдоким Евдокия Евлампий Евпраксия Евридика Евсей
Евстати Евстатий Евстафий Евстахий Евстигней Евтим Евфросиния Егор Едвин Едит Едита Едрю Едуард
Екатерина Еким Ектар Ектор Ел Елвис Елдора Елеан Електрон Елемаг Елена Еленица Еленко Елеонета
Ели Елиан Елиас Елиезер Елиз Елизабет Елизабета Елизавета Елизар Елин Елина Елиса Елисей Елисия
Елица Елко Елма Елфида Ельо Ема-Бела Еманоил Емануел Емануил Емануила Емельян Емил Емилиан
Емилиян Емилија Емма Емілія Ендо Еница Енчо Еньо Еню Епифан Ервин Ергана Ередин Еремей Еремия
Ерик Ерина Ермил Ермиля Ермолай Ерол Ерофей Ерсен Еріка Есен Естела Етиен Ефим Ефимена Ефка
Ефрем Ефросиния Жаклин Жанин Жанна Жара Жарко Жейна Желязка Женимира Жива Живомира Жичка Жорка
Жулиана Заварин Завен Заека Замфир Занго Занка Занко Запрян Зарко Зафа Зафер Зафир Захар Захари
Захарин Захаринка Захо Звездан Звездемира Звездин Звездислав Звездиян Звездолет Звездомир Згура
Здравелин Здравелина Здравец Здравко Здравчо Здухостина Зенгин Зика Зинаида Зинко Зинови
Зиновий Зиновій Златан Златея Злати Златил Златимир Златиян Златка Златко Златогор Златозар
Златомир Златомира Златослав Златослава Златоцвет Златьо Зоичка Золтан Зоран Зорка Зорян Зосима
Зоя Зузичка Ивалена Иван Иванеса Иваничка Иванка Иванна Ивелиана Ивинка Иглика Игнатий Игор
Игорь Изидора Измаил Изот Изяслав Иларион Илеана Илианна Илинда Илиомар Илич Илия Илиян Илија
Илка Илко Илчо Илья Имилиан Инан Ингемунд Инеса Инко Иннокентий Инчо Иосиф Ипат Ипатий Иполит
Ипполит Ира Ираида Ираклий Ириан Ирин Ирина Ириней Ириян Ирко Ирла Ирма Ирник Исай Исак Исидор
Исихия Искрен Искър Исперих Истан Истатко Истилияна Истилян Исус Итко Ихтиандър Ицо Ичо Ия Йено
Йеремия Йоан Йоан-Александър Йоан-иво Йоана Йоанна Йован Йованка Йовица Йовко Йово Йовро Йовцо
Йовчо Йожи Йоил Йоко Йолина Йолиян Йолко Йона Йоника Йорданка Йосип Йоханна Кадифейка Казимир
Калея Калина Калиса Каллистрат Калуда Камея Камілла Кануша Капитон Карамелита Карен Карим Карин
Карина Карл Карло Кармен Каролин Карп Карчо Касиди Касьян Катакомб Каталинка Катастрофа Катерин
Катерина Катинка Каунка Кветослава Кевин Кеворк Керанка Кери Кети Кибер Ким Кимба Кимбо Кимон
Кимчо Кин Кинка Кино Кинта Киприслав Киприян Кир Кира Кириен Кирил Кирилл Кирило Кирка Кирчо
Киряк Киряки Киряко Кис Кит Кито Китодар Китомир Китчица Клавдий Клавдия Клавдія Клара Клеуна
Клим Климент Клоя Кнут Козма Койно Койо Койчо Кокимира Коко Коле Колчо Кольо Колю Комара Комнин
Кондрат Кондратий Конон Константин Константина Корнелия Корнил Коста Костадинка Костянтин
Кралина Красидара Красияна Криси Кристиана Кристина Кристия Крсте Кръстанка Ксандриния Ксения
Кузман Кузьма Кунка Куприян Кьнина ЛЕА-МАРИЯ Лавр Лаврентий Лада Ладимир Ладислав Лазар Лазарь
Лазура Лалка Лалко Лало Лальо Ламби Ламбо Ламбю Ланселот Лариса Ласкал Ласкар Ластър Латин
Латко Латьо Латю Лаца Леандър Лев Левент Левко Левчо Лека Леко Ленин Ленко Ленче Леон Леонид
Леонтий Леонтій Леонід Леопольд Лесе Лесь Летисия Лефтер Лечо Либерта Лидийка Лидия Лика Лилия
Лилко Лило Лилчо Лилян Лилянка Лилјана Лимон Лина Линда Липе Лихия Личо Лия Ловчо Лозан Лозана
Лозанка Лозен Лонгин Лора Лора-софия Лоранс Лорена Лоти Лука Лукан Лукия Луко Лукьян Лули Лулчо
Луна Лусио Лусия Лучезар Лъчезарка Любим Любина Люблина Любов Любовь Любомир Любослава
Любосмысл Людмила Люляна Люсила Лянка Ліза Лілія Магдалена Мадлен Майя Макар Максим
Максимилияна Максимильян Малена Малтина Маноел Манол Манолина Маноло Мантас Мануил Мануш
МанчестърЮнайтед Манчо Маньо Маню Мара-антоанета Марангони Маргарит Маргарита Маргит Марек
Марен Мари-анри Мариан Марий Марийка Марин Марина Маринел Маринета Маринчо Марио Мариоллита
Мариотка Маритна Мария Мария-Хуана Мария-елена Мариян Марија Марк Марк-антоний Марко Маркус
Марлена Марта Мартен Мартин Мартина Мартиниян Мартын Мартьян Маруся Маруш Марфа Марчело Марія
Марјан Маса Маслина Матвей Матей Матка Матьо Матю Махно Маша Машо Маја Медиан Медиха Мелания
Мелъди Мено Мерилин Меропа Месак Метакса Методи Мефодий Мечислав Миглена Микита Миколай Мила
Милан Милара Милен Милена Милиана Милий Милица Милован Милост Мимоза Мина Минка Мир Миранза
Мирена Мирон Миропа Мирослав Мирјана Мисла Митко Митофан Митошка Михаил Михайлена Михайлина
Михайло Михей Мишка Младлена Модест Моисей Мокей Момера Момчило Моника Мортадела Мстислав
Мушана Мілена Наводненка Надежда Надица Надка Надія Назар Наина Найда Найо Найчо Наке Нако Нани
Нанко Нано Нансимир Нанчо Наню Наркис Нарцислав Наско Настимир Настия Настрадин Наталья Наталія
Натан Натанаил Наташа Натко Наум Нафисат Нафтали Нацко Нацо Начиян Начко Начо Невен Невена
Невенко Невилиян Невян Негослав Негрита Неделин Неделчо Неделяна Недислав Недко Недьо Недю
Недялко Нейка Нейко Нейчо Нелида Нелко Нелла Нелчо Нене Ненко Ненсислав Ненчо Неокли Неолина
Нерес Нестор Нешка Нигрита Никандр Никанор Никита Никифор Никодим Никоела Никола Николай
Николина Никон Нина Нинель Нионила Нифонт Нона Нонна Норка Нурета Обретим Ованес Огин Огнемир
Огнен Огнена Одарка Океан Оксана Оксенія Октавия Октябрина Олег Олек Олекса Олександр Олена
Олесь Оливера Олимпи Олимпиада Олимпий Ольга Омана Омар Омелян Омуртаг Оник Онисим Онуфри
Онуфрий Ончо Опанас Орест Орина Орися Орлеана Орлин Ортодокси Орфей Орхидей Орхидея Орхип Орце
Осип Оскар Остап Остромир Оханес Охрім Павел Павелин Павилия Павко Павле Павлик Павлин Павлина
Павлинчо Павло Павломир Паисий Пако Палвира Палми Палмиро Паломина Панай Панайот Панас Панда
Панде Панделис Пане Панкрат Панкратий Панкртийян Пано Панталей Пантелей Пантелеймон Пантера
Панто Пантю Панфил Панчо Паолина Парамон Параскев Параход Парашкев Парашкеван Парашкевица
Пармен Парунка Паруш Парфен Паско Паспанахил Пато Патрик Патриотка Патьо Паулин Паулина Паун
Пахом Паца Пацо Пачо Пейко Пейо Пейодон Пейолина Пейтан Пейчин Пейчо Пеко Пелагея Пелай Пеле
Пелина Пенко Пенчин Пенчо Пеньо Пеню Пео Пепелота Пепино Пепислав Пепо Периана Перикъл Персиана
Персиян Перчо Петар Петиконгрес Петинка Петкан Петко Пето Петр Петраки Петрана Петре Петрийка
Петринел Петро Петрозар Петромил Петромира Петрушка Пешка Пилип Пимен Пламена Платон Плодовитка
Полексина Поликарп Полин Полина Порфирий Потап Правда Прасковья Преса Прина Пров Прокл Прокофий
Пролетина Простисвета Прохор Прохір Пріска Пупи Първолетка Рада Радиа Радим Радимира Радислав
Радка Радован Радосвета Радостка Раинка Раиса Райничка Рамина Рангел Рангел-любими Рандю Ранчо
Расате Ратибор Ратмир Рафаил Рачко Рачо Рашко Рашо Раю Раян Реан Ревка Регина Рем Ренгия Риана
Римма Риналдо Рис Ристо Ристя Ричард Ричерд Рия Роберт Роберто Робин Робърт Рогелина Рогена
Родан Родион Роза Розалин Розалія Розана Розета Розин Розка Розоцвет Ройо Роксан Роксана
Роксолана Роман Ромел Ромелина Ромен Ромео Ромил Ромолета Ромул Роселина Росен Росенка Росимир
Росислава Роска Роско Ростиана Ростимир Ростислав Ростислава Рубен Ружка Румислава Русалия
Руска Руслан Рюрик Сабина Савва Савватий Савелий Савета Салина Самсон Самуил Санка Сара Сарая
Сахория Сашо Сања Свежа Светла Светлана Светломир Светломира Светлю Светозар Светослав Свидна
Свободка Святополк Святослав Святослава Світлана Себастиан Себахтин Севан Севар Севастин
Севастьян Севда Севдалин Севдан Севелин Северин Севета Седеф Седефчо Селен Селена Селиван
Селиверст Семен Семенарка Сенко Серафим Сергей Сергелинка Сергій Сеслав Сибила Сиви Сигизмунд
Сидер Сидония Сидор Сиен Сиена Сила Силаги Силан Силантий Силвестър Силви Силвио
Силвия-александра Силвиян Сильвестр Силян Силяна Симеон Симо Симон Симона Синклитикия Синтия
Сирман Сисоя Сифоня Скакалка Скорбут Слав Славдо Славе Славейко Славен Славея Слави Славил
Славка Сладоледка Слободан Смехотерапия Смирна Снежана Снежинка Сніжана Сократ Соломон Соломія
Софийка София Софија Софон Софрон Софія Соња Спартак Спас Спасена Спасияна Спирела Спиридон
Стависара Стаматка Станиела Станимир Станимирка Станислав Станіслав Сташа Стелина Степан Стефан
Стефани Стефанија Стеяна Стоимена Столетка Стоян Стоянка Стојан Сузана Сузи Съвестина Сърменка
Таисия Тамара Таня Тарас Татьяна Ташимира Тања Твердислав Творимир Теа Телефонка Темира Теодор
Теодора Теодоси Теодосий Теодослав Теодостин Теофан Теохар Тервел Тереза Терентий Теса Тетяна
Тигрони Тилиана Тило Тильо Тимо Тимон Тимотей Тимофей Тимофій Тимур Тимчо Тино Тинчо Тит Тиха
Тихо Тихол Тихомир Тихон Тишо Тијана Тоанета Тоде Тодомирка Тодор Тодораки Тодорин Тодорина
Токимир Толек Толиана Толю Тома Томас Томе Томен Томинка Томислав Томо Тона Тоне Тони Тонимир
Тонислав Тоницвета Тонко Тончо Топалко Тополко Тоска Тотко Тотьо Тотю Тоцо Тошка Трајан Трајче
Трендафила Трифон Трифонка Трофим Трохим Троша Труфана Тръпка Туфка Улиана Ульян Ульяна Урима
Устим Устин Фабияна Фадей Фаина Фатиме Феврония Федор Федосий Федот Федір Феликс Феня Феоктист
Феофан Ферапонт Фикия Филарет Филатей Фили Филидан Филимон Филион Филип Филипас Филипини
Филипопол Филипп Филко Филомир Филчо Фильо Фимка Финдо Фиро Фирс Фирчо Фичо Флавия Флорентин
Флори Флориан Флорика Флорин Флоро Фока Фома Фори Фортунат Фосил Фотий Фотинка Франк Франц
Францислав Фрацил Фреди Фродо Фрол Фронка Фуга Фуго Фуко Фъстък Фьодор Фёкла Хавтелин Хана
Ханко Хараламби Харалампи Харалан Харбингър Хари Харизан Харитон Харитония Харлампий Хасан
Хасатин Хачо Хвойне Хебър Хектор Хенриета Хераклит Хернани Хефестион Химинай Хинка Хинко Хино
Хитко Холи Хома Хороз Храбрин Храбър Хранимир Хранислава Хрелко Хрельо Хрисанка Хрисим Хрисимир
Хрисо Христа Христалин Христела Христивилин Христиела Христилиан Христилияна Христина Христо
Христо-никола Христодор Христоелена Христозар Христозорнициан Христозорницомил Христомил
Христомир Христослав Христофор Христя Хрисчо Хрондел Хрусан Хубав Хубавелка Хубавен Хубан Хубен
Цанета Царевна Цвета Цветан Цветана Цветанка Цветелина Цветилена Цветлина Цветолилия Цветяна
Цеца Цола Цоню Цоня Цоцо Цочо Цъки Чавдар Чана Чанкете Чанко Чано Чаньо Чардафон Чардафона
Чародей Чауш Чачия Чачо Чвор Чедо Чедомир Ченко Ченю Чепо Череша Черноризец Черньо Чеслав
Четвърта Чийо Чико Чило Чона Чонар Чони Чоно Чоню Чочо Чочомир Чубрик Чубрина Чуде Чудо Чудомир
Чудослав Чук Шабан Шана Шанко Шаноу Шаро Шейна Шеки Шена Шенко Шенол Шехерезада Шибил Шидер
Шинка Шинко Шино Шипчан Ширко Шишман Шкодри Шмильо Шмулю Шпилко Шушо Щедра Щедрин Щедю Щеки
Щено Щеню Щериана Щерион Щериян Щерко Щерьо Щерю Щефания Щилиян Щилян Щилянка Щирян Щоно Щтилка
Щтърбан Щтъркан Щурк Щърбан Щъркан Ъглен Ъгленка Ълен Ърнест Ъруин Ърчо Ъчка Ьобирдар Эдуард
Элеонора Эмилия Эмиль Эммануил Эраст Эрнест Эрнст Ювеналий Юги Юлиан Юлиена Юлий Юлия Юлиян
Юнона Юрдан Юри Юрий Юрита Юстианна Юстим Юстин Юстина Юстиниан Юхим Яблен Ябленка Явор Явора
Яго Ягода Ягодин Язо Яким Яко Якоб Яков Якослав Якуб Яків Ялислава Ян Яна-Мартина Янадин Янаки
Янакин Яначко Яне Янег Янедин Янек Яни Яниел Яник Янимир Янина Янис Янислав Яниславия Яничко
Янка Янко Янкул Яно Яномил Янтар Януарий Януш Янцислав Янче Янчо Ярема Ярина Ярка Ярно Яромир
Ярополк Ярослав Ярослава Ярце Ярчо Яръм Ярю Ясен Ясена Ясер Ястреб Ятан Ятана Яцо Ячо Яшар Яшка
Яшо Яшон
"""

SURNAMES = """
Aaaqil Aabid Aadam Aadil Aages Aalam Aalto Aaltonen Aalts Aamil Aamir Aamirah Aanei Aarden
Aarif Aariz Aarts Aas Aasa Aasen Aasif Aasim Aasmäe Aatiq Aavik Aazim Aba Abaan Ababei Abad
Abada Abarca Abascal Abatantuono Abate Abba Abbad Abbadh Abbagnale Abbas Abbaslı Abbasov
Abbasova Abbassi Abbaszadə Abbes Abbosov Abbott Abdalla Abdallah Abdelaziz Abdellaoui Abdelli
Abdi Abdiaziz Abdifatah Abdikadir Abdille Abdinoor Abdirahman Abdou Abdow Abduazizov
Abduboriyov Abdulhamidov Abdulla Abdullah Abdullahi Abdullaoğlu Abdullayeva Abdullazadə
Abdullohov Abdumalikov Abdurahmonov Abed Abel Abella Abellán Abels Aberhart Abernathy Abid
Abiola Abičić Aboraa Abou Abouda Aboukir Abrafi Abrahams Abrahamsen Abrahamsson Abrahám
Abrahámová Abramov Abramović Abrassart Abrego Abreu Abril Abrorov Abshire Abubakar Abubakrov
Abuga Aburto Abwao Accardo Acedo Acerbi Acero Acevedo Achaorainn Acharya Achberger Achbergerová
Acheampong Achieng Achison Achleitner Achola Achour Achouri Acker Ackerl Ackermann Acosta Acuña
Adadia Adam Adame Adamec Adamecová Adamová Adams Adamson Adamu Adan Adasme Adda Addis Adebisi
Adegbite Adegoke Adekunle Adelaar Adelakun Adeleke Adels Adelusi Ademiluyi Aden Ader Aderibigbe
Aderogba Adesiyan Adetokunbo Adeyemi Adeyemo Adhastair Adhiambo Adinolfi Adisa Adkins Adler
Adolfsson Adolph Adoma Adomah Adomako Adongo Adow Adriaansen Adriaensdr Adriaense Adriaensen
Adriaenssens Adriansyah Adrovic Adryaens Adríans Adríels Adu Adusei Adutwum Adutwumwaa Adwubi
Adán Adíels Adólfs Adžijević Aebi Aeby Aedo Aeije Aelftrud Aerts Aertsz Afanasjev Afirifa
Afoakwa Afolabi Afolayan Afonja Afrakomaa Afruzova Agarwal Agate Agazzi Aggarwal Agnars Agnesi
Agnew Agnis Agostinelli Agostini Agovic Agrawal Aguado Aguayo Agudelo Agudo Aguero Aguilar
Aguilera Aguiló Aguirre Agullo Agurto Agustina Agustí Agustín Agyapomaa Agyapong Agyare Agyei
Agyeiwaa Agyemang Agüero Ahearn Ahearne Ahern Aherne Ahlberg Ahlgren Ahlin Ahlqvist Ahlström
Ahluwalia Ahmad Ahmadi Ahmadov Ahmed Aho Ahokas Ahola Ahonen Ahortor Ahuja Ahumada Aichholzer
Aichinger Aidicín Aigner Ailpín Ailín Aindriais Aindriú Ainmneach Ainsboro Airaksinen
Airchinnigh Airligh Airmeas Airt Aissani Aissaoui Aitigín Aitken Ajao Ajayi Ajello Ajewole Akar
Akbarov Akdeniz Akelis Akello Akgündüz Akhtar Akinrinola Akinwale Akinyi Akmalov Akmačić Akoaa
Akobirov Akoth Akoto Akowua Aksu Akumu Akyaa Akyeamfuɔ Akyeampomaa Akyeampong Akyena Akyerε
Akyerεko Akça Akçay Akɔmaa Alabi Alanen Alanko Alarcón Alas Alastair Alastroim Alatalo Alba
Alber Alberdi Albero Alberola Albers Albert Albertini Alberto Alberts Alboni Albornoz Albrecht
Albu Albuquerque Alcala Alcalde Alcalá Alcaraz Alcolea Alcántar Alcántara Alcázar Aldars
Aldobrandi Aldridge Alegre Alegria Alegría Alejandro Aleksandrov Alekseev Alemannië Alemany
Alemdar Alemán Alenburg Alex Alexander Alexanders Alexandersson Alexandre Alexs Alexíus Alfaro
Alfieri Alfons Alfonsi Alfonso Alfreds Alfredsson Alfreðs Ali Aliaga Alighieri Alinurov Alio
Alis Aliyev Aliyeva Alković Alksne Alksnis Allain Allal Allali Allan Allans Allard Allas
Allemanië Allen Allende Allendes Aller Allerby Allik Allis Allison Allmhúráin Alm Almagià
Almagro Almansa Almanza Almaraz Almars Almazán Almeida Almgren Almonacid Almonte Almqvist Aloba
Aloisio Alonso Alonzi Alonzo Aloo Alpaidis Alreks Alsina Altamirano Altenwerth Altera Altmann
Aluoch Alva Alvarado Alvarez Alvars Alve Alvear Alves Alvins Alzate Alzinova Amador Amahle
Amaldi Amalrada Amann Amanović Amara Amaral Amari Amat Amato Amaya Ambani Amble Ambrasas
Ambrožič Ameur Amhalghaidh Amhlaigh Amhlaoigh Amhlaoimh Amidžić Amigó Amina Aminova Amirayeva
Amirov Ammaniti Ammann Ammari Amo Amoa Amoako Amoakowaa Amoanimaa Amoasi Amoit Amon Amondi Amor
Amores Amorim Amorós Amos Ampadu Ampofo Ampofowaa Ampoma Amponsa Amponsah Ampuero Amrane Amrani
Amrein Amri Amrouche Amstel Amundsen Amírs Anabadha Anand Anarqızı Anastasi Anaya Anciaux Anda
Anderberg Anderl Anders Andersen Anderson Andersson Andile Andorful Andra Andrade Andrašek
Andrašík Andrašíková Andre Andreas Andreasen Andreassen Andreasson Andreev Andreotti Andreozzi
Andres Andresen Andreu Andrew Andrews Andriani Andries Andrijašević Andrijević Andris Andráš
Andrášik Andrášiková Andrášová André Andrén Andrés Anekvorakul Anele Anes Anfinns Angantýrs
Angarita Angeli Angerer Anggraini Anggriawan Angiolello Angis Anglada Anguiano Anguillara
Anguissola Anguita Angulo Angus Angwenyi Anichini Anima Anisayeva Anissimov Aničić Anjos Ankra
Ankunding Anna Annarrs Annars Annas Anne Annels Annes Annraoi Annsboro Annus Anokye Anraoi Ansa
Ansboro Ansems Ansomaa Ansomah Ansorova Antal Antalová Antelami Anthony Anthonys Antikainen
Antić Antoine Antolković Anton Antonacci Antonelli Antonello Antonetti Antonini Antonioni
Antonić Antonov Antons Antonsen Antonsson Antonucci Antony Antoníus Anttila Anttonen Antunes
Antwi Antwiwaa Antón Antúnez Anvarov Anyango Anyanwu Anyona Aodha Aodhchain Aodhchaoin Aodhgáin
Aodháin Aogáin Aoidh Aoko Aonghais Aonghuis Aonghusa Apablaza Aparecida Aparicio Apine Apinis
Apiyo Apodaca Apondi Aponte Aporti Appelman Appia Appiah Apsīte Apsītis Apte Arab Aracena
Aragonés Aragão Aragón Aramburu Arana Arancibia Aranda Araneda Arango Arans Araujo Aravena
Araya Arazlı Araújo Arboleda Arce Archambault Archer Archuleta Arco Arcos Ardelean Ardianto
Ardila Arellano Arenas Arend Arendt Arens Arent Arents Ares Arevalo Argan Argentero Argenti
Argento Arguello Argurio Arias Ariasso Aribi Ariens Arifcanov Arilíus Arinbjörns Ariosto Aris
Ariza Ariño Arjona Arkel Armani Armas Armellini Armendáriz Armengol Armenta Armijo Armstrong
Arnaiz Arnal Arnalds Arnars Arnau Arnaud Arnbergs Arnbjörns Arndórs Arnes Arnesen Arnfinns
Arnfreyrs Arngeirs Arngils Arngríms Arnkells Arnlaugs Arnleifs Arnljóts Arnmunds Arnmóðs
Arnodds Arnold Arnolds Arnott Arnould Arnsberg Arnsteinns Arnviðs Arnórs Arnúlfs Arnþórs Aro
Aroca Arons Aronsson Arora Aros Arranz Arredondo Arregui Arreola Arriaga Arriagada Arribas
Arrieta Arro Arroyo Arsenault Arslan Arsoy Arta Arteaga Arths Arthurs Arthúrs Artigas Artner
Arts Artáin Artúir Artúrs Aru Arula Arvidsson Arya Aryan Aryani Arzulu Aránguiz Arévalo Aríels
Aríus Asadov Asaels Asamoa Asamoah Asante Asantewaa Asare Aschauer Aschman Asenjo Asensio
Asenso Ashe Ashley Ashman Ashton Asiama Asiedu Asieduwaa Asikainen Asilayeva Asilbekov Asks
Aslan Aslanova Asmanova Asmiraeva Asmundo Asp Aspars Asplund Asprucci Assche Asselin Assem
Assunção Asten Astete Astorga Astudillo Astuti Ata Ataa Atakişioğlu Atchison Athman Atieno
Atienza Atkins Atkinson Atlas Atlis Attia Atwal Atzler Aubert Aubry Audet Auer Aufderhar Auger
Augustin Augustsson Auinger Aulenti Auma Aumann Aun Aune Auniņa Auniņš Auraq Aurora Aus Austars
Austermühle Austin Austmanns Austmars Austris Autio Auvinen Auwera Auziņa Auziņš Auðbergs
Auðberts Auðbjörns Auðgeirs Auðkells Auðmunds Auðunns Auðuns Auðólfs Avendaño Avery Avila
Avilés Avogadro Avoirt Avotiņa Avotiņš Awadh Awadil Awamil Awani Awinja Awino Awj Awmar
Awodiran Awolowo Awuah Awuor Axels Axelsson Axundlu Axundov Axundova Axundzadə Ayaan Ayad Ayadi
Ayala Ayamin Ayanda Ayandokun Ayers Ayieko Ayize Aylinova Ayllón Aylward Ayoola Ayubov Ayuma
Ayuso Ayyubi Azban Azcona Azevedo Azizi Azizov Azizova Aznar Azorin Azzouz Azócar Aðalbergs
Aðalberts Aðalbjörns Aðalborgars Aðalgeirs Aðalmunds Aðalráðs Aðalsteinns Aðólfs Ağaoğlu
Ağayeva Baa Baafi Baah Baalen Baaqir Baaree Baashir Baasim Baasit Baawia Babanlı Babar Babati
Babato Babayeva Babbo Babey Babić Babič Babjak Babjaková Babka Babtunde Babu Baca Bach Bacha
Bacher Bachinger Bachler Bachmann Back Backer Backes Backlund Backman Bacosi Badal Badami Badan
Badel Bader Badilla Badillo Badoer Badoglio Badr Badu Badía Baele Baelen Baena Baere Baert
Baeten Baetens Baets Baeyens Baez Baeza Baggio Baghdadi Baglioni Bah Bahamonde Bahamondes
Baharia Baharlı Bahati Bahena Bahl Bahloul Bahna Bahno Bahnová Bahon Bahri Bahringer Baier Bail
Bailey Bailly Bailís Bains Baird Bairéad Baisceir Bajaj Bajamonti Bajan Bajardi Bajc Bajwa
Bakare Bakari Baker Bakhouche Bakhti Bakke Bakken Bakker Bakos Baksa Bakshi Bakıxanov Bal Bala
Balaguer Balakrishnan Balan Balasubramanian Balatinac Balay Balbi Balbo Baldauf Balderas
Baldick Balds Baldvins Baldwin Baldwins Bale Baleegh Bali Balinčić Balistreri Balić Baljak Ball
Balla Ballard Ballester Ballesteros Balmat Balode Balodis Balog Balogh Balogun Balotelli
Baltasars Baltiņš Balázs Baláž Balážová Bambad Bambis Bamidele Bamiloye Ban Bandello Bandeville
Bandi Banerjee Banik Baničević Banko Banks Bann Bannon Bannáin Banovac Bansal Bantwini Banville
Banzer Banáin Baoighealláin Baoighill Baoill Bappa Baptista Baquero Barac Baracca Barad
Barahona Barajas Baraka Baral Baran Baranka Baranková Baranov Baranová Barasa Baraza Barać
Barba Barbarigo Barbe Barber Barberini Barbero Barberá Barbey Barbier Barbieri Barbieux Barbir
Barbić Barbora Barbosa Barbu Barcaccia Barcella Barceló Barco Bare Barela Barents Barese Baresi
Barešić Bargetze Baria Barillaro Barillon Barić Baričević Barišić Barker Barkholz Barković
Barlow Barman Barna Barnaba Barnes Barnett Barneville Baroffio Barok Baroková Baron Barongo
Barozzi Barr Barra Barracco Barragán Barral Barranco Barraq Barraza Barre Barreda Barrena
Barrera Barreto Barrett Barrientos Barriga Barrio Barrios Barris Barrnette Barron Barros
Barroso Barrows Barry Barría Barsanti Barta Bartell Bartels Barth Barthel Barthelemy Bartl
Bartlett Bartley Bartoletti Bartoli Bartolomé Barton Bartovič Bartovičová Bartoš Bartošová
Bartošík Bartošíková Barušić Bary Barzini Barðis Baró Baróid Barón Barún Bas Basaam Basadonna
Basak Bascuñán Baseer Bashaar Bashaarat Basheerah Bashir Bashirian Bass Bassett Bassi Bassis
Basso Bastiaanse Bastiaense Bastida Bastidas Bastien Bastin Bastíans Bastías Basu Bataglia
Batal Batalla Batchelar Bates Bath Batista Batliner Batlle Batool Batra Batrac Batrnek Batta
Battaglia Battelli Battisti Batz Bauch Baudoux Baudry Bauduin Bauer Baugs Baum Baumann Baumbach
Baumgartner Baur Bausch Baustert Bautista Bauwens Bauzà Bava Bavaud Bave Bawa Baxter Baya
Bayeni Bayer Bayo Bayona Bayramov Bayón Bazin Bazjak Bazzi Baños Bañuelos Bača Bačak Bačić
Bağırov Bağırova Baňa Baňas Baňasová Baňo Baša Bašić Baška Baško Bašková Bašnec Bašo Bašová
Beacháin Beaglaoich Beagáin Beahan Beakey Beal Beale Bean Beannuille Beard Bearnáin Beartlaigh
Bearáin Beasley Beasty Beattie Beatty Beauchamp Beaudoin Beaudry Beaujean Beaulieu Beaumont
Beauregard Bebić Beccaria Beccheria Becerra Bech Becht Bechtelar Beck Becker Beckers Beckius
Beckmann Bedi Bednar Bednár Bednárik Bednáriková Bednárová Bednář Bednářová Bedoya Beeck
Beeckman Beeckmans Beek Beekman Beer Beernaert Beernink Beffa Beffort Beggan Beggs Begley
Begonja Beguin Begum Behan Behl Behruzov Beier Beieren Beigg Beijring Beinirs Beinteinns
Beirgin Beirn Beirne Beissel Beitirs Bejarano Beka Bekaert Bekans Bekbergen Belaid Belaidi
Belarbi Belbachir Belda Bele Beletić Belhadj Beljajev Belkacem Belkacemi Belkadi Belkheir
Belkhiri Bell Belle Bellemans Belletini Bellido Bellini Bello Bellocchio Bellucci Bellò Belmans
Belmar Belmonte Belov Belošević Belpere Belton Beltran Beltrán Bembo Ben Benabdellah Benahmed
Benaicha Benaissa Benali Benamar Benamara Benameur Benaouda Benard Benavent Benavente Benavides
Benavídez Benchapatranon Bencheikh Bender Benedetti Benedikts Benet Beneš Benešová Bengtsson
Benidikts Benigni Benitez Benito Benić Benjamin Benjamíns Benmoussa Bennet Bennett Benoit
Benonýs Benoît Bensaid Bensalah Bensalem Benslimane Benson Bentheim Benthin Bentley Benton
Bents Benussi Benyahia Benyamina Benyoucef Benz Benziane Benítez Benónís Benónýs Benčić Beoláin
Beourgeois Bera Beraković Beran Beranová Berberat Berchem Berchtold Berends Berendse Berengario
Berenguer Berents Beresford Berg Bergant Bergdahl Berge Bergen Berger Bergeron Bergfinns
Berggren Bergh Berghe Berghmans Berghreinns Bergin Bergjóns Bergkvist Berglund Bergman Bergmann
Bergmanns Bergmars Bergmunds Bergnaum Bergoglio Bergqvist Bergs Bergsteinns Bergsten Bergstrand
Bergstrom Bergström Bergsveinns Bergvall Bergvins Bergþórs Berkahn Berkane Berkani Berkel
Berkum Berlusconi Bermejo Bermingham Berminghim Bermudez Bermúdez Bernaards Bernad Bernal
Bernard Bernardi Bernardini Bernardić Bernardová Bernasconi Bernat Berner Bernetti Berney
Bernhard Bernhards Bernharðs Bernicia Bernie Bernier Bernini Bernis Bernolák Bernoláková
Berntsen Berntsson Bernódus Berrocal Berry Berrè Berríos Bersani Berscheid Bersis Bertels
Bertelsen Bertemes Berthelot Bertho Berthold Bertilsson Bertin Bertoli Bertolucci Bertoni
Bertoša Bertrams Bertrand Bertrán Bervoets Beránek Beránková Besançon Besençon Besnard Besse
Bessis Besson Best Betancur Betschart Bett Bettahar Bettendorff Bettin Bettoni Betúels Beuchat
Beuret Beurret Bevan Bevc Bevilacqua Bey Beyens Beyer Bezemer Bezić Bezjak Bezák Bezáková Beňa
Beňo Beňová Beňuš Beňuška Beňušková Beňušová Bhagat Bhailis Bhailís Bhaird Bhaitéir Bhakta
Bhaldraithe Bhalla Bhandari Bhardwaj Bhargava Bhasin Bhat Bhatia Bhatnagar Bhatt Bhattacharyya
Bhatti Bhavsar Bheacháin Bheannuille Bheatha Bhebhe Bhedleni Bheithigh Bhejelibomvu Bhembe
Bhengu Bhensela Bhiadhtaigh Bhial Bhiocáire Bhloscaigh Bhosc Bhovungana Bhreitheamhain
Bhreithimh Bhriain Bhríde Bhua Bhulbh Bhulf Bhungane Bhuí Bháin Bhál Bia Biacháin Biagi
Biagiotti Biaidh Bianchi Bianchini Biasta Biataigh Bibi Bibisorayeva Bicek Biceková Bichler Bie
Biedermann Bielik Bieliková Bien Bieri Bierstraten Biesenbos Biesty Biezenbos Biggen Bignami
Bignardi Bigot Bii Bijelić Bijlsma Bikelwayo Bikwayo Bilaal Bilbao Bilek Bileková Bilge Bilgin
Bilir Bilka Bilko Bilková Bills Billung Bilodeau Bilolov Binaghi Binda Binder Bingula Binner
Bins Bintner Bintz Bionáin Biorainn Bioráin Bir Birch Bird Birgen Birgirs Birkeland Birkirs
Birkić Birmingham Birn Birnbaum Birnirs Birtings Birtirs Birtić Birzniece Birznieks Biró
Bischof Bishell Bishop Bisson Biswas Bite Bitschnau Bittner Biver Biwer Biwott Bixio Biyase
Biyela Bizhan Bizjak Bićanić Bičak Bičanić Bjargars Bjargmunds Bjargþórs Bjarkans Bjarkars
Bjarkis Bjarmars Bjarmis Bjarnars Bjarnfinns Bjarnfreðs Bjarnharðs Bjarnhéðinns Bjarnis
Bjarnlaugs Bjarnleifs Bjarnsteinns Bjarnólfs Bjarnþórs Bjartmanns Bjartmars Bjarts Bjartþórs
Bjeliš Bjólans Bjólfs Björgmunds Björgvins Björgólfs Björgúlfs Björk Björklund Björkman Björns
Björnólfs Blaak Black Blackburn Blackwell Blagaić Blaha Blaho Blahová Blair Blais Blaise Blake
Blanc Blanca Blanch Blanchard Blanche Blanchet Blanchette Blanco Blanda Blanes Blankenship
Blasco Blaser Blasi Blatnik Blauensteiner Blazquez Blažej Blažejová Blažek Blažević Blažič
Blažičko Blažková Blees Bleijenberg Blevins Blewanus Blick Blin Blioscáin Blixt Bloch Block
Bloemendaal Blokland Blom Blomberg Blomgren Blomkvist Blommaert Blomme Blomqvist Blondeel
Blondel Blondiau Blonk Blose Blot Blouin Blowick Blum Bláca Bláha Bláhová Bláthmhaic Blázquez
Blængs Blærs Blævars Blümel Boada Boadi Boadu Boaga Boahen Boakye Boakyewaa Boase Boatemaa
Boatemaah Boaten Boateng Bobadilla Bobal Boban Bobanović Bobula Bobulová Boburov Bobuľa
Bobuľová Bocca Boccaccio Boccherini Boccioni Bocelli Bochud Bock Bodaicín Bodart Boddaugh Bode
Bodhlaeir Bodhlaer Bodin Bodkin Bodner Bodnár Bodoni Bodson Boechat Boeck Boeckx Boehm Boer
Boers Boeser Boetet Boezio Bogadi Bogaert Bogaerts Bogan Bogdan Bogdanov Bogdán Bogis Bogisich
Bogner Bognár Bogović Bogáin Bohan Bohlander Bohlin Bohman Bohnbach Bohórquez Boiardo Boichat
Boillat Boily Boisvert Boitani Boito Boivin Boix Bojanić Boke Boland Bolander Bolaños Bolduc
Boldù Boles Bolger Bolghuidhir Bolguidhir Bolin Boljkovac Bolkesteijn Bollen Bolliger Bollis
Bolnbach Bolton Bolzmann Bolívar Bolčević Boman Bombieri Bompiani Bona Bonanno Bonar Bonatti
Bonaventura Bonaya Bonbach Bond Bondarenko Bondra Bondrová Bondt Bondumier Boner Bones Bonet
Bongiorno Boniface Bonilla Bonino Bonneau Bonner Bonnet Bonnin Bonolis Bonomo Bonsra Bonsu Bont
Bonte Bonueva Bonvin Bonvini Booden Boogaerts Booker Boon Boone Boonen Boonpungbaramee Booth
Bophela Bor Bora Borah Borak Borbély Borde Bore Borek Boreková Boreland Borer Borg Borgars
Borges Borghese Borgia Borgström Borgúlfs Borgþórs Borik Boriková Boris Borisová Borissov Boriš
Borišová Borja Borka Borko Borková Borland Borman Borojević Boros Borovský Borový Borošak Borra
Borrani Borrego Borrell Borremans Borromeo Borromini Borroni Borrás Borsellino Borsiere
Bortacháin Boru Borzomì Borík Boríková Bos Bosch Bosco Bose Bosibori Bosilj Bosio Bosire Bosman
Bosmans Bossche Bosshard Bossi Bossuyt Boström Bosurgi Bosák Bosáková Botella Botello Botham
Botica Botić Botsford Botta Bottaro Botteron Botticelli Bottigliero Bou Bouabdellah Bouafia
Boualem Bouali Bouaziz Boubekeur Boucetta Bouchama Bouchard Bouchareb Bouchat Boucher Bouchet
Bouchez Bouckaert Boucsein Boudart Boudewijns Boudiaf Boudjemaa Boudraa Boudreau Bouguerra
Bouhuizen Bouillon Boukhalfa Boukhari Boukhatem Boulanger Boulay Boulogne Boumaza Boumediene
Bounab Bourdon Bourgeois Bourgondië Bourguignon Bourke Bourquard Bourquin Bousquet Boussaid
Boutaleb Bouthoorn Boutin Bouvet Bouvier Bouwhuisen Bouziane Bouzid Bouzidi Bova Boven Bovene
Bovenen Bovet Bovy Bowater Bowden Bowe Bowen Bowers Bowler Bowles Bowman Boyabenyathi Boyce
Boyd Boyer Boylan Boyle Boyse Boðis Boška Bošnjak Bošnjaković Bošňák Bošňáková Božanić
Božanović Božiković Božić Božič Božičević Božičković Bracke Bradden Bradford Bradić Bradley
Bradshaw Bradtke Brady Bradáin Brae Braem Bragadin Bragaglia Bragis Bragt Brahier Brahimi
Brahmbhatt Brahmi Brajković Brakus Bralić Bramante Brambilla Branaola Brancaccio Branch
Branciforte Branco Brand Brande Brandenburger Brandić Brandl Brandner Brandon Brands
Brandstetter Brandstätter Brandt Brandtner Branković Brannelly Braoin Braonáin Brar Brassard
Brasseur Brassil Braun Bravo Bray Bračun Brcko Breanndáin Breasail Breasláin Breathnach Bree
Breen Bregar Breheny Breisleáin Breit Breitenberg Brekis Brekke Brenen Brenna Brennan Brenner
Bresciani Bresis Breslin Bresnehan Bresse Brestirs Bresé Breton Brett Breuer Breugel
Breugelensis Breugelmans Breukeleveen Breukelveen Brewer Brezina Brezinová Brezjan Breznik
Briain Brian Briand Brianáin Briartaigh Bric Briccialdi Briceño Brichard Brichese Brick Bridge
Bridges Bridson Briede Briedis Briel Briemer Brien Briere Brievingh Briggs Bright Brimars
Brimirs Brimis Brink Briody Briones Brisee Briseño Brislane Brisleáin Brisson Brito Britvec
Brizee Briútean Brjánns Brlas Brlek Brletić Broberg Brock Broddis Broderick Brodin Brody Broeck
Broeckx Broeders Broek Broekhoven Broeshart Brogan Broggini Broic Broin Brolcháin Brolin Broman
Bronder Brookes Brooks Brophy Broquet Broschi Brosius Brosnacháin Brosnan Broughan Brouwer
Brouwers Brown Browne Browning Broy Brož Brožová Bru Bruacháin Bruadair Bruadar Bruce Bruchem
Bruck Bruckner Bruder Bruen Bruggeman Brugger Brugman Brugnaro Bruic Bruijn Bruijne Bruin
Bruiséal Brumleve Brun Bruna Bruneau Bruneel Brunel Brunelleschi Brunello Brunet Brunner Bruno
Brunos Brunovská Brunovský Brunswijk Bruscantini Bruton Bruun Bruycker Bruyn Bruyne Bruyninckx
Bruynzeels Bruyère Bruška Bruško Brušková Bryan Bryant Bryngeirs Brynjars Brynjólfs Brynjúlfs
Brynleifs Brynsteinns Bryntýrs Brynþórs Bryson Brádaigh Bráonáin Brännström Bräuer Bréanáin
Brímis Bríonáin Brógáin Bróithe Brún Buachalla Buadha Buadhacháin Buadhaigh Buaile Buch
Buchanan Buchberger Buchegger Bucher Buchholz Buchinger Buchler Buchner Buck Buckley Buckridge
Bud Budai Budaqlı Budhlaeir Budig Budiman Budiyanto Buelens Buendía Bueno Bugnon Bugueño Buhari
Buick Buijs Builtéir Buisson Buitléir Buitrago Bujard Bukhosini Bukovec Bukovská Bukovský
Bukvić Buljan Bull Bulle Bullock Bultot Bulzoni Bumb Bundi Bungić Bunić Bunlerngsri Bunlupong
Bunschoten Bunčić Buonauro Buraid Burbano Burcardo Burch Burchill Bureš Burešová Burger Burgess
Burgos Burgstaller Burić Burke Burknis Burman Burnach Burnett Burns Burr Burrell Burri Burrows
Burt Burton Burtscher Bury Burčul Buršić Buscetta Bush Busienei Busoni Busquets Bustamante
Bustos Butala Butcher Butković Butkus Butler Butselaar Butte Buttimer Buttimore Buuren Buyse
Buysse Buytelaar Buzov Bučanac Bučar Bušljeta Bwire Bylund Byrd Byrne Byrnes Byström Bácaeir
Bácaer Báez Báidh Báin Bálint Bán Bánová Bárcena Bárta Bártová Bárðs Báth Bäck Bäckman
Bäckström Bähr Bär Bärer Bättig Bærings Bærons Bègue Béagáin Béalatún Béarra Béataigh Bédard
Bégin Béguelin Béice Béireach Béland Bélanger Bélisle Bérubé Bétancourt Bílek Bílková Bóas Bóis
Bórik Bóriková Bórquez Bótólfs Bôrik Bôriková Bõstrov Böck Böhler Böhm Bökenkamp Börjesson
Börks Börner Bösch Böðvars Bøe Bùi Búis Búrc Búrca Búris Büchel Bühler Bühlmann Bünyadzadə
Bürger Bērziņa Bērziņš Bəşiroğlu Caballero Cabanillas Cabañas Cabbarlı Cabello Cabeza Cabezas
Cabhail Cabibbo Cabo Caboto Cabraigh Cabrera Cabrero Cabrini Cabán Caccianemico Caccioppoli
Caceres Cadden Caddow Cadefau Cadena Cadenas Cadhain Cadhla Cadhlaigh Cadogan Cadorna Caetani
Cafarchia Caffarelli Cafferkey Cafferky Cafferty Caffrey Cafraigh Cafua Cafuk Cagney Cagnin
Cagnotto Cahalane Cahill Cahillane Cahir Caibe Caicedo Caidín Cailpín Cailín Caimbeul Caimbéal
Cain Caine Cainero Caingne Cainnigh Cairbre Cairealláin Cairn Cairns Caironi Caiside Caisleáin
Caislin Caisín Caithir Caithlín Caitigín Cal Calaigh Calarco Calatayud Calbhaigh Calbo Caldeira
Caldera Calderon Calderón Caldwell Calgari Calhoun Callaghan Callahan Callan Callanan Callanáin
Callebaut Callegari Callegaro Calleja Callens Callewaert Calligan Callinan Cally Calláin
Calnáin Caluza Calvet Calvey Calvillo Calvo Calzada Camacho Camalov Camanni Camargo Camarillo
Cambier Cameron Camicione Camilleri Camino Camiscione Cammarata Cammel Camp Campanella Campano
Campbell Campenhout Campillo Campise Campo Campos Campoy Camps Camuccini Camus Canainn Canales
Canali Canals Canavan Cancino Candaux Candelaria Candia Canet Canetta Canevascini Canil Canna
Cannan Canniffe Canning Cannizzaro Cannon Canny Cano Canova Cant Cantero Cantillo Cantimori
Cantrell Cantu Cantwell Cantón Cantú Caobhacáin Caobháin Caochlaigh Caochlaí Caocháin Caodhla
Caodháin Caoidheáin Caoile Caoileáin Caoillidhe Caoilte Caoimh Caoin Caoindealbháin Caoinigh
Caoinleáin Caola Caollaidhe Caollaí Caoláin Caomháin Caomhánach Caomhánaigh Caona Caonaigh
Caotháin Caoáin Caparrós Capdevila Capecchi Capek Capeková Capelle Capka Capko Capková Caplis
Capone Cappelli Capples Capua Capuaigh Capuana Car Caraballo Caracciolo Carbaire Carbajal
Carbajo Carballo Carbery Carbonell Carbó Cardano Cardenas Cardon Cardona Cardoso Cardozo
Carducci Cares Carey Carfagna Carić Carlberg Carleton Carley Carli Carlier Carlin Carlos Carls
Carlsen Carlson Carlsson Carluis Carmaig Carmody Carmona Carneiro Carnera Carnero Carney
Carnotte Caro Carocci Carolan Caron Carosone Carpaccio Carpenter Carpentier Carpio Carr Carra
Carragher Carragáin Carraidhin Carranza Carrasco Carraud Carraux Carre Carrera Carreras Carrero
Carretero Carreño Carreón Carrghamhna Carrghamhne Carrier Carriera Carrig Carrigan Carrigy
Carrillo Carrizo Carrión Carro Carroll Carron Carry Carráin Carson Carsten Carter Cartes Carthy
Carton Cartwright Carty Cartáin Cartúr Carullo Caruso Carvajal Carvalho Carville Carúin Carún
Casa Casadei Casado Casagrande Casaide Casal Casale Casaleggio Casalodi Casals Casanova
Casanovas Casares Casarin Casarlaigh Casas Case Casellati Cases Casey Cashen Cashman Casier
Casillas Casini Caspar Casper Cassart Cassarà Cassen Casserley Casserly Cassiano Cassidy Cassin
Castaneda Castañeda Castaño Castejón Casteleyn Castell Castellanos Castelli Castellitto
Castells Castelló Castiglione Castilla Castillo Castioni Castrillo Castrillón Castro Casárez
Catailín Catalano Catalá Catalán Catenazzi Cathail Cathala Cathaláin Cathaoir Cathasaigh
Cathbhaid Cathbhuadha Cathbhuadhaigh Cathbhuaidh Cathláin Cathmhaoil Catháin Cattaneo Cattigan
Cattin Caudron Cauley Caulfield Caune Cavalcante Cavalcanti Cavanagh Cavanna Cavazos Cavieres
Cawley Cazares Cazorla Cañas Cañellas Cañete Cañizares Cea Ceafarcaigh Ceallabhuí Ceallacháin
Ceallaigh Ceallbhuí Ceamharcaigh Ceanainn Ceannabháin Ceannaigh Ceanndubháin Ceannduibh
Ceannfhaola Ceannfhaolaidh Ceanntabhail Ceapóg Ceara Cearbhaill Cearbhalláin Cearbhláin
Cearbháin Cearmada Cearnaigh Cearr Cearrúcáin Cearrúin Cearáin Ceatharnaigh Ceballos Cebekhulu
Cebisa Ceci Cecils Cedillo Ceirisc Ceiriúcháin Ceithearnaigh Ceja Celentano Celis Celma Celmiņa
Celmiņš Celms Cendron Cenge Centek Centeková Centeno Ceocháin Ceoinín Ceorais Ceothach
Ceothánach Ceothánaigh Cepeda Cerar Ceravolo Cerda Cerdá Cerdán Cerezo Ceri Cerquiglini Cerro
Cerutti Cervantes Cervera Cervántez Cerón Cesaroni Cesarotti Ceschi Cesnak Cesnaková Cestarić
Ceulemans Ceuppens Ceárna Chabane Chabot Chacha Chacko Chacón Chad Chada Chadha Chadwick Chagwe
Chahal Chai Chaib Chaihirankarn Chaisatit Chakrabarti Chakraborty Chalupka Chalupková Chamane
Chamberlain Chambers Chamorro Champagne Champlin Chan Chana Chand Chanda Chander Chandler
Chandra Chandran Chandía Chaney Chang Changawa Chaoin Chaoui Chapa Chaparro Chapelle Chapman
Chappuis Chapuis Char Charbonneau Charef Charest Charette Charles Charlier Charlton Charo
Charoensuksopol Charon Charosova Charpentier Charpié Charrier Charron Chartier Chartrand Chase
Chatriand Chatriant Chatterjee Chatáin Chaudet Chaudhari Chaudhary Chaudhry Chaudhuri Chaudry
Chauhan Chauveau Chauvet Chauvin Chavarría Chaves Chavez Chawla Cheara Chebet Chebii Cheboi
Chebon Checa Chechi Cheda Cheema Chege Cheikh Chelagat Chelangat Chelimo Chellaoua Chemtai
Chemutai Chen Chenangat Chenaux Chengo Chepchirchir Chepchumba Chepkemboi Chepkemoi Chepkirui
Chepkoech Chepkorir Chepkosgei Chepkurui Chepkwemoi Chepkwony Chepngeno Chepngetich Cheptoo
Chergui Cherian Cheriet Cherif Cherifi Cherono Cherop Cherotich Cherry Cherubini Cheruiyot
Cherutich Cheruto Chesang Chesire Chevalier Chevalley Chevallier Chevresson Chevrolet Cheyech
Chhabra Chiappetta Chiaramonte Chibani Chibi Chibini Chico Chiesa Chigi Chikh Chiliza Chindamo
Ching Chinnici Chirchir Chittolini Chloig Choda Choeychuen Choi Choille Choinnigh Chokshi
Chomba Chomhghaill Chomsri Chonco Chopard Chopra Choque Chotzen Choudhary Choudhry Choudhury
Chouinard Chovan Chovanec Chovanecová Chovanová Chowdhury Chowitunkit Chrappa Chrappová
Christen Christensen Christiaens Christian Christians Christiansen Christie Christoffersen
Christoph Christopher Christophers Chrodtrud Chrosáin Chrétien Chudík Chudíková Chukwu Chumba
Chumo Chung Church Chávez Ciabháin Ciampi Cianaigh Cianciolo Ciani Cianáin Ciaragáin Ciaraigh
Ciarba Ciardha Ciardhubháin Ciarmhacáin Ciarmhaic Ciaráin Ciarúcáin Cibane Cibhil Cibin Cibula
Cibulka Cibulová Cibuľa Cibuľka Cibuľková Cicala Cichorius Cicilia Cid Cifuentes Ciganović
Cignaroli Cigán Cigánik Cigániková Cigánová Cigáň Cigáňová Cik Cikotic Cilea Cilibrasi Cill-Dia
Cillartráin Cilltráin Cillín Cimarosa Cimini Cindrić Cinnseala Cinnseamáin Cinnéide Cinnéir
Cintrón Ciollabháin Cioltráin Cionnaigh Cionnaith Cionnfhaola Cioráin Ciosáin Ciosóg Ciothaigh
Ciothóg Cipolla Cirino Cisneros Cisterna Cisternas Civaschi Ciúinín Ciúrtáin Claassen Claes
Claesdr Claesen Claesner Claessens Claesson Claeys Clafferty Claffey Claimhín Clair Clancy
Claochlaoigh Claochlaí Claonáin Clare Claridge Clark Clarke Classon Claude Claus Clausen
Clavero Clavin Clay Clayton Clear Cleary Clees Clemens Clement Clemente Clements Clenaghan
Clerc Clerck Clercq Clerkin Clery Clifford Cline Clinten Clinton Clocharta Clochartaigh
Clochasaigh Clogherty Cloherty Clohessey Clohessy Cloney Cloonan Cloone Clooney Clootwijck
Close Closset Cloutier Cluanaigh Cluanáin Clune Clunies-Ross Clárach Cléir Cléirchín
Cléireacháin Cléirigh Clément Clúin Clúmháin Clúnáin Cnuacháin Cnáimhsighe Cnáimhsí Cnáimhín
Coady Coakley Coardi Coates Cobb Cobhthaigh Cobo Cobos Coca Cocci Cochláin Cochran Cociarelli
Cock Codina Cody Coelho Coello Coen Coene Coenen Coffey Cofré Cogan Cogley Cohalan Cohen
Coholan Coighin Coigil Coigligh Coigny Coile Coileáin Coiligeáin Coiligh Coillte Coillín
Coiléir Coilín Coimín Coincheanainn Coineoil Coineáin Coineóil Coingheallaigh Coingheallá
Coinghialla Coinghiallaigh Coinghíola Coinne Coinneacháin Coinneirtinne Coinneáin Coinnich
Coinnigh Coinnleáin Coinnéir Coinnér Coinnín Coinín Coirbín Coirnín Coisdeala Coisdealbha
Coisteala Coistealbhaigh Coitir Coitirigh Colas Colbach Cole Coleman Coles Coley Colfer Colgan
Colhoun Colin Colinet Colić Coll Colla Collado Collaigh Collao Collard Collart Collaráin
Collata Collazo Collen Colleneler Colleran Collet Collette Colletti Colley Collier Colligan
Collignon Collin Collina Collinder Colling Collins Collis Collodi Colly Colláin Colman Colmáin
Colom Coloma Colomer Colon Colot Colpaert Colreavy Colson Coluim Colum Columbo Colunga Colón
Comair Comar Comartún Comas Comber Combi Comboni Combre Combs Comencini Comer Comerford
Comeriato Comhdhain Comhghaill Comhghain Comhraí Comisky Comisso Comman Comment Commins Comní
Comolli Company Compton Compère Comte Comyn Comáin Con Conacha Conagail Conaill Conaire
Conallta Conalláin Conaola Conaonaigh Conaráin Conaty Conbhae Conbhaigh Conbhaí Conbhuaidh
Conbhuidhe Conbhuí Conbhá Conboy Conbá Concannon Conceição Concepción Concha Concharraige
Conchobhair Conchoille Conchradha Conchubhair Conchúir Conde Condoleo Condon Condren Condron
Conduibh Condún Conefrey Conesa Confhaola Confraoich Congail Conghaile Conghamhna Coninck
Conlan Conley Conleágha Conlon Conluain Conláin Conmara Conmee Conmhacháin Conmhaoil Conmhaí
Conmhaídhe Conmhuí Conmy Conmí Conn Connachtaigh Connachton Connachtáin Connacháin Connaghy
Connaigh Connallta Connaughton Connbhuí Connchamháin Conneeley Conneely Connell Connellan
Connelly Conner Connery Connghamhna Connmhacháin Connmhaigh Connmhaí Connole Connollaigh
Connolly Connor Connors Connáin Connóil Connól Connúcháin Conole Conra Conrach Conrad Conradi
Conraoi Conree Conroy Conry Consaidín Considine Constant Contarini Conte Conter Conthra Conti
Contra Contractor Contrafatto Contreras Convey Conway Conwell Conáin Conámha Conóil Conúcháin
Coogan Cook Cooke Cooksley Coolahan Coolen Cooley Cools Coonan Cooney Cooper Copeland Coppens
Coppola Corbacho Corbat Corbett Corbo Corboz Corbáin Corcora Corcoran Corcoráin Corcos Cordero
Cordier Cordoba Cordova Corduff Coredo Coret Coret-Coredo Coreth Corish Corkery Corlaigh
Corless Corlett Corley Cormack Cormacáin Cormaic Corman Cormican Cormick Cormier Cormy Cornejo
Cornelis Cornelisse Cornelissen Cornelisz Cornet Cornez Cornil Cornut Cornuz Corominas Corona
Coronado Coronel Corpataux Corput Corr Corra Corracháin Corradi Corradáin Corragáin Corraidh
Corraidhin Corraigh Corral Corrales Corrdhuibh Correa Corredor Correia Correr Corrghamhna
Corridan Corrigan Corry Corráin Corstiaens Cortes Cortese Cortez Cortina Cortés Corvalán Corwin
Cosandey Coscair Cosendey Cosgair Cosgrave Cosgrove Cosman Cossiga Cossy Costa Costagáin
Costalonga Costanzi Coste Costela Costello Costelloe Coster Costigan Cosáin Coterlet Cotter
Cotto Coughlan Coulombe Coulon Counihan Courcey Cournane Courtenay Courtier Courtney Courtois
Courvoisier Cousin Cousins Coutts Couture Couturier Couvreur Covarrubias Cowan Cowely Cowen
Cowley Cox Coyle Coyne Cragg Crahan Crahay Craidheáin Craig Craine Craith Crampsey Crampsie
Crane Crangle Cranley Cranly Craobháin Craven Craw Crawford Crawley Creag Creagáin Crean Creed
Creedon Cregan Crehan Creimín Cremer Cremin Cremonesi Crespi Crespo Cresswell Cretton Crevar
Crevoisier Criado Criagáin Cribbons Crilly Crimmins Crimín Crinion Criomhthain Criostóir
Criostúir Crisafulli Crispi Crist Cristea Cristoforetti Crivelli Crneković Crnković Croad Croal
Crohan Croidheáin Croithín Crolly Crona Cronelly Cronin Cronly Crooks Crosbie Crosby Cross
Crossan Crosáin Crota Crotaigh Croteau Crotty Crowe Crowley Cruacháin Cruadhlaoich Cruces
Crucháin Crudden Cruickshank Cruise Cruitín Cruz Cryan Crábháin Cráibhín Créadaigh Créagáin
Críodáin Críogáin Críonáin Cródhal Cróil Cróinín Crónallaigh Crónghaile Crúis Crúz Csonka
Cuacach Cuadrado Cuag Cuagáin Cuaig Cualáin Cuana Cuanacháin Cuanaigh Cuanna Cuannaigh Cuanáin
Cuarnáin Cuarta Cubillos Cuda Cuddihy Cuellar Cuenca Cuervo Cuesta Cueto Cuevas Cuffe Cugia
Cuideagáin Cuideagánaigh Cuidithe Cuigeannaigh Cuijck Cuileamhain Cuileannáin Cuileanáin
Cuilinn Cuill Cuilleáin Cuilliudha Cuilliú Cuillín Cuilín Cuimilín Cuimín Cuineáin Cuinn
Cuinneacháin Cuinneagáin Cuinneáin Cuinnleáin Cuinnéir Cuirc Cuireáin Cuirleáin Cuirreáin
Cuirrín Cuirtéir Cuirtéis Cukon Culhane Culi Cullaigh Cullen Culligan Cullinan Cullinane
Culloty Cully Culot Cumascaigh Cumhail Cumhaill Cumiskey Cumisky Cummerata Cumming Cummings
Cummins Cummiskey Cummisky Cundari Cunha Cunnaidh Cunnane Cunneen Cunningham Cunny Cuomo
Curatoli Curci Curdaigh Curdy Curiel Curley Curnane Curneen Curnyn Curraidh Curraidhin Curran
Curraoin Currie Curry Curráin Curtin Curtis Curtáin Cusack Cusano Cutrufo Cutuli Cuvarlı
Cuvelier Cuyper Cuypers Cuyvers Cuzzocrea Cuéllar Cvenić Cvetko Cvetković Cvetnić Cvitan
Cvrtila Cwalile Cyprich Cyprichová Cyr Cába Cáceres Cádáin Cámara Cánovas Cápa Cárcamo Cárdenas
Cárthaigh Câmara Céadagáin Céadaigh Céide Céidigh Céileachair Céilleachair Céirín Céitig
Céitinn Céitín Cérúcáin Céspedes Cíger Cígerová Cíobháin Cíobhánaigh Cíoráin Cíosóg Cíosóig
Círríc Cógáin Cómair Córdoba Córdova Córrain Cózar Côté Cúilriabhaigh Cúirnín Cúise Cúlacháin
Cúláin Cúndúin Cúndún Cúnúin Cúnún Cúrnáin Cúrsa Cýrus Cīrule Cīrulis Cəbrayılov Cəfərova
Cəfəroğlu Cəfərzadə D'Amore D'Arcy D'Hondt D'hondt Daako Daakoaa Daal Daamin Dabhoireann
Dabhráin Dabháin Dabir Dabo Dabukke Dach Dachgelder Dachgeldt Dachgelt Dada Daeid Daele Daems
Dagane Dagbjarts Dagfaris Dagfinns Daggeirs Daghnáin Dagmanns Dagnýrs Dags Dagsburg Dagþórs
Dahir Dahl Dahlberg Dahlgren Dahlin Dahlqvist Dahlström Dahlén Dahm Dahmane Dahmani Daibheid
Daibhidh Daibhíd Daibhín Daigle Daiken Daimhín Dakhil Dalal Dalberts Dale Daleiden Dalem
Dalerov Dalla Dallaire Dallapé Dallara Dallinger Dallis Dalmanns Dalmars Dalmau Dalton Daltún
Dalvins Daly Dalziel Dam Damanik Damijanić Damirov Damjanović Damjans Damme Damurah Danachair
Danaher Dancák Dancáková Dandolo Dane Danek Daneková Danelíus Dangl Dani Daniel Daniels
Danielsen Danielsson Danilov Danivals Danjuma Danko Danková Danner Danninger Dano Danová Dans
Danso Dantes Daníels Danívals Dančiak Dančiaková Dančák Dančáková Daochain Daoda Daola Daoud
Daoudi Dar Dara Darain Darcy Dardel Dardenne Dare Dargan Dargáin Darko Darmody Darnau
Darojković Darris Daríus Dasey Dasgupta Dash Dass Date Datta Daud Daugherty Dautanec Dautović
Dave Davenport Davern Davey David Davids Davidson Davidsson Davies Davila Davin Davis Davison
Davitt Davoren Davy Davíðs Davõdov Daw Dawick Dawson Dawud Day Dayal Daza Daðis Dağlı Daňa
Daňko Daňková Daňo Daňová Deacair Deacon Deacy Deady Deagánaigh Dean Deane Deargáin Dearmada
Dearáin Dease Deasmhumhna Deasy Deaueroux Debelić Debeljak Debnár Debnárová Debroux Debruyne
Decamps Deceuninck Dechamps Decker Deckers Deckow Declerck Declercq Decock Deconinck Decoster
Dee Deegadan Deegan Deehan Deeley Deely Deeney Deeny Deep Deere Deery Degroote Degryse
Degueldre Dehmel Dehon Deigan Deignan Deirg Dej Dejardin Dejonghe Dekeyser Dekker Dekýš
Dekýšová Delacruz Deladoëy Delaere Delahaye Delahunty Delaney Delannoy Delap Delargy Delattre
Delaunay Delcourt Delcroix Deledda Deleon Deleu Delforge Delfosse Delgadillo Delgado Delhaye
Delhez Delisle Delle Dellucci Delmas Delmotte Delorme Deloughrey Deloughry Delporte Deltour
Delvaux Delvigne Delwayo Delèze Deman Demanet Demaret Demers Demeulenaere Demeyer Demeyere
Demir Demirel Demmendaal Demoulin Dempsey Demus Demuth Demuynck Demšar Denesik Deng Dengg
Denihan Denis Denison Denissov Denk Dennehy Dennenberg Denning Dennis Denny Denys Deníels Deo
Deol Deoraidhin Deoráin Depero Depoorter Deprez Depuydt Derbal Derežić Derkaoui Dermody Dermott
Derouiche Derradji Derrig Derycke Desai Desbiens Descamps Deschamps Deschênes Deshmukh
Deshpande Deshusses Desio Desjardins Desmedt Desmet Desmond Desrochers Desrosiers Dessart
Dessel Dessy Detaille Dethier Detournay Detry Detti Deutschmann Devally Devan Devane Devaney
Devanney Devaux Devenney Dever Devereaux Devereux Devery Devečka Devečková Devi Deville
Devillers Devilly Devin Devine Devitt Devlin Devolder Devos Devoy Devriendt Dewaele Dewan Dewez
Dewilde Dewitte Dewulf Dey Deágha Deághdha Deák Deáková Deže Dhadho Dhaliwal Dhar Dhawan
Dhiarmada Dhillon Dhingra Dhondt Dhonncha Dhonnchadha Dhonnchaidh Dhorchaidh Dhuarcáin
Dhubhghail Dhubhghaill Dhuibh Dhuibhir Dhuinn Dhuinneabháin Dhuinnshlé Dhuinnshléibhe Dháibhidh
Dháibhis Dhé Dhúirnín Diaconescu Diaconu Diaf Diallo Diarmada Dias Diaz Dib Dibbert Dibiasi
Dick Dickens Dickerson Dickey Dicki Dickie Dickinson Dickson Dida Didier Didović Die Diederich
Diego Dierckx Dierick Dierickx Diesbach Diesbergen Dietl Dietrich Dietz Dieu Dieudonné Diez Dif
Diffin Diffley Diggin Diggins Dighe Dignan Dijck Dijk Dijkman Dijkstra Dijoux Dikane Dildorova
Dillane Dillen Dillon Dilnozova Dilnurova Dima Dimba Dimbane Dimbani Din Dinabantu Dinamarca
Dinan Dinangwe Dindela Dindi Dineen Dingila Dinneen Dinu Dinwa Diolain Dioláin Diolúin Diolún
Dion Dionne Dionún Dioráin Diothchain Diothcháin Dippel Dircken Direáin Dirksen Dirnberger
Dirrane Dirven Disdero Diskin Ditschlerin Dittrich Divan Divenney Diver Divine Diviney Dixit
Dixon Diyorayeva Diyorov Dizdar Diéguez Diðriks Djebbar Djellal Djellouli Djoudi Dlaba Dlabane
Dlabazane Dladla Dlakadla Dlakela Dlamane Dlambula Dlamdaka Dlamini Dlamlenze Dlangamandla
Dlawuza Dlebenkomo Dlodlo Dlomo Dludla Dludlu Dlungwana Dmitriev Dobbelaere Dobbin Dobbins
Dobes Dobler Dobre Dobrić Dobson Dobšinská Dobšinský Dochartaigh Dochioiu Dockx Docquier Doctor
Dodd Dodson Doe Doesburg Dofris Doghair Dogherty Doglioni Doherty Doibhilin Doighre Doingeard
Doirnín Dokkum Dolainn Dolan Dolenc Doležal Doležalová Dolinar Dolinšek Dolić Dollis Domhnaigh
Domhnaill Domhnalláin Domingo Domingues Dominguez Dominiković Dominiks Dominković Dommelen
Doménech Domínguez Donagher Donaire Donald Donaldson Donaoile Donarelli Donati Donatoni Doncabe
Donchadha Donchú Donda Donegan Dongen Donghaile Dongoran Donini Doniyorov Donkor Donlon
Donnabháin Donnacha Donnagáin Donnan Donnay Donncha Donnchadha Donnchaidh Donnchú
Donndhubhartaigh Donndubhartaigh Donnell Donnellan Donnelly Donnghaile Donnghusa Donnáin
Donoghue Donohoe Donohue Donoso Donovan Dony Donà Dončević Doody Dooey Doogan Doohan Doolan
Dooley Dooly Dooren Doorhof Doorn Doornhem Doorty Doppler Dora Doran Doraí Dorcha Dorchaidh
Dorchaidhe Dorchaigh Dorcháin Dordan Dordáin Dore Dorfer Dorgan Doria Dorka Dorko Dorková Dorn
Dornan Dorner Dorot Dorota Dorotová Dorová Dorrian Dorsey Dorsman Doshi Dossetti Dossi Dostert
Dostál Dostálová Doucet Doudigan Dougherty Douglas Doumont Dovara Dovudov Dowd Dower Dowerg
Dowey Dowley Dowling Downes Downey Downing Downs Doyen Doyle Dočolomanská Dočolomanský Draaisma
Draghi Dragičević Dragobratović Dragojević Drajna Drajnová Drake Drakulić Drandić Draupnirs
Draxler Dražić Drekis Drengs Drennan Drenthe Dretvić Drew Drewes Drian Dries Driesen Driessche
Driessen Drisceoil Driscoll Drobná Drobný Droguett Drohan Droighneáin Drolet Droma Droney
Droppa Droppová Drotár Drotárová Drouin Droz Drozdov Druacháin Druart Drub Drubin Drum Drumm
Drummond Drummy Druso Drysdale Dríscín Drócháin Dróna Drónaidhe DuBuque Dua Duah Duane Duarcáin
Duarte Duba Dubandlela Dubazane Dube Dubey Dubha Dubhabhoireann Dubhagáin Dubhaigh Dubhartaigh
Dubhchain Dubhda Dubhdháin Dubhdábhoireann Dubhghaill Dubhgáin Dubhlaigh Dubhlainn Dubhlaoich
Dubhluachra Dubhláin Dubhradáin Dubhshláine Dubhthaigh Dubhuidhe Dubháin Dubnička Dubois
Dubovečak Dubovská Dubovský Dubuisson Dubé Duchesne Duchêne Duda Dudek Dudeková Dudik Dudka
Dudko Dudková Dudley Dudo Dudok Dudoková Dudová Dudás Dudík Dudíková Duez Dueñas Duff Duffin
Duffy Dufgus Dufie Dufour Dufrane Dufrasne Dufresne Dufþaks Dugal Dugar Dugfús Duggan Duguay
Duhamel Duhig Duhy Duibhealla Duibheannaigh Duibhfhinn Duibhgeadáin Duibhgeannaigh
Duibhgeannáin Duibhghealla Duibhghiolla Duibhginn Duibhir Duibhleanna Duibhlearga Duibhne
Duibhthe Duibhín Duibhínn Duigeannaigh Duignan Duigneáin Duilearga Duilleáin Duineacha Duinn
Duinneacha Duinneacháin Duinnléi Duinnshlé Duinnshléibhe Duinnín Duirnín Duithche Duivenvoorde
Duivenvoorden Dujardin Dujmović Dukada Duke Dukić Dula Dulbecco Dulchaointigh Dulla Dullová
Dulohery Dulová Duma Dumakude Dumanlı Dumas Dumisa Dumitrescu Dumont Dumortier Dumoulin Duncan
Duncáin Dunford Dungan Dunge Dunlap Dunleavey Dunleavy Dunn Dunne Dunning Dunny Dunphy
Dunshléibhe Dunworth Dunyoeva Duodo Dupont Dupré Dupuis Dupuy Duque Duquesne Duran Durand
Durant Durante Durdonova Durdu Durdík Durdíková Durgan Durham Durieux Durkan Durkin Durmuş
Durnan Durnin Durning Duroux Durrihy Dury Durán Duse Duska Dusko Dusková Dussart Dussen Dusík
Dusíková Dutka Dutko Dutková Dutrieux Dutt Dutta Duval Duvanel Duvančić Duvenvoirde Duvivier
Duyaza Duyvenvoorde Duze Duša Dušek Dušeková Dušička Dušičková Duška Duško Dušková Dušová
Dvalinns Dvojak Dvonč Dvončová Dvorská Dvorský Dvořák Dvořáková Dwala Dwamena Dwane Dwyer Dyal
Dyck Dyer Dzene Dzenis Dzurjanin Dzurjaninová Dáibhid Dáibhidh Dáibhis Dáibhís Dáid Dála
Dálaigh Dán Dánová Dávid Dávidová Dávila Déadaigh Déid Déide Déise Déiseach Déisigh Délèze Díaz
Díez Díghe Díochon Díocháin Díomasaigh Díscín Díómedes Dóláin Dómaldis Dómalds Dónalds Dóris
Dórs Dósóþeus Döhn Döring Dörr Dörschner Dúda Dúgáin Dúinsméarach Dúis Dúlaigh Dúnadhaighe
Dúnaighe Dúnaí Dúnlaing Dúnláing Dúnns Dúnáin Dúnúrta Dúraí Dúrcháin Dúrcáin Dúška Dünser Dýris
Dýrmunds Dūmiņa Dūmiņš Džapo Dương Dəmirbəyli D’Alia Each Eachaidh Eachain Eachmharcaigh
Eacháin Ealanaidh Earl Earle Early Easboig Eaton Ebbis Ebenesers Ebenezers Ebergs Eberhard
Eberhardt Eberharter Eberl Eberle Ebert Eberth Ebner Echevarría Echeverría Eck Eckbauer Ecker
Eckhardt Eco Edberg Eden Eder Edgars Edilons Edin Edlinger Edlund Edman Edmonds Edström Edun
Edvards Edvardsen Edvardsson Edvins Edwards Edwin Edílons Eeckhout Eelman Eerden Eerenbeemt
Effertz Efraíms Eftimie Egan Egea Egger Eggerts Eggþórs Egills Egisheim Egli Eglinton Eglīte
Eglītis Egorov Ehlert Ehsaas Eibhir Eibl Eichberger Eichenberger Eichhorn Eichinger Eichmann
Eide Eigenwillig Eijkelboom Eijndhoven Eijssel Eikars Eilfirt Eilífs Eimer Einars Einarsson
Einaudi Einirs Einvarðs Einþórs Eiríks Eischen Eisl Eisner Eiteagáin Eitheagáin Eivers Eivins
Eiðars Eiðs Ejlaal Ek Ekai Ekal Ekberg Ekdahl Ekelund Ekeno Ekholm Ekidor Ekiru Ekitela Eklund
Eklöf Ekman Ekstrand Ekström Ekwueme Elatlı Elbergs Elberts Elbertse Eldars Elder Eldgríms
Eldjárns Eldmars Eldons Elds Eldórs Elentínus Elfars Elfráðs Elgueta Eliassen Eliasson Elifova
Elijah Elimars Elinórs Elis Elizondo Eller Ellerts Ellery Ellingsen Elliot Elliott Ellis
Ellison Elliðis Ellís Elmars Elo Elofsson Eloranta Elorza Eloy Elsemulder Elsen Elsenaar Elvars
Elvins Elvis Elwood Elzas Elías Elíesers Elímars Elínbergs Elínmunds Elínórs Elís Emanuelli
Emanuelsson Emanúels Emard Embden Embreks Emeralds Emils Emilsson Eminov Emmanuel Emmanúels
Emmelen Emmen Emmerich Emo Emuria Encina Ender Endrizzi Ene Engberg Engdahl Engel Engeland
Engelen Engels Engen Engilberts Engilbjarts Engiljóns Engills Engl Englebert English Englund
Engman Engström Engvall Ennis Enoks Enright Enríquez Enschot Entringer Enzinger Eochadha
Eochagáin Eochaidh Eocháin Eoghain Eoin Eoinín Eraslan Erazo Erber Erceg Ercegović Erdman
Erdoğan Eregae Ergotić Ergül Erhart Erhout Erices Erickson Erics Ericson Ericsson Erik Eriks
Eriksen Eriksson Erjavec Erkkilä Erlacher Erlandsson Erlars Erlends Erler Erlings Erm Ernestós
Erni Ernirs Ernits Ernser Ernst Ernsts Eronen Erons Erpelding Erps Errani Errigo Ertaş Ertl
Erupe Erve Ervin Ervine Eršek Eržen Es Escalante Escalona Escamilla Escobar Escobedo Escolano
Escribano Escrivá Escudero Esekon Esekíels Esfandyar Eshan Esinyen Esjars Eskelinen Eskola
Espada Esparza España Español Espejo Espinal Espino Espinosa Espinoza Espitia Esposito Esquibel
Esquivel Esras Esson Estay Este Esteban Estefans Estes Esteve Esteves Estevez Estey Estrada
Estévez Eterović Etienne Etyang Etzler Etzold Eugster Eustace Evalds Evans Evelingen Evensen
Everaert Everde Everett Evers Everts Evoy Evrard Evéquoz Ewart Ewen Ewing Ewoi Exposito
Expósito Eyanae Eybergs Eyjólfs Eylaugs Eyleifs Eymars Eymunds Eynde Eyríks Eysteinns Eyvars
Eyvazalı Eyvazlı Eyvinds Eyþórs Eze Ezeugo Eáin Eðvalds Eðvars Eðvarðs Eóinín Eóthach E’zozova
Fabbri Faber Fabian Fabianová Fabijanić Fabián Fabiánová Fabra Fabre Fabregat Fabrisíus Fabrizi
Fabry Fabuš Fabušová Fachtna Fadden Fadel Fadian Fadipe Faes Fagan Fagerström Faggiani Fagiani
Fagotto Fagunwa Faherty Fahey Fahy Fair Faircheallaigh Fairhall Faith Faivre Faizan Fajardo
Fajimi Fajnor Fajnorová Fakazi Fakude Falabi Falcone Falcó Falcón Faleti Falgeirs Falier Falk
Falkner Fall Fallaci Fallamháin Fallon Falloppio Faloye Fals Falvey Fanisa Fankhauser Fannars
Fannbergs Fanngeirs Fannin Fanning Fannon Fantini Fantoni Fantozzi Fanucci Faodhagáin Faoite
Faoláin Faragó Farah Faranda Farangizova Faranáin Farell Fares Farhodov Faria Farias Farida
Farina Farinelli Farizayeva Farizov Farkas Farkašovská Farkašovský Farland Farley Farmer Farnan
Farnese Farnon Farragher Farrell Farrelly Farren Farrissey Farrissy Farry Farré Farzonova
Farías Fasasi Fasching Fatha Fathaigh Fatharta Fathartaigh Fattori Fauconnier Faugno Faulkner
Faull Faure Faust Favata Favre Fay Fazekas Fazli Faúndez Fašiang Fašiangová Fealy Fearachair
Fearacháin Fearadhaigh Fearchair Feardhaigh Fearghail Fearghaile Fearghaíosa Fearghusa Fearon
Fearraidhe Fearraigh Fearraí Fearáin Fechant Fechner Federici Federico Fedor Fedorov Fedorová
Fedotov Fee Feehan Feeley Feely Feeney Feenstra Feeny Feest Fegan Fehan Fehilly Fehr Fehringer
Fehér Feichtenschlager Feichter Feichtinger Feichtner Feiereisen Feighery Feigl Feijoo Feil
Feinen Feirtéar Feithín Fekete Felban Felber Feldek Feldeková Felder Feliciano Feliu Felixs
Fellah Feller Fellinger Fellner Felten Feltgen Feltz Feltzer Fenelon Fengs Fenighty Fenlon
Fennell Fennelly Fennessey Fenning Fenrirs Fenton Fenya Fercher Ferdinands Ferdínands Ferenac
Fergus Ferguson Ferhat Ferland Ferm Fermi Fernandes Fernandez Fernández Feron Ferrabosco
Ferrada Ferragamo Ferragni Ferran Ferrand Ferrando Ferrante Ferrara Ferrari Ferraris Ferrata
Ferrazzi Ferreira Ferrell Ferrer Ferrera Ferreras Ferrero Ferretti Ferreyra Ferris Ferriter
Ferrucci Ferry Ferrán Ferrández Ferrándiz Ferstl Fertrams Feruzova Feyder Feykirs Feys
Fhailghigh Fhaoláin Fhearadhaigh Fhearchair Fheargail Fhearghail Fhearghaile Fhearghusa
Fhearraigh Fheorais Fhiachra Fhinn Fhinneachtaigh Fhinnéin Fhionghuin Fhionnachta
Fhionnachtaigh Fhionnghaile Fhionnlaich Fhionnlaoich Fhionntaigh Fhionáin Fhir
Fhlaithbheartaigh Fhlaithimh Fhlannagáin Fhlannchadha Fhlannáin Fhloinn Fhuallaigh Fhualáin
Fhíontaigh Fhógartaigh Fiacha Fiachna Fiachra Fiacháin Fiaich Fiala Fialová Fiannachta
Fiannachtaigh Fiannaidh Fiannaidhe Fiannaigh Fibonacci Fica Fichtinger Ficino Fico Ficová Fidvi
Fiebig Fiedler Field Fielding Fields Fieramosca Fiere Fierens Fierro Figheadóra Figueiredo
Figueras Figueroa Figuerola Fihlela Fikrətoğlu Filali Filangieri Filar Filatov Filban Filbin
Filbín Filc Filcová Filip Filipek Filipeková Filipič Filipko Filipková Filipović Filipová
Filippelli Filippini Filippov Filippus Filips Filipčić Fillion Filogamo Filzi Filípek
Filípeková Finan Finch Findlay Finegan Finetti Fink Finka Finke Finková Finlay Finley Finn
Finnbjörns Finnbogis Finneachta Finneadha Finnegan Finneran Finnerty Finngeirs Finnjóns
Finnlaugs Finns Finnthighearn Finnucane Finnvarðs Finotto Finucane Finzi Fiodhabhra Fiol
Fionnachta Fionnachtaigh Fionnagáin Fionnalláin Fionndhubhcáin Fionnghaile Fionnghalaigh
Fionnghusa Fionnlaoich Fionnmhacáin Fionntáin Fionnáin Fioravanti Fiorucci Firbhisigh Firdavsev
Firgantoro Firmansyah Firtéar Fisch Fischbach Fischer Fischetti Fisher Fithchealla
Fithcheallaigh Fittipaldi Fitz Fitzgerald Fitzgibbon Fitzgibbons Fitzmartin Fitzmaurice
Fitzpatrick Fitzsimmons Fitzsimons Fišer Fišerová Fjalars Fjarkis Fjodorov Fjólars Fjólmunds
Fjölnirs Fjölvars Fjörnirs Flaas Flabháin Flaherty Flahive Flaiano Flaithbhearta
Flaithbheartaigh Flaitheamháin Flaithearta Flaithimh Flaithimhín Flaitile Flament Flammang
Flanagan Flanagáin Flannabhra Flannagan Flannagáin Flannchadha Flannelly Flannery Flannghaile
Flantz Flathamháin Flatharta Flathartaigh Flatley Flavin Fleche Fleck Flego Fleischhacker
Fleischmann Fleming Flemmings Fletcher Fleury Fliegner Flink Flinn Floch Floinn Flood Flor
Florea Flores Florio Flosis Flowers Floyd Flynn Flárta Flókis Flórents Flórez Flóvents
Flückiger Fo Foa Foconi Fodhladha Fodor Fofie Fogarty Fogazzaro Fogaça Fogaš Fogašová Foghludha
Foghlú Foghlúdha Foidl Folan Folch Foletti Foley Folkesson Folliero Fomin Fonck Fondo Fonjallaz
Fonseca Font Fontaine Foody Foot Foote Foran Forbes Ford Forde Forero Forget Forgáč Forgáčová
Foriwaa Forjan Forkin Formbach Fornaciari Fornis Forrest Fors Forsberg Forsell Forsgren
Forslund Forsman Forster Forstner Forsyth Fortier Fortin Fortuny Fortuyn Forza Foscari Foser
Fossmars Foster Fosu Fosua Fotimayeva Foucart Foucher Fouquet Fournier Fowler Fox Foy Foyle Foà
Fracci Fraher Frainclín Frami Frances Franceschi Franch Francillon Francis Francisco Franck
Franco Francois Frandsen Franecki Franek Franeková Franić Franičević Franjić Frank Franka
Franke Frankhuizen Franklin Franklíns Franko Franková Franks Frano Franová Frans Franscini
Fransen Franssen Fransson Franušić Franz Franzen Franzese Franzs Franzén François Françoise
Fras Fraser Frawley Frazier Fraňa Fraňo Fraňová Fraňvá Freaney Frederick Frederiksen Fredes
Fredriks Fredriksen Fredriksson Freeley Freely Freeman Freeney Freeth Frei Freil Freis Freitag
Freitas Frema Fremie French Frerichs Frescobaldi Fresh Freshour Freudenberger Freudenthaler
Frey Freybjörns Freygarðs Freymars Freymunds Freymóðs Freyrs Freysteinns Freyviðs Freyþórs
Friberg Frick Frid Friederich Friedl Friedli Friedman Friedrich Friedrichs Friehus Friel
Friesen Frighil Friis Frimer Frimerová Frimpomaa Frisch Frisk Frithile Fritsch Fritz Fritzs
Friðbergs Friðberts Friðbjörns Friðfinns Friðgeirs Friðjóns Friðlaugs Friðleifs Friðmanns
Friðmars Friðmunds Friðriks Friðs Friðsteinns Friðvins Friðþjófs Friðþórs Friščić Frketić
Frolov Frommelt Froschauer Frost Frostis Frutos Fry Frye Fránns Frárs Frère Fréchette Fréin
Frías Frímanns Fróðis Fróðmars Fröhlich Fröschl Frühwirth Ftorek Ftoreková Ftáčnik Ftáčniková
Fuada Fuadacháin Fuallaigh Fualáin Fuartháin Fuaruisce Fuaráin Fuchs Fuente Fuentealba Fuentes
Fuenzalida Fuertes Fuhrmann Fujiati Fuli Fuller Fulton Fundi Funis Funk Funnell Furda Furey
Furlan Furness Furrer Fusani Fuseli Fuster Fuzaylov Fuček Fyfe Fylkirs Fábián Fábregas Fáfnirs
Fágáin Fáilbhe Fálkis Fárta Fátharta Féichín Féinneadha Féith Fífills Fíona Fíonartaigh Fógarta
Fógartaigh Fóghladha Fólkis Fóráin Förster Fúraigh Fúsis Fülöp Füreder Fürst Fırat Fərəcov
Gaasch Gaba Gabadela Gabaldón Gabba Gabbana Gabela Gabhacháin Gabhann Gabhezi Gabhisa Gabhláin
Gabháin Gabriel Gabrieli Gabriels Gabrielsson Gabriyelov Gabríels Gabud Gacem Gachanja Gacheri
Gacheru Gachoki Gacháin Gadda Gade Gadhra Gadlela Gaels Gaete Gaffney Gafraigh Gagashe Gaggini
Gagliano Gagliardi Gagnon Gagné Gagys Gahan Gahleitner Gaiatto Gaibhre Gaibhtheacháin Gailius
Gaillard Gailliúin Gaillín Gailys Gaine Gaines Gainey Gairbhe Gairbhia Gairbhighe Gairbhín
Gaito Gaitán Gaičiūnas Gaižauskas Gajardo Gakii Gala Galan Galarza Galaz Galdames Galdikas
Galds Galeano Galeati Galenzone Galešić Galgallo Galgalo Galiano Galiazzo Galijn Galik Galiková
Galilei Galindo Galić Gall Gallagher Gallaher Galland Gallardo Gallart Gallchobhair Gallchóir
Galle Gallego Gallegos Galleguillos Gallen Galler Gallet Gallez Galligan Gallivan Gallo
Gallogly Galloway Galláin Galović Galtarossa Galu Galuppi Galvan Galvani Galvez Galvin Galvis
Galván Galáin Galán Galík Galíková Gama Gamalíels Gamble Gamboa Gambu Gambuse Gamede Gamez
Gamhna Gamhnáin Gamsjäger Gandhi Ganesan Ganesh Gangemi Gangl Ganguly Ganley Ganly Gannon
Gaoith Gaoithín Gaona Gaora Gara Garaidh Garavan Garay Garba Garbháin Garcia Garcés García
Garde Gardiner Gardner Garety Garg Gargallo Gargan Garibaldi Garibaldis Garibay Garica Garland
Garmendia Garner Garnier Garobbio Garozzo Garps Garraghy Garrahy Garret Garrett Garrido Garriga
Garrihy Garris Garrison Garrone Garry Gartlan Gartland Gartner Garvey Garvin Garza Garzoni
Garzón Garðars Gasa Gascón Gasela Gashi Gaskin Gasmi Gaspar Gaspard Gasperi Gasser Gassner
Gastel Gastélum Gately Gates Gathogo Gathoni Gatháin Gati Gatica Gatimu Gatsheni Gatti Gatto
Gattringer Gatwiri Gaudin Gaudreault Gaughan Gauis Gauks Gauthier Gautier Gautis Gautreks Gauts
Gautviðs Gavaghan Gavalier Gavalierová Gavenda Gavendová Gavican Gavigan Gavin Gaviria Gavorník
Gavorníková Gavrilov Gay Gaya Gaylord Gaynard Gaynor Gaytán Gazu Gašpar Gašparovič
Gašparovičová Gašparová Gažo Gažová Gcaba Gcaleka Gcugcwa Gcumisa Gcwabe Gcwensa Gealabháin
Gealagáin Gealbháin Geannáin Geany Geanáin Gearabháin Gearachaigh Gearailt Gearchaigh Geard
Geargáin Gearty Geary Gebashe Gebhezi Gedeza Gedi Gee Geenen Geens Geeraerts Geerling Geerts
Geertsen Geest Geffen Gegić Geherty Gehringer Geier Geiger Geimhridh Geirarðs Geirfinns
Geirharðs Geirhjörts Geirhvats Geiris Geirlaugs Geirleifs Geirmunds Geirröðs Geirs Geirtryggs
Geirvalds Geirólfs Geirþjófs Geisel Geisler Geislis Geißler Gelabert Geldens Gelder Gelemanović
Gellemeyer Gelli Gellirs Gemen Gemert Gemito Gence Gendron Geneart Genechten Genefaas Gengeshe
Gengler Genot Gent Gentileschi Gentili Gentilini Gentry Geoghegan George Georges Georgescu
Georgs Gepa Gera Geraci Geraghty Geralds Gerard Gerarghty Gerassimov Gerber Gerhold Geris
Gerlach Germain Germano Gerrits Gerritse Gerritsen Gertz Gervais Gerðars Gestel Gests Geudens
Geuens Gevaert Geyer Geárd Gfeller Ghabhann Ghafoor Ghailing Ghallóglaigh Ghanee Ghannam Gharbi
Ghasaan Ghauth Ghayoor Ghazi Ghazzal Gheimhridh Gheorghiu Gherbi Ghille Ghilleathain Ghirr
Ghislain Ghoerle Ghoill Ghose Ghosh Ghuala Ghunayn Ghunna Ghutayf Giacconi Giacometti Giammusso
Gianetti Gianinazzi Giannelli Giannetti Giannini Giannone Giannotti Giannuzzi Gianvecchio Gibb
Gibbon Gibbons Gibbs Gibert Gibilisco Giblin Gibne Gibney Gibson Gichana Gicheru Gichohi
Gichuhi Gichuki Gichuru Gielen Gierschner Gieß Gifford Gigaba Giger Gigli Giguère Gikonyo Gil
Gilabert Gilardoni Gilbane Gilbert Gilberts Gilbride Gilchrist Gildea Gilduff Giles Gilgunn
Gilhooly Gill Gillain Gillan Gillard Gilleathain Gillen Gilles Gillespie Gillet Gillic Gillick
Gillies Gilligan Gilliland Gillis Gillièron Gilliéron Gilliúin Gillooly Gillín Gilmars
Gilmartin Gilmore Gilroy Gils Gilsenan Gilson Gimenez Gimeno Giménez Gina Gindl Giner Ginese
Ginesio Ginevan Gineá Ging Gingras Gininda Ginkel Ginneadha Ginneke Ginneá Ginneádha Ginnitty
Ginnity Gintalas Ginty Ginzburgas Gioballáin Giobaláin Gioberti Giobláin Giobúin Giobún
Giolitti Giolla Giollagáin Giollarnáth Giollarua Giollaruaidhe Giolláin Gionnachtaigh Gionnáin
Gionáin Giorgetti Giovine Giradello Giraldo Giralt Girard Giraud Girona Giroux Girschner Girvan
Girón Gisbert Giselmeyer Gislason Giss Gitahi Gitari Gitau Githaiga Githinji Gitonga Giulietti
Giunti Giusti Givern Gizs Gjúkis Glaisne Glaser Glasnović Glass Glasses Glasáin Glatz Glavan
Glavin Glavor Glazier Gleannáin Gleason Gleasure Gledhill Gleeson Gleichner Glenn Glennon
Gliasáin Gligora Glineur Glionnáin Glionáin Glod Gloden Glodt Gloin Gloinn Gloinne Gloor
Gloster Glostéir Glover Glynn Gláibhín Gláimhín Glóis Glúms Glück Gmeiner Gnatz Gneistis Gnodde
Gnímh Gnúps Gnýrs Goba Gobert Gobhann Gobhozi Goblet Gobáin Gocník Gocníková Goda Godana Godard
Godart Goddard Godec Godefroid Goderts Godet Godfrey Godfroid Godide Godin Godinić Godoy
Godínez Goedert Goedhart Goel Goerens Goergen Goerle Goethals Goethem Goetzinger Goff Goffaux
Goffin Goffinet Gogan Gogarty Goggin Gogáin Gohar Goibín Goicoechea Goill Goillidhe Goilín
Goireachtaigh Goje Gokhale Gola Golden Golding Goldner Goldoni Goldrick Goldstein Gole Golgi
Golino Golla Gollan Gollner Gollum Golláin Golob Golubev Golubić Gomboc Gomes Gomez Gomila
Gomis Gona Goncalves Gontšarov Gonzaga Gonzales Gonzalez Gonzalo Gonzáles González Gonçalves
Good Goodman Goodwin Goossens Goovaerts Gopal Gorbunov Gorczany Gordillo Gordon Gore Gorenc
Gorevan Gorey Gorham Gori Goris Gorjup Gorlitz Gorman Gormáin Gorp Gosch Gosselin Gosset
Gossiaux Goswami Gothraidh Gotić Gotsholo Gottardi Gotthard Gotti Gottlieb Gottskálks
Gottsveinns Goudriaan Gough Gould Goulden Goulding Goulet Gour Govaerts Govarts Govoni
Govorčinović Goyaerts Goyal Goyette Goyvaerts Gozzano Gozzi Goðis Goðmunds Goñi Graaf Grabher
Grabner Grace Gracia Gracin Gradenigo Grady Grae Graeve Graf Graham Grahams Grahn Graindorge
Graith Grallaigh Gramhna Gramsci Granado Granados Granatelli Granath Granberg Grand Grande
Grandjean Granis Grankells Granlund Granström Grant Gras Grasser Grassi Grassl Grasso Gratie
Grattan Gratz Gratzer Gratzl Grau Gravel Gravensande Graves Gravina Gray Grba Grbac Greadaigh
Grealaigh Grealish Greally Greanacháin Greaney Greco Gredičak Greef Greehy Greelish Greely
Green Greene Greenfelder Greenholt Greenwood Greer Gregersen Greggio Gregoire Gregor Gregori
Gregorio Gregorič Gregorová Gregors Gregory Gregov Greguš Gregušová Greig Greij Grein Greiner
Greips Greisch Gremese Gren Grenier Grennan Grepps Gretars Grethen Grettirs Grewal Grey Grgić
Grgurević Grgurić Grgurovac Grialais Griallais Grianna Grianra Grianáin Griego Griesser Grifeo
Griffen Griffin Griffith Griffiths Grifín Grigoriev Grijalva Grill Grimani Grimes Grinius
Grinsven Grisoni Gritsch Gritti Groarke Grob Groen Groenendaal Groenestein Grogan Grojean
Gromov Grondel Grondelle Grondin Gronskis Groof Groogan Groot Groote Gros Grosjean Gross Grossi
Grote Groth Grover Growney Groß Gruagáin Gruber Grubišić Gruijl Gruijter Gruil Grundner Grunt
Gruson Grznár Grznárová Gráda Grádaigh Grádha Gráinne Grálaigh Grállaigh Grás Gréacháin
Grégoire Gréil Gréill Gréine Grétars Gríbhthín Grífín Grímars Grímkells Grímlaugs Grímnirs
Gríms Grímólfs Grímúlfs Gríobhtha Gríobhtháin Gríofa Gríofha Grönlund Grönroos Gröttner
Grünberger Grüner Grünwald Grňa Grňová Gržetić Gržinčić Gschaider Gschwandtner Gstrein Gstöhl
Guaire Guairim Guajardo Gual Gualandi Gualtieri Guarana Guarato Guard Guardado Guardia
Guardiola Guariento Guarneri Guay Gubain Gubben Guberović Gubeshe Gubhela Gubhuza Gubulundu
Gubéran Gucci Gude Gudelj Guellec Guendouz Guerfi Guerin Guerra Guerreiro Guerrero Guessoum
Guevara Guggenberger Guglielmi Gugushe Gugán Guha Guibert Guibhir Guicciardini Guichard Guidhir
Guidone Guidotti Guihan Guijarro Guilbert Guilfoyle Guillaume Guillemette Guillen Guillet
Guillon Guillot Guillou Guillén Guillí Guinan Guinane Guinevan Guiney Guinizzelli Guinnane
Guinness Guiot Guiry Guit Guitart Guithín Gulan Gulati Gulbrandsen Gulcher Gule Gulfam
Gulgowski Guliwe Gullberg Gullery Gullotta Gulotta Gulshan Gulyás Guma Gumbi Gumede Gumis
Gumprich Gunarto Gunawan Gundersen Gunn Gunnars Gunnarsson Gunnbergs Gunnbjörns Gunndórs
Gunngeirs Gunnhalls Gunning Gunnlaugs Gunnleifs Gunnröðs Gunnsteinns Gunnvalds Gunnólfs
Gunnólis Gunnþórs Gunpf Gupta Gure Gurule Gusev Gusikowski Gussoni Gustafsson Gustavs
Gustavsson Gustin Gut Gute Guthrie Gutierrez Gutiérrez Gutknecht Gutkowski Gutmann Guttis
Guttorms Guy Guyo Guyon Guyot Guzman Guzmán Guérin Guðbergs Guðbjarnis Guðbjarts Guðbjörns
Guðbrands Guðfinns Guðfreðs Guðgeirs Guðjóns Guðlaugs Guðleifs Guðleiks Guðmanns Guðmars
Guðmons Guðmunds Guðnis Guðráðs Guðröðs Guðsteinns Guðvarðs Guðveigs Guðvins Guðþórs Guštin
Gwacela Gwagwa Gwala Gwamanda Gwanyana Gwija Gwynn Gxabhashe Gyamfi Gyamfiaa Gyasi Gyasiwaa
Gylfis Gyrðirs Gábháin Gáibhtheacháin Gáibhín Gáineard Gál Gálik Gáliková Gálová Gálvez Gámez
Gánaird Gárate Gáspár Gärtner Géaran Géaráin Géibheannaigh Géibhinn Géidigh Gélinas Gérard
Gídeons Gígjars Gíontaigh Gíslis Góis Gómez Göransson Göschl Götz Gözəlov Gúnáin Gústafs
Gústavs Gül Gülen Günther Güçlü Gýgjars Gýmirs Gəncəli Haack Haag Haan Haapala Haapanen
Haapaniemi Haarlem Haas Haase Haataja Haavisto Haberl Habha Habibi Habibov Habibova Hablák
Habláková Habpanom Habšuda Habšudová Hachemi Hacker Hackett Hackl Hacıbəyli Hacıbəyov Hacızadə
Haddad Haddis Haddouche Hadds Hadebe Haderer Hadfield Hadhlairt Hadhra Hadichayeva Hadijayeva
Hadjadj Hadji Hadrović Hadžić Hae Haeften Haengreve Haering Hafbergs Hafgríms Hafliðis Hafnars
Hafner Hafnis Hafsteinns Hafþórs Hagalíns Hagan Hagara Hagarová Hagbarðs Hagberg Hagberts Hagen
Hagendoorn Hagenes Hager Haggerty Haglund Hagman Hagström Hahessy Hahn Haibheartaigh Haichir
Haicéad Haid Haiden Haider Haidhleart Haidinger Hailgheanáin Hailgheasa Hailpín Hailín
Haimhirgín Hainaut Hainchín Haindl Haines Hainifín Hainion Hainligh Hainmhireach Hainmneach
Hainthín Hainzl Hainín Hairbheasaigh Haire Hairmeasaigh Hairmheasaigh Hairt Hairtnéada
Haiseadha Haithbheartaigh Haithchir Haitheasa Hajdu Haji Hak Hakala Hakim Hakis Hakkarainen
Hakker Halake Halambek Halapir Halder Hale Haley Halidov Halim Halimah Hall Hallacháin Hallahan
Hallanan Hallberg Hallbergs Hallbjörns Halldórs Haller Halleux Halley Hallfreðs Hallgarðs
Hallgeirs Hallgils Hallgren Hallgríms Hallik Hallin Hallinan Hallissey Hallkells Hallmanns
Hallmars Hallmhúráin Hallmunds Halloran Halls Hallsteinns Hallvarðs Hallþórs Halme Halmhain
Halonen Halpen Halpin Halsdorf Haluška Halušková Halvarsson Halvorsen Halvorson Halák Haláková
Halász Ham Hamadi Hamadouche Hamaland Hamann Hamars Hamdani Hamdi Hamel Hames Hamidi Hamill
Hamilton Hamisi Hamlaoui Hammadi Hammar Hammarström Hammer Hammerer Hammerl Hammes Hammond
Hamon Hamoudi Hampton Hamza Hamzaoui Hanafin Hanak Hanaková Hanbury Hancock Hand Handa
Handayani Hande Handl Handler Hane Haneberg Hanegraaff Hanek Haneková Haney Hangala Hanka
Hankard Hanko Hanková Hanley Hanlon Hanluain Hanly Hanna Hannagáin Hannah Hannaidh Hanncard
Hannecart Hannes Hannibals Hannigan Hannlaoigh Hannon Hannracháin Hannraoi Hannula Hanrachtaigh
Hanrahan Hanraoi Hanratty Hans Hansen Hanson Hanssen Hanssens Hansson Hanus Hanusek Hanuseková
Hanuska Hanusková Hanusová Hanuška Hanušková Hanzel Hanzelová Hanák Hanáková Hançer Hanúsek
Hanúseková Hanúska Hanúsková Hanžek Haodha Haodhgáin Haogáin Haoidhne Haoilbheard Haoileáin
Haolláin Haoláin Haonghuis Haonghusa Hara Harahoe Haralds Haraldsson Haran Harapin Harber
Harcáin Hardi Hardiansyah Hardie Hardiman Hardin Harding Hardy Hare Haren Hargadon Hargadáin
Hargan Hargreaves Hargáin Hari Haring Hariyah Harju Harkin Harkins Harley Harloff Harmon
Harnett Haro Harper Harrachtáin Harragáin Harrell Harrer Harrihy Harrington Harris Harrison
Harry Harrys Harrýs Hart Harta Hartagáin Hartati Harte Hartigan Hartikainen Hartl Hartley
Hartman Hartmann Hartmanns Hartnett Hartung Hartvigs Harty Harvan Harvanová Harvey Harvánek
Harváneková Haryanti Haryanto Hasan Hasanah Hasanov Haselaar Haslauer Hasler Haslinger
Haspengouw Hassan Hassanah Hassani Hassett Hastey Hastie Hastings Hastuti Hasty Hatfield
Hattinger Hatton Hauck Hauer Hauffer Haug Hauge Haugen Haugh Haughey Haugland Hauks Hauksteinns
Haukvalds Haumer Haupert Hausberger Hauser Hautala Hautamäki Havel Haverinen Haverty Havlíček
Havlíčková Havran Havranka Havranko Havranková Havranová Hawe Hawkins Hawthorn Hay Hayden Hayer
Hayes Haynes Hayre Hayrioğlu Hays Hayward Hazenveld Haňak Haňaková Haňák Haňáková Haščák
Haščáková Heachadha Heachthigheirn Headhra Heaffy Heaghra Heaghráin Healey Heallaigh Healy
Heaney Heaphy Hearbhaird Hearbhard Hearcáin Hearghail Hearghaile Hearn Hearne Hearnáin Hearráin
Hearty Hearáin Heath Heathcote Heavey Hebenstreit Hebert Hechenberger Heck Hecke Hecker Heckett
Hedberg Hedderman Hedigan Hedin Hedlund Hedman Hedström Heeb Heelan Heenan Heeney Heer Heere
Heerenveen Heerkens Heerschop Heffernan Hefferon Heffron Hegarty Hegde Hegedüs Hegedűs Heger
Heggarty Hegmann Hehir Hehl Heibhrín Heichthigheirn Heideagáin Heiden Heidenreich Heiderscheid
Heidhin Heidrich Heifearnáin Heifrín Heigheartaigh Heigl Heijden Heijman Heijmans Heijmen
Heikirs Heikkilä Heikkinen Heilmóðs Heilíre Heim Heimhrín Heimirs Hein Heindl Heinen Heino
Heinonen Heinreks Heinrich Heinrichs Heinsalu Heinsoo Heintz Heintze Heinz Heinzl Heireamhóin
Heirens Heisis Heiskanen Heislin Heiss Heissenberger Heiteagáin Heithchir Heithir Heiðarrs
Heiðars Heiðbergs Heiðberts Heiðlinds Heiðmanns Heiðmars Heiðmunds Heiðreks Hekker Hektors
Helaoire Held Helen Helenius Helery Helgesson Helgis Helin Hell Helland Hellberg Hellemans
Heller Hellevoort Hellgren Hellman Hellström Hellwig Helm Helmerhorst Helminen Helmúts Helsen
Hely Hemert Hemetsberger Hemma Hemmen Hemmer Hemmerts Hempenstall Henao Henck Henderson
Hendrick Hendricks Hendrickx Hendriks Hendrikse Hendrix Hendry Henebry Heneghan Henegouwen
Henery Heney Hengen Henin Henk Hennebry Hennelley Hennelly Hennessey Hennessy Henni Hennigan
Hennings Henningsson Henrard Henric Henriks Henriksen Henriksson Henrion Henriques Henrotte
Henry Henrys Henríquez Henrýs Hens Henschel Hensley Henson Henst Hentschel Heochach Heochadha
Heochaidh Heodhasa Heodhusa Heoghain Heoghanáin Hepburn Hepenstall Heraghty Heras Heraty
Herbert Herberts Herbjörns Herbst Herceg Herck Herd Heredia Heremans Heretik Heretiková
Hereward Herfinns Hergeirs Hergills Hergils Heribert Hering Heripon Herity Herjólfs Herlaugs
Herleifs Herlihy Herlufs Herman Hermann Hermanns Hermans Hermansen Hermansson Hermes
Hermighausen Hermiston Hermosilla Hermunds Hermóðs Hernandes Hernandez Hernando Hernon Hernádez
Hernández Heron Herout Herranz Herrera Herrero Herring Herrmann Hersirs Herstal Hersteinns
Hersveinns Hertrampf Hervars Hervarðs Hervia Hervins Hervás Hervé Herzog Hesbaye Heser Heskin
Heslin Hess Hesse Hessel Hession Hester Hethur Hettinger Hettner Heuertz Heusden Heuser Heuvel
Hever Hewitt Hewson Hexspoor Heyden Heydrich Heydərli Heylen Heymans Heyne Heyvaert Heß
Hećimović Hečko Hečková Hhoyiyane Hiarfhlaithe Hiarfhlatha Hiarnáin Hiceadha Hicidhe Hickey
Hickle Hickman Hicks Hicí Hicín Hicóg Hidalgo Hidayanto Hidayat Hierro Hietala Hietanen
Hifearnáin Higgins Highne Higueras Hilary Hilaríus Hilbert Hilberts Hildars Hildibergs
Hildibrands Hildigeirs Hildiglúms Hildimars Hildimunds Hildings Hildirs Hildiþórs Hilger Hill
Hillen Hiller Hillery Hilliard Hilll Hillow Hills Hilmars Hilmer Hilmerová Hilmirs Hilpert
Hilti Hilton Hiltunen Himmelbauer Himris Hindeberg Hines Hinić Hinneirghe Hinney Hinnéirghe
Hinojosa Hinriks Hinterberger Hinteregger Hinterleitner Hinton Hintz Hinéirigh Hinéirí Hiocóg
Hiolláin Hioláin Hionnghaile Hiorbhaird Hiorbhard Hirsch Hirschmann Hirt Hirthe Hirvonen Hishon
Histon Hjallkárs Hjalmarsson Hjaltis Hjarnars Hjelm Hjort Hjálmars Hjálmgeirs Hjálms Hjálmtýrs
Hjálmþórs Hjörleifs Hjörts Hjörtþórs Hjörvars Hlabangane Hlabisa Hladká Hladký Hlatshwayo
Hlaváč Hlaváčik Hlaváčiková Hlaváčová Hleiðars Hlela Hlengwa Hlinis Hlinka Hlinková Hliník
Hliníková Hljóms Hlomuka Hlongwa Hlongwane Hlophe Hlubi Hlumakazi Hlyns Hlégests Hlérs Hlífars
Hlíðars Hlíðbergs Hlöðmunds Hlöðs Hlöðvarðs Hlöðvers Hnefills Hnikarrs Hnikars Ho Hoarau Hoare
Hoareau Hoban Hobbs Hochleitner Hochreiter Hocine Hodak Hodel Hodge Hodges Hodgson Hodhráin
Hodkiewicz Hodnett Hodson Hodža Hodžić Hodžová Hoecke Hoedemakers Hoeger Hoek Hoeks Hoekstra
Hoelen Hoes Hoevel Hoeven Hoey Hofbauer Hofer Hoffman Hoffmann Hofinger Hofman Hofmann
Hofmeister Hofstetter Hofstätter Hogan Hogg Hoibicín Hoirbheaird Hoirbheard Hoirchinnigh
Hoireabaird Hoireabhaird Hoireabhard Hoireachtaigh Hoiscín Hoistín Hoisín Hokkanen Holappa
Holdaway Holden Holder Holgeirs Holgers Holgersson Holguín Holič Holiček Holičeková Holička
Holičková Holičová Holl Holland Hollander Hollaráin Hollaus Holler Hollins Holloway Hollywood
Holláin Hollúin Holm Holmberg Holmes Holmgren Holmqvist Holmström Holohan Holopainen Holst
Holsten Holt Holthuis Holtis Holub Holubec Holubecová Holubek Holubeková Holubka Holubko
Holubková Holubová Holuby Holvoet Holzapfel Holzer Holzinger Holzknecht Holzmann Holík Holíková
Holíček Holíčeková Holúbek Holúbeková Holúbok Holčík Holčíková Homenick Honan Hondeveld Honing
Honkanen Honoré Hood Hoof Hoog Hoogers Hoogh Hook Hoop Hooper Hoover Hope Hopkins Hoppe
Hoppenbrouwer Hora Horak Horan Horcáin Hore Horemans Horgan Horgáin Hormazábal Horn Horne
Hornich Hornig Horrocks Horst Horton Horvat Horvatek Horvatinec Horvatić Horváth Horváthová
Horák Horáková Horáček Horáčková Hosae Hosey Hoskins Hosp Hoss Hosseini Hostaden Hoste Hotz
Houari Houben Houde Houdijk Hougardy Hough Houghton Houle Houlihan Houracháin Hourican Hourigan
Hourihane House Houston Houteveen Hove Howard Howarth Howe Howell Howells Howley Hoyos Hoz Hoza
Hozjan Hozová Hoàng Hočevar Hošták Hoštáková Hošťák Hošťáková Hrabar Hrafnars Hrafnbergs
Hrafnkells Hrafns Hrafntýrs Hranić Hranj Hrannars Hrapps Hrastinski Hraunars Hraško Hrašková
Hrdlička Hrdličková Hreggviðs Hreims Hreinns Hreiðars Hreiðmars Hren Hrianka Hrianková Hribar
Hribernik Hric Hricová Hrings Hrmo Hrmová Hroboň Hroboňová Hrollaugs Hrolleifs Hrovat Hrubá
Hrubý Hruška Hrušková Hrušovská Hrušovský Hrvojić Hræreks Hrímnirs Hróalds Hróars Hróbjarts
Hróis Hrólfs Hrómunds Hróðgeirs Hróðmars Hróðvars Hróðólfs Hrúts Hršak Hrženjak Huaillearan
Huaithne Huaithnín Hualla Huallacháin Huallaigh Huang Huart Huba Hubbard Huber Hubert Huberts
Huberty Hubin Hubmann Hubová Huddleston Hudec Hudecová Hudson Hudáček Hudáčeková Huel Huels
Huemer Huerta Huertas Huet Huff Huffman Hufnagl Hug Hugbergs Hughes Huginns Hugis Hugleiks Hugo
Hugos Huguet Hugós Huhn Huhtala Huidhir Huiginn Huigín Huijben Huijbrechts Huijs Huijzing
Huirthille Huiscín Huisman Huitseacháin Huka Huldars Huljev Hull Hulle Hulláin Huls Hulshouts
Hulskes Hulst Hult Hulten Hultgren Hultman Humayrova Humbert Humblet Hume Humer Hummel Hummer
Humoyunov Humphrey Humphreys Humphries Hunerik Hunt Hunter Hunziker Huotari Huovinen Hupka
Hupková Hurd Hurdail Hurley Hurmholtaigh Hurst Hurt Hurtado Hurthuile Hus Huska Husnjak Husová
Huss Hussain Hussein Hussey Husák Husáková Husár Husárová Husťák Husťáková Hutagalung Hutapea
Hutasoit Hutchinson Hutchison Huter Hutta Hutter Hutterer Hutton Huttová Huttunen Huurdeman
Huuskonen Huxleys Huybrechts Huyghe Huynh Huys Huysmans Huzaifa Hučko Hučková Hušek Hušeková
Huška Hušo Hušová Hušták Huštáková Hušťák Hušťáková Hvannars Hyatt Hyde Hyland Hyls Hyltirs
Hyman Hynes Hynman Hyttinen Hytönen Hyvärinen Hyvönen Hágáin Hágúrtaigh Háilíosa Háinle Háinlí
Hájek Hájková Hákons Háleygs Hálfdans Hálfdáns Hámunds Hánusaigh Háreks Hárlaigh Hárlaugs
Hásteinns Hávarrs Hávars Hávarðs Häfliger Hägg Hägglund Häggström Häkkinen Hämmerle Hämäläinen
Hänel Hänninen Häring Härkönen Härm Häusler Håkansson Hængs Hænirs Héadtromáin Héaghráin
Héalaigh Héalaithe Héamhthaigh Héanacháin Héanagáin Héanaigh Hébert Héideáin Héigcheartaigh
Héigearta Héigeartaigh Héigheartaigh Héighne Héighnigh Héighniú Héil Héilidhe Héiligh Héilí
Héimhthigh Héimhín Héineacháin Héinrí Héiní Hénrí Héðinns Hícín Híde Híghne Híomhair Hírams
Hóbáin Hódhra Hódhráin Hóghartaigh Hógáin Hóir Hólmars Hólmberts Hólmfasts Hólmgeirs Hólmgríms
Hólmkells Hólms Hólmsteinns Hólmþórs Hór Hóra Hórdha Hóráin Hóseas Hödl Höfer Höfig Höfler
Högberg Höglinger Höglund Högnis Höller Hölzenbecher Hölzl Höning Hörl Hörle Hörmann Hörðs
Höskulds Hövel Höðs Húberts Húbáin Húgós Húmis Húnbogis Húnis Húnns Húnröðs Húrdail Hús Húska
Húsková Húsová Húšek Húšeková Húška Hübel Hübner Hümmətov Hürlimann Hüseynbəyli Hüseynli
Hüseynov Hüseynova Hüseynoğlu Hütter Həsənov Həsənzadə II Iacobucci Iacovelli Iadanza Iago
Iannelli Iannotti Iannucci Iannuzzi Iarla Iasachta Iascaire Ibacache Ibarra Ibañez Ibikunle
Iborra Ibraaheem Ibrahim Ibrohimov Ibáñez Idris Iforayeva Iftikhaar Iglesia Iglesias Ignac
Ignatjev Igo Igoe Ihab Ihalainen Ihejirika Ihnačák Ihnačáková Ihsaan Ihtiram Ijli Ikhlef Ikonen
Ilan Ilijić Ilinović Ilić Iljin Illugis Illés Ilori Ilupeju Ilves Imali Imbert Imhof Iminza
Immanúels Immonen Imonova Impastato Impe Imrich Imrichová Imronov Indriðis Infante Infantino
Ingbergs Ingibergs Ingiberts Ingibjarts Ingibjörns Ingileifs Ingimagns Ingimars Ingimunds Ingis
Ingivalds Ingiþórs Ingjalds Inglis Ingmars Ingoldsby Ingram Ingvalds Ingvars Ingvarsson Ingvis
Ingólfs Ingþórs Iniesta Inneirghe Innocenti Innseadún Inostroza Intaum Interiano Interminei
Interminelli Inzaghi Inzunza Iomaire Ionescu Ioniță Ionrachtaigh Ioppi Iqbal Irawan Ireland
Ireri Iriarte Irizarry Iroha Irungu Irvine Irving Irwin Isaac Isah Isaksen Isaksson Isella
Isern Isfandiyorov Isler Islomov Ismaels Ismail Ismoilov Israelsson Issa Issac Issack Issak
Issis Iswahyudi Iten Iturra Ivandić Ivanov Ivanović Ivančan Ivarsson Ivask Ivaška Ivašková
Ivers Iversen Ivory Ivšić Iwu Iyanda Iyengar Iyer Iymonova Izaguirre Izquierdo Iñiguez Iústás
Jaabir Jaakkola Jaakson Jaanson Jaanus Jaatinen Jabir Jabr Jaceps Jackman Jacks Jackson Jacob
Jacobi Jacobs Jacobsen Jacobson Jacobsson Jacoby Jacot-Descombes Jacot-Guillarmod Jacquemart
Jacquemin Jacques Jacquet Jacquot Jacuzzi Jad Jadot Jadoul Jafari Jafets Jagarinec Jager
Jagečić Jaggi Jahdami Jahdari Jahn Jahongirov Jailani Jaime Jaimes Jain Jaiyeola Jakab Jakis
Jakobs Jakobsen Jakobson Jakobsson Jakopec Jakopović Jakops Jakovac Jaković Jakovlev
Jakovljević Jakub Jakuba Jakubec Jakubecová Jakubek Jakubeková Jakubka Jakubko Jakubková
Jakubová Jakubowski Jakubík Jakubíková Jakubček Jakubčeková Jakubčo Jakubčová Jakubčík
Jakubčíková Jakupić Jakuš Jakúbek Jakúbeková Jalaal Jalakas Jali Jalil Jalolov Jalonen Jalovec
Jalovecová Jama Jamaal Jamar Jamasijadu Jameel James Jameson Jamieson Jamile Jamils Jamnik
Jamshidov Jan Janda Jandl Jandová Janek Janeková Janeček Janečeková Janečka Janečko Janečková
Janežič Jani Janisch Jank Janka Jankauskas Janko Janková Jano Janová Janočko Janočková Janoš
Janošek Janošeková Janoška Janoško Janošková Janošo Janošová Jans Jansdr Janse Jansen Jansse
Janssen Janssens Jansson Jantošovič Jantošovičová Januar Janus Janák Janáková Janík Janíková
Janča Janček Jančeková Jančo Jančová Jaque Jara Jaramillo Jarc Jarl Jarls Jaroš Jarošová Jarso
Jarvis Jaskolski Jasminova Jasons Jasprica Jasso Jast Jauhiainen Jauk Jaume Jaunzema Jaunzems
Javohirov Javornik Jayaraman Jaén Ja’farov Jdotte Jean Jebet Jedľovská Jedľovský Jefferies
Jefferson Jeffries Jefimov Jefwa Jeggij Jegorov Jehle Jeitz Jekel Jelagat Jelavić Jele Jelen
Jelimo Jelić Jelle Jellyman Jelínek Jelínková Jemeli Jemrić Jemutai Jendek Jendeková Jenewein
Jenkins Jenko Jenni Jennings Jennis Jens Jensen Jenssen Jepchirchir Jepchumba Jepkemboi
Jepkemei Jepkirui Jepkoech Jepkogei Jepkorir Jepkosgei Jepleting Jepngetich Jeppesen Jeppsson
Jepsen Jeptoo Jerde Jereb Jeremías Jerez Jerič Jerković Jermakov Jerman Jerono Jerop Jerotich
Jerusalem Jeruto Jeršov Jes Jespers Jespersen Jessel Jessen Jesus Jesús Ježek Ježková Jha
Jhaveri Jibela Jibril Jilani Jiles Jili Jillo Jimale Jimenez Jiménez Jimínez Jiyane Jobe
Jochems Jochums Jockel Jode Joe Joel Jofré Johal Johann Johannessen Johannesson Johans Johansen
Johanson Johansson John Johns Johnsen Johnson Johnsson Johnston Johnstone Jokela Jokinen Jokiwe
Joly Jomini Jomo Jonasson Jonata Jonatová Jonckheere Jones Jong Jonge Jonghe Jonjić Jonker
Jonkman Jonsson Joos Joosten Jopich Jordan Jordá Jordán Joris Jorlink Jorquera Jorrisen
Josefsson Joseph Joshi Joshua Joshuas Josipović Jost Joubert Jourdan Jovanovac Jovanovic
Jovanović Jove Jover Jovinelli Jović Joyce Joye Jozić Juan Juarez Judd Judge Juen Jug Jugovac
Juhanson Juhkam Juhlin Juhász Jukić Julians Julien Julius Juliá Julián Julliard Juma Jumba
Jumiège Junas Junasová Junck Juncken Juncker Jung Jungfer Jungwirth Junior Junitz Junk Junken
Juntunen Junás Junásová Junáš Junášová Juqula Jurado Jurek Jureková Juretić Jureško Jurina
Jurinová Jurić Jurišić Jurjević Jurka Jurko Jurković Jurkovič Jurkovičová Jurková Jurlina
Jurrijens Juráš Jurášová Jurík Juríková Jurča Jurčina Jurčinová Jurčić Jurčo Jurčová Jussila
Juvara Juvonen Juárez Ján Jáno Jánová Jánoš Jánoška Jánoško Jánošková Jánošová Jánošík
Jánošíková Jáquez Járngríms Játgeirs Játmunds Játvarðs Jáuregui Jäckel Jäger Jäggi Jähn Jäkel
Jänes Jäntsch Jäntti Järv Järve Järvelä Järvenpää Järvi Järvinen Jääskeläinen Jóakims Jóanns
Jódar Jóels Jóhannes Jóhanns Jóis Jómars Jómunds Jónars Jónas Jónatans Jónbjörns Jóndórs
Jóngeirs Jónmunds Jóns Jónsteinns Jónás Jónþórs Jósafats Jósavins Jósefs Jóseps Jósteinns
Jósúas Jóvins Jõe Jõesaar Jõgi Jöbstl Jökulls Jönsson Jörfis Jörgens Jörgensen Jörmunds Jörris
Jörunds Jörvars Jörvis Jørgensen Júlíans Júlís Júlíus Júnís Júníus Júreks Jürgens Jürgenson
Jürisson Jüttner Kaamil Kaari Kaasik Kaay Kabeer Kaberia Kabir Kabiru Kabui Kaburu Kabus
Kachela Kaci Kadak Kadakia Kaddour Kaddouri Kade Kadenge Kadi Kadija Kadlec Kadlecová Kadri
Kadzo Kageha Kagendo Kager Kagwiria Kahindi Kahinu Kahlina Kahr Kaikkonen Kaimenyi Kain Kaindl
Kaingu Kainulainen Kainz Kairu Kairys Kaiser Kajs Kajuju Kakai Kakalis Kakar Kaktus Kala Kalama
Kalamees Kalan Kalanjoš Kalazić Kalcher Kalda Kaldis Kale Kalebs Kaleem Kaleema Kalekye Kalinin
Kalis Kaliská Kaliský Kalita Kaliňák Kaliňáková Kaljula Kaljurand Kaljuste Kaljuvee Kalla
Kallas Kallaste Kallen Kallert Kallio Kalm Kalman Kalmanns Kalmans Kalmars Kalmus Kalniņa
Kalniņš Kaloki Kaltenbrunner Kaltenböck Kaltenegger Kalume Kalvaitis Kalvelis Kalvėnas Kalēja
Kalējs Kamal Kamalanon Kamande Kamathi Kamau Kambs Kamdar Kamel Kamene Kammerer Kamp Kamper
Kamran Kamronov Kanana Kananu Kanda Kandie Kane Kanerva Kang'ethe Kangas Kangethe Kangley
Kangogo Kangro Kangur Kaniak Kaniaková Kanini Kaniški Kanja Kankaanpää Kannan Kant Kantola
Kanyi Kapadia Kapeller Kapoor Kapp Kappel Kaprasíus Kapur Kar Kara Karaamat Karadeniz Karagić
Karam Karamarko Karambu Karan Karani Karanja Karels Karge Kargl Karhu Karhunen Kari Karier
Karikari Karimi Karims Karisa Kariuki Karjalainen Karks Karl Karlberg Karles Karlis Karlović
Karls Karlsen Karlsson Karlström Karmelić Karner Karnik Karpe Karpov Karppinen Karrer Karro
Karttunen Karu Karuga Karul Karulová Karuri Karuza Karvels Karvinen Karvonen Karwitha Karz Kas
Kasak Kasam Kase Kasel Kasemaa Kasemets Kashif Kashyap Kasim Kask Kaspar Kaspars Kasper Kaspers
Kass Kassim Kassulke Kasteelen Kastelic Kastner Kastíels Kasyoka Kata Katana Katarínus Kathagen
Kathambi Kathure Katić Katona Kattai Katós Kauffmann Kaufman Kaufmann Kaul Kauliņa Kauliņš
Kaupas Kauppila Kauppinen Kaur Kautzer Kauzlarić Kaučič Kavaliauskas Kavanagh Kavasch
Kavaschová Kawira Kay Kaya Kaysan Kayser Kazakov Kazik Kaziková Kazlauskas Kazungu Kazík
Kazíková Kaņepa Kaņeps Kašpar Kašparová Keady Kealey Keally Kealty Kealy Keane Keaney Keany
Keapock Kearney Kearns Keary Keating Keaveney Keaveny Kebaili Kebir Keebler Keeffe Keegan
Keehan Keelan Keeley Keeling Keely Keenaghan Keenahan Keenan Keeney Keer Keery Keevers Kehoe
Keightley Keijser Keijzer Keinänen Keitany Keith Kelder Keleković Kelemen Kelečić Kelić
Kelleher Keller Kelley Kellner Kello Kellová Kelly Kelo Kelová Keltenie Kelvey Kelvin Kemboi
Kemei Kemmer Kemp Kempen Kemppainen Kendall Kendi Kendra Kendrová Kenga Kenis Kenlan Kenlon
Kenna Kenneally Kennedy Kennellan Kennelly Kenny Kensy Kent Keníž Kenížová Keogan Keogh Keoghan
Keoghane Keohan Keohane Keown Keplinger Ker Kerans Kerekes Kereković Kerger Kerin Kerins
Kerkhof Kerkhofs Kerley Kerlin Kerluke Kermody Kern Kernan Kerney Kerová Kerr Kerrigan Kerrisk
Kerschbaum Kerschbaumer Kerschen Kertzmann Kerubo Kerville Kerwick Keränen Keskinen Keskitalo
Kesküla Kessler Ketel Keter Ketilbjörns Ketills Ketola Ketting Kettunen Keudel Kevane Keville
Kevin Kevo Key Keya Keyes Keyser Khaba Khabalidaka Khaemba Khaldi Khaled Khalif Khalil Khalsa
Khambule Khamis Khamisi Khan Khanna Khanyeza Khanyile Khaphela Khare Khathi Khathide Khathini
Khatri Khawula Khelif Khelifa Khelifi Khelil Kheswa Khezokhulu Khisa Kholose Khomo Khonjwayo
Khosini Khosla Khoza Khuba Khubisa Khuboni Khukhuza Khulu Khuluse Khumalo Khumbuza Khurana
Khuyameni Khuzwayo Khwane Khwela Kiama Kiarie Kibe Kibet Kibiwot Kibiwott Kiboi Kibor Kidd
Kidney Kieber Kieffer Kiehn Kiely Kiema Kieran Kierane Kierans Kiernan Kigen Kihara Kihn Kiik
Kiil Kiilu Kiio Kiiru Kiis Kiisk Kijnder Kikas Kikkas Kilawee Kilback Kilbane Kilbride Kilcoyne
Kilday Kildea Kilduff Kilfoyle Kilgallen Kilgallon Kilhooly Kiljans Kilk Kilkenny Killeen
Killer Killilea Killooly Killoran Killoughry Kilmartin Kilmore Kilonzi Kilonzo Kilpeläinen
Kilroe Kilroy Kilíans Kim Kimachu Kimaiyo Kimani Kimanthi Kimanzi Kimaru Kimathi Kimeli Kimemia
Kimeu Kimosop Kimotho Kimtai Kimutai Kinaghan Kinahan Kind Kindle Kinet King King'ori Kingori
Kingston Kiniry Kink Kinkela Kinlan Kinlen Kinnane Kinnear Kinnegan Kinner Kinnerk Kinney
Kinnon Kinnunen Kinny Kinoti Kinsch Kinsella Kint Kintziger Kinuthia Kinya Kinyanjui Kinyua
Kiogora Kioko Kipchirchir Kipchumba Kipkemboi Kipkemei Kipkemoi Kipkirui Kipkoech Kipkogei
Kipkorir Kipkosgei Kipkurui Kiplagat Kiplangat Kipleting Kiplimo Kipngeno Kipngetich Kiprono
Kiprop Kiprotich Kipruto Kipsang Kiptanui Kiptoo Kiptui Kiptum Kipyego Kipyegon Kiragu Kirby
Kirchmair Kirchner Kirillov Kirimi Kirinčić Kirk Kirke Kirlin Kirpenstein Kirs Kirsch Kirschner
Kirsipuu Kirss Kirui Kirwa Kirwan Király Kis Kisel Kisela Kiselová Kiseľ Kiseľa Kiseľová Kisilu
Kisman Kiss Kissane Kisseljov Kitheka Kithinji Kithome Kiti Kitonga Kitprapa Kitsao Kitson
Kittakun Kituku Kitumaini Kitur Kitzler Kitzmann Kiuru Kivelä Kivi Kivilo Kivimäe Kivimäki
Kivinen Kiviniemi Kivistik Kivistö Kivuva Kiška Kjalars Kjallaks Kjarans Kjartans Kjarvals
Kjeldsen Kjellberg Kjárrs Kjær Kjóis Klaarwater Klaas Klammer Klanac Klapač Klapačová Klapka
Klapko Klapková Klapp Klapáč Klapáčová Klarin Klarić Klashorst Klasić Klasson Klaus Klausen
Klausner Kleibrink Kleijse Klein Klemens Klement Klemenzs Klemenčič Klemm Klemt Klepáč
Klepáčová Klerks Kleybrink Kligl Klijn Klima Klimek Klimeková Klimko Klimkovič Klimkovičová
Klimková Klimo Klimov Klimová Klimáček Klimáčeková Kline Kling Klingelhöfer Klinger Klingler
Kližan Kližanová Klocker Klocko Kloiber Klokoč Klokočová Klomp Klopačka Klopačková Kloppert
Klotz Klug Klængs Knapp Knappe Knaus Kneafsey Knecht Kneip Knez Knezović Knežević Knight Kniha
Knihová Knockaert Knoers Knoll Knowles Knox Knudsen Knuf Knutsen Knutsson Knörrs Knúts Kobal
Kobelt Kober Kobia Kobielsky Kobielská Kobielský Koc Kocan Koch Kocher Kocian Kocianová
Kocijančić Kocjančič Kocka Kocková Kocová Kocsis Kocur Kocák Kocáková Kocúr Kocúrik Kocúriková
Kocúrová Kodrič Koech Koelpin Koeman Koenig Koepp Kof Kofler Koger Koggis Kogler Kogo Kohl
Kohler Kohli Kohn Kohnen Kohv Koistinen Koit Koitla Koivisto Koivula Koivunen Kok Kokalj
Kokanović Kokk Kokko Kokkonen Kokol Kokorić Kolade Kolar Kolarec Kolarič Kolb Kolbeinns
Kolbjörns Kolega Kolehmainen Kolen Kolenc Kolesnik Kolesár Kolesárová Kolfinns Kolgríms Kolić
Kolk Koller Kollmann Kollár Kollárová Kolm Kolmars Kolnik Kolniková Kolník Kolníková Kols
Kolskeggs Kolster Kolviðs Kolár Kolárová Kolář Kolářová Komar Komarov Kombe Kombo Komen
Komljenović Komora Komulainen Konda Kondratjev Konečná Konečný Kongchayasukawut Kongsri Koning
Konings Konopelski Konopka Konopková Konovalov Konrad Konrád Konrádová Konráðs Konsbruck
Konstantinov Konstantínus Kont Konttinen Konôpka Konôpková Kooij Kool Koome Koomson Koort Kopa
Kopecká Kopecký Kopf Kopjar Koponen Kopová Kopp Koppa Koppel Koppensteiner Koppová Korec
Korecová Koren Koret Korhonen Korichi Korir Kormáks Kornelíus Korol Koros Korošec Korpal
Korpela Korpi Korsman Korstman Kort Korte Kortelainen Kortman Korts Korutürk Korčák Korčáková
Kos Kosanović Kosgei Koshy Kosi Kosić Koskei Koskela Koski Koskinen Kosoko Kosonen Koss
Kostanić Kostelac Kosten Koster Kostin Kostka Kostková Kostolzin Kostrec Kostrecová Kota
Kothari Kotian Kotianová Kotkas Kotnik Kotov Kotulič Kotuličová Kouba Koubová Kouidri Kovacek
Koval Kovalčík Kovalčíková Kovanen Kovač Kovaček Kovačević Kovačić Kovačič Kovaľ Kovaľová
Kovács Kováč Kováčik Kováčiková Kováčová Kovář Kovářová Koya Koza Kozey Kozlov Kozma Kozmon
Kozmonová Kozová Kozák Kozáková Kozáček Kozáčeková Kozáčik Kozáčiková Koðráns Koč Kočevar Kočiš
Kočišová Kočka Kočko Kočková Kočová Košir Koški Koščević Koželj Krabbe Krack Kraft Krainer
Krainz Krajcar Krajcik Krajnc Krajíček Krajíčeková Krajči Krajčiová Krajčo Krajčovič
Krajčovičová Krajčová Krajčí Krajčíová Krajčír Krajčírová Krakis Kral Kralj Kraljević Kraljić
Krall Kramar Kramarić Kramberger Kramer Krammer Kramár Kramárová Kranjc Krantz Kranz
Krasnohorská Krasnohorský Krastiņa Krastiņš Kratochvíl Kratochvílová Kratzer Kraus Krause
Kraushaar Krausová Kraxner Krebs Krecke Kreidl Kreiger Krein Kreiner Krejčová Kremer Kremser
Krenn Kresonja Kreusel Kreuzer Kriegl Kriens Krier Krieva Krieviņa Krieviņš Krievs Kriisa Kris
Krish Krishna Krishnamurthy Krishnan Kristalls Kristbergs Kristbjörns Kristdórs Kristens
Kristensen Kristensson Kristers Kristfinns Kristgeirs Kristians Kristiansen Kristiansson
Kristinns Kristjáns Kristjóns Kristlaugs Kristleifs Kristmanns Kristmars Kristmunds Kristofers
Kristoffersen Kristoffersson Kristvalds Kristvarðs Kristvins Kristófers Kristþórs
Krittayanukoon Krivec Krištof Krištofová Križan Križanová Krogh Kroker Kronberger Kronenberg
Kronsteiner Kroon Krop Kropilák Kropiláková Kroták Krotáková Krpan Krueger Krug Kruglov Krummis
Kruns Krupa Krupová Kruschwitz Krznarić Král Králik Králiková Králová Krásnohorská Krásnohorský
Kráľ Kráľovič Kráľovičová Kráľová Kríž Krížik Krížiková Krížová Krõlov Kröll Krúpa Krúpová
Krčelić Krēsliņa Krēsliņš Kršanac Krūmiņa Krūmiņš Krūze Krželj Kshlerin Kub Kuba Kubec Kubecová
Kubek Kubeková Kubheka Kubiček Kubičeková Kubička Kubičko Kubičková Kubko Kubková Kubo Kubová
Kubík Kubíková Kubíček Kubíčeková Kubíčková Kucera Kudrjavtsev Kuffa Kuffová Kugler Kuhar Kuhic
Kuhl Kuhlman Kuhn Kuijc Kuijpers Kuilenburg Kuiper Kuipers Kuisma Kuit Kujala Kujundžić
Kukkonen Kukučka Kulas Kulikov Kulkarni Kulmala Kumar Kumer Kumi Kummer Kumpulainen Kumsoontorn
Kumushova Kuna Kunac Kunda Kunde Kundová Kundu Kundziņa Kundziņš Kunen Kunene Kung'u Kungu
Kuningas Kunka Kunková Kunová Kunz Kunze Kuosmanen Kupa Kuphal Kupka Kupko Kupková Kupová
Kupsjak Kurg Kurgat Kuria Kurian Kurki Kurm Kurniawan Kuronen Kurtoić Kuruc Kurucová Kurui
Kuruvilla Kurvits Kurz Kurzmann Kus Kusch Kusen Kusi Kusiwaa Kuska Kusková Kusmawati Kusová
Kusumo Kuswandari Kuswoyo Kutch Kutsar Kuus Kuuse Kuusela Kuusik Kuusisto Kuusk Kuvalis
Kuveždić Kuzmin Kuzmić Kuznetsov Kučera Kučerová Kučić Kuša Kuška Kušková Kušnír Kušnírová Kušo
Kušová Kuščević Kveldúlfs Kvist Kwaadland Kwaakye Kwaakyewaa Kwamboka Kwartemaa Kwarteng Kwemoi
Kweyama Kyalo Kyei Kyeiwaa Kyerewaa Kyllönen Kyne Kysel Kysela Kyselová Kyseľ Kyseľa Kyseľová
Kára Káris Kárová Kárs Kázik Káziková Käfer Kägi Kähkönen Kälin Källström Kämäräinen Kärki
Kärkkäinen Kärner Käser Käsper Käster Käär Käärik Kóps Kôstka Kôstková Kõiv Köberl Köck Köhler
Kölbl Köll König Kössler Köster Köçərli Kúbek Kúbeková Kús Kúska Kúsková Kúsová Kúš Kúšová
Kühnert Küng Kütt Kārkliņa Kārkliņš Kısakürek Kļaviņa Kļaviņš Kříž Křížová Kərimli Kərimov
Kərimova Kərimzadə Laakkonen Laakso Laaksonen Laan Laane Laanemets Laar Laarhoven Laarse Laas
Labadie Labado Labaš Labbé Labeeb Labelle Labhra Labhradha Labhrú Labinjan Labonté Laboy Labra
Labrecque Labuda Labudová Laca Lacasse Lacey Lachance Lachapelle Lachmann Lachnáin Lachtnáin
Lacka Lackner Lacko Lacková Laco Lacombe Lacová Lacroix Lacy Lad Ladavac Ladeck Ladhradha
Ladner Laenen Laer Laere Laet Lafferty Laffey Laffray Laflamme Lafleur Lafontaine Lagarde Lagat
Lage Lagerweij Laghmainn Lagler Lago Lagos Laguna Lagzdiņa Lagzdiņš Lah Lahaye Lahey Lahiah
Lahiffe Lahmar Laht Lahti Lahtinen Lahy Laib Laideáin Laidhe Laidhigh Laidhin Laidhléis Laighin
Laighnigh Laiho Lailasari Lailligh Lailliú Laimer Laimhbheartaigh Laine Laing Lainn
Laithbheartaigh Laithimh Laithmhe Laitinen Lajlaj Lajčiak Lajčiaková Lajčák Lajčáková Lakatos
Lakaza Lakehal Lakhal Lakhdari Lakin Lakošeljac Laks Laksita Laksmiwati Lal Lala Laliberté Lall
Lalla Lallaidh Lallaigh Lallemand Lally Lalonde Lalor Laloux Lam Lamas Lamač Lamačová Lamb
Lambe Lambers Lambert Lamberts Lamborghini Lambot Lambotte Lambrecht Lambrechts Lambregt
Lamesch Lamhna Lammas Lammens Lammer Lammi Lamont Lamontagne Lamore Lamotte Lamoureux Lampert
Lampinen Lampl Lamprecht Lamri Lamula Lamy Lanagáin Lancaster Lancisi Landa Lande Landeghem
Landen Landers Landin Landl Landon-Lane Landry Landström Landy Lane Lanfranchi Lang Langa
Langan Langat Lange Langeni Langer Langern Langevoort Langlois Langosh Langworth Lanigan Lanka
Lankinen Lankle Lanners Lansink Lantz Lanz Laochdha Laodhóg Laoghaire Laoghóg Laoi Laoidh
Laoidhe Laoidhigh Laoingsigh Laoithe Laon Laouar Lapierre Laplante Lapointe Laporte Lappalainen
Lappin Lapsa Lapáin Lara Larbi Larcher Larcáin Lardinois Lardner Largan Largey Laribi Larivière
Larkin Laroche Larocque Larose Larouche Larrañaga Larrea Lars Larsen Larson Larsson Lasa Lasić
Lass Lassen Lassila Lassnig Lastra Lata Lathaigh Lathrope Latier Latif Latour Latreche Lattuada
Latupono Latvala Laufars Laugis Laukkanen Launay Laur Laureano Laurenson Laurent Laureys Lauri
Lauridsen Laurila Lauritsen Lauritzs Laursen Lauwers Lauzon Lavallée Lavan Lavell Lavelle
Laverty Lavery Lavigne Lavin Lavoie Lavrič Law Lawal Lawless Lawlor Lawrence Lawson Laylova
Layth Lazar Lazcano Lazizov Lazo Lazuardi Leach Leacy Leagha Leahy Leal Leallaigh Leamhna
Leannon Leannáin Learmonth Leary Leathaigh Leathlobhair Leavey Leban Lebar Lebeau Lebedev Lebel
Leber Leblanc Lebon Lebreton Lebrun Lebrón Lebsack Lechner Leclerc Leclercq Lecocq Lecomte
Leconte Lecoq Leddin Leddon Leddy Lede Ledent Lederer Ledesma Ledner Ledoux Leduc Ledwich
Ledwith Lee Leeb Leech Leek Leemans Leemput Leen Leene Leeney Lees Leeuw Leeuwen Lefebvre
Lefevre Leffler Lefort Lefèbvre Lefèvre Legault Legendre Legnante Legović Legrain Legrand
Legros Leguit Lehane Lehikoinen Lehiste Lehmann Lehner Leht Lehtimäki Lehtinen Lehtla Lehtmets
Lehto Lehtola Lehtonen Leibetseder Leidhin Leidhinn Leifs Leighin Leighinn Leiknirs Leino
Leinonen Leis Leite Leitgeb Leithner Leitner Leiva Leiðólfs Lejeune Leland Lelas Lelei Leleu
Leleux Lelijveld Lelièvre Leloup Lemaire Lemay Lemayian Lemaître Lembede Lember Lemieux Lemire
Lemke Lemmens Lemmer Lemoine Lemonnier Lempereur Lemus Lenaerts Lenaghan Leneghan Lenehan
Lengauer Lengyel Lenihan Lenić Lennane Lennartsson Lennon Lenoir Lensen Lentz Lenz Leon Leonard
Leonardi Leonards Leoncavallo Leone Leonetti Leonhards Leonhartsberger Leons Leopardi Leopold
Leos Lepage Lepik Lepistö Lepp Leppik Leppänen Lepšík Lepšíková Lercari Lerch Lercher Lerma
Lerner Leroux Leroy Lertsattayanusak Leruth Lesage Lesch Lesjak Leskinen Leskovar Leslie Lesná
Lesný Lessard Lestari Lester Letelier Letellier Lether Leto Letová Letta Lettiere Lettner Leu
Leunberger Leuschke Leutgeb Leuven Levan Levesque Levin Levine Levy Levís Lewa Lewis Ley Leyden
Leydon Leys Leysen Leyton Leyva Leágha Leão Leóid León Leópolds Leós Lešić Lešković Lešnik
Leščić Lheureux Lhoir Li Liadhain Liagha Liaghain Liain Liam Liathaigh Liatháin Liber Libert
Liblik Lichtenegger Licul Liddane Liddy Lideadha Lidström Lidén Lie Liebelt Liekens Lien
Liendert Liepa Liepiņa Liepiņš Lier Lierde Lieshout Lievens Lighe Ligorio Ligtvoet Liguori
Liimatainen Liiv Liiva Liivak Liivamägi Lijn Likar Lilja Liljars Liljegren Lill Lillemets
Lillis Lillo Lima Limazah Limbourg Limburg Limo Limón Lin Linares Lincoln Lind Lindahl Lindars
Lindau Lindberg Lindbergs Lindblad Lindblom Linde Lindell Linden Linder Lindfors Lindgren Lindh
Lindholm Lindinger Lindkvist Lindmark Lindner Lindorfer Lindquist Lindqvist Lindroos Lindsay
Lindsey Lindskog Lindström Lindvall Lindén Linehan Link Linke Linna Linnane Linny Linschoten
Linskey Linster Lintner Linton Liodáin Lionacháin Lionnáin Liostún Liović Lipa Lipka Lipko
Lipková Lipová Lipp Lippens Lippomano Lipponen Lips Lipták Liptáková Lira Lisica Lisická
Lisický List Liston Littel Littizzetto Little Litva Litvová Liu Liukkonen Liverotti Livingston
Liyaaqat Liyaqat Lizama Lizana Liégeois Liénard Liška Lišková Ljubetić Ljubić Ljubičić Ljung
Ljungberg Ljunggren Ljungqvist Ljósálfs Ljóts Ljúfs Llabrés Lladó Llamas Llano Llanos Lledó
Llobet Llopis Llorens Llorente Lloret Lloyd Lluch Loaiza Lobato Lobo Lobos Lochlainn Lochlann
Lochnáin Lochráin Lochtnáin Lockman Loep Loera Lofts Loftus Logan Logar Loghan Loginov Logis
Logue Loibhéad Loibl Loideáin Loididh Loidl Loineacháin Loingscigh Loingse Loingseacháin
Loingsigh Loinn Loinne Loinnigh Loinnsge Loinnsgigh Loirgneáin Loiseau Loj Loja Lojek Lojeková
Lojen Lojka Lojko Lojková Lojová Loke Lokis Lokk Lollobrigida Lombard Lombardi Lombardo
Lombroso Lomeli Lomgaigh Lommert Lomp Lonagáin Lonargáin London Londoño Londra Londáin Lonen
Lonergan Long Longaigh Longan Longhena Longode Longoria Longáin Lonndra Lonndraigh Lonndún
Lonnradh Lonnáin Lonáin Loo Loock Loon Looney Loorits Loos Looveren Looy Lopes Lopez Lopresti
Lorang Lorca Lorch Lorcáin Lord Lordan Loreal Loredan Lorencin Lorent Lorenz Lorenzo Lorreijn
Losa Losada Losatapornpipit Losekann Loucif Loughlin Loughnane Loughran Loughrey Loughry Louis
Lounis Loureiro Lourenço Louws Lovato Love Lovett Lovrić Low Lowe Lowery Lowney Lowry Loya
Loyal Loyola Lozada Lozano Loðmunds Luachra Luag Luain Luaire Luaithrinn Luanaigh Luasa
Luasaigh Luay Lubelo Lubhaing Lubina Lubinová Luboch Lubowitz Luc Lucarelli Lucas Lucchesi
Lucciano Lucel Lucena Lucero Lucey Luciani Lucid Lucio Lucitt Lucić Luddy Ludhóg Ludonga
Ludovisi Ludvigs Ludwig Lueilwitz Luengo Luettgen Luevano Luger Lughadha Lughbhadha Lugo Luht
Luibhéad Luik Luin Luineacháin Luinenburg Luinigh Luitgardis Luján Lukhele Lukin Lukinić Lukić
Lukk Lukstiņa Lukstiņš Lukács Lukáč Lukáčová Lukša Lukšić Lukšová Lumbasi Lumbreras Lumi
Lumiste Lumumba Luna Lunaigh Lund Lundberg Lundblad Lunde Lundell Lundgren Lundh Lundholm
Lundin Lundis Lundkvist Lundmark Lundon Lundquist Lundqvist Lundström Lunham Lunney Lunny Luoma
Lupo Lupták Luptáková Lupáin Luqe Luqmaan Luqman Luque Lurgáin Luria Lussier Lussu Lustenberger
Luster Lut Lutf Lutgen Lutholoni Luthra Luthuli Luts Luttenberger Lutterveld Lutz Luukkonen
Luvuno Lux Luxardo Luxemburg Luyckx Luyssel Luyten Luz Luzi Luís Lučić Lwandle Lyden Lydon
Lynch Lynchechaun Lynchehaun Lyne Lyng Lyngars Lynn Lynskey Lyon Lyons Lysaght Láimhín Lámháin
Lárents Lárentíus Lárs Lárus Lás Lása Lásaidhe László Lähteenmäki Lätt Lääne Lääts Léadús
Léanacháin Léger Léineacháin Léis Léith Léonard Lérs Létourneau Lévesque Lévy Lévêque Lê
Línbergs Línis Líonacháin Líthe Líška Líšková Lócháin Lógáin Lóndra Lónáin López Lórdáin Lórens
Lórenzs Lõhmus Löchel Löf Löffler Löfgren Lönn Lövgren Löwer Lúbhaing Lúbhóg Lúing Lúiséad
Lúkas Lúnam Lúndra Lúters Lúthers Lúðvígs Lúðvíks Lúóg Lübs Lüscher Lüthi Lýtings Lýðs Lāce
Lācis Līce Līcis Lūse Lūsis Lətifxanlı Maalik Maalim Maaren Maas Maasgouw Maasik Maaswinkel
Maath Maawiya Mabanga Mabaso Mabhena Mabhodla Mabhoko Mabika Mabizela Mabuya Mabuyakhulu Mabuza
Mac MacAdoo MacAleavy MacAllen MacAloon MacAnally MacArt MacArthur MacBreen MacBride MacCaffrey
MacCann MacCartan MacCarthy MacCarville MacClenaghan MacCole MacComisky MacConachy MacConnaghy
MacCool MacCormack MacCrohan MacCurtin MacDermott MacDevitt MacDonagh MacDonald MacDonnell
MacDougall MacDowell MacDwyer MacDyer MacEgan MacElgunn MacEver MacEvoy MacFadden MacFall
MacFaull MacGee MacGeehan MacGill MacGilligan MacGing MacGinley MacGinnitty MacGinnity MacGinty
MacGloin MacGlynn MacGovern MacGreal MacGroarty MacGuinness MacGurk MacHale MacHenry MacHugh
MacInerney MacInnes MacKay MacKenna MacKenzie MacKeown MacKevitt MacLysaght MacMahon MacMonagle
MacMorrow MacMullan MacMullen MacNabb MacNaboe MacNaboola MacNally MacNamara MacNamee MacNeela
MacNeill MacNelis MacNulty MacPherson MacPhilbin MacShea MacSweeney MacTiernan MacVeagh
MacVeigh MacWilliams Maca Macan Macasa Macauley Maccanelli Macdonald Mace Macedo Macejkovic
Macek Maceková Mach Machado Macharia Machata Machatová Macher Machnáč Machnáčová Macho Machová
Machuca Macháin Macháček Macháčeková Macháčková Macias Macingwane Mack Macka Macken Mackesey
Mackey Mackle Macko Mackovič Mackovičová Macková Maclean Macmillan Macnamee Maco Macová Macrea
Macías Mad Madadháin Madagáin Madaidh Madaidhe Madaidhin Madan Madani Madaoin Madar Madara
Madariaga Madarová Madden Maddock Maddox Maddy Made Madej Madejová Madela Mader Madera Maderna
Maderno Madhubuti Madi Madiba Madide Madigan Madinaeva Madinane Madisson Madiyan Madlala
Madlanduna Madlula Madondo Madonsela Madrid Madrigal Madsen Madu Maduma Maduna Madunić Madziba
Madáin Maertens Maes Maestas Maestre Maeyer Maffei Mafobo Maftunova Mafuleka Mafulela Magagula
Magalhães Magan Magann Magar Magauran Magaña Mageba Magee Mageean Magennis Magennity Mageto
Maggio Maggioli Maggis Maghanga Magill Maginn Magić Maglio Magnani Magngeirs Magnis Magnusson
Magnús Magnþórs Magolwana Magombo Magononde Magoza Magrassi Magrath Magubane Maguidhir Maguire
Magujwa Magutshwa Magwaza Magyar Magáin Magál Magálová Mahajan Mahal Mahamba Mahamed Mahamud
Maharaj Mahat Mahaye Mahbeer Mahbub Mahdiev Mahe Mahedy Maheen Mahendra Maher Maheswara Mahfuj
Mahfuz Mahi Mahieu Mahlaba Mahlalela Mahlangu Mahlase Mahlinza Mahlobo Mahmood Mahmoud Mahmoudi
Mahmudov Mahmudova Mahnet Mahon Mahoney Mahony Mahulube Mahy Mai Maia Maicín Maidana Maidla
Maidín Maier Maierhofer Maillard Maille Maillet Maillot Maina Mainchín Maine Maingi Maingín
Mainichín Mainnín Mainín Mair Maire Mairhofer Maitha Maithnín Maithya Maitiú Maiyo Majcen Majd
Majdan Majdanová Majdenić Majdán Majdánová Majeed Majerus Majeská Majeský Majewski Majoka
Majola Major Majorana Majozi Majstorović Majumdar Mak Makans Makarov Makau Makena Makhanya
Makhathini Makhaye Makhaza Makhedama Makhlouf Makhloufi Makhoba Makhubo Makhulukhulu Makhunga
Makinde Makinwa Makkonen Mako Makokha Makori Makovac Makovec Makovecová Makovica Makovická
Makovický Maková Makový Maksimov Makulu Makungu Malacarne Malachovská Malachovský Malakova
Malambule Malaparte Malatesta Malave Maldonado Malek Malembe Malenchini Maletić Malevu Malfait
Malherbe Malhotra Malikova Malina Malinen Malinga Malinová Malipiero Malki Mall Mallet Malley
Mallick Mallien Mallon Malm Malmberg Malmgren Malmqvist Malmström Malnar Malo Maloba Malone
Maloney Malowney Maloča Malpighi Malsen Maltais Maluki Maluleka Malá Malíšek Malíšeková Malóid
Malõšev Malý Mamani Mamba Mambo Mamić Mammen Mamo Mamojka Mamojková Mamula Man Manacháin
Manacorda Manahan Manana Mancebo Mancilla Mancini Mand Manda Mandal Mandala Mandasari Mandel
Mander Manderscheid Mandl Mane Manfreds Manfreðs Mangal Mangale Mangan Mangat Mangcamane
Mangede Mangel Mangen Mangena Mangethe Mangold Mangunsong Mani Manjón Manley Mann Mannan Manne
Manninen Manning Mannion Mannix Mannoia Manntáin Manole Manolesso Manqele Manrique Manríquez
Mans Mansa Mansell Mansfield Mansilla Manso Manson Mansour Mansouri Mansur Mansveld Mansvelt
Mansız Mante Mantegazza Mantegna Mantilla Mantshinga Mantáin Manuel Manullang Manunta Manyoni
Manzanares Manzano Manzezulu Manzi Manzini Manzoni Manço Manúels Maoil Maoilchiaráin Maoilchéir
Maoilchéire Maoilcéir Maoildhia Maoileacháin Maoileagáin Maoileala Maoileanaigh Maoilearca
Maoileoghain Maoileoin Maoileáin Maoilfheabhail Maoilia Maoiliadh Maoiligeáin Maoilmhiadhaigh
Maoilmhichíl Maoilmhín Maoilriain Maoilshearcaigh Maoiléadaigh Maoiléide Maoilín Maoineacháin
Maoinigh Maoir Maol Maolagáin Maolalaidh Maolalaigh Maolalla Maolallaidh Maolallaigh
Maolchaoine Maolchatha Maolchathaigh Maolchraoibhe Maoldhomhnaigh Maoldomhnaigh Maoldúin
Maolfhabhail Maolfhachtna Maolfhábhail Maolfhábhaill Maolghuala Maolmhochóirghe Maolmhuaidh
Maolmhudhóg Maolmhuire Maolmuaidh Maolriagháin Maolriain Maolruaidh Maolruaidhe Maolruana
Maolruanaigh Maolruanaí Maoltuile Maoláin Maonagail Maonaigh Maongail Maonghaile Maothagáin
Maouche Maphalala Maphanga Maphindela Maphisa Mapholoba Maphumulo Maquet Mara Marambio Maranga
Marangoni Maranáin Maras Marasović Marazzi Maraš Marbjörns Marbun Marcacci Marcacháin Marcaigh
Marceron Marchal Marchand Marchant Marcin Marcinek Marcineková Marcinko Marcinková Marcinová
Marco Marconi Marcos Marcotte Marcoux Mardešić Mardhiyah Mardones Marduras Mare Marec Marechal
Marek Mareková Marels Marenzio Mares Maretić Mareček Marečeková Mareš Marešová Marfell Margeirs
Margita Margitová Margraf Margreiter Margríms Marie Marien Marijanović Marijóns Marin Marinetti
Maringer Marini Marinković Marino Marinović Marinós Marion Maripuu Maris Mariscal Maritim
Marián Mariánová Mariën Mariño Marić Maričević Marjanović Marjonova Marjóns Mark Markanjević
Markey Markham Markkanen Markl Marklund Marko Markovac Marković Markovič Markovičová Marková
Markoš Markošová Marks Markus Markuš Markušová Markós Markús Markþórs Marley Marlier Marnach
Marnan Marnáin Maroa Marolt Marons Maroof Maroš Marošová Marpaung Marquardt Marques Marquet
Marquez Marqués Marren Marrero Marrinan Marris Marron Marrone Marroquín Marry Mars Marsden
Marsellíus Marsh Marshall Marsili Marta Martain Marte Marteinns Martel Martens Marthens Marti
Martikainen Martin Martineau Martinec Martinecová Martinek Martineková Martinelli Martinez
Martinić Martinka Martinko Martinkovič Martinkovičová Martinková Martinović Martinovič
Martinovičová Martinová Martins Martinsen Martinson Martinsson Martinák Martináková Martinček
Martinčeková Martinčević Martić Martorell Martová Marttila Marttinen Martucci Marty Martyn
Martáň Martáňová Martí Martín Martínez Marušić Marvin Marvins Marwa Marx Marxer Mary Maryadi
Maryamova Maryati Marzorati Maréchal Marí Marías Marín Marínós Marís Maríus Maršić Marťan
Marťanová Maržić Mas Masai Masango Masarik Masariková Masaryk Masaryková Masarík Masaríková
Mascagni Mascareñas Mascaró Mascheroni Maseko Masese Masha Mashaba Mashasha Mashimane Mashinini
Mashiya Masibekela Masika Masikane Masila Masilela Masina Masinde Masinga Maslo Maslov Maslová
Masná Masný Mason Masondo Maspero Massa Massart Masse Masseron Masset Massey Massin Masson
Massé Mast Mastandrea Master Masterson Mastroianni Masuku Masár Masárik Masáriková Masárová
Mata Matagne Matahlija Matamala Matana Matano Matara Matas Mate Matelot Mateo Mateos Mater
Materne Mateu Mateša Mathaba Mathebela Mathebula Matheka Mathenge Mathenjwa Matheson Mathetha
Mathews Mathghamhna Mathias Mathiasen Mathibela Mathiesen Mathieu Mathis Mathisen Mathol
Mathonsi Mathot Mathula Mathunjwa Mathurin Mathwasa Mathy Mathías Mathúna Mati Matias Matiaško
Matiašková Matijaš Matijević Matikainen Matilainen Matile Matinawin Matić Matko Matković
Matokanović Maton Matos Matoušek Matoušková Matovina Matošević Matt Mattarella Matteotti
Matthews Matthijs Matthys Matthäi Matthías Mattila Mattis Mattsson Mattías Matulin Matulić
Maturana Matus Matvejev Matías Matějka Matějková Maughan Maulana Maundu Maureira Maurer Maurice
Maury Mauréry Mauréryová Mauti Mavela Mavra Mavrič Mavundla Mavuso Mawanda Maweu Mawewe Mawia
Mawira Maximus Maxs Maxwell May Maya Mayaka Mayasari Maye Mayer Mayerhofer Mayert Mayeza Mayise
Mayisela Maynard Mayo Mayol Mayor Mayoral Mayorga Mayr Mayrhofer Mays Maza Mazalankosi Mazibuko
Mazilescu Maziya Mazouz Mazouzi Mazwi Mazzacurati Mazzanti Mazzeo Mazzi Mazzini Mazzocchi
Maćešić Maček Mačeková Mačko Mačkovič Mačkovičová Mačková Mačo Maďar Maďara Maďarič Maďaričová
Maďarová Maďár Maďárová Mašek Mašková Mbaabu Mbae Mbaka Mbamali Mbanjwa Mbatha Mbatshazwa Mbeje
Mbekwa Mbembe Mbende Mbhele Mbhense Mbhobho Mbhodwe Mbhulangwe Mbili Mbithe Mbithi Mbiti Mbogo
Mbokazi Mboko Mbonambi Mbonane Mbongwa Mbongwe Mbotho Mboya Mboyisa Mbugua Mbui Mbula Mbulaze
Mbulazi Mbuli Mbungela Mbunjwa Mburu Mbuthia Mbutho Mbuvi Mbuyazi Mbuyisa Mbuyise McAdams
McAleavy McAleenan McAleer McAlinney McAlister McAloon McAlunny McAnally McAndrew McAnulty
McArdle McAreavey McAtee McAteer McAuley McAuliffe McAveigh McBreen McBride McBrien McCabe
McCadam McCadden McCafferky McCafferty McCaffrey McCaffry McCahill McCall McCallion McCallum
McCann McCardle McCarney McCarra McCarron McCartan McCarte McCarthy McCarville McCaughan
McCaughey McCaul McCauley McCausland McCay McClean McClelland McCloskey McClure McCluskey
McColgan McColl McCollam McComiskey McConaghey McConaghy McConnell McConnon McCooey McCool
McCorkill McCorley McCormick McCorry McCourt McCoy McCracken McCrann McCrea McCready McCreanor
McCrory McCrossan McCrudden McCullagh McCullough McCumiskey McCumisky McCurdy McCurley McCurtin
McCusker McDade McDaeid McDaid McDermod McDermott McDevitt McDonagh McDonald McDougald McDowall
McDowell McDunphy McDwyer McDyer McElduff McElgunn McElhattin McEllistrim McElnay McElnea
McElroe McElroy McElwaine McElwee McEnaney McEneaney McEnry McEntaggart McEntee McEvaddy
McEvilly McEvoy McEwen McFadden McFall McFarland McFarlane McFaull McGahey McGalligly McGann
McGarraghy McGarrigle McGarry McGarvey McGauran McGaw McGeady McGee McGeehan McGeoghegan
McGeown McGerr McGettigan McGettrick McGill McGillicuddy McGilligan McGilly McGilroy McGinley
McGinnitty McGinty McGirl McGirr McGivern McGlinchey McGlinchy McGloin McGlynn McGoff
McGoldrick McGonagle McGough McGourty McGovern McGowan McGowern McGrane McGrath McGreal
McGregor McGrenehan McGroarty McGrory McGruddie McGruddy McGuigan McGuill McGuinn McGuinness
McGuire McGuirk McGuirl McGurk McHale McHarry McHenry McHugh McIldownie McIlroe McIlroy McIlwee
McIneely McInerney McInnes McIntosh McIntyre McIsaac McIvor McKaigue McKay McKee McKeegan
McKeever McKelvey McKendry McKeniry McKenna McKenny McKenzie McKeogh McKeon McKeown McKernon
McKevitt McKie McKiernan McKillop McKing McKinley McKinney McKinnon McKnight McLachlan
McLaughlin McLaverty McLean McLeer McLeese McLeigh McLeod McLoon McLoone McLoughlin McMacken
McMahon McManaway McManus McMaster McMenamin McMillan McMonagle McMorrow McMullen McMurray
McMurrough McNabb McNaboe McNally McNamara McNamee McNaughton McNea McNealy McNee McNeely
McNeill McNelis McNevin McNicholas McNicholl McNill McNulty McPartland McPartlin McPartlon
McPherson McPhilbin McPhillips McPolin McQuade McQuaid McQueen McQuilkan McQuillan McQuillen
McQuin McQuinn McRann McReady McRoarty McRory McShane McSharry McSheehy McTeague McTernan
McTiernan McTigue McVeagh McVeigh McVicker McVitty McWalter Mcambe Mcambi Mcanco Mcanyana
Mcbride Mccall Mccann Mccarthy Mccarty Mcclain Mcclure Mcconnell Mccormick Mccoy Mccullough
Mcdaniel Mcdonald Mcdowell Mcfarland Mcgee Mcgrath Mcguire Mchunu Mcintosh Mcintyre Mckay Mckee
Mckenzie Mckinney Mcknight Mclaughlin Mclean Mcmahon Mcmillan Mcneil Mcoyi Mcpherson Mcusi
Mcwaye Mdaka Mdakane Mdladla Mdlalose Mdlanyoka Mdlenevu Mdletshe Mdluli Mdlumbi Mdonswa
Mdotshana Mdunge Meachair Meadhra Meadhraí Meadows Meads Meadóg Meaghan Meagher Mealláin Meaney
Meanman Meany Meara Meardha Mearlaigh Mears Mearáin Mebarki Mecheri Medač Meddah Medel Medhurst
Medici Medina Medić Medjahed Medrano Medvecká Medvecký Medved Medvedev Medveď Medveďová Mee
Meehan Meenaghan Meenan Meer Meeres Meersman Meert Mees Meester Meeus Meeusen Meftah Megantara
Megaw Mehigan Mehloluhlaza Mehrimohova Mehrojov Meidhir Meidhreach Meier Meijer Meili Meindl
Meirligh Meirnigh Meis Meisch Meiscill Meister Meitheagáin Meixner Meić Mejia Mejía Mejías
Mekkinós Melady Melander Melani Melchior Meldon Melendez Melero Melet Melgar Meli Melia Melican
Melichar Melicharová Melicher Melicherová Melicherík Melicheríková Melicherčík Melicherčíková
Melichár Melichárek Melicháreková Melichárová Melin Melis Melkíors Melkólms Mella Mellado
Mellet Mellon Mellor Melnik Melo Melody Melrakkis Melton Melville Melvin Meléndez Memela Memon
Mena Menard Menchaca Mende Mendes Mendez Mendizábal Mendonça Mendoza Mendès Menendez Meneses
Mengolo Mennea Menon Mens Mensa Mensah Mensalders Menthonnex Menton Mentzel Menza Menziwa
Menéndez Menšík Menšíková Merabet Merah Meraz Mercadante Mercader Mercado Mercalli Mercantini
Mercati Mercer Merchant Mercier Mercks Merckx Meredith Mergen Merila Meriläinen Merino Merisi
Merkaš Merkx Merkúrs Merle Mernagh Merrigan Merritt Merry Mersch Mertens Mertz Merz Merzoug
Merzougui Mesa Mesarić Mesbah Mescall Mesić Meskill Messaoudi Messina Messner Mestdagh Metcalfe
Metella Methavorakul Methúsalems Mets Mettler Metz Metzler Metúsalems Meucci Meulen Meunier
Meurant Meurisse Meusburger Mey Meyer Meyers Meyiwa Meyvants Meza Mezei Meziane Meziani
Mezzetta Meádhra Meádhraí Meára Meáraidh Meáraí Mečiar Mečiarová Mfeka Mfusi Mgabadeli Mgabhi
Mgasela Mgazi Mgcaleka Mgenge Mgilija Mgobhozi Mgwaba Mhadaidh Mhaoil Mhaoir Mhayise Mheana
Mhilidh Mhlabandlovu Mhlambo Mhlanga Mhlangu Mhlanya Mhlongo Mhlongwane Mhlophe Mhlungu
Mhuircheartaigh Mhuire Mhuiris Mháirtín Mháistir Mhártain Mhíleadha Mhílidh Mhóir Miadha
Miadhacháin Miadhaigh Miah Mianaigh Mianáin Micca Michael Michaels Michalech Michalechová
Michalek Michaleková Michalica Michalicová Michalka Michalko Michalková Michalík Michalíková
Michaud Michaux Michel Michelangeli Micheletti Michels Michelson Micheni Michiels Michielsen
Michálech Michálechová Michálek Micháleková Michálik Micháliková Middelkoop Middlemiss
Middleton Midhe Mielcarek Mies Miettinen Migliaccio Mignon Miguel Migwi Mihalik Mihaliková
Mihalić Mihaljević Mihalík Mihalíková Mihelič Mihelčić Mihhailov Mihić Mihoubi Mihálik
Miháliková Mijsberg Mikaels Mikić Mikjálls Mikk Mikkaels Mikkels Mikkelsen Mikkola Mikkonen
Miklavčič Miklečić Mikloš Mikloško Miklošková Miklošová Miklík Miklíková Mikulandra Mikulec
Mikulák Mikuláková Mikulík Mikulíková Mikulčić Mikuš Mikušová Mikúš Mikúšová Mil Milanesi
Milanova Milas Milatić Mildinbergs Miles Miletić Milevoj Miley Milina Miličić Milla Millar
Millard Millea Miller Millet Millican Milligan Mills Millán Milléadha Milmo Milne Miloslavić
Milota Milotić Milotová Miloudi Milovac Milroy Miltenburg Miléadha Mimica Mimouni Mimun Minayo
Miner Minet Minhas Miniati Minihan Minihane Minne Minogue Mináč Mináčová Mionacháin Miočić Mir
Miralles Miramontes Miranda Miranov Mireles Miriti Mironov Mironshohov Mirosavljević Mirt Miró
Mirəhmədov Mirələmov Miscell Mishra Misicher Misiko Miskell Mispelen Misra Missoni Mistry
Mistrík Mistríková Mistéal Mital Mitchell Mitei Mitra Mitschke Mitt Mittal Mitter Mitteregger
Mitterer Mitterlehner Mittermayr Miya Mičetić Mišak Miše Mišković Mišík Mišíková Mjadu Mjoli
Mjwara Mjöllnirs Mjölnirs Mkhabela Mkhandlela Mkhathini Mkhatshwa Mkhithi Mkhize Mkhokeleleki
Mkholo Mkhonza Mkhumbuzi Mkhungo Mkhwananzi Mlaba Mlakar Mlalane Mlalazi Mlambo Mlangatshe
Mlangeni Mlawula Mlinar Mlinarič Mlondo Mlotshwa Mlungisi Mlungwana Mlynár Mlynárik Mlynáriková
Mlynárová Mmboga Mmbone Mnangat Mnangwe Mncube Mncwabe Mncwanga Mngadi Mngoma Mngomezulu Mnguni
Mngwemkhulu Mngwengwe Mnikathi Mnisi Mnomiya Mnqamu Mnqayi Mnquhe Mntambo Mntimande Mntungwa
Mnyamande Mnyandu Mnyoni Moan Moberg Mocanu Moccia Mocenigo Mocháin Mochóirghe Mochóraigh
Modhráin Modi Modiano Modig Modigliani Modrić Modugno Mody Moe Moen Moenen Moens Moensendijk
Moerman Moes Moet Mofardin Moffatt Moffit Mogaka Mogeni Mogensen Mogere Mogherini Moghráin
Mogire Mogáin Mohamed Mohammad Mohammadi Mohammed Mohammedi Mohamud Mohan Mohanty Mohaupt Moher
Mohinurova Mohlaroyimova Mohr Moidhe Moilanen Moinéal Moisio Moithide Mojica Mojžiš Mojžišová
Mokadem Mokaya Mokhtari Mokrane Mokrani Mokroš Mokrošová Mokua Mol Molano Molegraaf Molen
Molenaar Moles Molesini Molin Molina Moliner Molins Molis Molitor Moll Molloy Molnár Moloney
Molraoghain Molyneux Momanyi Momberg Monacháin Monaco Monaghan Monagle Monahan Moncada Mondaca
Mondadori Mondaini Mondise Mondragón Monduzzi Moneta Monfort Mong'are Mongan Mongare Monghaile
Mongáin Monicelli Monk Monks Monnard Monnet Monney Monnier Mononen Monreal Monroe Monroy
Monsalve Montague Montalbán Montalcini Montalti Montalvo Montanari Montanariello Montandon
Montanelli Montaña Montañez Montaño Monte Montecchi Montecino Montecinos Monteiro Montemayor
Montenegro Montero Montes Montesano Montesinos Montessori Monteverdi Montez Montgomery Monti
Montoya Montserrat Moody Mook Moon Moone Moonen Mooney Moons Moor Moore Moors Moosbrugger Mora
Moraa Morabito Moraes Moraga Morahan Morais Moraleda Morales Moran Morand Morandi Morandini
Morante Morar Morara Morard Morata Moravcová Moravec Moravecová Moravčík Moravčíková Morawo
Morcillo More Moreau Moreels Moreira Morel Morell Morellato Moreno Morera Mores Moresi Moretti
Morgagni Morgan Morgans Moriarty Moric Moricová Morillo Morin Morissette Moritz Moritzs Morić
Morlacchi Morley Mornane Moroney Morosini Morová Moroz Morpurgo Morricone Morrin Morris
Morrison Morrissey Morrocco Morrow Morse Morsli Mortati Mortensen Mortier Mortimer Morton
Morucci Morvan Moráin Morán Moscarda Moschino Mosciski Mose Mosemann Moser Moses Moseti Mosis
Moslavac Mosley Mosquera Moss Mostefaoui Mota Motha Mothair Motháin Motte Mottet Mottiez Moturi
Motyka Motyková Motyčka Motyčková Moulay Moulin Mountain Moura Moureau Mourib Mousel Moussa
Moussaoui Mouton Moy Moya Moyano Moyer Moylan Moynihan Mozart Močibob Mpangazitha Mpanza
Mphahlwa Mphankomo Mphazima Mphemba Mphephethwa Mpikela Mpila Mpofana Mpumuza Mpungose Mpunzana
Mqadi Mqungebe Mrak Mraoiligh Mraović Mraz Mrazek Mrazeková Mrazko Mrazková Mrazová Mráz Mrázik
Mráziková Mrázka Mrázko Mrázková Mrázová Mríosáin Msamkhulu Msane Msani Mseleku Mshazi Mshengu
Mshibe Mshikela Mshikila Mshiyane Msibi Msimang Msindazwe Msokazi Msomi Msuthu Msuya Msweli
Mthabela Mthalane Mthanti Mthembu Mthethwa Mthimkhulu Mthinti Mthiya Mthiyane Mthombeni Mthonti
Mtimande Mtolo Mtshali Mtumaseli Mtuswa Muadaigh Muange Muaráin Muasya Mubinova Mucha Muchai
Muchangi Muchemi Mucheru Muchira Muchiri Muchoki Muchová Muchui Mudden Mude Mudgway Mudri
Mudronja Mueller Muema Muendo Mueni Muga Mugabháin Mugambi Mugendi Muggs Mugo Mugure Mugáin
Muhammadaliyev Muhammadaminov Muhammadamirov Muhammadayubov Muhammadazizov Muhammadov
Muhammadrizoyev Muhammadsafoev Muhammadsodiqov Muhammadsolihov Muhammadumarov Muhammadyasinov
Muhammadyusupov Muhammadziyoev Muhia Muhonen Muhonja Muhoro Muhovic Muhr Muhsinova Muhumed Muia
Muichille Muigai Muighe Muijs Muilcín Muilleagáin Muilleoir Muilligh Muimhneacháin Muimhnigh
Muimi Muinde Muindi Muineacháin Muineóg Muinghíle Muinilligh Muinneacháin Muinníle Muir
Muircheartaigh Muireadhaigh Muireagáin Muireann Muireáin Muireán Muirgeáin Muirgheasa
Muirgheasáin Muirighthe Muiris Muirithe Muirneacháin Muirthile Muirthín Muiruri Muizzova Mukami
Mukherjee Mukhopadhyay Mukhwana Mukiri Mukoya Muktar Mukundi Mulcahy Mulcair Mulder Mulders
Muldoon Muldowney Mule Mulei Mulet Mulgrave Mulgrew Mulhare Mulhern Muli Mulinge Mulkerrin
Mullaghan Mullala Mullaly Mullan Mullane Mullaney Mullany Mullarkey Mullen Muller Mullery
Mulligan Mullin Mullins Mullooly Mullooney Mulloughney Mulloy Mulláin Mulongo Mulqueen
Mulqueeny Mulrain Mulrooney Mulroy Mulry Mulryan Mulvany Mulvenna Mulvey Mulvihill Mulvin Mulvy
Mulwa Mulyani Muláin Mumba Mumbe Mumbi Mumbua Mumo Mumtozova Munari Mundia Munene Munga Mungai
Munguti Munguía Muni Muninns Munis Munisayeva Munnelly Munoz Munro Munroe Munshi Munster Munyao
Munyi Munyiva Munyoki Munyua Munywoki Muoki Mur Muracháin Murachú Murae Murage Muraguri
Murangiri Muraoile Muratori Muratovic Muraya Murazik Murchadha Murchaidhe Murcháin Murchú
Murcia Murdoch Mureithi Murgaš Murgašová Murghaile Murialdo Murigi Muriithi Murillo Murimi
Murin Murinová Muriset Murithi Muriuki Muriungi Murnane Murnin Murnáin Muro Murodov Murphy
Murraigh Murray Murri Murrihy Mursalinaeva Murtagh Murthuile Murthy Murty Muru Murugi Murunga
Murungi Murín Murínová Musa Musabəyov Musabəyova Musatti Musau Musaxanlı Musazadə Musee Musembi
Musfirayeva Mushtariyeva Musi Musil Musila Musili Musilová Musimbi Muslimaeva Muslimov Must
Mustafa Mustafayev Mustapha Mustapić Mustač Mustofa Mustonen Musumba Musungu Musy Musya Musyimi
Musyoka Musyoki Mutahi Mutai Mutanu Mutegi Mutembei Mutemi Mutethia Muteti Muthama Muthami
Muthee Muthengi Mutheu Muthiani Muthike Muthini Muthoka Muthomi Muthoni Muthui Muthuri Muti
Mutia Mutie Mutinda Mutindi Mutio Mutiso Mutisya Mutti Mutua Mutugi Mutuku Mutuma Mutune
Mutunga Mutungi Muturi Mutwiri Muuo Muxlisayeva Muxtaroğlu Muya Muynck Muzayyanova
Muzdalifayeva Muñiz Muñoz Muğanlı Mušćet Mužina Mužić Mvelase Mveni Mvubu Mvuyana Mwadime Mwai
Mwaka Mwakio Mwalimu Mwamburi Mwandla Mwangangi Mwangi Mwania Mwaniki Mwanza Mwanzia Mwathi
Mwaura Mwelase Mwema Mwenda Mwende Mwendia Mwendwa Mwero Mwihaki Mwikali Mwinyi Mwinzi Mwirigi
Mwita Mwiti Mwololo Mwongela Mwongeli Mydlo Mydlová Myeni Myers Myeza Myhre Myklebust Myles
Myllymäki Myrkvis Mzila Mzilankatha Mzileni Mzimela Mzizi Mzobe Mzolo Mzomba Mzoneli Mzukase
Mzulwini Mzungu Mác Mácka Mácková Mácová Mághnuis Máille Máirtín Málóid Mánis Mármol Márquez
Márs Mártan Márton Márus Máthúna Máté Máček Máčeková Máčik Máčiková Mäder Mäe Mäenpää Mäeots
Mäesalu Mägi Mäkelä Mäki Mäkinen Mälzer Mänd Mändla Männik Männiste Männistö Mäntylä Määttä
Månsson Mårtensson Méaláid Méalóid Méalóide Ménard Méndez Mészáros Mías Mídhia Míléada Mímirs
Mínguez Míocháin Míodhacháin Míodhcháin Míonáin Mírs Míós Móiníol Móirín Móracháin Mórdha Móric
Móricová Móris Mórits Móráin Móses Móðis Mõttus Möchlichen Mölder Möller Mörth Mörðs Møller
Múgica Múlis Múrnáin Múñiz Mühlbacher Mühlberger Mühlböck Mühle Mülichen Müller Müllerová
Müllner Mürk Mürvətqızı Müür Müürsepp Mýrkjartans Məcnunbəyov Məhərrəmli Məhərrəmoğlu
Məhərrəmzadə Məlikzadə Məmmədli Məmmədquluzadə Məmmədxanlı Məmmədzadə Naail Nababan Nabeel
Nabih Nabwire Naccari Nacer Nadal Nadeau Nadeem Nader Nadi Nadig Nadkarni Naeem Naessens Nafula
Nafuna Nagar Nagarajan Nagel Nagele Nagi Nagl Nagle Nagy Nagys Naibei Naidu Naik Nail Naili
Nailín Nainggolan Nair Nais Najam Najeeb Najmudin Nakhumicha Nakić Nala Naliaka Nallon Nally
Nalty Namaga Nanda Nandisa Nandwa Nangle Nanjala Naoidheanáin Naomh Naomi Napitupulu Napolitano
Narain Narang Naranjo Narasimhan Narayan Narayanan Narfis Narpati Narula Narušis Narváez Nary
Nasambu Nascimento Naser Naserian Nash Nashiruddin Nasimiyu Nasri Nasyiah Nasyidah Natanaels
Natans Nataníels Natarajan Nath Natsir Natt Natta Naughton Naujokas Naumov Nausėda Nava Navara
Navarová Navarrete Navarria Navarro Navas Navez Navone Navrátil Navrátilová Nayak Nayar Naylor
Nazareth Nazari Nazario Nazarov Načinović Nağıoğlu Ncala Ncama Ncanana Ncongwane Ncube Ncusi
Ncwaba Ncwane Ndaba Ndabandaba Ndabansele Ndabase Ndabezitha Ndambuki Ndandali Ndanu Ndawo
Ndawonde Ndege Ndegwa Nderitu Ndichu Ndiema Ndima Ndimande Ndinda Ndinisa Ndirangu Ndiritu
Ndiwa Ndiyema Ndlala Ndlandla Ndlangamandla Ndlanya Ndlanzi Ndlela Ndlondlo Ndlovu Ndolo
Ndondakusuka Ndonga Ndoro Ndosi Nduati Nduku Nduli Ndunda Ndung'u Ndunge Ndungu Nduta Ndwandwe
Ndwiga Nea Neabhail Neacail Neachtain Neal Nealon Neancól Nearaigh Neary Nebot Necci
Nederlotharingen Nedermeijer Nedić Nedjar Nee Needham Neehan Neelan Neelin Neenan Neerachapong
Negele Negrete Negrón Neilan Neilian Neill Neilson Neira Neirynck Neistis Nek Nekesa Neligan
Nelima Nelis Nelissen Nelson Nemcová Nemec Nemes Nemeth Nemeș Nene Nennis Nenzi Neptúnus Nerger
Nes Nestor Neto Nette Neu Neubacher Neubauer Neugebauer Neuhauser Neuhold Neulinger Neumann
Neumayer Neumayr Neumeister Neumüller Neuner Neureiter Neureuther Neuschäfer Neustrië Neuteboom
Neuville Neuwirth Neuzerling Nevado Nevala Nevalainen Neve Neven Neves Neveu Neville Nevin
Nevárez Newman Newton Ney Neyens Neylon Ng'ang'a Ngala Nganga Ngao Ngari Ngaruiya Ngatia
Ngazitha Ngcamane Ngcamu Ngcemu Ngcobo Ngcolosi Ngei Ngema Ngeno Ngetich Ngiba Ngidi Ngige
Ngigi Ngina Ngobese Ngobisi Ngomane Ngome Ngonini Ngotho Ngotsha Ngubane Ngubeni Ngugi Ngui
Ngumbao Ngungunyana Ngunjiri Ngure Nguyen Nguyễn Ngwane Ngwazi Ngwekazi Ngwenya Nhlabathi
Nhlane Nhlanhla Nhlanhlampofu Nhlapho Nhleko Nhlengethwa Nia Niadh Niaidh Niallagáin Niallghais
Niallghuis Nialláin Nianáin Niatháin Nibali Nicaise Nicholas Nicholls Nichols Nicholson Nickels
Nicol Nicolas Nicolau Nicolay Nicoletti Nicolini Nicolucci Nicolás Niederl Nielsen Niemeier
Niemelä Niemi Nieminen Nienow Niermann Nieto Nieuwenhuijsen Nieuwstraten Nieves Nievo Nigam
Nigg Niggli Nihoe Niiranen Niit Nijman Nijs Nikanors Nikiforov Nikitin Niklasson Nikolaev
Nikolais Nikolas Nikolaus Nikolić Nikula Nikulás Niland Nilles Nils Nilsen Nilsson Nilufarova
Nimac Nimwegen Ninalowo Niocail Niocláis Nipp Niquille Niscoromni Niskanen Nissen Nissinen
Nistor Nitra Nitrová Nitti Nitto Nitzsche Nixon Nizet Niño Nišević Nižetić Nižnanská Nižnanský
Nižnánsky Nižnánská Nižňanská Nižňanský Niță Njagi Njambi Njapha Njau Njenga Njeri Njeru Njihia
Njiki Njinji Njiru Njogu Njoka Njoki Njoku Njomane Njoroge Njue Njuguna Njuki Njálls Njörðs
Nkabinde Nkala Nkamzwayo Nkansa Nkansah Nkatha Nkirote Nkomo Nkomose Nkomoye Nkonyeni Nkosi
Nkrumah Nkumane Nkundlande Nkwakha Nkwali Nkwaliyenkosi Nkwanyana Nnamani Noack Noble Nodanga
Nodlomo Noel Nogantshi Nogueira Noguera Nogués Nohlmans Nolan Nolcini Nollee Nolty Nombela
Nombhoco Nomndayi Nomvuma Nondaba Nondlela Nonduma Nongalaza Nongalo Nonis Nonkosi Nonkululeko
Nonnis Nontanda Nontuli Nonyana Noonan Noone Noor Noordeloos Noordijk Noordmark Noort Noot
Norac Noraidh Norambuena Norberg Norberts Norbiato Nord Nordberg Nordgren Nordin Nordio
Nordlander Nordlund Nordqvist Nordström Norgren Nori Noriega Norlin Norling Norman Normand
Normanns Norramon Norris Norrman Norry North Northeim Norton Norén Norðmanns Nosbusch Nosiglia
Nota Notarbartolo Notová Nouar Noui Nouri Nousiainen Novaes Novais Novak Novaro Novikov
Novitasari Novoa Novosel Novota Novotná Novotný Novák Nováková Nowak Nowanqa Nozimova Nozulu
Noël Nqumela Nsele Nsia Nsibande Nsibanyoni Nsindane Nsukuza Ntaka Ntamonde Ntanzi Ntenga
Nthenya Nthiga Nti Ntiamoa Ntim Ntinyari Ntombela Ntsele Ntshalintshali Ntshangase Ntshingila
Ntshiza Ntuli Nuadhain Nuadhan Nualláin Nuanáin Nuffel Nugent Nugnes Nugroho Nulty Nunes Nunez
Nunne Nur Nuraini Nurdiyanti Nuriyeva Nurk Nurm Nurmi Nurminen Nurmuhammadov Nurəli Nus
Nussbaumer Nusslé Nuut Nuutinen Nuwenhijsen Nuwenhuijzen Nuwenhuse Nuwenhuysen Nuyts Nußbaumer
Nuñez Nwachukwu Nwosu Nxamalala Nxasana Nxele Nxumalo Nyaako Nyaakoaa Nyaboke Nyabuti Nyabuto
Nyaga Nyagaka Nyaguthii Nyakio Nyakundi Nyale Nyamai Nyamawi Nyambane Nyambose Nyambu Nyambura
Nyame Nyamu Nyamweya Nyanchama Nyanda Nyandeni Nyang'au Nyangaresi Nyangau Nyangweso Nyantakyi
Nyathi Nyawa Nyawira Nyawo Nyawokhulu Nyawose Nyazitla Nyberg Nyembe Nyembezi Nyeuwenhuysen
Nygren Nygård Nyhan Nyide Nykänen Nylander Nylund Nylén Nyman Nyoike Nyokabi Nyokayebululu
Nyongesa Nyongwana Nys Nyssen Nyström Nzai Nzama Nzamela Nzau Nzilani Nzima Nzimande Nzimase
Nzioka Nzioki Nzisa Nzomo Nzuki Nzuza Nádhraigh Nájera Nálepka Nálepková Náradhaigh Náraigh
Náttmörðs Náttúlfs Näf Nägele Näscher Näslund Næss Néill Németh Níels Níls Nóams Nóels Nógla
Nóis Nónis Nóris Nóvembers Nôta Nôtová Nõmm Nõmme Nõmmik Nöbauer Nökkvis Nørgaard Núin Númis
Núnáin Núñez Nüsslin Nývarðs Němcová Němec Němeček Němečková Nəbibəyli Nəbioğlu Nəbiqızı
Nərimanov Nərimanova Nəsibova Nəsirli Nəzirli Nəzirova Nəzərli O'Beirn O'Beirne O'Boyle
O'Brassil O'Brazil O'Brennan O'Brien O'Brown O'Bryan O'Bryen O'Byrne O'Cadden O'Cafferky
O'Callaghan O'Carolan O'Carroll O'Casey O'Cassidy O'Cleary O'Clery O'Connell O'Conner O'Connor
O'Crohan O'Crowley O'Curry O'Daly O'Dea O'Devanney O'Devenny O'Doherty O'Donnell O'Donoghue
O'Donohoe O'Donovan O'Dowd O'Driscoll O'Duffy O'Dwyer O'Farrell O'Farrelly O'Flaherty O'Flynn
O'Freil O'Friel O'Gallagher O'Gara O'Goldrick O'Gorman O'Gowan O'Grady O'Growney O'Hagan
O'Haire O'Halloran O'Hanlon O'Hanrahan O'Hara O'Hare O'Haughey O'Hea O'Hegarty O'Hehir
O'Herlihy O'Hickey O'Higgins O'Hora O'Houlihan O'Hurley O'Hussey O'Kane O'Kearney O'Keefe
O'Keeffe O'Kelly O'Kennedy O'Kieve O'Kon O'Leary O'Loan O'Looney O'Loughlin O'Loughlinn
O'Mahoney O'Mahony O'Malley O'Mara O'Meara O'Mooney O'Moore O'Mullan O'Murnaghan O'Neill
O'Nolan O'Rafferty O'Rahilly O'Reardon O'Regan O'Reilly O'Riordan O'Rooney O'Rourke O'Ruane
O'Ryan O'Scannell O'Shannon O'Sharkey O'Shaughnessy O'Shea O'Sheehan O'Sheil O'Shiel O'Sullivan
O'Sweeney O'Tierney O'Togher O'Toole Oak Obama Obando Obara Obare Obasanjo Obeng Oberbrunner
Oberhauser Oberhofer Oberleitner Obermayr Obermüller Oberndorfer Oberweis Obi Obiero Obonyo
Obradović Obratov Obrien Obuya Obšut Obšutová Ocampo Ocasio Ocaña Ochieng Ochoa Ochola Ochten
Oconnell Oconnor Oda Oddbergs Oddbjörns Oddfreyrs Oddgeirs Oddis Oddkells Oddleifs Oddmars Odds
Oddsteinns Oddvars Oddþórs Odera Odero Oderwald Odescalchi Odetola Odhiambo Odinaeva Odinga
Odira Odiwuor Odobašić Odom Odongo Odonnell Odoyo Odunsi Oduor Oduori Oehri Oemencs Oennen
Oestrovsky Oever Offredi Ofner Ofori Ofosu Ogada Ogbuehi Ogega Oger Ogeto Ogindan Oginga Oginni
Ogola Ogolla Ogulana Ogunbamigbe Ogunbiyi Ogunbo Ogunde Ogunleye Ogunwobi Ogunyeye Ogutu Ogweno
Ohlsson Oibicín Oikarinen Oilifir Oinonen Oirchinnigh Oireachtaigh Oirschot Oistigín Oisín
Oitir Oja Ojala Ojanen Ojaste Ojeda Ojiambo Ojo Ojua Ojukwu Ojwang Okafor Okech Okeke Okello
Okelo Okemwa Oketch Okeyo Okinyi Okongo Okonkwo Okoro Okoth Oks Oksanen Oktaviani Oktavíus
Októs Októvíus Okuku Okumu Okuneva Okyere Olabode Oladipupo Olafs Olaiya Olander Olasupo Olate
Olausson Olave Olavs Olawale Olaya Olea Olesen Olesk Olgeirs Olguín Oliboni Olinger Oliva
Olivares Olivas Oliveira Oliver Olivera Oliveras Olivers Oliverts Olivetti Olivier Olivo
Olivárez Olivé Oller Ollikainen Ollila Ollivier Olmedo Olmo Olmos Olofsson Oloo Olowokeere
Oloyede Olsen Olson Olsson Olst Olthof Olubode Olugbayila Olujimi Olukotun Olukunga Oluoch
Olusanya Oluwagbemi Olvera Olykan Oláh Om Omair Omani Omar Omari Ombasa Ombati Ombui Omeir
Omidina Ominova Omma Ommeren Omojola Omollo Omolo Omondi Omotoso Omran Omwenga Omweri Omwoyo
Ondari Ondiek Ondieki Onditi Ondrašík Ondrašíková Ondrejka Ondrejko Ondrejkovič Ondrejkovičová
Ondrejková Ondricka Ondrus Ondrusek Ondruseková Ondruš Ondrušek Ondrušeková Ondruška Ondruško
Ondrušková Ondrušová Ondráš Ondrášek Ondrášeková Ondrášik Ondrášiková Ondrášová Ondrúšek
Ondrúšeková Oneal Oneill Ongeri Onio Onisto Onjengenyamazane Onoh Onsongo Ontiveros Onwuka
Onyancha Onyango Onyiego Ooko Oommen Ooms Ooste Oosten Oostendorp Oosterhek Oosterhout Oostveen
Ooyen Op Oparinde Opazo Opiyo Opizzi Opluštil Opluštilová Opmans Opoku Opondo Opper-Lotharingen
Oppong Oprea Opuku Oquendo Oralaigh Oras Orav Orban Orbanić Orbán Orchard Ordóñez Orellana
Orengo Orešković Orfeus Org Orina Orjuela Orlando Orleans Orlić Orlov Orlović Orlík Orlíková
Ormars Ormeño Orms Ormsby Orn Ornelas Orosco Orosz Orozco Orr Orrego Orris Orsini Orsós Orta
Ortega Ortese Ortiz Ortmann Ortner Ortolani Ortuño Orucov Orvars Orwa Oršolić Oršoš Oršulić
Osborn Osborne Oscair Oscuro Osei Osgair Oshin Oshodi Osiemo Osinski Osiyeva Oskarsson Osman
Osorio Osoro Ospelt Ospina Ospino Ossama Ossandón Ossani Osses Ossipov Ossola Osterhoudt
Ostermann Ostinelli Osuna Osuntokun Oswald Otabekov Otero Oti Otiende Otieno Otiwa Otkells
Otmani Otris Ots Ott Otte Ottino Ottis Otto Ottosson Ottós Otuo Otčenáš Otčenášová Ouali
Ouchene Oude Oudewater Ouellet Ouko Ouma Ouwel Ouwerkerk Ovadia Ovalle Overdijk Overeem
Overgaard Oversteeg Oviedo Owais Owen Owens Owino Owiti Owokoniran Owolabi Owoyemi Owuor Owusu
Owusuwaa Oyadiran Oyaifo Oyarce Oyaro Oyarzo Oyarzún Oyekan Oyeniyi Oyetoro Oyeyemi Oyinlola
Oyoo Oyshayeva Oyugi Oza Ozimec Ozuna Oñate Očenáš Očenášová Paal Paananen Paap Paas
Paavilainen Paavola Pablo Pabón Paccot Pace Pacelli Pacetti Pacheco Pacher Pachler Pachoud
Pacillo Pacocha Pacomio Padberg Padden Padilla Padmanabhan Padmasari Padovano Padrón Paegle
Paepe Paez Paffrath Pagac Paganini Page Pages Pagliaro Pagnotto Pagès Pai Paier Paillet Paimo
Paiva Pajer Pajerová Paju Pajula Pajunen Pajur Pakarinen Pal Palacio Palacios Palan Palastri
Palau Palazzo Palić Palka Palko Palkovič Palkovičová Palková Pall Palla Palladio Pallarès Pallo
Pallová Palm Palma Palman Palmer Palmgren Palmisano Palmqvist Palo Palomar Palomares Palombi
Palomino Palomo Palomäki Palov Palovič Palovičová Palovová Palová Palovčík Palovčíková
Paltrinieri Palu Paluch Paluchová Palumbo Palúch Palúchová Pamić Pammer Panatta Panchal Pandey
Pandit Pandurić Pandya Pangestu Paniagua Panicucci Panov Pant Pantoja Panzera Paoletti Paolini
Paolucci Paor Pap Papafava Papak Paparić Papetti Papp Paquay Paquet Paquette Paquin Paquot
Parada Paradi Paradis Pardo Paredes Pareja Parejo Parekh Parent Pareto Parijs Parikh Parini
Paris Parisi Parisian Park Parker Parkes Parkin Parkinson Parkkinen Parks Parmar Parmentier
Parmer Parmes Parmitano Parpinel Parra Parraguez Parri Parrish Parry Parsa Parsons Partanen
Partida Partlainn Parts Paruta Parviainen Parys Parzer Paré Pasanen Pascal Pascarella Paschoud
Pascual Pasman Pasolini Pasqua Pasquier Passalacqua Passchiers Pastine Pastoors Pastor Pastén
Pasuk Pataki Patberg Patchett Patel Paten Paterson Pathak Patil Patiño Patla Paton Patreks
Patrick Patricks Patriks Patterson Patton Pattyn Pau Paucek Pauer Pauko Pauková Paul Paulauskas
Paulik Pauliková Paulitsch Pauliček Pauličeková Paulovič Paulovičová Paulsen Paulsson Paulus
Pauly Paulík Paulíková Paulíček Paulíčeková Pausini Pauw Pauwels Pavanello Pavarotti Pavel
Pavelek Paveleková Pavelić Pavelka Pavelko Pavelková Pavelová Pavert Pavez Pavin Pavić Pavičić
Pavka Pavko Pavković Pavková Pavlik Pavlikovská Pavlikovský Pavliková Pavlin Pavlič Pavliček
Pavličeková Pavličko Pavlo Pavlov Pavlović Pavlovič Pavlovičová Pavlovová Pavlová Pavlík
Pavlíková Pavlíček Pavlíčeková Pavol Pavolová Pavone Pavuk Pavón Pavúk Pavúková Payer Payet
Payne Paz Pazos Paúk Paúková Paľa Paľka Paľko Paľková Paľo Paľov Paľovová Paľová Paľovčík
Paľovčíková Paľuch Paľuchová Paľúch Paľúchová Pašek Pašeková Paška Paško Pašková Peacock Peano
Pearce Pearson Peatáin Pechel Peck Pecotić Pederiva Pedersen Pedersoli Pedišić Pedraza
Pedrazzini Pedrero Pedro Pedroni Pedrosa Pedroza Pedrós Peer Peeters Peham Peharda Pehkonen
Peiffer Peinado Peircín Peiró Peitrequin Peixoto Pekkala Pekkarinen Pelayo Pelikán Pelikánová
Pelkonen Pellegrini Pellet Pelletier Pelli Pellicer Pellico Pelser Peltier Peltola Peltonen
Peltoniemi Peláez Pena Pender Pendl Penić Pennanen Pennetta Pennington Pent Penttilä Penttinen
Penz Pepe Pera Perak Peral Perales Peralta Peranda Perano Perck Perdomo Perea Pereira Perelló
Perera Peres Pereyra Perez Pergande Pergolesi Peri Perini Perić Perišić Perkins Perko Perkov
Perković Permadi Permata Permchart Perner Peron Peronne Perozzo Peroš Perreault Perret Perri
Perrier Perrin Perron Perrono Perrot Perry Pers Persico Persijn Persson Pertile Pertini Pertiwi
Pertl Peruzzi Peruško Perälä Perčić Pesendorfer Pesonen Petek Peter Peterlik Peters Peterse
Petersen Peterson Petersson Petit Petitjean Petralli Petrassi Petrauskas Petrić Petričević
Petrocelli Petrov Petrovická Petrovický Petrović Petrovič Petrová Petrucci Petrucelli Petruzzi
Petruška Petrušková Pettai Pettersen Pettersson Petty Petz Peukert Peyton Pezzali Peña Peñaloza
Peñalver Peñas Pečnik Pečur Peša Pešić Peška Peško Pešková Pfannerstill Pfeffer Pfeifer
Pfeiffer Pfister Pfleger Phakathi Phakathwayo Pham Phartholáin Phathwayo Phayre Phearsain
Phelan Phelps Phetha Phethela Phewa Phikela Philban Philbin Philbín Philib Philip Philipp
Philippart Philippe Philips Phillips Phillipsen Phingoshe Phoseka Phoswa Phungula
Phusilarungrueng Phuthini Phádraig Pháidín Phártholáin Phártoláin Phóil Phạm Pi Piacentini
Pianduangsri Piane Piazzi Picard Piccand Piccinni Piccio Pichardo Pichler Pichon Pichpandecha
Piché Pickering Pieber Pieper Pierard Pierce Pierrard Pierre Pierret Pierson Pieters Pietilä
Pietrangeli Piette Pigafetta Piggott Pignatti Pigott Pihelgas Pihl Pihlak Piho Piir Piirainen
Piirsalu Pika Pikatsingkorn Pike Pikec Pikk Piková Pilbín Piljek Pillai Pillay Pilon Pilz
Pimenta Pina Pinamonte Pincheira Pincherle Pinder Pineau Pineda Pinedo Pingle Pinheiro Pinho
Pinilla Pininfarina Pino Pintar Pintarić Pintarič Pinter Pinto Pintor Pintér Pinzón Piogóid
Piotáin Piovani Piquer Pirandello Pirard Pirc Pircher Pire Pirelli Pires Piret Pirinen Pirker
Pirlot Pirnat Piron Pirotte Pirson Pisacane Pisani Pisano Pisaroni Pison Pistoletto Pitanuwat
Pitkänen Pittman Pitts Pizarro Pizzamano Pizzetti Pizziol Pizzo Piérard Piña Piñeiro Piñol
Pišút Pišútová Pjets Pkemoi Pla Plana Planas Plank Plantak Plantard Plante Plantek Plas Plath
Platini Plattner Platzer Plaucha Plauchová Plavec Plavecová Plavucha Plavuchová Plaza Plažanin
Plch Plchová Plekancová Plekanec Pletschette Pleše Plešivcová Plešivec Ploeg Ploom Plourde
Plover Pluijm Pléimeann Pléimionn Poblete Pochet Pocius Pock Podhradská Podhradský Podkonická
Podkonický Podniece Podnieks Poelmans Poerio Pogačnik Pohjola Pohl Pointner Poirier Pokas
Pokorny Pokorná Pokorný Pokos Pokuaa Pol Polanco Poland Polani Polauaypon Pole Polesel Polet
Polfliet Poliak Poliaková Polis Polizzi Polić Poljak Poljakov Polla Pollak Pollard Pollet
Pollich Pollák Polláková Polo Polonijo Polović Polpo Polzer Polák Poláková Pomaa Pomares Pombo
Pometta Ponce Poncelet Ponci Poncin Pongpanitch Pongrac Pons Pont Pontecorvo Ponti Poole Poom
Poos Pop Popa Pope Popescu Popov Popović Poppe Poppel Porcel Porcellato Poropat Porras Porta
Porter Portero Portilla Portillo Portmann Porto Porubjak Porubjaková Porzio Posada Posalee
Posch Poslon Pospíšil Pospíšilová Post Postl Postma Pothanun Potier Potočnik Potter Potters
Pottier Potts Potvin Pou Poucke Poulain Poulin Pouliot Poulsen Pouros Pouw Povilonis Powell
Power Powers Powlowski Poza Pozder Pozo Pozuelo Pozzecco Poška Požega Praagh Prabhakar Prabhu
Prabowo Prachayaroch Prada Pradana Pradhan Pradipta Prado Praet Praga Prager Prakalpawong
Prakasa Prakash Pranowo Prantl Praoidheáil Prasad Prasasta Prasetya Prasetyo Prashad Prastuti
Prat Pratama Pratesi Prati Pratiwi Prats Pratt Praxmarer Prayoga Prayoonhong Preciado Preda
Predovan Predovic Preiß Prelec Prem Prempeh Prendergast Prenner Prentice Preočanin Preston
Prial Pribanić Price Priede Priedīte Priedītis Priego Priest Prieto Primožič Prince Pringle
Prins Prinsen Prinz Priondargás Priondragáis Priongalóid Priselac Pritchard Priuli Privet
Probst Procacci Procházka Procházková Procter Proctor Prodi Prohaska Proietti Proinnsias Prokop
Proost Prosacco Proulx Prouse Provencher Provost Prpić Prskalo Prtenjača Pruitt Pruschke Pruul
Pruvost Pryal Prévost Príors Pröll Pucci Puccini Pucher Puchner Pudjiastuti Puente Puentes
Puerta Puga Pugh Pugliese Puglisi Puhakka Puharić Puig Puirséal Pujadas Pujol Pukk Pukluš
Puklušová Pulci Pulgar Pulido Puljiz Pulk Pulkkinen Pundel Puntigam Punz Pupák Pupáková Puranen
Purcell Purdy Puri Puriņa Puriņš Purmale Purmals Purnawati Purohit Purwanti Puspasari Puspita
Put Putinja Putra Putz Puusepp Puustinen Puška Puškarić Pušková Puškár Puškárová Pușcașu Páez
Páidín Páirceir Pál Pálka Pálls Pálmars Pálmis Pásztor Pärn Pärna Pärnpuu Pärtel Pärtzelt
Pääkkönen Pålsson Pépin Pérez Péter Péts Póil Põder Põdra Põld Põldma Põldmaa Põllu Pölitz Pöll
Pöllänen Pölzl Pöschl Pühringer Püvi Pērkona Pērkons Pənahov Qaasim Qabeel Qabiloğlu Qadar
Qadeer Qafarov Qafurbəyli Qahtan Qaim Qais Qarabağlı Qaseem Qasif Qasımov Qomazitha Qoçulu
Qoşalı Quadir Quaide Qualter Quartey Quartier Quasimodo Queally Queenane Querini Quero Querol
Quesada Quevedo Quezada Quigley Quigney Quijada Quill Quillinan Quilty Quin Quinlan Quinlivan
Quinn Quinney Quinny Quintana Quintanilla Quintero Quinteros Quintus Quirke Quiroga Quiroz
Quirós Quispe Quitzon Quiñones Quiñónez Qurbanlı Qurbanov Qusay Qutaybah Qutqaşınlı Qwabe
Qədirzadə Qəhrəmanlı Qənizadə Raab Raadik Raag Raaghib Raakin Raamat Raashid Raatib Raatikainen
Rabah Rabar Rabb Rabbani Rabbitte Rabee Rabhartaigh Rabhi Rabhlaigh Rabia Rabiah Rabitsch Rabl
Rachedi Rachtagáin Racine Rackham Radelić Rademaker Radhakrishnan Radi Radin Radinović Radisch
Radić Radl Radman Radojković Radolović Radović Radočaj Radošević Raed Rael Raemdonck Raes
Raeymaekers Rafaels Rafay Rafeek Rafferty Rafi Rafnars Rafnkells Rafns Rafter Raftery Raftis
Raghaill Raghaille Raghallaigh Raghavan Raghna Raghnaill Ragnars Raguž Ragúels Rahal Rahayu
Raheel Rahija Rahilly Rahimah Rahman Rahmani Rahmawati Rahmoune Rahmouni Rai Raid Raidma
Raifearta Raifteirí Raighill Raighilligh Raighle Raighne Raight Raigne Rails Raimondi Rainer
Rais Raith Raithbheartaigh Raithile Raj Raja Rajagopal Rajagopalan Rajala Rajan Rajasa Rajata
Rajh Rajn Raju Rajčić Rak Rakela Rakovan Rakovanová Raková Rakuljić Raleigh Raljević Rallaigh
Ram Rama Ramachandran Ramadan Ramadhan Ramaekers Ramaker Ramakrishnan Raman Ramanathan
Ramaswamy Ramazzotti Ramdani Ramdedovic Ramesh Ramirez Ramis Ramos Ramsauer Ramsay Ramsey
Ramírez Ramón Ramšak Rana Rand Randall Randazzo Randhawa Randles Randmaa Randoja Randolph
Randvers Raney Ranganathan Rangel Rannvers Ranta Rantala Rantanen Rao Raol Rapin Rapisardi
Rappaz Rapraz Rascón Rashid Rask Raskin Rasmus Rasmussen Raspor Rastelli Rastija Rastoder
Rastogi Ratemo Rath Rathaile Rathallaigh Ratke Ratta Rattan Ratti Rattigan Rau Rauch Raud
Raudsepp Rauhala Raurica Rausch Rauscher Rauter Rautiainen Rautio Ravaglioli Raval Ravel Ravi
Ravn Rawley Ray Raya Rayel Rayhonova Raymond Raynaud Rayner Raynor Rayyonova Razo Rađenović
Rašeta Rašić Ražov Rea Reachtabhair Reachtabhra Reachtagáin Reachtain Reachtair Reachtaire
Reachtar Reachtúire Read Reade Reader Real Reanacháin Reannacháin Reardon Reavy Rebane Rebić
Rebolledo Rebollo Recer Recers Rechberger Recio Reckinger Reddin Reddy Redi Redican Reding Redl
Redmond Redondo Reed Reede Reen Rees Reese Reeves Refs Regalado Regan Rege Regge Reginbalds
Reginns Regnier Reguera Rehn Rehorst Reich Reichel Reicher Reichert Reichl Reichmann Reid
Reidars Reidy Reif Reifnirs Reig Reijers Reilly Reimann Reimars Reimes Reina Reinars Reinbacher
Reindl Reiner Reinert Reinger Reinhardt Reinharts Reinholds Reinikainen Reinisch Reinprecht
Reinsalu Reinthaler Reis Reischl Reiser Reising Reisinger Reisner Reitbauer Reiter Reiterer
Reithil Reithofer Reitinger Rek Remacle Remmel Remmers Rempel Remy Renard Renaud Renault
Renders Rendulić Rendón Renehan Rengifo Renier Renner Rensi Renson Rentería Renzi Repiská
Repiský Repo Requena Resanović Resch Resnik Respighi Restrepo Reséndez Retamal Retamales
Rettenbacher Reuter Revilla Rey Reyes Reyna Reynaert Reynalds Reynars Reynaud Reynders Reynell
Reynirs Reynolds Reynoldson Reynoso Reyrs Rezende Rezig Rhatigan Rhattigan Rheineck Rhodes
Riabhaigh Riada Riagáin Riain Riallaigh Riardáin Riascos Riba Ribarić Ribas Ribeiro Ribera
Ribes Ribić Ribičić Ricart Riccardi Riccati Ricci Ricciardi Rice Rich Richard Richardová
Richards Richardson Richer Richey Richie Richmond Richter Richtár Richtárová Rickard Rico
Ricolfi Ridder Riddle Ridge Ridire Rieder Riedl Riedler Riedmann Rieger Riegler Riehl Riekstiņa
Riekstiņš Riem Riener Rienzo Riepl Riera Ries Rieser Riet Rietveld Riffo Rigaux Riggs Righi
Rigney Riha Rihová Riihimäki Riikonen Rijcken Rijetković Rijks Rijn Rijnsbergen Rijntjes
Rijthoven Rikharðs Rikke Riley Rinaldi Rincón Riney Ring Ringhofer Rinn Rinne Rinner Rintala
Rioba Riocaird Riojas Riolláin Riordan Rios Riou Rioux Ripoll Rippey Rippin Riquelme Risch
Risek Risma Rismondo Rissanen Risteard Ritacca Ritchie Ritoša Ritter Rius Rivard Rivas Rivera
Rivero Riveros Rivers Rivière Riyanti Rizzo Rizzoli Ričko Riša Riška Riško Rišková Rišo Rišová
Roa Roach Roache Roarke Roarty Roba Robadey Robb Robbins Robbrechts Robel Roberge Roberson
Robert Roberts Robertson Robertsson Robeson Robhacháin Robhartaigh Robi Robin Robinson
Robitaille Robiyayeva Robledo Robles Robson Roca Rocamora Rocca Roccabonella Roce Rocha Roche
Rocher Rock Roda Rodacháin Rodaigh Rodarte Rodaí Rodden Roddy Roden Rodgers Rodrigo Rodrigue
Rodrigues Rodriguez Rodrígez Rodríguez Rodríquez Rodáin Roe Roeck Roelandt Roels Roero Roessink
Rogahn Roger Rogers Rogerson Rogge Rogiers Rogner Rogošić Rohaan Rohan Rohleder Rohrer
Rohrmoser Roht Rohtla Roháč Roháček Roháčeková Roháčik Roháčiková Roháčová Roibín Roig Roijen
Roithleáin Rojas Rojek Rojeková Rojka Rojko Rojková Rojnić Rojo Roland Roldan Roldán Rolfs
Rolfson Rolland Rollinger Rollins Rolón Roma Romagnoli Romaguera Romain Roman Romanens Romano
Romanov Romančík Romančíková Rombaut Rombouts Romero Romeu Romijn Romiti Romo Rompaey Román
Ronalds Ronan Ronayne Roncalli Ronkainen Rono Ronoh Roo Roob Roodesteijn Rooij Room Rooney Roos
Roose Roosen Roosenboom Roosileht Roots Roover Rop Ropero Roque Ros Rosa Rosado Rosales Rosario
Rosas Rose Rosell Roselló Rosemann Rosenbaum Rosenberg Rosenberger Rosengren Rosenow Rosenqvist
Rosero Rosiello Rosin Rosina Rosinová Roskoth Rosmini Rosner Roso Rosová Ross Rosseel Rosselat
Rosselet Rossellat Rosselli Rossellini Rosselló Rossetti Rossi Rossini Rossiter Rossmann Rossum
Rosén Roth Rothallaigh Rothlainn Rotich Rottensteiner Rotter Rotteveel Rottiers Roukes Roura
Rourke Rousseau Rousseaux Roussel Rousselet Rousset Rout Rouwenhorst Rouwhorst Roux Rovira
Rowan Rowe Rowland Rowlands Rowley Roy Roybal Royer Royo Rozas Roze Roziyayeva Rozman Rozīte
Rozītis Rožič Rožman Rua Ruacháin Ruadhainn Ruadhcháin Ruadháin Ruaidhe Ruaidhinn Ruaidhrí
Ruaidhín Ruairc Ruanadha Ruanaidhe Ruanaí Ruane Ruano Ruanáin Rubben Rubbia Rubene Rubenis
Ruberto Rubeša Rubilar Rubinić Rubio Rubík Rubíková Rudaigh Rudden Ruddy Rudkins Rudolf Rudolfs
Rudolph Rudzīte Rudzītis Ruecker Rueda Ruelas Ruelle Ruffini Ruggeri Ruggieri Rugut Ruhshonova
Ruijs Ruiséal Ruiter Ruiz Rukavina Rumaysayeva Rumjantsev Rumora Runis Runolfsdottir Runolfsson
Runte Runólfs Ruotsalainen Rupnik Rupp Ruppersberger Ruppert Ruqiyayeva Rus Rush Rusko Rusková
Rusnak Rusnák Rusnáková Rusová Russel Russell Russo Rust Rusticucci Rusňak Rusňák Rusňáková
Rutar Rutherford Ruto Rutten Rutto Ruud Ruus Ruuskanen Ruwa Ruz Ružička Ružičková Ryan Rybníček
Rybníčeková Rybár Rybárik Rybáriková Rybárová Ryck Rycke Rydberg Ryder Rydén Ryle Rynn Rynne
Rys Rysová Rytkönen Ryynänen Ryš Ryša Ryška Ryško Ryšková Ryšová Rzaquluzadə Rácz Rághaill
Ráighle Ráighne Ráinne Ránaigh Ráðgeirs Ráðvarðs Rädel Räisänen Räsänen Rätsep Räty Réagáin
Réamoinn Réamonn Réill Rémy Rí Ríkarðs Ríkharðs Ríle Río Ríogh Ríoghbhardáin Ríogáin Ríordáin
Ríos Rís Ríós Róberts Rócháin Ródenas Róisde Róiste Rólants Róláin Róm Rómans Rómeós Rómová
Rónáin Rós Rósants Rósars Rósbergs Rósenbergs Rósinbergs Rósinkars Rósinkrans Rósis Rósmanns
Rósmunds Röck Rögnvalds Rögnvars Röhrdanz Röhricht Rökkvis Römer Rönkkö Rörricht Rössler
Rövşənov Röðulls Rønning Rúbars Rúbens Rúdólfs Rúfus Rúfusová Rúnaidhe Rúnars Rúnú Rúriks Rúts
Rúáin Rüegg Rüütel Rýs Rýsová Růžička Růžičková Rəhimli Rəhimov Rəhmanova Rəsulzadə Saabir Saad
Saadi Saafir Saahir Saajid Saal Saalim Saaqib Saar Saare Saarela Saari Saarinen Saariyah
Saastamoinen Saavedra Sabah Sabater Sabatini Sabbatini Sabbe Sabeeh Sabela Sabelo Sabharwal
Sabil Sabinova Sabiq Sabir Sabljak Sabol Saboor Sabotic Sabri Sabrinova Sabur Saburah Sachar
Sachdev Sachdeva Saci Sacristán Sacré Sadan Sadaqat Saddamov Sadeed Sadiqov Sadiyeva Sadıxov
Sadıxova Saefullah Saelens Saez Safari Saffi Safinayeva Safitri Safiyeva Safo Safoaa Safronov
Safírs Sagar Sager Sagese Sagmeister Sagnelli Sagredo Saha Sahli Sahlin Sahni Sahota Sahraoui
Said Saidani Saidi Saidov Saidova Sailer Saina Saini Sainio Sainz Sair Saitoti Saiz Sakalauskas
Sakarya Sakarías Sakač Sakinayeva Saks Saksen Sakwa Sala Salah Salahudin Salaj Salajka
Salajková Salajová Salako Salamanca Salami Salamoğlu Salandra Salas Salat Salata Salazar
Salcedo Salcher Salcido Saldaña Saldivar Saldivia Saldías Saleh Salem Sales Salet Salgado
Salgari Salhi Salieri Salim Salinas Sallinen Salm Salmanns Salmars Salmela Salmen Salmerón
Salmi Salminen Salmon Salo Salohiddinov Salom Salomaa Salomonsson Salonen Salopek Salu Salumets
Salumäe Salvador Salvars Salvemini Salvi Salvini Salvo Salvà Salz Salzer Salzmann Salómons Sam
Sama Samandarov Samaniego Samel Samele Samelová Sameya Sameľ Sameľová Sami Saminova Samirov
Samirova Samiyeva Sammer Sammon Sammy Samoei Samosir Sampaio Sampath Samper Sampson Samra
Samson Samsonová Samsons Samuel Samuelová Samuelsson Samwel Samyn Samúels San Sanabria Sanches
Sanchez Sancho Sandal Sandanezwe Sandberg Sande Sandell Sandels Sander Sanders Sanderson
Sandgren Sandhu Sandi Sandin Sandoval Sandoz Sandris Sands Sandström Sandvik Sane Sanford Sang
Sangha Sanghvi Sanguineti Sangwani Sangweni Sanhueza Sani Sanitra Sanitrová Sanjarov Sanjuan
Sankar Sankaran Sanmartín Sanmiguel Sans Sansoni Sansonnens Sant Santacruz Santamaria
Santamaría Santana Santander Santen Santi Santiago Santibáñez Santillán Santner Santorio
Santoro Santos Santoso Sanudo Sanz Saoraidhe Saors Saoudi Saptono Saputra Sarabia Saraceno
Saracino Saraf Saragat Saragih Saran Sarap Sarapuu Sardelić Sardorov Sarin Sarkar Sarma
Sarmiento Sarna Sarneel Sarpong Sarraf Sarsfield Saruni Sarv Sarvarov Sarvinozova Sas Sastre
Sastry Sathe Satherley Satriani Satta Satterfield Sattler Sauber Sauceda Saucedo Saudan Sauer
Saul Sauli Saulīte Saulītis Saunders Saura Sauro Sauvage Savage Savant Savard Saveljev Savoie
Savolainen Savorgnan Sawayn Sawe Sawhney Sawyer Saxena Saxis Saxo Sayah Sayers Sayyid Sa’idu
Sbarbaro Scaduto Scalaidhe Scalaighe Scalera Scalfaro Scallaigh Scallan Scallon Scally
Scamarcio Scanaill Scandone Scanlan Scanlon Scanláin Scannail Scannaill Scannell Scannláin
Scaramucci Scardino Scarfoglio Scarlatti Scarpa Scarpetta Scarponi Scealláin Schaack Schaaf
Schachinger Schachner Schacht Schaden Schaefer Schaeffer Schaffer Schagen Schakelaar Schalk
Schaller Schamberger Schandl Schank Schantl Scharf Scharinger Scharroo Schartner Schartz
Schatteleijn Schatz Schatzl Schaub Schauer Schaus Scheel Scheer Scheffers Scheibe Scheiber
Scheidegger Scheidl Schellekens Schelvis Schenk Schenkel Schepens Schepers Schepper Scherer
Scherms Scherr Scherrer Scherz Scherzer Scheucher Scheuermann Schevinghuizen Schiaparelli
Schiavo Schiavone Schicchi Schiefer Schiestl Schiffer Schilcher Schiller Schilling Schilt
Schiltz Schimmel Schimpl Schinagl Schindler Schinke Schinner Schinnerl Schintgen Schipper
Schlager Schlatter Schlauchin Schleich Schlesser Schlosser Schlögl Schmeler Schmid Schmidinger
Schmidl Schmidt Schmidtke Schmied Schmiedecke Schmiedt Schmit Schmitt Schmitz Schmuck Schmölzer
Schnabl Schneeberger Schneider Schnyder Schober Schoch Schoen Schofield Schokman Scholl
Scholten Scholtes Scholtz Scholz Schomber Schon Schoofs Schoonbroodt Schotte Schottin Schou
Schouten Schowalter Schramm Schrammel Schrant Schranz Schreiber Schreiner Schrempf Schrenk
Schrijver Schrik Schrittwieser Schroeder Schroeff Schryver Schröder Schubert Schuchhardt Schuh
Schuijt Schuler Schulist Schuller Schulten Schultz Schulz Schumacher Schumm Schummer Schuppe
Schuster Schutter Schuurmans Schuylenborch Schwab Schwaiger Schwaighofer Schwartsbach Schwartz
Schwarz Schwarzinger Schwarzl Schwass Schweiger Schweighofer Schweinfurt Schweitzer Schweizer
Schwendinger Schwital Schyns Schädler Schäfer Schär Schärer Schöberl Schöffmann Schöller Schön
Schönauer Schönberger Schönland Schöpf Schüler Schüller Schürch Schütz Scialpi Scolaidhe
Scolaighe Scolaí Scollaigh Scollan Scolláin Scott Scotti Scotto Scribhín Scriven Scullion
Scully Scuylenborchs Scéacháin Seachnasaigh Seafraidh Seafraigh Seally Sealy Seanacháin
Seanaigh Seanainn Seanlaoich Seanáin Searcaigh Searle Searlóg Searraigh Sears Seasnáin
Sebastians Sebastián Sebastíans Seco Sedano Seddiki Seddio Sedlar Sedliak Sedliaková Sedlák
Sedláková Sedláček Sedláčková Seebacher Seery Segarra Segebahn Segers Segerson Segersun
Segerszoen Seghers Segni Segovia Segrè Seguel Seguin Segura Seguí Sehgal Seibhleáin Seibhlin
Seibhlín Seidel Seidl Seifert Seifs Seighin Seil Seiler Seims Seinín Seip Seireadáin Seiser
Seitheacháin Seithneacháin Seitric Seitz Seiwald Sekera Sekerová Sekhon Selami Sele Selecká
Selecký Selin Sellers Sels Sem Sembathwa Semenov Semialjac Semitecolo Sen Senger Sengupta
Sengwayo Seničić Senko Senková Senn Senouci Seochfhradha Seochrú Seoighe Seoin Sepp Seppä
Seppälä Seppänen Sepúlveda Serao Serem Sergejev Serlupi Sermonti Serna Serra Serraglio Serrano
Serrato Servais Serwaa Seršić Sesars Seshadri Sesils Sestig Seth Sethi Setiawan Setrick Setty
Sevarova Seven Sever Sevilla Sevillano Sevinchova Sevrin Sexton Seyidbəyli Seyidzadə Seymour
Sezer Sezgin Seághain Seáin Seč Sečová Sforza Sgalambro Sgarbi Sgulla Sha Shabalala Shabane
Shabangu Shaffer Shaffrey Shah Shahinova Shahnozova Shahriyorov Shahzodov Shailer Shamase
Shamhráin Shan Shanahan Shand Shandu Shangase Shange Shankar Shanker Shanley Shannon Shanny
Sharaf Shariff Sharkey Sharma Sharp Sharpe Sharry Shaughnessy Shaw Shazi Shea Sheahan Sheane
Sheedy Sheehan Sheehy Sheeran Sheerin Shehu Sheikh Sheil Sheilds Sheitric Shekoni Shelembe
Shelton Shengele Shenoy Sheoinín Shepard Shepherd Sheppard Shere Sheridan Sherlock Sherman
Sherry Sheth Shetty Shevlin Shezi Shibase Shiel Shields Shiels Shikuku Shine Shinga Shitric
Shiúrdáin Shiúrtáin Shoba Shohjahonov Shohruxov Shombela Short Shortt Shoyisa Shozi Shroff
Shukla Shukronova Shupe Shómais Siacais Siadhacháin Siadhail Siaghail Siardáin Sibal
Sibalukhulu Sibanda Sibaya Sibeko Sibhene Sibhleáin Sibilia Sibindi Sibisi Sibiya Sibul
Sidheáil Sidhu Sidi Sidler Sidor Sidorov Sidorová Siebenaler Sieber Sieberer Siegl Siegrist
Siele Siering Sierra Siffredi Sifuna Sigagu Sigbergs Sigberts Sigbjarts Sigbjörns Sigdórs
Sigegede Sigei Sigerson Sigfasts Sigfinns Sigfreðs Sigfús Siggeirs Sighvats Sigjóns Sigl
Siglaugs Sigmanns Sigmars Sigmunds Signars Sigris Sigrist Sigríks Sigs Sigsteinns Sigtryggs
Sigtýrs Sigurbalds Sigurbergs Sigurbjarnis Sigurbjarts Sigurbjörns Sigurbrands Sigurdórs
Sigurfinns Sigurgeirs Sigurgests Sigurgríms Sigurgíslis Sigurhans Sigurhjörts Sigurjóns
Sigurkarls Sigurlaugs Sigurleifs Sigurlinnis Sigurliðis Sigurlás Sigurmanns Sigurmars Sigurmons
Sigurmunds Sigurnýas Sigurnýjas Sigurodds Sigurpálls Sigursteinns Sigursveinns Sigurvaldis
Sigurvins Sigurðs Sigurólis Sigurþórs Sigvaldis Sigvarðs Sigþórs Sihombing Sihotang Sihvonen
Siim Sijadu Sikhakhane Sikhosana Sikhunyana Sikirić Sikk Sikobi Sikuku Sikwayo Sila Silangwe
Sild Siliņa Siliņš Silk Silke Sillanpää Sillaots Sillaste Siller Sillis Silm Silva Silveira
Silvennoinen Silvestri Simanjuntak Simard Simba Simbolon Simelane Simeoin Simeoni Simic Simiyu
Simić Simmon Simmonds Simmons Simoens Simola Simon Simonen Simonis Simonič Simonová Simons
Simonsen Simonsson Simpson Sims Simson Simó Simões Sinaga Sinan Sinclair Sindris Sinema Singer
Singh Singhal Singleton Sinha Sinisi Sinner Sinnott Sinožić Siochfhradha Siochrú Sionacháin
Sionainn Sionnaigh Sionáin Sioradáin Sipes Sipilä Sipos Siqueira Sirait Sire Sireelert Siregar
Sirel Siripaiboo Sirois Sirotić Sirviö Sirén Sisask Sishangwe Sishi Sishiya Sismondi Sisneros
Sitar Sitati Sith Sithenjwa Sithole Sithombo Sithuli Sitienei Sitolotolo Sitompul Sitorus
Sitters Sittisaowapak Situma Situmorang Sivertsen Siwele Sixtus Siyaya Siyeshe Siún Siúrdáin
Sjafnars Sjöberg Sjöblom Sjödin Sjögren Sjöholm Sjölander Sjölin Sjölund Sjöstedt Sjöstrand
Sjöström Skaftis Skally Skaptis Skarphéðinns Skeahan Skeffington Skefills Skeggis Skehan Skelly
Skenderovic Skiles Skinner Skivington Skjölds Sklenica Sklenicová Sklenička Skleničková Sklenka
Sklenková Sklenár Sklenárik Sklenáriková Sklenárová Sklár Sklárová Skog Skoglund Skok Skokan
Skokanová Skoog Skorris Skov Skrijelj Skuggis Skuja Skujiņa Skujiņš Skupnjak Skutecká Skutecký
Skærings Skærs Skírnirs Skíðis Sköld Skúlis Skútas Sladonja Slaetsdochter Slagmolen Slamon
Slatara Slater Slattery Slavica Slavík Slavíková Slašťan Slašťanová Slegers Slevin Slimani
Slingerland Slivka Slivko Slivková Sloan Sloane Sloboda Slobodník Slobodníková Slobodová Sloot
Slota Slotová Slovinec Slovinecová Slovák Slováková Slowey Sluaghdháin Slyne Slámáin Sléibhín
Smail Small Smart Smealáin Smedt Smeede Smeets Smet Smets Smirnoff Smirnov Smit Smith Smitham
Smits Smiðs Smoković Smolders Smolić Smoláin Smrek Smreková Smullen Smyrills Smyth Smythe Smál
Smáris Snauwaert Snjókis Snjólaugs Snjólfs Snorris Snow Snyder Snæbjarts Snæbjörns Snæhólms
Snælaugs Snærings Snærs Snævarrs Snævars Snæþórs Soares Sobarzo Sobolev Sobota Sobowale Sobrero
Sobrino Soderini Sodhi Soduba Soest Soffanías Soffici Soi Soini Soininen Soita Sokač Sokhela
Sokhulu Sokhwebula Sokić Sokk Sokol Sokolov Sokolová Sola Solana Solanki Solano Solar Solari
Solberg Soldo Solej Solejová Soler Solera Solheim Solihayeva Solimena Solis Soliz Sollima
Solomon Solomun Solorio Solorzano Solovjov Solsona Soltani Solé Solís Som Somacháin Soman
Somboni Somers Somfula Sommaruga Sommer Somogyi Somoza Sompisi Sondini Sondisa Songiya Soni
Sonnino Sonnleitner Sonqandile Sontag Sontuli Soo Sood Sooksawang Soolachán Soolaghan Soon Soos
Soosaar Soosalu Soots Soper Sophanías Sophus Soprano Soranzo Sorattanachai Sordi Sorgatz Sorger
Soria Soriano Sorić Sorokin Sorrentino Sosa Sosnáin Sotelo Sothole Soto Sotobe Soucy Soudani
Soukup Soukupová Souma Sousa Southee Souza Sowman Soyinka Soylu Soós Sošić Spaan Spadafora
Spaendonc Spaendonck Spain Spallanzani Spanevello Spanhaak Sparks Spartakus Spealáin Spears
Speer Speijer Spelman Spence Spencer Spenser Speri Sperl Spiegl Spier Spies Spieß Spiker
Spillane Spindler Spinelli Spinka Spinola Spiolláin Spioláin Spitzer Spoláin Sporer Sporðis
Spreeuw Spreeuwel Spreitzer Sprenger Spreuwel Springer Sprong Sproģe Sproģis Spruit Spruyt
Spáin Spóis Spörri Squarcione Sraffa Sridhar Srinivas Srinivasan Srisoontorn Srivastava Sršen
St-Jean St-Laurent St-Onge St-Pierre Stac Stace Stack Stadelmann Stadlbauer Stadler Stael
Staelens Stafford Staglieno Stahr Stalder Stamm Stamrood Stan Stancu Standaert Standún Stange
Stangl Stanić Staničić Stankevičius Stanley Stanleys Stanton Stančin Staněk Stapis Stapleton
Staquet Stark Starkaðs Starkenberg Starosta Starostová Starris Starčević Stas Stassin Staub
Staudacher Staude Staudinger Staudt Stauffer Staunton Staňková Stecher Steckel Steed Steele
Steen Steenbakkers Steenbeek Steer Stefan Stefanelli Stefans Steffen Steffensen Stefnirs
Stefáns Steger Stehr Steichen Steidl Steiger Stein Steinacher Steinarrs Steinars Steinbacher
Steinbauer Steinberg Steinberger Steinbergs Steinbjörns Steinböck Steindl Steindórs Steiner
Steinfinns Steingríms Steininger Steinis Steinkellner Steinkells Steinlechner Steinmann
Steinmanns Steinmars Steinmeiern Steinmetz Steinmóðs Steinns Steinröðs Steinvarðs Steinwender
Steinólfs Steinþórs Stejskal Stejskalová Stelzer Stelzl Stenberg Stenlund Stenson Stenström
Stepanov Stephen Stephens Stephenson Sterckx Sterkman Stern Stettler Stettyn Steuber Steuer
Steurer Stevens Stevenson Steward Stewart Stey Steyaert Stibhin Stichter Stiebitz Stiedemann
Stiegler Stiffel Stifter Stinis Stiofáin Stipanović Stiperski Stirnirs Stock Stocker
Stockhammer Stockinger Stodola Stodolová Stoffel Stoffelsz Stoiber Stoica Stoices Stojanov
Stojnić Stojčević Stokes Stoll Stolnik Stoltenberg Stoltz Stolz Stolze Stondún Stone Stook
Stopar Stoppani Storey Storladi Storm Storms Story Stout Stošić Straaten Stracke Stradivari
Straka Straková Stralen Strand Strandberg Strangio Strasser Stratford Stratton Strauss Strauß
Strawbridge Strazdiņa Strazdiņš Stražičić Street Streich Streicher Strickland Strid Striebitz
Strigt Strigter Strijker Strik Strinavić Strnad Strnadová Strnisko Strnisková Strobl Stroh
Strohmaier Strohmayer Strohmeier Stroman Strong Stroobants Strosin Ström Strömberg Strøm
Strýček Strýčeková Stuart Stubbs Stucchi Stucki Studer Stuivenberg Stummer Stumpf Stundún
Stupalo Sturlas Sturlaugs Sturm Sturris Stutz Styrbjörns Styrkárs Styrmirs Styrrs Styrs Ståhl
Stígs Stín Stóc Stórólfs Stöckl Stöckli Stöger Stückler Stütz Stănescu Suarez Suartini Suazo
Subramaniam Subramanian Suciu Sudiati Sugrue Suhonen Suibhne Suijker Suinvorde Suipéal Suits
Sujjaboriboon Sukhenai Sule Suleiman Sulg Sullivan Sultanlı Sultanov Sulzer Sumarliðis
Sumayyeva Summers Summerville Sundaram Sundberg Sundell Sunder Sundin Sundqvist Sundström
Suomalainen Suominen Suppan Supple Sur Sura Suraprachit Suraprasert Surać Sureda Suresh Suri
Surian Suryatmi Suryono Susa Susanti Susi Suter Sutinen Sutt Sutter Sutton Suur Suvi Suvorov
Suwarno Suárez Sušnik Svafars Svahn Svalis Svanberg Svanbergs Svanbjörns Svangeirs Svanhólms
Svanis Svanlaugs Svanmunds Svans Svantesson Svanþórs Svavars Svedberg Sveinars Sveinbergs
Sveinbjarts Sveinbjörns Sveinjóns Sveinlaugs Sveinmars Sveinns Sveinungis Sveinþórs Svends
Svendsen Svensson Sverres Sverrirs Svetličić Svoboda Svobodová Svrbík Svrbíková Sváfnirs Svärd
Svölnirs Svörfuðs Swaleh Swaminathan Swamy Swaniawski Swanson Swart Swazi Sweeney Sweeny
Swennen Swift Swinnen Swords Sykes Symons Synnott Syombua Syrjälä Szabó Szalai Szekeres
Szilágyi Székely Szücs Szőke Szűcs Sá Sáenz Sáez Sáirséal Sámel Sámelová Sámeľ Sámeľová Sánchez
Sándor Sárközi Säde Säuberlich Sæbergs Sæbjörns Sæis Sælaugs Sæmanns Sæmunds Særs Sæther
Sævalds Sævarrs Sævars Sævins Sæþórs Sé Séagha Séamuis Séartha Séguin Símons Síocháin Síoda
Síomóin Síoráin Síothcháin Sírnirs Sírus Sírín Síthigh Síththe Sívars Sófus Sófónías Sókrates
Sólbergs Sólbjarts Sólbjörns Sólimanns Sólmars Sólmunds Sólons Sólvers Sólvins Söderberg
Södergren Söderholm Söderlund Söderman Söderqvist Söderström Söding Sölmunds Sölvars Sölvis
Sölzer Sörens Sörensen Sörlis Sööt Søndergaard Sørensen Súilleabháin Súilliobháin Süleymanlı
Süleymanov Süßebier Sýkora Sýkorová Sýrus Sədalı Sədaqətoğlu Səfərli Səlimova Səmədoğlu Taaj
Taal Taanish Tabacu Tabassum Tabet Taboada Tacchini Taccola Tack Tadeen Tafazal Taferner Tafoya
Tafuri Taggart Tagliafierro Tahaw-wur Tahawwur Taheem Tahir Tahirzadə Tahmaseb Tahraoui Tahri
Taibi Taichligh Taidhg Tailor Taimur Taipale Tait Taj Tajammul Tak Takala Takkelenburg Takyi
Takács Talal Talat Talavera Talbi Talbot Taleb Talha Talhah Tali Taliani Talib Taliercio Talpaš
Talpašová Talts Talwar Talıblı Talıbov Tamanna Tamarit Tamayo Tamba Tamberg Tamborini
Tamburello Tamburi Tamburini Tamez Tamhais Tamm Tamme Tammerijn Tammik Tamminen Tampubolon
Tamsma Tamás Tandon Tandris Taneja Tangen Tanghe Tangney Tanguay Tanguy Tank Tanner Tansey
Tanskanen Tanui Tanzer Tanzini Tapdıqlı Tapdıqoğlu Tapia Tapp Tara Tarantini Tarantino Tarassov
Tarchetti Tardif Tarfs Tarhan Tarihoran Tarlaigh Tarpaigh Tarpey Tartaglia Tartini Tarus
Tarvainen Tasca Taskinen Tasso Tassoni Tata Tatar Tatarka Tatarková Tatarová Tate Tatár Tatárka
Tatárová Tauber Taucher Tavares Tavčar Tawia Tawkeel Taylor Tağızadə Teahan Teangana Teangnaí
Tebaldi Techer Teder Tedesco Teearu Teesalu Tehan Teimhneáin Teits Teixeira Tejada Tejeda
Tejedor Tejera Tejero Telesio Tella Tello Temirov Temmerman Tena Tencalla Tenorio Tepeš Teras
Terer Terlević Ternan Terragni Terrazas Terrell Terry Terrón Teruel Tervo Terzić Terán Tesař
Tessier Teufl Teuling Teunissen Tevetoğlu Texier Textor Tešija Thabekhulu Thabethe Thabizolo
Thaidhg Thaker Thakkar Thakur Thaler Thalhammer Thaller Thaman Thamrin Thanel Thango
Thantananont Thatcher The Thein Theis Theisen Thela Thembekwayo Thembela Thenjwayo Theodórs
Therrien Theunis Theuri Theys Theódórs Thiarnáin Thibault Thibaut Thibodeau Thiel Thielen
Thierry Thies Thighearnaigh Thighearnáin Thijs Thill Thilmany Thinnes Thiong'o Thirion Thiry
Thobeni Thoirbhealaigh Thoirdhealbhaigh Thole Thom Thoma Thomas Thomassen Thomka Thommen
Thompson Thomsen Thomson Thomáis Thonon Thor Thorbergs Thorcail Thorens Thornton Thorpe Thors
Thorsen Thorén Thout Thoya Thoyana Thréinfhear Thréinfhir Thuathail Thuathaláin Thuku Thulin
Thuliswayo Thumbela Thumbeza Thuo Thuranira Thurner Thusi Thusini Thwala Thygesen Thys Thámhais
Théraulaz Thériault Thómais Thórs Thöny Tiainen Tianvarich Tiarnaigh Tiarnáin Tiba Tichá Tichý
Tiefenbacher Tielemans Tiepolo Tiernan Tierney Tighe Tighearna Tighearnaigh Tighearnáin
Tihhomirov Tiihonen Tiik Tiits Tijerina Tikka Tikkanen Tilk Tillman Tillmanno Timek Timeková
Timka Timko Timková Timlin Timmerman Timmermans Timofejev Timonen Timoney Timony Tindars
Tindris Tinds Tinguely Tinney Tinnis Tins Tintzmann Tiobraide Tiomanaidh Tiomanaigh Tiománaidhe
Tiománaí Tirabassi Tirado Tirie Tirkkonen Tirop Tirpák Tirpáková Tisaj Tischler
Titipatrayunyong Titov Titus Tiwaa Tiwari Tjalds Tjörfis Tjörvis Tlustek Toal Tobar Tobin
Tobler Tobías Todd Todsapornpitakul Toft Togher Togliatti Tognazzi Tohall Toirbhealaigh
Toivanen Toivonen Toić Tolain Tolan Toldo Toledo Tolentino Tolin Tolj Tollis Tolonen Tolosa
Toloza Tolvanen Toma Toman Tomana Tomanek Tomanová Tomaník Tomaníková Tomas Tomaselli Tomasetti
Tomasini Tomaň Tomaňová Tomašek Tomašeková Tomaška Tomaško Tomašková Tomažič Tomei Tomek
Tomeková Tomescu Tomeček Tomečeková Tomečka Tomečko Tomečková Tomhnair Tomingas Tomić Tomičić
Tomka Tomko Tomková Tomlinson Tomljanović Tommaseo Toms Tomson Tomáis Tománek Tománeková Tomás
Tomáš Tomášek Tomášeková Tomášik Tomášiková Tomáška Tomáško Tomášková Tomášová Tomé Tomšič Tonc
Toner Toninelli Tonisto Tonnis Tonra Tonui Too Toolan Toole Toolin Toolis Toom Tooman Toome
Toomey Tooming Toomsalu Toor Toots Topić Toplak Topoľská Topoľský Torfis Torfs Torlonia
Tormaigh Tormay Tormey Tormo Tornatore Toro Toroitich Torp Torpey Torphy Torralba Torre
Torrecilla Torrence Torrens Torrent Torrents Torres Torricelli Torrijos Torstensson Toscani
Toscanini Toselli Tosi Toso Tosto Toth Totino Totić Totwiller Touati Toubeau Touil Toumi
Tournay Tours Toussaint Tovar Towett Towne Townsend Toy Tozzi Tozzo Tracey Tracy Traetta
Trainor Tran Trantow Traoin Traore Trapanese Trapani Trapp Trask Tratnik Trattner Trauner
Trausch Traustis Travaglia Travaglio Travers Traversa Travia Travis Traxler Traynor Trbović
Treabhair Treacy Treanor Treasa Treasaigh Treasaí Trebbi Treboux Treccani Trei Treial Treier
Trejo Tremblay Tremonti Trenor Trentin Trentini Treoigh Tresoldi Treutel Treves Trevino
Trevisan Trevisani Treviño Trezzini Treó Treóigh Trgovčić Triall Triana Trierweiler
Trikasemmart Trillini Trillo Trimmel Trincavelli Trinkl Tripathi Triplat Tristans Trivedi Trlík
Trlíková Trnski Trobbiani Troch Trofimov Troisi Trombetta Trommler Tromp Tron Troncoso Tropea
Trostans Trotta Trottier Troy Trub Truben Trubenová Trubin Trudel Trujillo Trummer Trupiano
Trupp Trussardi Trutanić Truu Tryggvis Tréinfhear Trépanier Tröst Trúmanns Trüb Trần
Tschentscher Tsuma Tsvetkov Tuachair Tuairisc Tuairisg Tuama Tuamáin Tuaraisce Tuaruisce
Tuataigh Tuathaigh Tuathail Tuathaill Tuathaláin Tuathalín Tuathlainn Tubridy Tucker Tudela
Tudić Tudor Tuijl Tuile Tuimlin Tuisk Tuithof Tukane Tuksar Tukur Tully Tumas Tumis
Tungkasethakul Tuohey Tuohy Tuomi Tuominen Tuovinen Tupá Tupý Tur Turallı Turati Turchetta
Turchi Turci Turcotte Turesson Turgeon Turina Turiņa Turiņš Turk Turley Turmes Turnbull Turner
Turongkinanon Turpeinen Turpin Turraoin Turrini Turudić Turunen Turčinov Turčok Turčoková
Tutino Tutty Tutu Tuul Tuulik Tuwei Tuzzolino Tuđa Tušek Tuškan Tveit Tweneboa Twidle Twohey
Twohig Twomey Twumasi Tyler Tynan Tyrfings Tyrrell Táilliúir Támhais Täht Tähtinen Täsche
Téacháin Téidheacháin Téllez Tímis Tímons Tímoteus Tímóteus Tístrans Tóbías Tóibín Tóis Tókis
Tóláin Tómas Tórpaigh Tórrez Tórs Tóth Tõnisson Törnqvist Török Türk Týrs Tůma Tůmová
Təhmasibli Uaid Uaithne Uaitéir Ualghairg Uallacháin Ualtair Ubaadah Ubadah Ubaid Ubaidah
Ubaldi Ubay Ubayd Ubaydullah Ubbis Uche Udeen Udeh Udinese Udinesi Ugarte Uggis Ughi Ugo
Ugrinić Uhban Uhl Uibhrín Uibo Uidhir Uidhlinn Uiginn Uilcín Uit Uittenbosch Ukić Uldry
Ulibarri Ullmann Ulloa Ullrich Ulrich Ulrichs Ultaigh Umaarah Umair Umar Umarov Underwood
Ungaretti Unger Uniacke Uniaque Unis Unnars Unnbjörns Unndórs Unnsteinns Unnþórs Unruoch Unt
Unterberger Unterweger Uotila Upadhyay Uphaus Uphuis Uphus Uppal Upton Uram Uramová Urb Urbain
Urban Urbanová Urbany Urbina Urblík Urblíková Urbonas Ureña Uriarte Uribe Urlić Urra Urrab
Urrutia Urzúa Uría Urías Urðars Usada Usamah Usmonov Utama Utami Uus Uusitalo Uustalu Uwais
Uxis Uyainah Uí Uğurlu Ušić VI Vaati Vabaza Vaca Vacek Vachon Vaci Vacková Vaes Vaessen Vagns
Vahar Vaher Vaht Vahter Vahtra Vaidya Vaillancourt Vaillant Vain Vainio Vaino Vajcik Vajciková
Vajcík Vajcíková Vajda Vajdová Vaks Vala Valach Valachovič Valachovičová Valachová Valadez
Valbergs Valbjörns Valbrands Valbuena Valcárcel Valdebenito Valdemars Valderrama Valdez
Valdimars Valdis Valdivia Valdés Valdórs Valencia Valenciano Valent Valenta Valente Valentin
Valentine Valentino Valentić Valentová Valentín Valentínová Valentíns Valentínus Valenzuela
Valera Valero Valette Valgarðs Valge Valgeirs Valguarnera Valier Valjetić Valk Valkama Valkonen
Vall Valladares Vallaðs Valle Vallejo Vallejos Vallenduuk Valles Vallet Vallin Valls Vallée
Vallélian Vallés Valmarana Valmars Valmunds Vals Valsteinns Valters Valtonen Valtýrs Valušek
Valušeková Valuška Valušková Valverde Valves Valíants Valíček Valíčeková Valþórs Vanaga Vanags
Vanbrabant Vance Vandaele Vandamme Vandecasteele Vandekerckhove Vandenbergh Vandenberghe
Vandenbroucke Vandenbussche Vandendriessche Vandeputte Vanderheyden Vanderlinden Vanderstraeten
Vandervort Vandevelde Vandewalle Vanegas Vanek Vaneková Vang Vangisa Vanhee Vanhoutte Vanhove
Vanneste Vansteenkiste Vanvitelli Vaněk Vaquero Vara Varano Varas Varela Vares Varga Vargas
Varghese Varik Varis Varkey Varma Varmars Vartiainen Varty Varughese Vasa Vasari Vasconcelos
Vasiliev Vaska Vasko Vasková Vasquez Vass Vasseur Vastenhouw Vastraedsd Vatnars Vattimo Vaughan
Vaughn Vavrinec Vavrinecová Vaz Vazquez Vaňková Vašek Vašeková Vaška Vaško Vašková Veale Veas
Vecellio Vecoli Veen Veenendaal Veenstra Vega Vegt Veigars Veigs Veilleux Veit Veiver Veić
Vejar Vela Velandia Velasco Velasquez Velazquez Velde Velden Velderman Velez Veloso Velthoven
Veltman Veltroni Velzen Velásquez Velázquez Velďák Velďáková Ven Vendetti Venditti Vendrell
Venegas Veneziano Venier Venkataraman Venkatesh Venrooy Vento Venturi Venäläinen Vera Verbeeck
Verbeek Verbeke Verbiest Verbist Verboom Verboven Verbruggen Verbrugghe Vercammen Vercauteren
Vercelloni Vercoe Vercruysse Verda Verdejo Verdi Verdier Verdonck Verdone Verdugo Verdun
Verduzco Verdú Vereecke Vereecken Verelst Veres Verfaillie Verga Vergara Vergassola Vergauwen
Vergeer Vergerio Verhaar Verhaegen Verhaeghe Verhagen Verharen Verheij Verhelst Verheuvel
Verheyden Verheyen Verhoeven Verhulst Verkade Verlinden Verma Vermandois Vermeersch Vermeil
Vermeir Vermeire Vermeiren Vermeulen Vermeylen Vermunds Vernharðs Verri Vers Versace Verschuere
Verschueren Verschut Versluijs Verstappen Verstraete Verstraeten Vertoor Vertooren Vervaeke
Vervaet Vervoort Verwimp Verwoert Vesel Veselová Veselá Veselý Veski Vespa Vespucci Vestars
Vestergaard Vesterinen Vesterlund Vestin Vestmars Veterník Veterníková Vethayasas Veturliðis
Veum Veysəlli Vezi Vezzali Viaene Vial Viana Vianello Viberg Vicen Vicena Vicencio Vicenová
Vicens Vicente Victor Victors Victory Vidaković Vidal Vidas Videla Vidic Vidmar Vidoni Vidov
Vidović Vidovič Vieira Vienne Viera Vierdag Vig Vigfús Viggós Vigil Vigliotti Vigneron Vignirs
Vignon Vigorelli Vigris Vigs Vigtýrs Viik Viira Viitala Viitanen Vik Vikars Viklund Viks
Vikström Viktors Vila Vilain Vilakazi Vilalta Vilanova Vilaplana Vilar Vilayətoğlu Vilbergs
Vilberts Vilbjörns Vilbogis Vilbrands Vilches Vilciņa Vilciņš Vilgeirs Vilhelms Vilhelmsson
Vilhjálms Vilis Viljanen Viljars Viljevac Viljis Vilks Vill Villa Villablanca Villadicani
Villagra Villagrán Villagómez Villalba Villalobos Villalonga Villalpando Villamil Villamizar
Villanueva Villar Villareal Villarosa Villarreal Villarroel Villaseñor Villaverde Villegas
Villemson Villena Villeneuve Villis Vilmars Vilmunds Vincent Vincents Vincetić Vinck Vincze
Vinjars Vink Vinogradov Vinyuvanichkul Viola Virgilio Virgills Virk Virta Virtanen Virág
Visconti Visintini Vismara Visnapuu Visser Vissers Viswanathan Vitali Vitasović Vittadello
Vitturi Vivaldi Vivanco Viveros Vives Viviani Vizcaíno Viðars Viña Viñas Višňovská Višňovský
Vižintin Vlaanderen Vlach Vlachovič Vlachovičová Vlachová Vladislavić Vlaeminck Vlassov Vlašić
Vleugels Vliet Vlk Vlková Vlna Vlnka Vlnková Vlnová Vlček Vlčková Vodopivec Voet Vogel Vogl
Vogler Vogt Vohra Voinea Voisin Vojković Vojtek Vojteková Vojtka Vojtko Vojtková Volarević
Volarić Volcke Volk Volkman Volkov Vollbrecht Volta Volterra VonRueden Vonlanthen Voorde
Voorhout Voorst Voortman Vopnis Vora Vorkapić Vorms Vorobjov Voronin Vos Voutilainen Vozar
Vozila Vozár Vozárová Vrabcová Vrabec Vrabelj Vrablec Vrablecová Vrancken Vranckx Vranić
Vranken Vrban Vretenar Vrhovec Vries Vroege Vrome Vsiliauskas Vugdelija Vugec Vuille Vuk Vukman
Vukobratović Vuković Vukušić Vuljak Vumisa Vundla Vunisa Vuorela Vuori Vuorinen Vuyst Vučetić
Vučin Vučković Vyas Vydarená Vydarený Vális Vápnis Váradi Váska Vásková Vásquez Vávra Vávrová
Vázquez Vähi Väisänen Väli Välimäki Väyrynen Väänänen Vébjörns Végeirs Vékells Vélaugs Vélez
Véliz Vémunds Vésteinns Vézina Vífills Víglunds Vígmars Vígmunds Vígsteinns Vígþórs Víkings
Vítek Vítková Víðars Víðirs Võsu Vöggs Völunds Vörðs Vörös Vötts Vīksna Vītola Vītoliņa
Vītoliņš Vītols Vũ Vəfalı Vəlioğlu Vəlixanov Vəliyeva Vəlizadə Vəzirov Vəziroğlu Waahid Waajid
Waarbeek Waardeloo Waas Wable Wabomba Wabwile Wabwire Wacana Wachira Wachter Wade Waderle
Wadhwa Wadi Wadood Waelchi Waele Wafa Wafeeq Wafula Wagener Wagenknecht Wagenvoort Waghorn
Wagle Wagner Wahhaaj Wahlberg Wahlgren Wahlström Wahome Wahyudin Wahyuni Wainaina Wairimu
Waithaka Waithera Waithira Wakhungu Wakio Wako Wal Walch Walcher Walder Walderade Waldner
Waldron Wali Walia Walker Wall Walla Wallace Wallaert Walle Waller Wallgren Wallin Wallis
Wallner Walls Wallén Walser Walsh Walshe Walsteijn Walter Walters Waltl Walton Waltrade Waluyo
Wamaitha Wamalwa Wamboi Wambua Wambugu Wambui Wambura Wampach Wamuyu Wanda Wandera Wandl Wang
Wanga Wangai Wangare Wangari Wangechi Wangeci Wanger Wangila Wangui Wanijiku Wanja Wanjala
Wanjau Wanje Wanjiku Wanjira Wanjiru Wanjohi Wanjugu Wannapaitoonsri Wantz Wanyama Wanyoike
Wanyonyi Wanza Wanzala Ward Ware Wario Warmer Warner Warnier Warren Warrior Waruguru Warui
Wasendlunkulu Washington Wasike Wasita Waskita Wason Wasonga Wassenaar Wastuti Wasunun Waswa
Water Waters Wathelet Watkins Watsica Watson Watt Watters Wattiez Watts Waugh Wauters Wauthier
Wavinya Waweru Wawira Wawire Way Wayua Weaver Webb Webby Weber Webster Wechselberger Wechuli
Weeks Weeldenburg Weerdenburg Weerdt Weever Wegmann Wegscheider Wehner Wehrli Weibel Weidinger
Weigl Weihmann Weijland Weijters Weiler Weimann Weimer Weinberger Weinhage Weinhold Weir Weis
Weiser Weisgerber Weiss Weissenböck Weissnat Weitzel Weiß Wekesa Wel Wela Welch Weldon Welf
Wellens Weller Wells Welter Wende Wendt Wenger Weninger Wennberg Wensen Wenzl Werd Werdes Were
Wernecke Werner Werners Weru Wesack Wesonga Wessex West Westberg Wester Westerbeek Westerberg
Westerburg Westerlund Westermann Westfalen Westin Westlund Westman Weston Weterink Wettstein
Wever Weydert Weyland Weylant Weyrich Weza Whalen Wheeler Whelan Whelehan Whitaker White
Whitehead Whitehouse Whitney Whittaker Whitty Whyte Wiafe Wiberg Wibisono Wibowo Wicht
Wickerode Widhalm Widiastuti Widmann Widmer Widodo Widén Wiedner Wiegand Wiek Wiel Wieland
Wieloch Wiener Wies Wiesbauer Wieser Wiesinger Wiesner Wiggins Wigman Wijaya Wijayanti Wijk
Wijland Wiklund Wikström Wilcken Wilcox Wild Wilde Wilderman Wildschut Wiley Wilfinger Wilhelm
Wilhelms Wilhelmsson Wilkerson Wilkin Wilkins Wilkinson Will Willaert Willame Willards Wille
Willekens Willem Willems Willemsen William Williams Williamson Willigen Willis Willms Wills
Willums Wilmart Wilmes Wilmet Wilmont Wilmotte Wilms Wilmsen Wilson Wilton Wiltzius Wimmer
Wimolnot Winandy Winarno Winarsih Winberg Windhager Windisch Windler Winkler Winnrich Winter
Winters Wintheiser Winther Wipstrik Wirth Wirtz Wirz Wise Wisoky Wisozk Wit Witte Wittenboer
Witting Wittmann Wiza Wohlgemut Wohlmuth Wohlwend Wolf Wolfe Wolff Wolffel Wolfinger Wolfsdr
Wolfswinkel Wolter Wolters Wolzak Wong Wood Woodard Woods Woodward Woolley Wooning Woudenberg
Woulfe Wouters Woutersz Wratt Wren Wrenn Wright Wrynn Wu Wuckert Wulandari Wulf Wulff Wunderink
Wunsch Wurm Wurzer Wurzinger Wutke Wuyts Wyatt Wyman Wynants Wynne Wyss Wähner Wéry Wögerbauer
Wöhrer Wüthrich Xaba Xakimov Xala Xhakaza Ximba Xolidov Xolo Xulu Xəlilov Yaa Yaamoa Yadav
Yadid Yafir Yaghnam Yahaya Yahi Yahia Yahiaoui Yahyaa Yahyoev Yakub Yaman Yang Yaqubov Yar
Yasinaeva Yasinov Yasir Yasminova Yates Yatich Yator Yawer Yawson Ybarra Yeboa Yeboah Yego
Yegon Yei Yengwa Yengwayo Yepes Yeyeye Yildirim Yilmaz Yirenkyi Ylinen Ylitalo Yls Ylönen Ymirs
Yngvars Yngvis Yoder Yogi Yohannan Yolanda York Yorulmaz Yost Young Youprasert Yousfi Yrkills
Yu Yudas Yulianti Yuliarti Yundt Yuniar Yunusov Yusifoğlu Yusifqızı Yusifzadə Yussuf Yuste
Yusuf Yusupov Yáñez Yüksel Yıldırım Yılmaz Zaafir Zaahid Zaahir Zaakir Zaal Zabala Zabaleta
Zabarella Zaccagnini Zaccardo Zacchia Zacco Zach Zachar Zachara Zacharia Zachariah Zachariaš
Zachariašová Zachariáš Zachariášová Zacharová Zackariya Zafar Zafir Zafrul Zaguri Zahaar Zaheer
Zahharov Zahn Zahri Zahroyeva Zahrun Zahur Zaidi Zaitsev Zajac Zajacová Zajc Zakariyoev
Zakarías Zakinja Zakiyaxonova Zakrajšek Zalokar Zambrano Zamengo Zamora Zamorani Zamorano Zampa
Zamudio Zanazzo Zangerl Zanichelli Zanoški Zanzi Zaoui Zapata Zaragoza Zarar Zarate Zarinova
Zariņa Zariņš Zarlino Zauner Zavala Zawadi Zayas Zayidov Zaynabova Zayyir Zaķe Zaķis Zbinden
Zboncak Zeba Zebec Zecchini Zechmeister Zechner Zedillo Zeemans Zeffirelli Zehetner Zehnder
Zeiler Zeilinger Zeimes Zeimet Zeiner Zelaya Zeldenrust Zelić Zeller Zeltiņa Zeltiņš Zeman
Zemanová Zemlak Zemljič Zengin Zenner Zenteno Zenz Zepeda Zeroual Zerrouki Zetterberg Zetticci
Zettl Zevenboom Zgorelec Zhang Ziane Ziani Zichichi Zidane Ziegert Ziegler Ziemann Zieme
Ziemele Ziemelis Zigo Zigová Zijl Zijlemans Zijlmans Zikhungwini Zima Zimka Zimková Zimmer
Zimmerman Zimmermann Zimová Zingg Zinnurova Zirme Zirne Zirnis Ziro Zito Zitouni Zmaić Zobel
Zola Zollinger Zophanías Zophonías Zoppetti Zoppetto Zorbach Zorko Zorlu Zorman Zorrilla Zotter
Zouaoui Zrilić Zrinski Zubairu Zubayrov Zubek Zubeková Zubka Zubko Zubková Zubrík Zubríková
Zubčić Zuidweg Zuijdveld Zujev Zulaika Zulauf Zulkarnain Zuluaga Zuniga Zupan Zupanc Zupančič
Zurita Zuwayhir Zvaigzne Zver Zvirbule Zvirbulis Zwaben Zwart Zwijsen Zwindrecht Záborská
Záborský Zárate Zänker Zóphanías Zóphonías Zöchling Zöhrer Zúbek Zúbeková Zúbrik Zúbriková
Zúñiga Zürcher Zālīte Zālītis Ádhaimh Ághas Águila Ágústs Ákis Álamo Álfars Álfgeirs Álfgríms
Álfs Álfþórs Álvarez Álvaro Ámundis Ángel Ánusaigh Árbjarts Árbjörns Árelíus Árgeirs Árgils
Ármanns Árnis Ársælls Ás Ásbergs Ásbjörns Ásgauts Ásgeirs Ásgils Ásgríms Ásis Áskells Áslaugs
Ásláks Ásmars Ásmunds Ásröðs Ástbjörns Ástgeirs Ástmars Ástmunds Ástráðs Ástríks Ástvalds
Ástvars Ástvins Ástþórs Ásvalds Ásvarðs Ásólfs Ásþórs Átha Ávalos Ávila Åberg Ågren Åkerlund
Åkerman Åkesson Åsberg Åslund Åström Ægirs Æsirs Ævarrs Ævars Çamurcuoğlu Çetin Çingizoğlu
Çorlu Çəmənli Çəmənzəminli Éanaigh Éil Émond Énrí Étienne Íans Ígors Ímis Íomhair Íosa Íosóg
Ísaks Ísarrs Ísars Ísbjörns Íselds Ísgeirs Ísidórs Ísleifs Ísmaels Ísmars Ísraels Ísólfs Ívans
Ívars ÓBroinín Óda Ófeigs Ógáin Ólafs Ólis Ólivers Ólívers Ómars Ómis Órdenes Óskars Ósvalds
Ósvífs Óttarrs Óttars Óðinns Õispuu Õun Õunapuu Öberg Öcalan Ögmunds Ögris Öhman Öhri Ölnirs
Ölvers Ölvirs Öndólfs Önunds Örlaugs Örlygs Örns Örnólfs Örvars Öss Östberg Österberg Östling
Östlund Östman Öxars Ødegård Østergaard Úddis Úgó Úlfars Úlfgeirs Úlfhéðinns Úlfkells Úlfljóts
Úlfs Úlftýrs Úlriks Úranus Ülker Ýmirs Ýrars Þangbrands Þengills Þeyrs Þins Þiðrandis Þiðriks
Þjálfis Þjóstars Þjóstólfs Þjóðanns Þjóðbjörns Þjóðgeirs Þjóðleifs Þjóðmars Þjóðreks Þjóðvarðs
Þjóðólfs Þorbergs Þorbjörns Þorbrands Þorfinns Þorgarðs Þorgauts Þorgeirs Þorgests Þorgils
Þorgnýrs Þorgríms Þorgísls Þorkells Þorlaugs Þorleifs Þorleiks Þorláks Þormars Þormunds Þormóðs
Þorris Þorsteinns Þorvalds Þorvars Þorvarðs Þrastars Þryms Þráinns Þránds Þrótts Þrösts
Þrúðmars Þyrnirs Þórarinns Þórars Þórbergs Þórbjörns Þórgnýrs Þórgríms Þórhadds Þórhallis
Þórhalls Þórirs Þórlaugs Þórleifs Þórlinds Þórmars Þórmunds Þórodds Þórorms Þórs Þórsteinns
Þórðs Þórólfs Þórörns Ābele Ābola Āboliņa Āboliņš Ābols Ćorić Ćosić Ćurić Čagalj Čapka Čapko
Čapkovič Čapkovičová Čapková Čapla Čaplovič Čaplovičová Čapľa Čargonja Čarnogurská Čarnogurský
Čech Čechová Čeh Čekovská Čekovský Čermák Čermáková Černe Černoch Černochová Černá Černík
Černíková Černý Červený Červeň Červeňová Česnek Česneková Čiernaová Čiernik Čierniková Čierny
Čizmić Čiš Čižmešija Čobrda Čobrdová Čop Čotić Čović Čubrić Čudić Čuk Čukman Čulina Čuljak
Čupić Čuček Ďaďo Ďaďová Ďorko Ďorková Ďurek Ďureková Ďurica Ďuricová Ďuriš Ďurišová Ďurka Ďurko
Ďurkovič Ďurkovičová Ďurkovská Ďurkovský Ďuro Ďurovič Ďurovičová Ďurovský Ďurovskýová Ďurová
Ďurča Ďurčo Ďurčová Ďutka Ďutková Ďuško Đurašević Đurinić Đặng İbrahimbəyov İbrahimli İbrahimov
İbrahimova İbrahimoğlu İdrisli İdrisoğlu İhsanoğlu İldırımoğlu İmanzadə İnönü İsabəyli İsaxanlı
İsmayılqızı Ľupták Ľuptáková Říha Říhová Şafak Şahbuzlu Şahsuvarlı Şama Şamilov Şamiloğlu Şener
Şensoy Şeyxzadə Şirvanzadə Şükürlü Şükürov Şıxlı Şərifova Šalajka Šalajková Šalić Šantić Šargač
Šarić Šarkan Šarkanová Šarlija Šebo Šebová Šegović Šelendić Šeparović Šestak Šestan Ševtšenko
Ševčík Ševčíková Šibalić Šidlo Šidlová Šima Šimara Šimek Šimeková Šimić Šimičić Šimka Šimko
Šimková Šimo Šimon Šimonovič Šimonovičová Šimonová Šimončič Šimončičová Šimová Šimunić
Šimunović Šimík Šimíková Šinkovec Šinković Šipek Šipić Šitum Škantár Škantárová Škara Škoda
Škoviera Škovierová Škriniar Škriniarová Škrlin Škrnički Škrtić Škugor Škultéty Škultétyová
Škunca Šlahor Šlahorová Šlivka Šlivková Šmajda Šmajdová Šmid Šmíd Šmídová Šokčević Šoltés
Šoltésová Šoltýs Šoltýsová Šošić Šoštarić Špika Špilár Špilárová Špišić Špoljarić Špralja
Štefan Štefanec Štefanka Štefanko Štefanková Štefanovič Štefanovičová Štefanová Štefović
Štefunko Štefunková Štefánek Štefáneková Štefánik Štefániková Štifanić Štimac Štrba Štrbac
Štrbová Štrljić Štrukelj Šturlan Štěpánek Štěpánková Štšerbakov Šulc Šulcová Šunjić Šupraha
Šuran Šurbek Šurina Šurka Šurková Šuňavcová Šuňavec Šuštar Švec Švecová Švehla Švehlová Šverko
Šváb Švábová Šváby Šťastná Šťastný Ťapák Ťapáková Ťažká Ťažký Žabjačan Žagar Železnik Železník
Železníková Žerjav Žeželić Žibert Žic Žigmund Žigmundová Žigo Žigová Žiković Živić Živković
Žižek Žnidaršič Žufika Žugec Žukauskas Žukov Žunec Županić Žuravljov Žuvela Žužić Žák Žáková
Əbdülrəhmanlı Ədiloğlu Əfəndiyeva Əfəndizadə Əhmədli Əhmədov Əhmədzadə Əkbərova Əkbərzadə
Əlibəyli Əlibəyov Əlioğlu Əlixanlı Əliyeva Əlizadə Əlləzoğlu Ələkbərli Ələkbərzadə Əmirli
Əmirov Əmirova Əsgərli Əsgərov Əsgərova Əsgəroğlu Əylisli Əzimzadə Έψιμος Ότσος Αβαγιανός
Αβραμίδης Αβραμίδου Αβραμιώτης Αβραμπέκη Αγαλιώτης Αγγελάκη Αγγελάκος Αγγελής Αγγελίδης
Αγγελίδου Αγγελίκας Αγγελουσοπούλου Αγγελόπουλος Αγκυρόπουλος Αγραφιώτη Αδαμοπούλου Αδαμόπουλος
Αετόπουλος Αθανασάκης Αθανασιάδη Αθανασιάδου Αθανασόπουλος Ακαλίδης Ακριτίδης Ακριώτης
Αλατζάκης Αλαφάκης Αλεξανδράκη Αλεξανδρίδου Αλεξανδρόπουλος Αλεξοπούλου Αλεξόπουλος
Αλυσανδράτου Αμπατζιάνης Αμπλιάνιτης Αμυγδαλάκης Ανανιάδου Αναστασάκη Αναστασάκης Αναστασίου
Αναστασόπουλος Αναστόπουλος Ανδρεανίδης Ανδριανός Ανδρικόπουλος Ανδριόπουλος Ανδριώτης
Ανδρουλάκης Ανδρουλιδάκης Ανεζάκη Αντωνάκη Αντωνάκος Αντωνέας Αντωνίου Αντωνιάδης Αντωνόπουλος
Αξαόπουλος Αξιώτης Αποστολάκη Αποστολάκης Αποστολίδης Αποστολίδου Αποστολακάκης Αποστολόπουλος
Αραμπατζής Αραπάκη Αραπίδου Αργυράκη Αργυρής Αργυρίου Αργυροπούλου Αργυρόπουλος Αρμένης Αρματά
Αρσενάκη Αρχάκη Αρχαυλής Ασαρίδης Ασημακόπουλος Ασημόπουλος Ασλανίδου Ασουχίδου Ασσαργιωτάκη
Ατσαλάκη Αυγουστής Αφρουδάκης Βάρσος Βάσσης Βαΐου Βαβάση Βαβουλίδης Βαβουράκης Βαγενά Βαζούρα
Βακαλάκης Βακαλής Βακουφτσή Βαλαβάνης Βαλασίδης Βαλεντή Βαλιάκα Βαλκάνου Βαλσαμίδου Βαλτάς
Βαμβακάς Βαμβουκάκη Βανδώρος Βαρακλής Βαρδάκης Βαρελίδου Βαρθαλίτη Βαρουτίδου Βαρσάμης Βαρσάμου
Βασιλάκη Βασιλάκης Βασιλείου Βασιλειάδη Βασιλογιάννης Βασιλοπούλου Βαφειάδου Βαχουθιανάκης
Βαϊραμίδου Βαϊτσόπουλος Βελεντζάς Βερβίτη Βερβερίδου Βιδαλάκης Βιλδός Βιολάτος Βιτσαξής Βλάσση
Βλάχος Βλάχου Βλαχοδήμου Βλαχονικολέας Βλησαρούλης Βολικάκης Βορλόκας Βοσινάκη Βουλγαρίδου
Βουλτσίδου Βουτσάς Βουτσελας Βουτσινά Βούκας Βούλγαρης Βούλκος Βούρας Βράσκου Βραδή Βρακά
Βυζιηνού Βώσσος Γάτος Γαβριήλ Γαβριδάκης Γαβριηλίδη Γαλάνη Γαλανάκη Γαλανοπούλου Γαλατούλας
Γαρουφαλής Γαρυφαλίδης Γενετζάκης Γεννηματάς Γεντίμης Γεράρδης Γεροδήμος Γεροκώστα Γερούκη
Γερόπουλος Γεωργή Γεωργίτση Γεωργακοπούλου Γεωργακόπουλος Γεωργαλάς Γεωργαλής Γεωργαρά
Γεωργιάδου Γεωργουλάκη Γεωργούδης Γεωργούλα Γεωργούλας Γιακαμόζη Γιαννάκης Γιαννέλος Γιαννές
Γιαννακέας Γιαννακίτσας Γιαννακουδάκη Γιαννακουδάκης Γιαννακόπουλος Γιανναρά Γιαννοπούλου
Γιαννούκος Γιαννόπουλος Γιαπατζής Γιασημάκης Γιατράκου Γιατρομανωλάκης Γιωτάκης Γιώτης Γκάβρου
Γκάγκα Γκάγκας Γκίκας Γκίνης Γκαγκαουδάκης Γκαλίου Γκανάτσιος Γκατζογιάννης Γκικόπουλος
Γκιολδελής Γκιριτζιώνη Γκιτσάκης Γκουτζαμάνης Γκούβα Γκούβελος Γκούνη Γκούσκος Γκόβα Γκόνη
Γκότσης Γουργουλής Γούλα Γούπα Γούσιος Γρίβα Γρίβας Γραμμένου Γραμματικόπουλος Γραμματικός
Γρατσιάς Γρεβενάρης Γρετός Γρηγορίου Γρηγοριάδης Γρηγοριάδου Γρηγοροπούλου Γρηγορόπουλος Δάρας
Δάφνη Δέλιος Δήμου Δίγκας Δαΐκου Δαγλή Δακαναλής Δαμήλου Δαμαλά Δαματοπούλου Δανέζης Δανδανίδου
Δανελής Δανιηλίδης Δαρδιώτη Δαρσακλή Δαυίδ Δεδούκου Δελή Δερλώπα Δερμιτζάκης Δεσύλλας
Δημακογιάννη Δημησκής Δημητρέλου Δημητρίου Δημητριάδου Δημητρόπουλος Δημοβελής Δημοπούλου
Δημτσούδη Δημόπουλος Διακάκης Διακουμή Διαμαντής Διαμαντοπούλου Δινεζάκης Διοπούλου Δουβίκας
Δουβρόπουλος Δουκάς Δουκίδου Δουκατζής Δουλάμη Δουλάμης Δουλγεράκη Δουλγεράκης Δουλουφάκη
Δουμάς Δουράνης Δούβαλη Δούνης Δρίβα Δραζιώτης Δρακάκη Δρακάκης Δρακουλή Δρακόπουλος
Δραμουντάνη Δρουλιάς Δρυμαλίτου Δρόσου Δόβας Δόσης Δώρη Ελευθερίου Εμμανουήλ Εμμανουηλίδου
Εμπορόπουλος Ενωτιάδη Εσπερίδης Ευαγγελάκη Ευαγγελάτος Ευαγγελίδη Ευαγγελινός Ευκαρπίδης
Ευστρατόπουλος Ευταξιάς Ζαβιτσάνου Ζαννίκου Ζαραφέτας Ζαρειφοπούλου Ζαρζάνη Ζαφείρη Ζαφείρης
Ζαχαρίου Ζαχαριουδάκη Ζεγλίνα Ζενεμπίσης Ζερβά Ζευγίτης Ζηδιανάκης Ζηματίκας Ζηρός Ζιάκας Ζιάρα
Ζιώγος Ζολώτας Ζορμπάς Ζουκής Ζουλούμης Ζούνης Ζτούκος Ζυγούρη Ζυγούρης Ζωντανού Ζώη Ζώνιος
Ζώτος Θασίτου Θεοδοσίου Θεοδοσιάδου Θεοδωρικάκος Θεοδωροπούλου Θεοδωρόπουλος Θεολόγος Θεοχάρης
Θηβαίος Θωμάκου Θωμάς Θωμόπουλος Ιακωβάκης Ιατρόπουλος Ιντζές Ισάρης Ισέρης Ιωακείμ Ιωακειμίδου
Ιωσηφίδης Ιωσηφίδου Κάκκα Κίσσας Κίτσου Καβούρης Καζαντζή Καζανόπουλος Κακαβός Κακατσός
Κακοσαίος Κακοτρίχη Καλέμη Καλαθά Καλαμάρα Καλαμάρας Καλαμαράκης Καλαμπαλίκης Καλαπόδης
Καλαργυρός Καλαϊτζάκης Καλαϊτζοπούλου Καλδή Καλιάμπος Καλιτσουνάκης Καλλιάνταση Καλογιάννη
Καλογιαννάκη Καλομοίρη Καλούδη Καμινάρη Καμπάκας Καμπερίδης Καμποσάκης Καμπούρη Καναβός Κανελή
Κανελλή Κανελλοπούλου Κανελλόπουλος Κανταρελή Καπανταϊδάκη Καπατσώρης Καπετάνιος Καπνιά
Καπουρνιώτη Καπούνης Καράμπας Καράμπη Καράνης Καραΐσκος Καραγιάννη Καραγιάννης Καραγιοβάννη
Καραγρηγορίου Καραδήμος Καραθανάση Καρακάξης Καρακαστανιάς Καρακυρίου Καρακωνσταντινού
Καρακώστα Καραλής Καραμάνη Καραμάνος Καραμανλή Καραμπίνα Καραμσαλής Καρανάνου Καρανίκας
Καρανασίου Καρανικόλας Καραντάνα Καραντζόπουλος Καραογλάνη Καρατάσου Καρατζίκος Καρατζαφέρης
Καρβέλη Καργάκου Καρκαλέτση Καρκανάκη Καρολίδου Καρούντζος Καρούσος Καρτάς Καρυδά Καρυπίδης
Κασκαούτη Κασμιρλή Κασούτσας Κασσωτάκη Καστάνης Κατάκης Καταραχιάς Κατεβάτης Κατιρτζής Κατσίπης
Κατσίφος Κατσαβός Κατσαμάνης Κατσανίκου Κατσαντώνη Κατσαντώνης Κατσαρός Κατσαφάδου Κατσιγιάννη
Κατσιγιάννης Κατσιλής Κατσιλλή Κατσιμάλη Κατσιμάνη Κατσογιάννης Κατσούλα Καφίρης Καφαντάρη
Καφαντάρης Καφφέ Καχριμανίδη Καψάλης Καψή Κελαϊδώνης Κελλάρης Κερασοβίτης Κεσίση Κεσαλίδης
Κεσεμίδης Κεσκίνη Κετεσίδου Κεφαλή Κεχαγιάς Κιορίδου Κιοσές Κιουπλιώτης Κιούσης Κιτινός Κλήμης
Κλεινάκη Κοκκίνου Κοκκινίδου Κοκορδέλης Κολαΐτου Κολοβός Κολοκάθης Κολτσάκη Κολχούρης Κομκούδης
Κομπολιάς Κονδυλίδης Κονιάρη Κονιδάρης Κονσούλα Κοντάκος Κοντογεωργάκη Κοντογιάννη Κοντογιάννης
Κοντοκώστας Κοντού Κοντός Κορδατζής Κορμπόπουλος Κορομήλας Κορομπόκη Κορωνίδου Κοτρώτσου
Κοτσαρής Κοτσινά Κοττίκας Κουβάς Κουζουλά Κουθούρη Κουκλατζής Κουκουβά Κουκουβίνος Κουκουθάκη
Κουκουλιάντας Κουλίδης Κουλίζος Κουλαουσάρη Κουλουμπού Κουλουριώτης Κουλοχέρη Κουμάρα Κουμιώτης
Κουράκος Κουρής Κουρελής Κουρκουτάς Κουρλού Κουρσάρης Κουρσουμίδης Κουταλιός Κουτελιέρης
Κουτεντάκης Κουτκιά Κουτουζίδου Κουτσικούρη Κουτσικόπουλος Κουτσιουμάρη Κουτσοβίδου
Κουτσογιάννης Κουτσογιάννόπουλος Κουτσονίκα Κουτσουλής Κουτσουνάκη Κουτσουρέλη Κουτσουρέλης
Κουτσούμπεη Κουτσούμπη Κουτσούρας Κουτχιάς Κουφάκη Κοφινάκη Κούρτης Κούτρης Κούτσικος
Κραββαρίτης Κρεμμύδας Κριάλης Κριτσέλης Κτενίδης Κυμπάρης Κυπραίος Κυπριώτης Κυρίτση Κυρίτσης
Κυργιά Κυργιάκης Κυριάκου Κυριαζής Κυριακάκης Κυριακίδης Κυριακοπούλου Κυριακούλη Κυριαννάκη
Κυριατσούλης Κυρκούδη Κυρούδη Κωνσταντάς Κωνσταντακόπουλος Κωνσταντινίδης Κωνσταντινίδου
Κωνσταντοπούλου Κωνσταντόπουλος Κωστάκης Κωστίδης Κωσταλής Κωστοπούλου Κωστούλας Κωστόπουλος
Κωτούλα Κωτούλας Κωτσίδης Κωτσικόρης Κωτσιονοπούλου Κόλκας Κόλλια Κώτσου Κώττας Λάκκας Λάλας
Λάππας Λάτσκος Λέκκα Λέλεκας Λίτσιου Λαγγούσης Λαγογιάννης Λαγοπάτης Λαζαρίδης Λαλαούνη
Λαμπρινός Λαουρδέκης Λαφατζής Λεβέντης Λελεδάκης Λεμονής Λεντζίου Λεπίδα Λιάκου Λιάνου Λιανάκης
Λιβανός Λιθοξοΐδης Λιναρδάκη Λιολιοπούλου Λιούκα Λιούτας Λιτίνας Λιόλιος Λιόντη Λογκάκη
Λογοθέτη Λουλάκης Λουμπούτσκου Λουπασάκης Λουράντος Λυγκούρας Λυμαξή Λυμπέρης Λυρή Λύτρα Λώλος
Μάλαμα Μάνδαλος Μάνδρος Μάνος Μάντου Μάρα Μάργαρης Μάρρας Μάστορας Μέλανι Μήτσου Μίσχος Μίχος
Μίχου Μαγκανάρη Μαγκαφοπούλου Μαγκούφης Μαγούλα Μαζαράκης Μακαριάδης Μακρή Μακρής Μακροπούλου
Μακρυγιάννης Μακρυκώστας Μαλίμη Μαλλή Μαμαλά Μαμμής Μανέτα Μανίκας Μανελίδης Μανιάτη Μανιτάρου
Μανιώτης Μανοπούλου Μανουσέλης Μανουσιάδης Μανουσοπούλου Μανούκας Μαντά Μαντάρης Μαντάς
Μαντζουράνης Μαντζώρος Μανωλάκης Μανωλέας Μαράκη Μαραγκός Μαρακάς Μαργαρίτη Μαργαριτάκη
Μαργαρώνης Μαργιά Μαρκαντωνάκη Μαρκόπουλος Μαρουγιάννη Μαρτζούκου Μαρτιάδου Μασίκα Μασαούτη
Μασγαλάς Μασιάλα Μαστραγγελή Μαστρογιάννης Μαστρογιαννίδου Μαστρογιώργης Μασόπουλος Ματεντσίδου
Ματσούκας Ματσούρη Μαυρίδη Μαυρίδου Μαυραειδή Μαυρικάκης Μαυρογονάτος Μαυροείδη Μαυροειδάκος
Μαυρομανωλάκης Μαυρομμάτης Μαυροπούλου Μαυρουδής Μαυρούτσος Μελιτσόπουλος Μενγκ Μεξή Μεταξάς
Μεϊμάρης Μηλιάδου Μηλιάκη Μηλιώρης Μηνά Μητρίδης Μητροπούλου Μητρόπουλος Μητσοπούλου
Μητσόπουλος Μιλέα Μισίδου Μιχαηλίδης Μιχαηλίδου Μιχαλάκης Μιχαλάρου Μιχαλέλλης Μιχελή
Μιχελακάκη Μοσχοβάκη Μοσχόπουλος Μουσελίμης Μουτζούρη Μουτουσίδης Μπέκος Μπίκα Μπίλλας Μπαγανάς
Μπακλάβας Μπακοστεργίου Μπακουλή Μπαλάση Μπαλάσκας Μπαλή Μπαλαμπάνη Μπαλανίκα Μπαλλή
Μπαλουκίδης Μπαλταγιάννης Μπαλτατζή Μπαλτζής Μπαντές Μπαντής Μπαρκούτα Μπατζάνη Μπατσάκη
Μπαφέρα Μπαφίτη Μπεκάκου Μπελέκου Μπενέτου Μπερεδήμας Μπερμπατιώτης Μπεσύρη Μπιμπίκα Μπιμπίρη
Μπλανάς Μπλιατσίου Μποζίκη Μποζίκης Μπονέλη Μποτζιώρη Μποτσώλης Μποτώνης Μπουλούκος Μπουρλής
Μποφός Μπούζα Μπούκος Μπούσιος Μπραέσα Μπραζιώτης Μπρούζου Μπότζα Μπότης Μπύρου Μυλωνάς
Μυλωνίδου Μυσιρλής Μυτάρη Μυτελέτσης Μωραΐτη Μωραΐτης Μωρός Μωυσίδου Μόκας Μόναχας Νάντσου
Νάσσου Νάστατος Νάστος Νέλος Νίκα Νανούρης Ναούμ Νασίκας Νασιόπουλος Νατσουλή Νικητόπουλος
Νικολάου Νικολάτου Νικολαΐδης Νικολοπούλου Νικολουδάκη Νικολόπουλος Νικουλής Νιτσοτόλης Νούσης
Ντάνου Νταβάς Νταγκαλή Ντανώλα Ντζιαβίδα Ντουλιάς Ντριβαλά Ντόβα Ντόβας Ντόκος Ντότης Ντότση
Νώε Ξένου Ξανθάκης Ξανθοπούλου Ξενάκη Ξενίδη Ξηρίδου Ξηρογιάννης Ξηροδήμα Ξηροτύρη Ξηρός
Ξυγκάκου Οικονομοπούλου Οικονόμου Ορφανάκης Ορφανίδου Ορφανιώτης Πάγκαλος Πάνος Πάνου Πάντζιου
Πάντος Πάντου Πέππας Πέτρου Πέτσας Πέτση Πέττα Πίππας Πίσπα Πίσσιος Πίτσης Παλαιολογοπούλου
Παλαιολόγος Παλαμπουγιούκη Παληός Παλιεράκη Παλιούρα Παλλάς Παναγιωτακοπούλου Παναγιωτακόπουλος
Παναγιώτου Πανδής Πανκίδου Πανοπούλου Πανούσης Παντίσκα Πανταζή Πανταζής Παντζέκος
Παντζαρτζίδης Παπαγεωργίου Παπαγιάννης Παπαγιαννακόπουλος Παπαγιαννόπουλος Παπαδάκης Παπαδήμα
Παπαδημητράκης Παπαδημητριάδης Παπαδημητροπούλου Παπαδοπούλου Παπαδόπουλος Παπαευαγγέλου
Παπαευαγγελίου Παπαθανασίου Παπαθεοδοσίου Παπαθωμά Παπακωνσταντίνου Παπακώστα Παπανάνου
Παπανδρέου Παπανδρικοπούλου Παπανικολάου Παπανώτα Παπαπανός Παπαροϊδάμης Παπασπηλιωτοπούλου
Παπασταύρου Παπαστεργίου Παπατζήκα Παπατρέχας Παπαφώτης Παπαχρήστου Παπουδής Παπουλής
Παπουτσοπούλου Παππά Παππάς Παράνου Παρασκευά Παρασκευόπουλος Παργανάς Παρούσης Πασσαλίδης
Πατελής Πατελλή Πατινιωτάκη Πατμανίδης Πατσουρέα Πατσούρας Παυλάκη Παυλή Παυλίδου Πεμούση
Περάκης Περδίκης Περδικάκης Περιστερόπουλος Περουλάκη Περπινιάς Περράκης Περρώτης Πετράκη
Πετράκης Πετρίδης Πετρίδου Πετριτάκης Πετρογιάννης Πετροσιάν Πετρόπουλος Πετσιά Πευκιανάκης
Πιάγκος Πικούνης Πικρός Πιπεράκης Πιπερίγκος Πιπερίδη Πισκοπάνη Πισχινάς Πιτερός Πιτσάκης
Πιτσολής Πλακωτάρης Πλατάκη Πλιάτσικας Πολέμη Πολίτου Πολατίδου Πολυζωάκης Πολυχρονίδης
Πολυχρονόπουλος Πολυχρόνης Πορίχης Πορφυριάδου Ποσάντζη Ποταμιάνου Πουλή Πουλίδα Πουλημένος
Πουλιάση Πουλιέζος Πουλογιαννόπουλος Πουρνάρα Πουφτσής Πρέκα Προβής Προύβα Πυλαρινός Πυροβόλου
Ράλλης Ράπτης Ρέγκας Ρέντας Ρέντζος Ρέππα Ρέππος Ρήγας Ρήνος Ρίγκος Ρίζος Ρίσβας Ραγκούσης
Ραδιοπούλου Ραδοβάλης Ραυτοπούλου Ραφιός Ραχμανίδης Ραχωβίτσας Ριζούλης Ροδίτου Ρουπακάς
Ρουσιανός Ροϊδούλης Ρούσσου Ρωμαίου Ρόγαρης Ρόγγα Ρόδης Ρόκας Ρόκκα Σάουερ Σάτλας Σίββα Σίδερης
Σαββάκη Σακελλαρίου Σακκή Σαλέμη Σαλίχος Σαλταούρας Σαμακίδης Σαμανίδης Σαμαράς Σαμπάνη
Σαμτανίδου Σαουλίδης Σαπρίκη Σαρίκας Σαραντινός Σαραφίδης Σαριδάκη Σαρρή Σαρρός Σγουρένα
Σγουρός Σδούκου Σδραλλής Σεβαστού Σεβδάς Σελινοπούλου Σεμπέπου Σεφέκος Σηκωτίδου Σιγανός
Σιδηροπούλου Σιδηρόπουλος Σικαλίδης Σιμητοπούλου Σιμιτζή Σιούτα Σιτόπουλος Σιόλου Σιώμος Σιώρης
Σκαβέντζου Σκαρλάτος Σκαρπέτας Σκασίλα Σκαφτούρου Σκορδάκης Σκοτάδη Σκουλαρίδης Σκούμπρου
Σκρέκας Σκρίμπας Σκρεμμύδα Σκυλογιάννη Σκόρδος Σμαρδάς Σμιτ Σμπονιάς Σμπρίνης Σμυρνιώτης
Σοκολάκη Σολακούδης Σολωμίδου Σουλιντζής Σουρμπής Σοφιανός Σπάλας Σπαθάρη Σπαθόπουλος Σπανίδου
Σπανδωνίδης Σπανουδάκης Σπανοχριστοδούλου Σπανός Σπασέγκου Σπασόπουλος Σπηλιάδου Σπηλιώτης
Σπορδιλής Σπυριδάκη Σπυριδάκης Σπυρόπουλος Σταθά Σταθάτος Σταθόπουλος Σταμάτης Σταμέλος
Σταμέλου Σταματιάδης Σταματούκου Σταμούλη Σταμούλης Σταμόπουλος Σταυρίδου Σταυριανός
Σταυρόπουλος Σταύρου Στεργιαλής Στεργιούδης Στεφάνου Στοφοριάδης Στούμπου Στραβοσνίχης
Στρατογιάννη Στρούμπα Στυλιανίδου Στόγιος Συβιλιά Συλλίγαρδος Συμεωνίδου Συνοδινού Συργής
Συρμού Συρρής Σφακιανάκη Σφούνης Σφύρλας Σωτηράλης Σωτηροπούλου Σόφρα Σύκας Σύψα Τάντου
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
Бранков Братухчев Бумов Буров Бурова Бурханларски Бърборков Быков Быкова Вакарчук Вакрилов
Вакуленко Валенко Вампирска Ванченко Василашко Василев Василева Василевич Василенко Василечко
Васильев Васильева Васовa Ватаманюк Вахній Ващенко Ващенко-Захарченко Ващук Вдовенко Вдовиченко
Величко Велков Велкова Велјанов Велјанова Венгринович Вергун Верес Верменич Вернигора Вернидуб
Вертипорох Верховинець Верхола Веселов Веселова Виноградов Виноградова Височан Вишивана
Вишиваний Вишняк Вишняков Вишнякова Владимиров Владимирова Власенко Власов Власова Власюк Влох
Вобла Воблий Вовк Волков Волкова Воробьев Воробьева Воронов Воронова Воронцов Воронцова
Вражалски Възвъзов Въртунински Вівчаренко Вітер Вітрук Габелко Габровлиева Гавриленко Гаврилець
Гаврилишин Гаврилишина Гаврилов Гаврилова Гавриловска Гавриловски Гаврилюк Гаврилів Гавриш
Гавришкевич Гаврюшенко Гайворонська Гайворонський Гайда Гайдабура Гайдай Гайдамака Гайденко
Галкин Галкина Гаєвська Гаєвський Георгиев Георгиева Герасимов Герасимова Глигоров Глигорова
Гоголь Гоголь-Яновська Гоголь-Яновський Годунок Голик Голобородько Голубев Голубева Горбачев
Горбачева Горбунов Горбунова Гордеев Гордеева Горшков Горшкова Градинарова Гресь Гречаник
Гречко Григорьев Григорьева Гриценко Гришин Гришина Гроздановска Гроздановски Громов Громова
Гузенко Гузь Гузій Гук Гуляев Гуляева Гунько Гупало Гурьев Гурьева Гусев Гусева Гуцуляк Гущин
Гущина Гьоков Давиденко Давимука Давыдов Давыдова Дамјановска Дамјановски Данданов Даниленко
Данилов Данилова Данильчук Данилюк Данченко Данчук Данькевич Данько Даньків Дараган Дахно
Даценко Дацюк Дачев Дашенко Дашкевич Девдюк Дейнека Дейнеко Дейсун Дементьев Дементьева
Демиденко Денисов Денисова Дергач Дерегус Деркач Деряжна Деряжний Дешановска Дешановски Джогов
Джунь Джус Дзезов Дзиндра Дзюба Димитриев Димитриева Димовска Димовски Дмитриев Дмитриева
Докова Донев Донева Доронин Доронина Дорофеев Дорофеева Доценко Дришльов Дробаха Дрозд
Дрозденко Дроздов Дроздова Дубас Дубенко Дубина Дуплій Дурдинець Дурловска Дурловски Дутка
Дьячков Дьячкова Евдокимов Евдокимова ЕвроповКирилов Евсеев Евсеева Егоров Егорова Ейбоженко
Елисеев Елисеева Емельянов Емельянова Ермаков Ермакова Ершов Ершова Ефимов Ефимова Ефремов
Ефремова Жадан Жайворон Жаліло Жарко Жданов Жданова Ждраков Жук Жуков Жукова Журавель Журавлев
Журавлева Журба Жученко Забара Забарна Забарний Забашта Забіла Заев Заева Зайцев Зайцева
Зайченко Закусило Занов Запорожець Заруба Зарудна Зарудний Засенко Засуха Засядько Затовканюк
Затула Зафировска Зафировски Захаренко Захаров Захарова Захарченко Заєць Заїка Зенгинов Зимин
Зимина Зиновьев Зиновьева Златков Зубко Зуев Зуева Зыков Зыкова Зінкевич Зінченко Зінчук Иванов
Иванова Игнатов Игнатова Игнатьев Игнатьева Илиев Илиева Иликьов Ильин Ильина Исаев Исаева
Исаков Исакова Йорданов Йоткова Кабалюк Кабаненко Кабанов Кабанова Каденюк Казаков Казакова
Калашников Калашникова Калениченко Калинин Калинина Кальченко Канчин Канівець Капустин
Капустина Каракашев Карась Кармалюк Карпа Карпенко Карпов Карпова Катъров Катърова Кащенко
Келешев Кесьов Кибкало Килимник Кириленко Кириллов Кириллова Киселев Киселева Китов Клатикрушев
Клатуров Климовска Климовски Князев Князева Кобиларов Ковалев Ковалева Коваленко Ковалюк Ковпак
Кодуков Козак Козаченко Козлов Козлова Кокошкова Колев Колесников Колесникова Колесниченко
Колипатков Количков Колобов Колобова Колодуб Колчев Колісниченко Комар Комаров Комарова
Комиссаров Комиссарова Кондратьев Кондратьева Коновалов Коновалова Кононов Кононова Конопленко
Конопля Константинов Константинова Копитко Копылов Копылова Корбут Корж Корнилов Корнилова
Королев Королева Короленко Корпанюк Корсун Костин Костина Костов Котов Котова Коцев Коцева
Кошелев Кошелева Красильников Красильникова Кривошапкова Крстев Крстева Крстеска Крстески
Крушовска Крылов Крылова Крюков Крюкова Кудрявцев Кудрявцева Кудряшов Кудряшова Кузнецов
Кузнецова Кузьмин Кузьмина Кулагин Кулагина Кулаков Кулакова Куликов Куликова Куртажова
Куртакова Кучев Кучкуделова Кърков Кьоров Лаба Лавренко Лаврентьев Лаврентьева Лагода Лазарев
Лазарева Лазаревска Лазаревски Лазаренко Лазов Лазова Лапин Лапина Ларионов Ларионова Лебедев
Лебедева Левченко Лемешко Лесик Лимонадов Лисенко Литвин Литвиненко Лихачев Лихачева Лобанов
Лобанова Логинов Логинова Лубенець Лукаш Лукин Лукина Луланков Лупій Луценко Лыткин Лыткина
Ляшко Мазепа Мазур Макаренко Макаров Макарова Макаронски Макогон Максимов Максимова Малик
Малишко Мамонтов Мамонтова Мамчур Манавски Мангъров Мангъфова Марков Маркова Марковска
Марковски Мартиновска Мартиновски Мартынов Мартынова Маслов Маслова Масляк Масоха Матвеев
Матвеева Матвієнко Матевска Матевски Матяш Медведев Медведева Медведенко Мельников Мельникова
Мераков Меркушев Меркушева Микитюк Милачков Миленков Миронов Миронова Митревска Митревски
Михайличенко Михайлов Михайлова Михайлюк Михалюк Михајловска Михајловски Михеев Михеева Мишин
Мишина Младенов Младенова Младеновска Младеновски Многознаева Моисеев Моисеева Молчанов
Молчанова Монтянов Морозов Морозова Москаль Мочев Мојсов Мојсова Муев Муравьев Муравьева
Мусијановски Мустакова Мухин Мухина Мясников Мясникова Мірошниченко Міщенко Назаренко Назаров
Назарова Наливайко Наумов Наумова Наумовски Негода Недялков Некрасов Некрасова Непорожній
Нестайко Нестеренко Нестеров Нестерова Никитин Никитина Никифоров Никифорова Николаев Николаева
Николов Николова Николовска Николовски Никонов Никонова Новиков Новикова Носаченко Носенко
Носков Носкова Носов Носова Ніколюк Оберемко Овнарски Овсієнко Овчаренко Овчинников Овчинникова
Одинцов Одинцова Олійник Оліфіренко Онищенко Онуфрієнко Оніщук Опанасенко Орехов Орехова Орлик
Орлов Орлова Оробець Осипов Осипова Остапчук Охримович Охріменко Павленко Павлик Павличенко
Павлов Павлова Палій Панов Панова Пановска Пановски Панфилов Панфилова Панчук Парасюк
Парашкевов Патков Пахомов Пахомова Пачаръзка Певецова Педалов Пеева Пелех Пенджакова Перебийніс
Перепелиця Пестов Пестова Петковска Петковски Петлюра Петренко Петрик Петров Петрова Петровска
Петровски Петухов Петухова Пикянски Пилипенко Пищовколева Площаков Плюнкова Плюцова Поаков
Полтавець Поляков Полякова Пондьов Пономарев Пономарева Попов Попова Поповска Поповски Потапов
Потапова Приймак Примаченко Принов Притула Приходько Пройкова Прокопович Прохоров Прохорова
Проценко Прошков Пръндачка Пулев Пустовіт Пушкар Пъков Първанова Пътечкова Піддубна Піддубний
Радченко Рак Рангелов Ребрик Рева Редько Римпопов Ристовска Ристовски Рогов Рогова Родионов
Родионова Рожков Рожкова Романенко Романець Романов Романова Романчук Рошльов Рубан Рубець
Рудик Рудько Русаков Русакова Рыбаков Рыбакова Рябець Рябов Рябова Рябовіл Рябошапка Рябченко
Савельев Савельева Савенко Савин Савина Сагаль Сазонов Сазонова Салій Самойленко Самойлов
Самойлова Самоходов Самсонов Самсонова Сапунджиева Сафонов Сафонова Сацюк Саченко Саєнко
Свириденко Свистун Селезнев Селезнева Селиверстов Селиверстова Семенов Семенова Семенченко
Сергеев Сергеева Сидоров Сидорова Силин Силина Симеонов Симоненко Симонов Симонова Симоновска
Симоновски Сиротенко Ситников Ситникова Сич Скиба Скирда Скопенко Скорик Скоробогатько Скринска
Сланинкова Слюсар Смик Смирнов Смирнова Смърдански Соболев Соболева Соколов Соколова Соловьев
Соловьева Сомко Сопаджиева Сорокин Сорокина Спасов Спасова Спасовска Спасовски Станишев
Стельмах Степанов Степанова Стефановска Стефановски Стець Стойков Стојановска Стојановски
Стрелков Стрелкова Стус Субботин Субботина Суворов Суворова Супруненко Суханов Суханова Сысоев
Сысоева Сімашкевич Сірко Сіробаба Сірченко Талан Таралингова Таран Тарасенко Тарасов Тарасова
Татьозов Твердохліб Теличенко Теліженко Терентьев Терентьева Терещенко Терещук Тесленко Тесля
Тетерин Тетерина Тимофеев Тимофеева Тимченко Тимчук Титаренко Титов Титова Тиха Тихий Тихонов
Тихонова Тичина Ткач Ткаченко Товстоліс Товстуха Тодоров Тодорова Тодоровска Тодоровски Токар
Токов Топков Топчийски Точева-Клопова Тошев Трајковска Трајковски Третьяков Третьякова Тригуб
Трофимов Трофимова Тумангелов Туркало Туров Турова Тутурилов Тухчиев Тъпчилещов Тягнибок Уваров
Уварова Удовенко Удовиченко Уманець Усик Устенко Устинов Устинова Фадеев Фадеева Фаренюк
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
Штокало Шубин Шубина Шутько Шухевич Щербак Щербаков Щербакова Щербань Щириця Щорс Щукин Щукина
Щърбов Юдин Юдина Юрганчев Юрченко Юрчишин Юрчишина Юрчук Юхименко Ющенко Якименко Якимчук Яков
Яковенко Яковлев Яковлева Якушев Якушева Яназов Ярема Яременко Яремко Яремків Яремчук Яркова
Ярош Яценко Яценюк Ященко Ящук Ґалаґан Ґерета Ґереґа Ґерус Ґжицька Ґжицький Ґоляш
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
aba abate abb abbas abbassi abbey abed abigail ace acker add adda ade admiral agarwal agate
agla ah ahluwalia ahmadi aho airt aisling ala alan alani alannah alas alba alban albino alcalde
ale alec alen alexanders alexia alf alfa alfonso alin alison aliyah allan allene aller ally
alma almon almond aloma alpha althea altin alto alvar aly ama amani amar ambar amber amble
ambrose amelia ami amil amin amine amir amma amoke among amor amra amrita amy an ana anay anda
anele anes angel angelic angelica angeline angelique ani anima anis ann anna annet anon ansa
antal ante antra ara arango arba arch archer ardella arend arent aria ariel arietta arjun arna
arrie arroyo art aru arvel ashling ashman asp aspen asta astride atchison atlas atma auger
august aune aura aurelia aurelian aurora aurore author autumn ava averil ayu azalea baa baba
babe babu baby bach back backer badan bah bail bailee bailey bailie bajan baker bal bale bali
ball ban bandi bara barad barb barbe barber barcella bare baria baris barker barlow barman
barnard barney baron barra barrio barry barth barton bas basil bass basso bath batta batz bauch
baxter baya bayard bayman beal bean beard beat beata beau beck becker bee beek beer begum bela
bell belle belton ben bena bender benedict benet beni benjamin benn bennet benny bent berat
beray berend berg berger berlin berry bertram beryl besin best beta beth bethel betty bey
bhakta bhandari bhat bibi bien biggen bigot bilge bill billy binder birch bird birdie birn
bishop bisson bite bitten black blain blair blake blanc blanca blanch blanco blanda blas blaze
blessing blick bliss block blossom blot bo bob bobby bocca bock bode bodhi bodkin boga bogan
bogey boily boke bolden boma bond boner bonnet bonny booker boon booth bor bora borak bore
borer borg bosch bose boss boston botella boucher bouillon bourdon bourgeois bowler bowman
boyer brad brae brain branch brand brandy brant brassard bravo bray bree brent bret brett
brewer brick bridge bridger bright brink brit brock brogan brook brown browning bruin brunet
bryony buck bud buddy buffy buisson bull bullock buna bunk burgess burke burl burnie burr
burrel burt burton bury bush buster butch butcher butler butte caddie caddow cade cadence cager
cain cairn cal cam camilla camillus camp campo camus can canal candela candy canna canning
cannon canny cant canyon cap cappie caprice captain capucine car cardon cardona carina carl
carlie carlin carls carmine carney carol carolin caroline carpenter carr carrier carrizo carry
carter carton cartwright carty caryl casal case cash cass cassie catalina cecils cedrin ceil
celesta celeste celestina celestine cetin chabot chad chai chaka chalmer chamberlain champ
champagne chance chancy chandler chang chaparro chapman char charette charity chase chastity
chaya che cherish cherry chester chevalier chi chico chin china ching chip christen chuck
church cicala cicely cinnamon cisterna clark clay clear cleave clem clemence clement cleve
cliff cline clint clive close coca cocci cock coelho cole colin coll collard colleen collet
colley collie collier collin colling collins colly colon colonel colt colter columbo comber
comer comfort comment commodore company con conal concha conn conner constant conte conter
contra contractor convey cook coolen cooper cora coral cord cordoba corinne cornel cornet
corona corral corrie cortez cortina costa coster cotter council courtier cousin cox coy crane
craven craw crawley creed crin crista cross cruces cruise crystal cuarta cuesta cully curdy
curry curt cyrus dace dada dadap dag dags daisy dale daler dalton dam damme dan danner dar
darby dare darling dash date daud davenport davy daw dawn day dayal deacon dean deb debby
decker dee deep deforest dell delphine delta demi deric derrick desi dessa destiny dev dewan
dexter dey diamond dian dib dick dickens dickey die dieter dimple din dink dirk dita divan
diver divine dixie dixit dobbin dobson doc dock doctor dodd dodo doe doina dola doll dolly dom
don donna dooley dooly doria dorn doss dot dotty doucet dove dow dowd dower drago drake drew
drub drum drummy dudley duff dugal duke duma dunne dunny durant durgan dusty dyer each ean earl
early earnest easter ebb ebony echo eddy edit egger eider eimer elaine elder ell elle els else
elvan elver ember emerald emery emir emit emma emmer emmet encina ender era eral eric erika
ermine es esker espinal espino essence ester eta ethel ether ethyl etna eulalia eve ever evert
ey fae fair fairy faith fall fancy fanning farina farmer fate fatiha faust fawn fay fed fee
feil felicity feline fellah feller fern ferny ferry fico field filar filippo finch finis fink
firman fisher flannelly flavin fleche fleck fleet fletcher fleury flint flood floor flora
florence florent flores florin font foody foot ford forest forget fortin forum foster fount
fowler fox foy franc francisc francisca franco frank franklin frazer frederik freely freeman
fresh friend frisk frost fry fuller fundi funis funk gabi gaby gade gage gaine gal gala gale
gall galler gallet galloway gamble ganga gara garibaldi garland garner garnet garnett garret
garrison garth garvey gaskin gasper gasser gauge gay gazel gee geest geira gelder gemma gena
gene general genesis geneva genie gent gentry geo german geta ghazi gibbon gilbert gill gillie
ging ginger ginny glass glasses glazier glen glover goblet goddard godet goel goff gola golden
goldie good goodman goran gore gorevan gorge governor grace graham graith grand grant grasser
gravel gray grayling green greenwood greet grein grey griffin grill grit groot gros gross grove
grunt guarana guard guarneri gude gugu gule gullery gumma gun gundi gunnel gunner gunning
gunter guss gussie gust gut gutti guy hacker hadji hafiz haire hak hakeem hakim halbert hale
hall ham hamel hami hammer hammerer hamza hanbury hand handler handy hank hanna hansa hansel
harden hardy hare harish harl harm harman harmony harper harry harsh hart hasan hasta hastings
hasty haugh havel haven hawthorn hay hayward hazel hazen hazle hearty heath heather heaven heck
hector heer hell heller helm hemal hemmer hence henna henny henry herb herd hereward herma
heron herring hersir hickey hidalgo hilding hill hiller hind hinney histon ho hogan holden
holder holl holler holly holm holt homer hood hoof hook hoop hooper hope hora horn horst hough
house hove howe hoy huff hug huia hull hummel hummer hung hunt hurley hurst hurt huss hymen icy
ide ilka imam immaculate indy infant infante inken innocent ion irene iridian iris iva ivory
ivy jack jackman jacobus jacoby jade jagat jager jagger jail jake jama jami jane jank jann jara
jarl jasmine jasper jati jauk jay jean jed jeff jenna jenny jerez jerker jerry jess jet jewel
jimmy jina jo job joe joey johannes joke jordan josh joshi josie journey joy judge jug julienne
julio jumba june junior junk jure justen justice justo juvenal kahu kai kaiser kakar kala kale
kali kamala kapp kapur karma karri kauri kay kazi keeling keena keld kelly kelvin kemp ken
kennelly kent kern kerrie kerry ketting key khalsa khan khatri kibe kick kidney kiel kike kiki
kiley killeen killer kim kind kindle king kink kip kiri kirk kirsch kiss kit kitty knez knight
knoll knut koda kohl koko koller konstantin koppa kora korec kori kos kraft kral kroon kuba
kulkarni kyle labra lacy lad laddie lady laet lafayette laine lall lalo lam lamb lambert lammas
lammer lan lance lander lane laney lark larry lasa lass lassie lata laur laura laurel laurin
lavender law lawless lawyer layne lazar laze lea leach leafy leal lean leaner leban lede lee
leech leek lees leighton lekha lemma lemon lenard lene less leu levin levy lew lewis ley li
liana liber liberty lie lien lier lieve lill lily lim liman limo lin lina linden linder line
link linn lino linsey linwood lionel lipa lira lish lisle list little llano lo loan lobo
lockman lode loke loma lombard lone long longan loo loon looney loot lope lora loran lord lore
loreal lori loris lot lota love low lowery loy loyal luce lucid lucky lucy ludo lue luger luke
lulu lum luna lupe lura luster lut lute lux lyam lynch lyric mac macan mace mack mackle maco
mad madden made madeline madrigal mae magnes magnolia maire major mako mal mala male malik mall
mallet malm malo mamba mambo mamo man mand mandala mane mangal mangel mani manila manilla manly
mannan mannie manning manso mantilla manus mar marc marcel marceline marcella marcello marco
marconi mare marechal margarita margarite marge marguerite maria marina marine mariola maris
mark marlin marly marquis marquise marron marry marsh marshal mart martel marten martial martin
marvel mary mas masha mason massa masse mast master mat matara mate mater math matta matti maud
maverick mavis maxim maxima maximus maxwell may maya mayor mayoral maza meadow media mel mell
mellon melody melton mensa mentor mercer merchant mercy merel merl merle merlin merrily merry
mesa meta mick mignon mihrab mike mil mila mile milla mille miller millet milo mima mina miner
minnie minor mir miracle miro missy mist mistry misty mitra mitt moan modena mohr moll mollie
molly mona monk montana monte moody moon moor moors mora more moreen morel mores morgan moric
morin morris morrow morse mortier moss motte motyka moulin mountain mouton moy mudden muga muir
muktar mulder mule muller mulligan munga munshi murage murphy must my myron myrtle nadir nae
nael naik nail nais nam nan nana nancy napoleon nary nasab nash nat nazim nazir nea neal nee
needham nelson neo nete neve newt newton nick nicky nikau nil nim noa noble noel noma nori
norma north nova novella nubia nurser oak obe obi octave oda odd odds oisin olena oliva olive
olivine om omer omina ona opal ora oral orange orchard orlo orna orris otto ova owe paal pablo
paca pace paco paegle page pal pall palla palm palma palmer palomino pam pandora pansy pant
paolo pap paquet pardo parent park parker parkin parley parry paschal pascual pasi pastor pat
pate patel paten patience patrice patty pau paulin paw payer peace peacock pearl pearly peck
pedrero pedro peer peggy pellet penni penny pent pepper per pereira peres peri perrier perron
perry persico pete peter petit petre petronella petter petty peyton phoebe phoenix pi pia
pickering pien pier pierce piet pika pike pilar pili pilon pina pinder pingle pink pinkie pino
pinto piper plank plaza pleasant plover pluma plummer pock pol pole polis polk pollard polo
pombo ponce poncelet pont pop pope poppel poppy porta porter portia porto posey post potter
power prabhu prat precious prentice press price priest prima primus prince princess pringle
privet proctor prosper provost prudence puck pugh pulk purdy purity purl put queen quill quin
quint quintin quinton quintus rada radman rafter raid rainer rais raj raja ralph ram rana rance
rand randle randy rani ransom ras rasa rath rattan ratti ravel raven ray raya rea read reader
real reason red redden reddy reed reen reese reet reginal regula reif rein reina reis reiter
rex rhea ria rice rich rick rickey ridder riddle ridge riem riley rim ring rinner rishi risper
rita river roach roan roar rob robbin robin rocher rock rocky rod rodney roe roger rohan roll
romaine romero room roosa roque rory rosario rose rosel rosella rosemary rosette rosin ross
rosy rotter rout rowan roxy royal ruby ruddy ruelle ruffin rufus rune rush russel rust rusty
rut ruth rutherford ryder sabina sabine sable sabra sad sade safari saga sage sai said sailer
saim saint sair sal salat salina sally salma salmon salomon salvo sam samara samel sammer sammy
samson san sanai sancho sandal sander sanders sandy sane sang sangha sans sant sapa saraf sari
sarkar sarna sarraf sasa saunders savage savanna savant sawyer scarlet scharf schiavone
schiller schilling schimmel schneider schreiner schuh schwarz schweizer scot scriven scullion
seidel selah sele sen senna sera serenity serge serine serra serrano server seth seven sever
sexton sha shad shade shafter shah shan shanker shanna shanny sharp sharry shaw shay shea
shelly shepherd sherlock sherry sheth shiel shine shirl shoji short shroff sibyl sibylla sidi
sidler sie sienna siering sierra sil sile silk siller silva silvan silver sima simmon simson
sina sincere sine sing singer singh singleton sinner siper sire sister sitar sith skelly
skinner skip sky slade slater slattery sloan small smart smit smith smitham smyth snow sol sola
solar soldo sole soler solon somers son sonata sonny sontag soon sophia sophy soprano sparks
speer spence spencer spier spiker spindler spreeuw spring springer sprong spruit squire stack
star stark starling starosta steed steen steer stein stela stella sten stephane sterling stern
steven steward stey stine stock stocker stockinger stone stonewall stook storm stormy story
stout strand street strid strong stummer sue sultane summer sumner sunder sune sunny sunshine
supple sur sura susi swart sweeny swift sylva sylvan sylvester tab tabet tack tad tade taft
taha tai tailor tait taj tal tala talbot tali talon talwar tamara tamburello tammie tammy tan
tana tanak tane tania tank tanner tapia tara tari tate tatu taurean tawny te tea ted tera teras
terry thakur thaler thatcher the theophile theres therese theta thill thole thore tiara tiffany
tikka til tilde till tilly timon timothy tine tiny titi tobe toby tod toft tolan toldo tom
toman tommy tone toner tony too toom toon tor tora tore toro torrent tory tournay tovar toy
trace travis treasure trey tri trilby trillo trine trinity tromp tron troy trub true tuan
tucker tui tula tule tur turk turlough turner tutty tutu tye tyrone udo ula ulla ulu underwood
undine unique unknown unnamed ura urban us uta vain valent valentine valid vall vallary valva
vang vara varsha vasa vedika veen veer vela velvet venie vera verdun vermeil vernal vester veta
vial victor victorine victory vigil vigneron viking vila vill villa villar ville vina vincent
vino viola violet violette vita viva vives voet wade wadi wage wali walker wall waller wally
walsh walt walter wang wanga ward ware warmer warner warren warrior wash water watt waugh way
wayman weaver webby weber webster weever weir wellington welter wende wenzel were west wester
wheeler whit white whitehead wicht wiener wild wilder wilkin will willie willow willy wim windy
wing winter wise wit witting wolf wolfram wolter wong wood woodrow woodward woody worth wren
wright wyss xenia yair yan yang yar yaw yee yeni yoga yogi york young zac zain zak zaman zander
zecchini zed zeta zillah zoa
"""
