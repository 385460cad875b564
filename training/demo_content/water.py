MODULE = {
    "slug": "water-and-sanitation",
    "domain": "water-sanitation",
    "level": "intermediate",
    "duration_hours": 15,
    "trainers": ["expert@passerelle.demo"],
    "languages": ["en", "fr"],
    "pass_mark": 60,
    "max_attempts": 3,
    "en": {
        "title": "Water and sanitation services",
        "summary": (
            "Running a drinking-water network, cutting the water lost before it reaches customers, "
            "and organising sanitation from the toilet to the treatment plant. Drawn from the "
            "practice of Eau de Paris, the Paris sewer service and the Phnom Penh Water Supply "
            "Authority."
        ),
        "objectives": (
            "<ul><li>Describe how a water network is divided, monitored and maintained.</li>"
            "<li>Build a water balance and name the causes of non-revenue water.</li>"
            "<li>Compare sanitation options along the whole service chain.</li></ul>"
        ),
    },
    "fr": {
        "title": "Les services d'eau et d'assainissement",
        "summary": (
            "Exploiter un réseau d'eau potable, réduire l'eau perdue avant d'atteindre les "
            "abonnés, et organiser l'assainissement des toilettes jusqu'à la station d'épuration. "
            "Fondé sur la pratique d'Eau de Paris, du service de l'assainissement de Paris et de la "
            "régie des eaux de Phnom Penh."
        ),
        "objectives": (
            "<ul><li>Décrire comment un réseau d'eau est découpé, surveillé et entretenu.</li>"
            "<li>Établir un bilan hydraulique et nommer les causes de l'eau non facturée.</li>"
            "<li>Comparer les solutions d'assainissement sur toute la chaîne du service.</li></ul>"
        ),
    },
    "lessons": [
        {
            "slug": "managing-a-water-network",
            "minutes": 20,
            "en": {
                "title": "Managing a drinking-water network",
                "summary": "Zones, pressure, asset records and planned maintenance.",
                "body": [
                    (
                        "text",
                        (
                            "<p>A drinking-water network is the largest asset most cities own, and most of it is "
                            "buried. Managing it well means knowing where the pipes are, what state they are in, "
                            "how water moves through them, and what happens when something fails. The aim is "
                            "simple to state: safe water, at adequate pressure, all day, to every customer, at a "
                            "cost people and the city can bear.</p>"
                            "<h2>Know the network</h2>"
                            "<p>Everything starts with records. For each pipe the utility should know its "
                            "location, diameter, material, age and history of bursts. Many cities inherit "
                            "incomplete paper plans; the work of turning them into a geographic information "
                            "system, checked on the ground each time a trench is open, pays for itself many times "
                            "over. Without records, repairs take longer, new connections are made blindly and "
                            "renewal budgets are spent on the wrong streets.</p>"
                            "<h2>Divide it into zones</h2>"
                            "<p>A large network that is fed from many points and where every pipe is connected to "
                            "every other is hard to understand. Dividing it into district metered areas, each "
                            "supplied through one or two metered inlets with the boundary valves closed, lets the "
                            "operator measure what goes into each district and compare it with what customers "
                            "are billed. The night flow, measured when almost everyone is asleep, reveals leaks: "
                            "if a district of a few thousand connections still draws a large flow at three in the "
                            "morning, water is escaping somewhere.</p>"
                            "<h2>Manage pressure</h2>"
                            "<p>Pressure must be high enough to reach upper floors and to fight fires, but every "
                            "extra metre of pressure increases leakage and bursts. Pressure-reducing valves at "
                            "district inlets, adjusted to lower pressure at night, are one of the cheapest ways "
                            "to reduce losses and extend pipe life. Intermittent supply, where the network is "
                            "filled and emptied each day, is the worst case: it damages pipes, lets contaminated "
                            "groundwater in when pressure drops, and forces households to store water.</p>"
                            "<h2>Maintain before it breaks</h2>"
                            "<p>Reactive repair, fixing what bursts, is unavoidable but expensive. A planned "
                            "programme exercises valves so they can be closed when needed, flushes mains to keep "
                            "water quality, checks hydrants and renews a steady share of pipes each year, chosen "
                            "from burst records and criticality rather than from complaints alone. Water quality "
                            "sampling, at the plant and across the network, closes the loop: it shows whether the "
                            "water that left the plant safe is still safe at the tap.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "",
                            "text": "<p>In Paris, water production and distribution have been run by a public operator, Eau de Paris, since 2010. Whatever the management model, the city that owns the network must keep the knowledge to steer it.</p>",
                        },
                    ),
                    (
                        "exercise",
                        {
                            "title": "Read your own meter at night",
                            "instructions": "<p>Read a water meter late in the evening and again early in the morning when nobody has used water. If the reading changed, there is a leak after the meter. A district meter works the same way, at the scale of thousands of homes.</p>",
                            "duration_minutes": 10,
                        },
                    ),
                ],
            },
            "fr": {
                "title": "Exploiter un réseau d'eau potable",
                "summary": "Secteurs, pression, connaissance du patrimoine et maintenance planifiée.",
                "body": [
                    (
                        "text",
                        (
                            "<p>Un réseau d'eau potable est le plus grand patrimoine de la plupart des villes, et "
                            "il est en majeure partie enterré. Bien le gérer, c'est savoir où sont les "
                            "canalisations, dans quel état elles sont, comment l'eau y circule et ce qui se passe "
                            "quand quelque chose casse. L'objectif est simple à énoncer : une eau sûre, à une "
                            "pression suffisante, toute la journée, pour chaque abonné, à un coût supportable pour "
                            "les habitants et pour la ville.</p>"
                            "<h2>Connaître le réseau</h2>"
                            "<p>Tout commence par l'inventaire. Pour chaque conduite, l'exploitant devrait "
                            "connaître son tracé, son diamètre, son matériau, son âge et l'historique de ses "
                            "casses. Beaucoup de villes héritent de plans papier incomplets ; les transformer en "
                            "système d'information géographique, vérifié sur le terrain à chaque fois qu'une "
                            "tranchée est ouverte, est rentabilisé bien des fois. Sans inventaire, les réparations "
                            "prennent plus de temps, les branchements sont faits à l'aveugle et les budgets de "
                            "renouvellement sont dépensés dans les mauvaises rues.</p>"
                            "<h2>Le découper en secteurs</h2>"
                            "<p>Un grand réseau alimenté par de nombreux points, où chaque conduite est reliée à "
                            "toutes les autres, est difficile à comprendre. Le découper en secteurs de "
                            "comptage, chacun alimenté par une ou deux entrées équipées de compteurs, les vannes "
                            "de limite fermées, permet de mesurer ce qui entre dans chaque secteur et de le "
                            "comparer à ce qui est facturé aux abonnés. Le débit de nuit, mesuré quand presque "
                            "tout le monde dort, révèle les fuites : si un secteur de quelques milliers de "
                            "branchements consomme encore un fort débit à trois heures du matin, l'eau s'échappe "
                            "quelque part.</p>"
                            "<h2>Gérer la pression</h2>"
                            "<p>La pression doit être assez forte pour atteindre les étages et lutter contre "
                            "l'incendie, mais chaque mètre de pression supplémentaire augmente les fuites et les "
                            "casses. Des réducteurs de pression aux entrées de secteur, réglés pour baisser la "
                            "pression la nuit, sont l'un des moyens les moins chers de réduire les pertes et de "
                            "prolonger la vie des conduites. La distribution intermittente, où le réseau est "
                            "rempli et vidé chaque jour, est le pire des cas : elle abîme les conduites, laisse "
                            "entrer des eaux souterraines polluées quand la pression tombe et oblige les ménages à "
                            "stocker l'eau.</p>"
                            "<h2>Entretenir avant que ça casse</h2>"
                            "<p>La réparation curative, réparer ce qui casse, est inévitable mais coûteuse. Un "
                            "programme planifié manœuvre les vannes pour qu'elles puissent être fermées au besoin, "
                            "purge les conduites pour préserver la qualité de l'eau, contrôle les bouches "
                            "d'incendie et renouvelle chaque année une part régulière des canalisations, choisie "
                            "d'après l'historique des casses et la criticité plutôt que d'après les seules "
                            "plaintes. Les prélèvements de qualité, à l'usine et sur le réseau, bouclent la "
                            "boucle : ils montrent si l'eau sortie saine de l'usine l'est encore au robinet.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "info",
                            "title": "",
                            "text": "<p>À Paris, la production et la distribution de l'eau sont assurées par un opérateur public, Eau de Paris, depuis 2010. Quel que soit le mode de gestion, la ville propriétaire du réseau doit garder les compétences pour le piloter.</p>",
                        },
                    ),
                    (
                        "exercise",
                        {
                            "title": "Relever votre compteur la nuit",
                            "instructions": "<p>Relevez un compteur d'eau tard le soir, puis tôt le matin sans que personne n'ait utilisé d'eau. Si l'index a changé, il y a une fuite après le compteur. Un compteur de secteur fonctionne de la même façon, à l'échelle de milliers de logements.</p>",
                            "duration_minutes": 10,
                        },
                    ),
                ],
            },
        },
        {
            "slug": "non-revenue-water",
            "minutes": 25,
            "en": {
                "title": "Non-revenue water",
                "summary": "The water balance, physical and commercial losses, and how to reduce them.",
                "body": [
                    (
                        "text",
                        (
                            "<p>Non-revenue water is the difference between the volume a utility puts into its "
                            "network and the volume it bills. In many cities it is a third or more of production. "
                            "Every cubic metre lost has been abstracted, treated and pumped, so non-revenue water "
                            "wastes money, energy and scarce resources, and it usually means that some "
                            "neighbourhoods get less water than they should.</p>"
                            "<h2>Build the water balance</h2>"
                            "<p>The standard method, promoted by the International Water Association, splits the "
                            "volume put into the system into authorised consumption and losses. Authorised "
                            "consumption may be billed or unbilled, such as water for firefighting or for public "
                            "fountains. Losses are of two kinds. <b>Physical losses</b> are the water that "
                            "actually escapes: leaks and bursts on mains and service connections, and overflows "
                            "at reservoirs. <b>Commercial losses</b> are water that reaches a user but is not "
                            "paid for: illegal connections, meters that under-register, and errors in reading "
                            "and billing. The two need different remedies, so the first job is to estimate each "
                            "one, even roughly.</p>"
                            "<h2>Reduce physical losses</h2>"
                            "<p>Four actions work together: manage pressure, repair leaks quickly and well, "
                            "detect hidden leaks actively, and renew the worst pipes. Most leakage comes from "
                            "many small leaks on service connections that never show at the surface. Teams with "
                            "acoustic equipment, working district by district where night flows are highest, "
                            "find them. The time between a leak starting and being repaired matters as much as "
                            "the number of leaks: a utility that takes weeks to repair loses far more than one "
                            "that repairs in a day.</p>"
                            "<h2>Reduce commercial losses</h2>"
                            "<p>Meter every connection, replace meters before they slow down with age, read them "
                            "regularly and check the billing file against the network. Illegal connections are "
                            "often a sign that legal ones are too expensive or too slow to obtain; making "
                            "connection affordable, sometimes paid in instalments, turns illegal users into "
                            "customers.</p>"
                            "<h2>Organisation matters most</h2>"
                            "<p>Cutting losses is not a one-off project. It needs a team accountable for each "
                            "district, figures published every month, and staff who are paid and promoted for "
                            "results. It also needs firm management that resists pressure to tolerate unpaid "
                            "connections.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "From water losses to a reference utility",
                            "city": "Phnom Penh",
                            "year": 1993,
                            "situation": "<p>In the early 1990s the Phnom Penh Water Supply Authority lost most of the water it produced; supply was intermittent and many connections were illegal or unbilled.</p>",
                            "outcome": "<p>Over the following fifteen years the utility metered every connection, created district teams, fought illegal connections, made legal connection affordable and repaired leaks quickly. Its non-revenue water fell from more than 70% to under 10%, a result now cited worldwide.</p>",
                        },
                    ),
                    (
                        "key_figures",
                        {
                            "title": "Phnom Penh Water Supply Authority",
                            "figures": [
                                {"figure": "> 70%", "label": "non-revenue water in 1993"},
                                {"figure": "< 10%", "label": "non-revenue water in the late 2000s"},
                            ],
                            "source": "Published by the utility and by development banks.",
                        },
                    ),
                ],
            },
            "fr": {
                "title": "L'eau non facturée",
                "summary": "Le bilan hydraulique, les pertes physiques et commerciales, et comment les réduire.",
                "body": [
                    (
                        "text",
                        (
                            "<p>L'eau non facturée est la différence entre le volume qu'un exploitant introduit "
                            "dans son réseau et le volume qu'il facture. Dans beaucoup de villes, elle représente "
                            "un tiers de la production ou davantage. Chaque mètre cube perdu a été prélevé, "
                            "traité et pompé : l'eau non facturée gaspille de l'argent, de l'énergie et une "
                            "ressource rare, et signifie en général que certains quartiers reçoivent moins d'eau "
                            "qu'ils ne devraient.</p>"
                            "<h2>Établir le bilan hydraulique</h2>"
                            "<p>La méthode de référence, promue par l'Association internationale de l'eau, "
                            "répartit le volume introduit entre consommation autorisée et pertes. La "
                            "consommation autorisée peut être facturée ou non, comme l'eau de lutte contre "
                            "l'incendie ou des fontaines publiques. Les pertes sont de deux sortes. Les "
                            "<b>pertes physiques</b> sont l'eau qui s'échappe réellement : fuites et casses sur "
                            "les conduites et les branchements, débordements des réservoirs. Les <b>pertes "
                            "commerciales</b> sont l'eau qui atteint un usager sans être payée : branchements "
                            "illicites, compteurs qui sous-comptent, erreurs de relève et de facturation. Les "
                            "remèdes diffèrent ; le premier travail est donc d'estimer chacune, même "
                            "grossièrement.</p>"
                            "<h2>Réduire les pertes physiques</h2>"
                            "<p>Quatre actions vont ensemble : gérer la pression, réparer les fuites vite et bien, "
                            "rechercher activement les fuites invisibles, et renouveler les pires conduites. "
                            "L'essentiel des fuites vient de nombreuses petites fuites sur les branchements, qui "
                            "n'apparaissent jamais en surface. Des équipes munies de matériel acoustique, "
                            "travaillant secteur par secteur là où les débits de nuit sont les plus élevés, les "
                            "trouvent. Le délai entre l'apparition d'une fuite et sa réparation compte autant que "
                            "le nombre de fuites : un exploitant qui met des semaines à réparer perd bien plus "
                            "qu'un exploitant qui répare dans la journée.</p>"
                            "<h2>Réduire les pertes commerciales</h2>"
                            "<p>Équipez chaque branchement d'un compteur, remplacez les compteurs avant qu'ils ne "
                            "ralentissent avec l'âge, relevez-les régulièrement et comparez le fichier de "
                            "facturation au réseau. Les branchements illicites sont souvent le signe que les "
                            "branchements légaux sont trop chers ou trop longs à obtenir ; rendre le branchement "
                            "abordable, parfois payable en plusieurs fois, transforme les fraudeurs en "
                            "abonnés.</p>"
                            "<h2>L'organisation compte le plus</h2>"
                            "<p>Réduire les pertes n'est pas un projet ponctuel. Il faut une équipe responsable "
                            "de chaque secteur, des chiffres publiés chaque mois, et des agents payés et promus "
                            "selon les résultats. Il faut aussi une direction ferme qui résiste aux pressions "
                            "pour tolérer les branchements impayés.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Des pertes massives à une régie de référence",
                            "city": "Phnom Penh",
                            "year": 1993,
                            "situation": "<p>Au début des années 1990, la régie des eaux de Phnom Penh perdait la plus grande partie de l'eau qu'elle produisait ; la distribution était intermittente et beaucoup de branchements étaient illicites ou non facturés.</p>",
                            "outcome": "<p>En une quinzaine d'années, la régie a équipé chaque branchement d'un compteur, créé des équipes par secteur, lutté contre les branchements illicites, rendu le branchement légal abordable et réparé vite les fuites. Son eau non facturée est passée de plus de 70 % à moins de 10 %, un résultat cité dans le monde entier.</p>",
                        },
                    ),
                    (
                        "key_figures",
                        {
                            "title": "Régie des eaux de Phnom Penh",
                            "figures": [
                                {"figure": "> 70 %", "label": "d'eau non facturée en 1993"},
                                {
                                    "figure": "< 10 %",
                                    "label": "d'eau non facturée à la fin des années 2000",
                                },
                            ],
                            "source": "Publié par la régie et par les banques de développement.",
                        },
                    ),
                ],
            },
        },
        {
            "slug": "sanitation-services",
            "minutes": 25,
            "en": {
                "title": "Sanitation services, from toilet to treatment",
                "summary": "Sewers, on-site sanitation, faecal sludge and stormwater.",
                "body": [
                    (
                        "text",
                        (
                            "<p>Sanitation is a chain: a toilet, a way of containing the waste, a way of taking it "
                            "away, treatment, and safe disposal or reuse. A city is only as well served as the "
                            "weakest link. Building toilets without organising the emptying of pits, or laying "
                            "sewers that end in a river without treatment, moves the problem rather than solving "
                            "it.</p>"
                            "<h2>Sewered and non-sewered sanitation</h2>"
                            "<p>Sewers carry wastewater from each building to a treatment plant. They give the "
                            "best service in dense areas but are expensive to build and need enough water to "
                            "flow. Paris has one of the oldest large sewer networks in the world, around 2,600 "
                            "kilometres of galleries, most of them large enough to walk in, which makes inspection "
                            "and repair easier. In many growing cities, however, most households use on-site "
                            "systems: pit latrines and septic tanks. These are legitimate long-term solutions if "
                            "they are well built and regularly emptied.</p>"
                            "<h2>Managing faecal sludge</h2>"
                            "<p>Septic tanks and pits fill up. If emptying is expensive or unregulated, they are "
                            "emptied by hand in unsafe conditions or discharged into drains. A city can organise "
                            "the service: license emptying operators, set tariffs, schedule emptying every few "
                            "years instead of waiting for overflows, and provide treatment sites close enough "
                            "that trucks do not dump their load on the way. Scheduled emptying, paid through a "
                            "small regular charge, often costs households less than emergency emptying.</p>"
                            "<h2>Treatment</h2>"
                            "<p>Treatment removes solids, organic matter and, where the receiving water is "
                            "sensitive, nutrients. Simple processes such as stabilisation ponds work well where "
                            "land is available; compact plants are needed in dense areas. The plant must be "
                            "designed for the load it will really receive and the skills available to run it. "
                            "Sludge from treatment can be dried and used in agriculture if it meets quality "
                            "standards.</p>"
                            "<h2>Stormwater</h2>"
                            "<p>In combined systems, like much of Paris, rain and wastewater share the same "
                            "pipes; heavy storms cause overflows to the river. Separate systems avoid this but "
                            "cost more. Everywhere, sealing more ground increases runoff: keeping rain where it "
                            "falls, with permeable surfaces, planted areas and storage, reduces flooding and "
                            "pollution.</p>"
                            "<h2>Who pays</h2>"
                            "<p>Sanitation protects everyone's health, not only the household that is "
                            "connected, so it justifies public funding. Tariffs should at least cover operation "
                            "and maintenance, with help for the poorest to connect or to empty their pits.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "The weakest link",
                            "text": "<p>Count a household as safely served only when its waste is contained, emptied, transported and treated. A toilet alone is not a sanitation service.</p>",
                        },
                    ),
                    (
                        "exercise",
                        {
                            "title": "Trace the chain",
                            "instructions": "<p>Pick a neighbourhood in your city. For each link of the chain (toilet, containment, emptying or sewer, transport, treatment, disposal), write who is responsible, who pays and what happens in practice. Where does the chain break?</p>",
                            "duration_minutes": 45,
                        },
                    ),
                ],
            },
            "fr": {
                "title": "L'assainissement, des toilettes au traitement",
                "summary": "Égouts, assainissement autonome, boues de vidange et eaux pluviales.",
                "body": [
                    (
                        "text",
                        (
                            "<p>L'assainissement est une chaîne : des toilettes, un moyen de contenir les "
                            "déchets, un moyen de les évacuer, un traitement, et une élimination ou une "
                            "réutilisation sans danger. Une ville n'est pas mieux servie que son maillon le plus "
                            "faible. Construire des toilettes sans organiser la vidange des fosses, ou poser des "
                            "égouts qui se jettent dans une rivière sans traitement, déplace le problème au lieu "
                            "de le résoudre.</p>"
                            "<h2>Assainissement collectif et non collectif</h2>"
                            "<p>Les égouts transportent les eaux usées de chaque bâtiment jusqu'à une station "
                            "d'épuration. Ils offrent le meilleur service dans les zones denses mais sont chers à "
                            "construire et demandent assez d'eau pour s'écouler. Paris possède l'un des plus "
                            "anciens grands réseaux d'égouts du monde, environ 2 600 kilomètres de galeries, pour "
                            "la plupart visitables, ce qui facilite l'inspection et les réparations. Dans "
                            "beaucoup de villes en croissance, cependant, la majorité des ménages utilisent des "
                            "systèmes autonomes : latrines à fosse et fosses septiques. Ce sont des solutions "
                            "durables légitimes si elles sont bien construites et vidangées régulièrement.</p>"
                            "<h2>Gérer les boues de vidange</h2>"
                            "<p>Les fosses se remplissent. Si la vidange est chère ou non réglementée, elles sont "
                            "vidées à la main dans des conditions dangereuses ou déversées dans les caniveaux. "
                            "Une ville peut organiser le service : agréer les vidangeurs, fixer les tarifs, "
                            "programmer la vidange tous les quelques ans au lieu d'attendre les débordements, et "
                            "offrir des sites de traitement assez proches pour que les camions ne déversent pas "
                            "leur charge en route. La vidange programmée, payée par une petite redevance "
                            "régulière, coûte souvent moins cher aux ménages que la vidange d'urgence.</p>"
                            "<h2>Le traitement</h2>"
                            "<p>Le traitement enlève les matières solides, la matière organique et, quand le "
                            "milieu récepteur est sensible, les nutriments. Des procédés simples comme le "
                            "lagunage fonctionnent bien là où il y a de la place ; des stations compactes sont "
                            "nécessaires dans les zones denses. La station doit être conçue pour la charge "
                            "qu'elle recevra vraiment et pour les compétences disponibles pour l'exploiter. Les "
                            "boues de traitement peuvent être séchées et utilisées en agriculture si elles "
                            "respectent les normes de qualité.</p>"
                            "<h2>Les eaux pluviales</h2>"
                            "<p>Dans les réseaux unitaires, comme une grande partie de celui de Paris, la pluie "
                            "et les eaux usées partagent les mêmes tuyaux ; les gros orages provoquent des "
                            "déversements en rivière. Les réseaux séparatifs l'évitent mais coûtent plus cher. "
                            "Partout, imperméabiliser davantage les sols augmente le ruissellement : garder la "
                            "pluie là où elle tombe, avec des surfaces perméables, des espaces plantés et du "
                            "stockage, réduit les inondations et la pollution.</p>"
                            "<h2>Qui paie</h2>"
                            "<p>L'assainissement protège la santé de tous, pas seulement celle du ménage "
                            "raccordé ; il justifie donc un financement public. Les tarifs devraient au moins "
                            "couvrir l'exploitation et l'entretien, avec une aide aux plus pauvres pour se "
                            "raccorder ou vidanger leur fosse.</p>"
                        ),
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "Le maillon le plus faible",
                            "text": "<p>Ne comptez un ménage comme desservi en toute sécurité que si ses déchets sont contenus, vidangés, transportés et traités. Des toilettes seules ne sont pas un service d'assainissement.</p>",
                        },
                    ),
                    (
                        "exercise",
                        {
                            "title": "Suivre la chaîne",
                            "instructions": "<p>Choisissez un quartier de votre ville. Pour chaque maillon de la chaîne (toilettes, stockage, vidange ou égout, transport, traitement, élimination), notez qui est responsable, qui paie et ce qui se passe en pratique. Où la chaîne se rompt-elle ?</p>",
                            "duration_minutes": 45,
                        },
                    ),
                ],
            },
        },
    ],
    "questions": [
        {
            "kind": "single",
            "correct": [1],
            "en": {
                "text": "Why divide a water network into district metered areas?",
                "choices": [
                    "To charge different tariffs in each district",
                    "To measure what enters each district and locate losses",
                    "To avoid having to keep pipe records",
                ],
                "explanation": "Metered districts let the operator compare inflow with billed consumption and use night flows to find leaks.",
            },
            "fr": {
                "text": "Pourquoi découper un réseau d'eau en secteurs de comptage ?",
                "choices": [
                    "Pour appliquer des tarifs différents dans chaque secteur",
                    "Pour mesurer ce qui entre dans chaque secteur et localiser les pertes",
                    "Pour ne plus avoir à tenir l'inventaire des conduites",
                ],
                "explanation": "Les secteurs de comptage permettent de comparer le volume entrant à la consommation facturée et d'utiliser le débit de nuit pour trouver les fuites.",
            },
        },
        {
            "kind": "single",
            "correct": [0],
            "en": {
                "text": "What does lowering network pressure at night usually do?",
                "choices": [
                    "It reduces leakage and bursts",
                    "It increases leakage",
                    "It has no effect on losses",
                ],
                "explanation": "Leakage and burst frequency grow with pressure; lowering it when demand is low is one of the cheapest ways to cut losses.",
            },
            "fr": {
                "text": "Que produit en général la baisse de la pression du réseau la nuit ?",
                "choices": [
                    "Elle réduit les fuites et les casses",
                    "Elle augmente les fuites",
                    "Elle n'a pas d'effet sur les pertes",
                ],
                "explanation": "Les fuites et la fréquence des casses augmentent avec la pression ; la baisser quand la demande est faible est l'un des moyens les moins chers de réduire les pertes.",
            },
        },
        {
            "kind": "multiple",
            "correct": [0, 2],
            "en": {
                "text": "Which are commercial (not physical) losses?",
                "choices": ["Illegal connections", "A burst main", "Meters that under-register"],
                "explanation": "Commercial losses reach a user without being paid for. A burst main is a physical loss: the water actually escapes.",
            },
            "fr": {
                "text": "Lesquelles sont des pertes commerciales (et non physiques) ?",
                "choices": [
                    "Les branchements illicites",
                    "Une casse sur une conduite principale",
                    "Les compteurs qui sous-comptent",
                ],
                "explanation": "Les pertes commerciales atteignent un usager sans être payées. Une casse est une perte physique : l'eau s'échappe réellement.",
            },
        },
        {
            "kind": "single",
            "correct": [2],
            "en": {
                "text": "When is a household counted as safely served by sanitation?",
                "choices": [
                    "When it has a toilet",
                    "When it is connected to any drain",
                    "When its waste is contained, emptied or carried away, and treated",
                ],
                "explanation": "Sanitation is a chain; a household is safely served only when every link, up to treatment, works.",
            },
            "fr": {
                "text": "Quand un ménage est-il compté comme desservi en toute sécurité par l'assainissement ?",
                "choices": [
                    "Quand il a des toilettes",
                    "Quand il est raccordé à n'importe quel caniveau",
                    "Quand ses déchets sont contenus, vidangés ou évacués, et traités",
                ],
                "explanation": "L'assainissement est une chaîne ; un ménage n'est desservi en sécurité que si chaque maillon, jusqu'au traitement, fonctionne.",
            },
        },
        {
            "kind": "single",
            "correct": [1],
            "en": {
                "text": "What helped the Phnom Penh Water Supply Authority turn illegal users into customers?",
                "choices": [
                    "Cutting off whole districts",
                    "Making legal connection affordable, including payment in instalments",
                    "Raising tariffs for everyone",
                ],
                "explanation": "Illegal connections often signal that legal ones are too expensive or slow; affordable connection brings users into the billing system.",
            },
            "fr": {
                "text": "Qu'est-ce qui a aidé la régie des eaux de Phnom Penh à transformer les fraudeurs en abonnés ?",
                "choices": [
                    "Couper des quartiers entiers",
                    "Rendre le branchement légal abordable, y compris en plusieurs paiements",
                    "Augmenter les tarifs pour tous",
                ],
                "explanation": "Les branchements illicites signalent souvent que les branchements légaux sont trop chers ou trop lents ; un branchement abordable fait entrer les usagers dans la facturation.",
            },
        },
    ],
}
