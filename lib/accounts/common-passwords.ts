// The passwords people pick most, from the public breach corpora and the
// yearly "worst passwords" lists, plus French favourites. Written out by hand
// (this box has no internet), lower-case, one word per whitespace gap. Short
// entries are shorter than the minimum length and look redundant, but
// password-policy.ts also strips trailing digits and symbols and undoes
// "leetspeak" before looking up, so `soleil` rejects `Soleil2024!` and
// `password` rejects `P@ssw0rd123`.

const LIST = `
123456 123456789 12345678 12345 1234567 1234567890 12345678910 123123 1234 111111 000000 654321 666666
121212 112233 123321 7777777 888888 999999 555555 11111111 1111111111 0000000000 987654321 9876543210
147258369 159753 123654 0123456789 01234567890 1234554321 1122334455 1212121212 123456a 123456abc
1234qwer 1234abcd 12341234 123qwe 123abc 321654 159357 147258 258456 852456 741852963 963852741 456789
123456789a 12345qwert 1qaz2wsx 1qazxsw2 1q2w3e 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y 1q2w3e4r5t6y7u 2wsx3edc
qazwsx qazwsxedc qwerty qwerty1 qwerty12 qwerty123 qwerty1234 qwertyuiop qwertyuiop123 qwert qwe123
qweasd qweasdzxc qweqwe qwer1234 qwertz qwertzuiop asdfgh asdfghjkl asdf1234 asdasd asdfasdf zxcvbnm
zxcvbn zaq12wsx zaq1xsw2 1qaz1qaz poiuytreza azerty azerty1 azerty12 azerty123 azertyuiop azertyuiop123
azerty1234 aqwzsx aqwxsz wxcvbn wxcvbn123 azertyu azertyui qsdfgh qsdfghjklm azeqsd mlkjhg poiuyt
abc123 abcd1234 abc12345 abcdef abcdefg abcdefgh abcdefghi abcdefghij abcabc aaaaaa aaaaaaaa azazaz
a1b2c3 a1b2c3d4 a12345 aa123456 aaa111 qqqqqq zzzzzz xxxxxx 1a2b3c4d 0987654321 09876543 11223344
password password1 password12 password123 password1234 passw0rd passwd pass pass123 pass1234 passpass
passe passepartout motdepasse motdepasse1 motdepasse123 mdp mdp123 monmotdepasse motdepass secret
secret123 topsecret confidentiel changeme changeme123 default letmein letmein123 welcome welcome1
welcome123 bienvenue bienvenue1 bienvenu login login123 admin admin123 admin1234 administrator
administrateur root root123 toor guest invite user user123 utilisateur test test123 test1234 testtest
demo demo123 access access123 master master123 masterkey open sesame opensesame trustno1 whatever
nothing anything something iloveyou iloveyou1 iloveyou2 iloveu iloveyou123 jetaime jetaime1 jetaime123
jtm jtaime jetadore amour amour1 amour123 monamour mamour moncoeur monchou monbebe mabiche machérie
macherie moncheri toujours pourtoujours foreverlove forever lovely loveme lover loveyou love love123
soleil soleil1 soleil123 soleil13 doudou doudou1 doudou123 chouchou chouchou1 loulou loulou1 loulou123
louloute chacha chouquette bisous bisounours nounours nounou doudoune cherie cherie1 tresor tresor1
bonjour bonjour1 bonjour123 coucou coucou1 coucou123 salut salut123 bonsoir hello hello1 hello123
hellokitty hi hey yolo yoyo yoyo123 coucoucoucou chocolat chocolat1 chocolate chocolate1 caramel
vanille fraise framboise cerise pomme banane citron orange peche abricot myrtille noisette nutella
fromage baguette croissant macaron biscuit gateau bonbon sucre miel cafe cappuccino tiramisu crepe
princesse princess princess1 prince princes angel angel1 angels ange angelique ange123 doudou13
marseille marseille13 olympique om13 allezlom psg paris paris75 parisien parissaintgermain lyon ol69
lille losc bordeaux girondins nantes toulouse nice monaco lens rennes strasbourg montpellier grenoble
saintetienne asse france france1 france98 bleus allezlesbleus zidane zizou mbappe griezmann benzema
platini henry ronaldo messi neymar cr7 football football1 footballer foot foot123 soccer basketball
basket baseball hockey tennis rugby handball volley golf boxing boxe karate judo cyclisme velo moto
motocross surf skate skateboard snowboard ski natation danse dancer dance music musique guitar guitare
piano batterie drummer rock rocknroll metal punk rapper hiphop reggae jazz blues disco techno
liverpool manchester manutd chelsea arsenal tottenham everton barcelona barca realmadrid madrid juventus
milan inter bayern dortmund celtic rangers newcastle leeds westham spurs united city lakers yankees
cowboys steelers patriots packers eagles bulls celtics dolphins raiders redsox giants warriors
dragon dragon1 dragons dragonball dragonfly tiger tigers lion lions lionking eagle falcon phoenix
shark sharks wolf wolves fox bear bears panther jaguar cobra viper python monkey monkey1 donkey horse
cheval chevaux chien chiens chat chats chaton chatons minou minette kitty kitten puppy doggy doggie
poney lapin souris tortue dauphin dolphin papillon butterfly coccinelle abeille hibou oiseau loup
superman batman spiderman ironman hulk thor captain wolverine deadpool joker harley harleyquinn
starwars jedi yoda vader darthvader skywalker chewbacca pokemon pikachu naruto sasuke goku vegeta
onepiece luffy zelda mario luigi sonic tetris minecraft fortnite roblox pacman nintendo playstation
xbox gamer gaming matrix neo morpheus gandalf frodo hobbit legolas aragorn sauron hogwarts harrypotter
potter hermione dumbledore voldemort snoopy mickey minnie disney simba nemo shrek barbie titeuf asterix
obelix tintin milou garfield scooby snoopy1 bambi dumbo pinocchio cendrillon blanchette schtroumpf
michael michelle jessica ashley jennifer amanda joshua daniel andrew matthew anthony robert william
charlie thomas jordan hunter george andrea taylor justin nicole hannah samantha jasmine chris
christian christine melissa elizabeth jonathan brandon austin tyler sarah jason maggie ginger bailey
buster buddy rocky lucky max maxime maxwell oliver olivia emma chloe lucas louis hugo leo gabriel
raphael arthur jules adam nathan ethan paul pierre jean jacques michel philippe alain patrick nicolas
julien julie sophie marie camille manon laura sarah lea emma ines jade lola zoe lina alice juliette
clement antoine alexandre alexis quentin romain kevin florian guillaume benjamin mathieu matthieu
sebastien vincent frederic stephane olivier christophe laurent david eric pascal thierry didier
bruno franck gilles herve yannick cedric jeremy jeremie damien fabien jerome ludovic mickael anthony
aurelie audrey celine emilie elodie amandine marine pauline charlotte caroline valerie nathalie sandrine
isabelle veronique sylvie catherine martine christelle stephanie vanessa virginie melanie jennifer1
justine margaux mathilde oceane clara louise anna eva rose jeanne victoria alexandra natasha tatiana
mohamed mohammed ahmed karim rachid youssef mehdi samir sofiane nadia fatima yasmine sarah1 leila amine
jesus christ jesuschrist god godisgood blessed blessing faith hope grace angel7 heaven church bible
allah amen alleluia dieu jesus1 priere lumiere paradis
summer winter spring autumn ete hiver printemps automne sunshine sunshine1 sunny rainbow moon moonlight
star stars starlight sky skyline ocean sea mer plage beach island paradise tropical hawaii vacances
holiday weekend samedi dimanche lundi vendredi january february march april may june july august
september october november december janvier fevrier mars avril mai juin juillet aout septembre octobre
novembre decembre christmas noel paques halloween birthday anniversaire
computer ordinateur internet google yahoo hotmail gmail facebook instagram twitter tiktok snapchat
youtube netflix spotify amazon apple iphone samsung android windows microsoft linux ubuntu macbook
laptop server serveur database oracle mysql postgres cisco network reseau wifi wireless router
freebox livebox orange sfr bouygues free adsl modem
money money1 money123 argent fric cash dollar dollars euro euros bitcoin crypto rich riche million
millionaire lottery jackpot casino poker banque bank credit fortune gold golden silver diamond diamant
ferrari porsche lamborghini mercedes bmw audi toyota honda nissan peugeot renault citroen clio golf1
mustang corvette camaro harley1 yamaha kawasaki suzuki ducati
qwerty321 azerty321 abcdefg123 abc123456 abcd123 abc1234 a123456789 q1w2e3r4 q1w2e3r4t5 q1w2e3r4t5y6
z1x2c3v4 1a2s3d4f zaqxswcde 1234567a 12345a 123456q 123456z 12345qwerty 123qweasd 123qweasdzxc
qwertyui asdfghjk zxcvbnm123 azerty2024 azerty2023 password2024 password2023 motdepasse2024 soleil2024
iloveyou2024 welcome2024 summer2024 winter2024 spring2024 autumn2024
killer hunter1 sniper soldier warrior ninja samurai viking pirate cowboy gangster thug badboy badgirl
bigboy bigdaddy daddy mommy mama maman papa papa123 maman123 family famille enfants bebe baby babygirl
babyboy sweety sweetie sweetheart honey honey1 sugar cutie cutiepie pumpkin cookie cookies candy
peanut butter cupcake muffin pancake popcorn pizza pasta burger hotdog bacon cheese chicken
beautiful pretty cute sexy sexy123 hottie hotstuff gorgeous handsome lovely1 perfect
freedom liberty liberte justice peace paix harmony destiny destin karma zen nirvana miracle magic
magique mystery secret1 shadow shadow1 ghost phantom spirit soul
hello world helloworld ilovemymom ilovemom iloveyoubaby iloveme imissyou jetaimeplus
letmein1 letmein2 openup trustme believe imagine dreamer dream dreams reve reves etoile etoiles
fuckyou fuckoff merde putain
starwars1 pokemon1 naruto1 batman1 superman1 spiderman1 dragon123 monkey123 football123 baseball1
basketball1 soccer1 hockey1 tennis1 hunter123 killer123 ninja123 master1 shadow123 michael1 jordan23
jordan1 charlie1 thomas1 nicolas1 julien1 camille1 marie1 sophie1 doudou2 loulou2 chouchou2
azertyazerty qwertyqwerty passwordpassword motdepassemotdepasse 123456123456 abcabcabc
internet1 computer1 samsung1 iphone1 google1 facebook1 netflix1
ranger rangers1 scorpion scorpio taurus gemini leo1 virgo libra capricorn aquarius pisces aries cancer
sagittarius lion1 belier taureau gemeaux cancer1 vierge balance scorpion1 sagittaire capricorne
verseau poissons
eminem drake beyonce rihanna shakira madonna michaeljackson elvis beatles metallica nirvana1 queen
acdc ledzeppelin pinkfloyd coldplay linkinpark slipknot johnny hallyday johnnyhallyday stromae
orelsan booba jul pnl aya indochine
charlie123 snoopy123 garfield1 scooby1 mickey1 minnie1
toto toto123 titi tata tutu tototo titi123 lolo lolo123 lili nana nono nini mimi momo fifi riri
bibi bobo coco coco123 kiki lulu jojo jojo123 juju zaza fanfan mamie papy tonton tata1 cousin
test1 test12 testing tester essai essai123 sample exemple example
azerty11 azerty13 azerty69 qwerty69 sexy69 love69 lover69 angel69 pussy pussy69
abcde12345 abcdefghijk abcdefghijkl 1234567890a qwerty12345 azerty12345 password12345 iloveyou12
iloveyou1234 jetaime12 jetaime1234 soleil12 soleil1234 doudou12 loulou12 chouchou12 nicolas12 julien12
computer123 samsung123 marseille1 paris123 france123 lyon69 toulouse31 bordeaux33 lille59 nantes44
qwerty1! azerty1! password! password1! motdepasse! admin! welcome! p@ssword p@ssw0rd passw0rd1
p4ssword p4ssw0rd pa55word pa55w0rd m0tdepasse m0td3p4ss3 adm1n r00t l3tm31n w3lc0m3 1l0v3y0u
`;

/** Lower-cased common passwords; look up with a lower-cased candidate. */
export const commonPasswords: ReadonlySet<string> = new Set(LIST.split(/\s+/).filter(Boolean));
