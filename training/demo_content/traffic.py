MODULE = {
    "slug": "traffic-management",
    "domain": "traffic-mobility",
    "level": "introductory",
    "duration_hours": 12,
    "trainers": ["expert@passerelle.demo"],
    "languages": ["en", "fr"],
    "pass_mark": 60,
    "max_attempts": 3,
    "en": {
        "title": "Traffic management in a growing city",
        "summary": (
            "How a city keeps people and goods moving: timing traffic signals, designing "
            "junctions, enforcing the rules and giving buses the priority they need. Built on "
            "the Paris–Phnom Penh cooperation on traffic flows in the city centre."
        ),
        "objectives": (
            "<ul><li>Explain how a signal plan shares time between the movements at a junction.</li>"
            "<li>Read a junction's layout and spot the conflicts that cause delay and crashes.</li>"
            "<li>Plan enforcement that changes behaviour rather than only punishing it.</li>"
            "<li>Choose public transport priority measures that fit a street.</li></ul>"
        ),
    },
    "fr": {
        "title": "Gérer la circulation dans une ville qui grandit",
        "summary": (
            "Comment une ville fait circuler les personnes et les marchandises : régler les feux, "
            "concevoir les carrefours, faire respecter les règles et donner aux bus la priorité "
            "dont ils ont besoin. Inspiré de la coopération Paris–Phnom Penh sur les flux de "
            "circulation du centre-ville."
        ),
        "objectives": (
            "<ul><li>Expliquer comment un plan de feux partage le temps entre les mouvements d'un carrefour.</li>"
            "<li>Lire le plan d'un carrefour et repérer les conflits qui causent retards et accidents.</li>"
            "<li>Organiser un contrôle qui change les comportements au lieu de seulement sanctionner.</li>"
            "<li>Choisir les mesures de priorité aux transports publics adaptées à une rue.</li></ul>"
        ),
    },
    "lessons": [
        {
            "slug": "traffic-signals",
            "minutes": 20,
            "en": {
                "title": "Traffic signals: sharing time at a junction",
                "summary": "Phases, cycles, green splits and why a signal plan must follow the flows.",
                "body": [
                    (
                        "text",
                        (
                            "<p>A signalised junction is a place where several streams of traffic want the same "
                            "piece of road. Signals do not create capacity: they share the time during which that "
                            "piece of road can be used. Everything in signal planning follows from this idea. If a "
                            "movement receives more green time than its flow needs, other movements wait for "
                            "nothing; if it receives less, its queue grows from one cycle to the next until it "
                            "blocks the junction upstream.</p>"
                            "<h2>Phases and cycles</h2>"
                            "<p>A <b>phase</b> is a set of movements that may go at the same time without "
                            "conflicting, for example the two opposite through movements of a main road. The "
                            "<b>cycle</b> is the time it takes for the sequence of phases to come back to its "
                            "start. Between two phases come the amber and the all-red interval: they let the last "
                            "vehicles clear the junction before the next stream starts. Those seconds are lost to "
                            "everyone, so every extra phase costs capacity. A junction with two phases is almost "
                            "always more efficient than one with four, and the first question to ask of a "
                            "congested junction is whether a phase could be removed, for instance by banning a "
                            "left turn that few people make.</p>"
                            "<h2>Sharing the green</h2>"
                            "<p>Within a cycle, green time is shared in proportion to the critical flow of each "
                            "phase, that is the busiest lane of the phase compared with what that lane can "
                            "discharge. A lane discharges roughly one vehicle every two seconds once the queue is "
                            "moving, so a lane that receives twenty seconds of green serves about ten vehicles per "
                            "cycle. Counting the traffic is therefore the first step of any retiming: plans drawn "
                            "from memory or copied from another junction nearly always give too much time to the "
                            "main road and too little to the side streets.</p>"
                            "<p>Longer cycles serve more vehicles per hour because the lost time is a smaller share "
                            "of the cycle, but everyone waits longer, and pedestrians start crossing on red when "
                            "the wait becomes unreasonable. Most city-centre junctions work well with cycles "
                            "between sixty and ninety seconds.</p>"
                            "<h2>Pedestrians are traffic too</h2>"
                            "<p>Each pedestrian green must last long enough for a slow walker to cross the whole "
                            "road. Designers commonly assume a walking speed of about one metre per second for "
                            "the clearance time, less near schools, hospitals and markets. A refuge island in the "
                            "middle of a wide road halves the distance and lets the crossing be split in two.</p>"
                            "<h2>Coordination</h2>"
                            "<p>On a corridor with junctions a few hundred metres apart, the signals should share "
                            "one cycle length and be offset so that a platoon released by one junction arrives at "
                            'the next on green. This is the "green wave". It only works in the direction and at '
                            "the speed it was designed for, so it must be set for the speed the city wants, not "
                            "the speed drivers would like.</p>"
                        ),
                    ),
                    (
                        "key_figures",
                        {
                            "title": "Orders of magnitude",
                            "figures": [
                                {
                                    "figure": "≈ 2 s",
                                    "label": "between vehicles leaving a moving queue, per lane",
                                },
                                {
                                    "figure": "60–90 s",
                                    "label": "usual cycle length for a city-centre junction",
                                },
                                {
                                    "figure": "≈ 1 m/s",
                                    "label": "walking speed often assumed for pedestrian clearance",
                                },
                            ],
                            "source": "Common design values; check your national guidance.",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "",
                            "text": "<p>Before changing a plan, watch the junction for a full peak hour. Note which queue is still there when its green ends: that movement is short of time.</p>",
                        },
                    ),
                    (
                        "exercise",
                        {
                            "title": "Count one approach",
                            "instructions": "<ol><li>Choose a signalised junction you know.</li><li>For three cycles, count the vehicles that cross on one approach during the green.</li><li>Divide by the green time: do you find about one vehicle every two seconds per lane? If far fewer cross, what is blocking them?</li></ol>",
                            "duration_minutes": 30,
                        },
                    ),
                ],
            },
            "fr": {
                "title": "Les feux : partager le temps au carrefour",
                "summary": "Phases, cycles, répartition du vert, et pourquoi un plan de feux doit suivre les flux.",
                "body": [
                    (
                        "text",
                        (
                            "<p>Un carrefour à feux est un endroit où plusieurs courants de circulation veulent "
                            "utiliser le même morceau de chaussée. Les feux ne créent pas de capacité : ils "
                            "partagent le temps pendant lequel ce morceau de chaussée peut être utilisé. Tout le "
                            "réglage des feux découle de cette idée. Si un mouvement reçoit plus de vert que son "
                            "débit n'en demande, les autres attendent pour rien ; s'il en reçoit moins, sa file "
                            "s'allonge d'un cycle à l'autre jusqu'à bloquer le carrefour précédent.</p>"
                            "<h2>Phases et cycles</h2>"
                            "<p>Une <b>phase</b> est un ensemble de mouvements qui peuvent passer en même temps "
                            "sans conflit, par exemple les deux mouvements tout droit opposés d'un axe principal. "
                            "Le <b>cycle</b> est le temps nécessaire pour que la séquence des phases revienne à son "
                            "début. Entre deux phases viennent le jaune et le rouge intégral : ils laissent les "
                            "derniers véhicules dégager le carrefour avant que le courant suivant ne démarre. Ces "
                            "secondes sont perdues pour tout le monde ; chaque phase supplémentaire coûte donc de "
                            "la capacité. Un carrefour à deux phases est presque toujours plus efficace qu'un "
                            "carrefour à quatre, et la première question à poser face à un carrefour saturé est de "
                            "savoir si une phase peut être supprimée, par exemple en interdisant un tourne-à-gauche "
                            "peu utilisé.</p>"
                            "<h2>Répartir le vert</h2>"
                            "<p>Dans un cycle, le vert est réparti en proportion du débit critique de chaque "
                            "phase, c'est-à-dire la voie la plus chargée de la phase rapportée à ce que cette voie "
                            "peut écouler. Une voie écoule environ un véhicule toutes les deux secondes une fois la "
                            "file en mouvement : une voie qui reçoit vingt secondes de vert sert donc une dizaine de "
                            "véhicules par cycle. Compter le trafic est la première étape de tout réglage : les "
                            "plans établis de mémoire ou copiés d'un autre carrefour donnent presque toujours trop "
                            "de temps à l'axe principal et trop peu aux rues secondaires.</p>"
                            "<p>Des cycles plus longs servent plus de véhicules par heure, car le temps perdu pèse "
                            "moins dans le cycle, mais chacun attend plus longtemps, et les piétons traversent au "
                            "rouge quand l'attente devient déraisonnable. La plupart des carrefours de centre-ville "
                            "fonctionnent bien avec des cycles de soixante à quatre-vingt-dix secondes.</p>"
                            "<h2>Les piétons font partie du trafic</h2>"
                            "<p>Chaque vert piéton doit durer assez longtemps pour qu'un marcheur lent traverse "
                            "toute la chaussée. On retient souvent une vitesse de marche d'environ un mètre par "
                            "seconde pour le temps de dégagement, moins près des écoles, des hôpitaux et des "
                            "marchés. Un îlot refuge au milieu d'une large avenue divise la distance par deux et "
                            "permet de traverser en deux temps.</p>"
                            "<h2>La coordination</h2>"
                            "<p>Sur un axe dont les carrefours sont distants de quelques centaines de mètres, les "
                            "feux doivent partager la même durée de cycle et être décalés pour qu'un peloton libéré "
                            "par un carrefour arrive au suivant au vert. C'est l'« onde verte ». Elle ne fonctionne "
                            "que dans le sens et à la vitesse pour lesquels elle a été calculée : il faut donc la "
                            "régler sur la vitesse que la ville souhaite, pas sur celle que les conducteurs "
                            "voudraient.</p>"
                        ),
                    ),
                    (
                        "key_figures",
                        {
                            "title": "Ordres de grandeur",
                            "figures": [
                                {
                                    "figure": "≈ 2 s",
                                    "label": "entre deux véhicules quittant une file en mouvement, par voie",
                                },
                                {
                                    "figure": "60–90 s",
                                    "label": "durée de cycle usuelle d'un carrefour de centre-ville",
                                },
                                {
                                    "figure": "≈ 1 m/s",
                                    "label": "vitesse de marche souvent retenue pour le dégagement piéton",
                                },
                            ],
                            "source": "Valeurs de conception courantes ; vérifiez les règles de votre pays.",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "tip",
                            "title": "",
                            "text": "<p>Avant de modifier un plan, observez le carrefour pendant toute une heure de pointe. Notez quelle file est encore là quand son vert se termine : ce mouvement manque de temps.</p>",
                        },
                    ),
                    (
                        "exercise",
                        {
                            "title": "Compter une branche",
                            "instructions": "<ol><li>Choisissez un carrefour à feux que vous connaissez.</li><li>Pendant trois cycles, comptez les véhicules qui passent sur une branche pendant le vert.</li><li>Divisez par la durée du vert : trouvez-vous environ un véhicule toutes les deux secondes par voie ? S'il en passe beaucoup moins, qu'est-ce qui les bloque ?</li></ol>",
                            "duration_minutes": 30,
                        },
                    ),
                ],
            },
        },
        {
            "slug": "junction-design",
            "minutes": 20,
            "en": {
                "title": "Junction design: geometry before signals",
                "summary": "Conflict points, lane allocation, turning radii and space for people on foot.",
                "body": [
                    (
                        "text",
                        (
                            "<p>Many junctions that seem to need new signals actually need a new layout. Signals "
                            "can only share the time of a junction; its geometry decides how much can pass, how "
                            "fast, and how safely. Before any retiming, draw the junction to scale and walk "
                            "through it as a driver, a motorcyclist, a cyclist and a pedestrian.</p>"
                            "<h2>Count the conflict points</h2>"
                            "<p>Wherever two paths cross, merge or diverge there is a conflict point. A simple "
                            "crossroads of two two-way streets has thirty-two of them, sixteen of which are "
                            "crossings, the most dangerous kind. Every measure that removes conflicts improves "
                            "safety: turning a two-way street into a one-way pair, banning a left turn, or "
                            "channelling movements with islands. Roundabouts replace crossings by merges and "
                            "diverges at low speed, which is why they reduce serious crashes, but they need space "
                            "and work poorly when one flow is much heavier than the others.</p>"
                            "<h2>Give each lane one job</h2>"
                            "<p>Drivers hesitate when a lane can be used for several movements, and one vehicle "
                            "waiting to turn across traffic stops everyone behind it. Marking a short turning "
                            "pocket, even one or two vehicles long, often adds more capacity than a change of "
                            "signal plan. The number of lanes at the stop line should match the number of lanes "
                            "that can leave the junction: widening the entry while the exit stays narrow only "
                            "moves the queue into the middle of the junction.</p>"
                            "<h2>Keep speeds low where people cross</h2>"
                            "<p>Large corner radii let vehicles turn fast and lengthen pedestrian crossings. "
                            "Tight corners, kerb extensions and raised crossings slow turning traffic to a speed "
                            "at which a driver can stop, and shorten the time pedestrians spend on the road, "
                            "which in turn shortens the pedestrian phase. Crossings belong on the desire lines "
                            "people actually follow; a crossing placed fifty metres away from where people want "
                            "to walk will not be used.</p>"
                            "<h2>Design for motorcycles and informal traffic</h2>"
                            "<p>In many Asian and Latin American cities, motorcycles are the majority of "
                            "vehicles. They fill every gap, start faster than cars and gather in front of the "
                            "stop line. An advanced stop area for two-wheelers, clear lane markings and a short "
                            "all-red interval help them clear the junction before crossing traffic starts. "
                            "Parking, street vending and taxis stopping at corners take road space that the "
                            "design assumed was free: managing the kerb is part of junction design.</p>"
                            "<p>Test the new layout with temporary materials such as paint, cones and planters "
                            "for a few weeks before building it in concrete. It is cheaper to move a cone than a "
                            "kerb, and residents can see and comment on the change.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Traffic flows in the city centre",
                            "city": "Phnom Penh",
                            "year": 2006,
                            "situation": "<p>Phnom Penh's population, economy and urban area were growing fast, and traffic in the city centre, largely motorcycles, was mixing with street life on the same road space.</p>",
                            "outcome": "<p>The 2005–2006 cooperation project with the City of Paris, supported by the French Ministry for Foreign Affairs, gave Phnom Penh City Hall tools and trained staff to manage traffic flows in the city centre, combining training with work on the ground.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "",
                            "text": "<p>Adding a lane at a saturated junction usually attracts more traffic within a few years. Use space to organise movements and protect people, not only to add capacity.</p>",
                        },
                    ),
                ],
            },
            "fr": {
                "title": "Concevoir les carrefours : la géométrie avant les feux",
                "summary": "Points de conflit, affectation des voies, rayons de giration et place des piétons.",
                "body": [
                    (
                        "text",
                        (
                            "<p>Beaucoup de carrefours qui semblent réclamer de nouveaux feux ont en réalité besoin "
                            "d'un nouvel aménagement. Les feux ne peuvent que partager le temps d'un carrefour ; sa "
                            "géométrie décide de ce qui peut passer, à quelle vitesse et avec quelle sécurité. Avant "
                            "tout réglage, dessinez le carrefour à l'échelle et parcourez-le comme le ferait un "
                            "automobiliste, un motocycliste, un cycliste et un piéton.</p>"
                            "<h2>Compter les points de conflit</h2>"
                            "<p>Partout où deux trajectoires se croisent, convergent ou divergent, il y a un point "
                            "de conflit. Un simple carrefour de deux rues à double sens en compte trente-deux, dont "
                            "seize cisaillements, les plus dangereux. Toute mesure qui supprime des conflits "
                            "améliore la sécurité : transformer une rue à double sens en paire de sens uniques, "
                            "interdire un tourne-à-gauche, canaliser les mouvements par des îlots. Les giratoires "
                            "remplacent les cisaillements par des insertions et des sorties à faible vitesse, ce "
                            "qui explique qu'ils réduisent les accidents graves, mais ils demandent de la place et "
                            "fonctionnent mal quand un flux est beaucoup plus chargé que les autres.</p>"
                            "<h2>Une voie, une fonction</h2>"
                            "<p>Les conducteurs hésitent quand une voie sert à plusieurs mouvements, et un seul "
                            "véhicule qui attend pour tourner à travers le flux opposé arrête tous ceux qui le "
                            "suivent. Marquer une courte voie de stockage, même d'un ou deux véhicules, ajoute "
                            "souvent plus de capacité qu'un changement de plan de feux. Le nombre de voies à la "
                            "ligne d'arrêt doit correspondre au nombre de voies qui peuvent quitter le carrefour : "
                            "élargir l'entrée quand la sortie reste étroite ne fait que déplacer la file au milieu "
                            "du carrefour.</p>"
                            "<h2>Des vitesses basses là où l'on traverse</h2>"
                            "<p>De grands rayons de courbure permettent de tourner vite et allongent les traversées "
                            "piétonnes. Des angles serrés, des avancées de trottoir et des plateaux ralentissent "
                            "les véhicules qui tournent jusqu'à une vitesse où le conducteur peut s'arrêter, et "
                            "raccourcissent le temps passé par les piétons sur la chaussée, donc la phase piétonne. "
                            "Les passages piétons doivent se trouver sur les lignes de désir que les gens suivent "
                            "vraiment ; un passage placé à cinquante mètres de l'endroit où l'on veut marcher ne "
                            "sera pas utilisé.</p>"
                            "<h2>Concevoir pour les deux-roues et le trafic informel</h2>"
                            "<p>Dans beaucoup de villes d'Asie et d'Amérique latine, les deux-roues motorisés sont "
                            "majoritaires. Ils occupent chaque espace libre, démarrent plus vite que les voitures "
                            "et se regroupent devant la ligne d'arrêt. Un sas pour deux-roues, un marquage clair "
                            "des voies et un court rouge intégral les aident à dégager le carrefour avant que le "
                            "flux transversal ne démarre. Le stationnement, la vente de rue et les taxis arrêtés "
                            "aux angles prennent une place que le projet supposait libre : gérer la bordure de "
                            "trottoir fait partie de la conception du carrefour.</p>"
                            "<p>Testez le nouvel aménagement avec des matériaux provisoires, peinture, cônes, "
                            "jardinières, pendant quelques semaines avant de le construire en dur. Il coûte moins "
                            "cher de déplacer un cône qu'une bordure, et les riverains peuvent voir le changement "
                            "et donner leur avis.</p>"
                        ),
                    ),
                    (
                        "case_study",
                        {
                            "title": "Les flux de circulation du centre-ville",
                            "city": "Phnom Penh",
                            "year": 2006,
                            "situation": "<p>La population, l'économie et la surface urbaine de Phnom Penh croissaient rapidement, et la circulation du centre-ville, composée en grande partie de deux-roues, se mêlait à la vie de la rue sur le même espace.</p>",
                            "outcome": "<p>Le projet de coopération mené en 2005-2006 avec la Ville de Paris, soutenu par le ministère français des Affaires étrangères, a donné à la mairie de Phnom Penh les outils et le personnel formé pour gérer les flux de circulation du centre-ville, en associant formation et actions de terrain.</p>",
                        },
                    ),
                    (
                        "callout",
                        {
                            "kind": "warning",
                            "title": "",
                            "text": "<p>Ajouter une voie à un carrefour saturé attire en général plus de trafic en quelques années. Utilisez l'espace pour organiser les mouvements et protéger les personnes, pas seulement pour ajouter de la capacité.</p>",
                        },
                    ),
                ],
            },
        },
        {
            "slug": "enforcement-and-bus-priority",
            "minutes": 25,
            "en": {
                "title": "Enforcement and public transport priority",
                "summary": "Making rules respected, and moving buses through congestion.",
                "body": [
                    (
                        "text",
                        (
                            "<p>A well-timed junction still fails if drivers block it, park in the turning lane or "
                            "ignore the red. Enforcement is what turns a design into a working street. Its goal is "
                            "not the number of fines but the share of road users who follow the rules without "
                            "being watched.</p>"
                            "<h2>Choose a few rules and enforce them consistently</h2>"
                            "<p>People change behaviour when they believe they are likely to be caught, more than "
                            "when penalties are heavy. A city gets better results by choosing a small number of "
                            "rules that matter most for flow and safety, such as not blocking junctions, not "
                            "parking in bus lanes and respecting red lights, and enforcing them every day at the "
                            "same places, than by occasional large operations. Announce the campaign in advance, "
                            "explain why the rule exists, and publish the results.</p>"
                            "<h2>Design that enforces itself</h2>"
                            "<p>The cheapest enforcement is physical. Bollards keep cars off pavements, a "
                            "kerb-separated bus lane needs no officer, and raised crossings slow vehicles without "
                            "cameras. Where the design cannot do the work, automatic cameras for red lights and "
                            "bus lanes give consistent enforcement, but only if the chain behind them works: "
                            "vehicle registration must be reliable, notices must reach owners, and fines must be "
                            "collected. Without that chain cameras quickly lose their credibility.</p>"
                            "<h2>Why give priority to buses</h2>"
                            "<p>A bus carrying fifty people takes the road space of two or three cars. When buses "
                            "are stuck in the same queues as cars, they become slow and irregular, passengers "
                            "leave for motorcycles or cars, and congestion grows. Priority measures break this "
                            "circle by making public transport faster and, above all, more reliable.</p>"
                            "<h2>The toolbox</h2>"
                            "<ul><li><b>Bus lanes</b> on the approaches to congested junctions, where buses lose "
                            "the most time. A lane of a few hundred metres before a junction can save several "
                            "minutes at peak hour.</li>"
                            "<li><b>Signal priority</b>: the signal controller extends a green or brings it "
                            "forward when a bus is detected, within limits that keep the other movements "
                            "served.</li>"
                            "<li><b>Queue jump</b>: a short bus lane and an early bus-only green let the bus "
                            "leave ahead of the general traffic.</li>"
                            "<li><b>Stops</b> placed after the junction rather than before it, so that buses do "
                            "not stop twice, and boarding platforms at the level of the bus floor to make boarding "
                            "faster.</li></ul>"
                            "<p>Each measure must be monitored: measure bus journey times and their spread before "
                            "and after, and check that bus lanes stay free. A bus lane filled with parked cars is "
                            "worse than no bus lane, because it teaches everyone that the rules do not count.</p>"
                        ),
                    ),
                    (
                        "key_figures",
                        {
                            "title": "Road space per person",
                            "figures": [
                                {
                                    "figure": "1 bus",
                                    "label": "can carry the occupants of dozens of cars",
                                },
                                {
                                    "figure": "after",
                                    "label": "the junction is usually the best place for a bus stop",
                                },
                            ],
                            "source": "",
                        },
                    ),
                    (
                        "exercise",
                        {
                            "title": "Follow one bus line",
                            "instructions": "<p>Ride one bus line at peak hour with a watch. Note where the bus stands still and why: a red light, a queue, a parked car, a long boarding. Which single measure from this lesson would save the most time?</p>",
                            "duration_minutes": 60,
                        },
                    ),
                ],
            },
            "fr": {
                "title": "Contrôle et priorité aux transports publics",
                "summary": "Faire respecter les règles, et faire passer les bus à travers la congestion.",
                "body": [
                    (
                        "text",
                        (
                            "<p>Un carrefour bien réglé échoue quand même si les conducteurs le bloquent, "
                            "stationnent dans la voie de tourne-à-gauche ou ignorent le rouge. Le contrôle est ce "
                            "qui transforme un aménagement en rue qui fonctionne. Son but n'est pas le nombre "
                            "d'amendes mais la part des usagers qui respectent les règles sans être "
                            "surveillés.</p>"
                            "<h2>Choisir quelques règles et les faire respecter avec constance</h2>"
                            "<p>Les gens changent de comportement quand ils pensent avoir de fortes chances "
                            "d'être contrôlés, plus que lorsque les sanctions sont lourdes. Une ville obtient de "
                            "meilleurs résultats en choisissant un petit nombre de règles qui comptent le plus "
                            "pour la fluidité et la sécurité, ne pas bloquer les carrefours, ne pas stationner "
                            "dans les couloirs de bus, respecter les feux rouges, et en les faisant respecter "
                            "chaque jour aux mêmes endroits, plutôt que par de grandes opérations occasionnelles. "
                            "Annoncez la campagne à l'avance, expliquez pourquoi la règle existe et publiez les "
                            "résultats.</p>"
                            "<h2>Un aménagement qui se fait respecter</h2>"
                            "<p>Le contrôle le moins cher est physique. Des potelets empêchent les voitures de "
                            "monter sur les trottoirs, un couloir de bus séparé par une bordure n'a pas besoin "
                            "d'agent, et les plateaux ralentissent les véhicules sans caméra. Là où l'aménagement "
                            "ne suffit pas, les caméras automatiques aux feux rouges et sur les couloirs de bus "
                            "assurent un contrôle constant, mais seulement si toute la chaîne fonctionne : "
                            "l'immatriculation des véhicules doit être fiable, les avis doivent parvenir aux "
                            "propriétaires et les amendes doivent être recouvrées. Sans cette chaîne, les caméras "
                            "perdent vite leur crédibilité.</p>"
                            "<h2>Pourquoi donner la priorité aux bus</h2>"
                            "<p>Un bus qui transporte cinquante personnes occupe la place de deux ou trois "
                            "voitures. Quand les bus sont pris dans les mêmes files que les voitures, ils "
                            "deviennent lents et irréguliers, les voyageurs partent vers le deux-roues ou la "
                            "voiture, et la congestion augmente. Les mesures de priorité cassent ce cercle en "
                            "rendant les transports publics plus rapides et surtout plus fiables.</p>"
                            "<h2>La boîte à outils</h2>"
                            "<ul><li><b>Couloirs de bus</b> sur les approches des carrefours saturés, là où les "
                            "bus perdent le plus de temps. Un couloir de quelques centaines de mètres avant un "
                            "carrefour peut faire gagner plusieurs minutes à l'heure de pointe.</li>"
                            "<li><b>Priorité aux feux</b> : le contrôleur prolonge ou avance un vert quand un "
                            "bus est détecté, dans des limites qui continuent de servir les autres "
                            "mouvements.</li>"
                            "<li><b>Sas bus</b> : un court couloir et un vert anticipé réservé aux bus leur "
                            "permettent de partir devant la circulation générale.</li>"
                            "<li><b>Arrêts</b> placés après le carrefour plutôt qu'avant, pour que les bus ne "
                            "s'arrêtent pas deux fois, et quais au niveau du plancher du bus pour accélérer la "
                            "montée.</li></ul>"
                            "<p>Chaque mesure doit être suivie : mesurez les temps de parcours des bus et leur "
                            "dispersion avant et après, et vérifiez que les couloirs restent libres. Un couloir de "
                            "bus occupé par des voitures en stationnement est pire que pas de couloir du tout, car "
                            "il apprend à tous que les règles ne comptent pas.</p>"
                        ),
                    ),
                    (
                        "key_figures",
                        {
                            "title": "L'espace de voirie par personne",
                            "figures": [
                                {
                                    "figure": "1 bus",
                                    "label": "peut transporter les occupants de dizaines de voitures",
                                },
                                {
                                    "figure": "après",
                                    "label": "le carrefour est en général la meilleure place pour un arrêt de bus",
                                },
                            ],
                            "source": "",
                        },
                    ),
                    (
                        "exercise",
                        {
                            "title": "Suivre une ligne de bus",
                            "instructions": "<p>Parcourez une ligne de bus à l'heure de pointe, montre en main. Notez où le bus est immobile et pourquoi : un feu rouge, une file, une voiture garée, une longue montée des voyageurs. Quelle mesure de cette leçon ferait gagner le plus de temps ?</p>",
                            "duration_minutes": 60,
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
                "text": "What do traffic signals do to the capacity of a junction?",
                "choices": [
                    "They add capacity",
                    "They share the time during which the junction can be used",
                    "They double the capacity of each lane",
                ],
                "explanation": "Signals do not create road space; they share its time between movements. Every extra phase adds lost time.",
            },
            "fr": {
                "text": "Que font les feux à la capacité d'un carrefour ?",
                "choices": [
                    "Ils ajoutent de la capacité",
                    "Ils partagent le temps pendant lequel le carrefour peut être utilisé",
                    "Ils doublent la capacité de chaque voie",
                ],
                "explanation": "Les feux ne créent pas d'espace ; ils en partagent le temps entre les mouvements. Chaque phase supplémentaire ajoute du temps perdu.",
            },
        },
        {
            "kind": "single",
            "correct": [0],
            "en": {
                "text": "Roughly how many vehicles does one lane discharge during 20 seconds of green once the queue moves?",
                "choices": ["About 10", "About 40", "About 3"],
                "explanation": "A moving queue discharges about one vehicle every two seconds per lane, so about ten in twenty seconds.",
            },
            "fr": {
                "text": "Combien de véhicules une voie écoule-t-elle environ pendant 20 secondes de vert, une fois la file en mouvement ?",
                "choices": ["Une dizaine", "Une quarantaine", "Trois"],
                "explanation": "Une file en mouvement écoule environ un véhicule toutes les deux secondes par voie, soit une dizaine en vingt secondes.",
            },
        },
        {
            "kind": "multiple",
            "correct": [0, 2],
            "en": {
                "text": "Which measures remove conflict points at a junction?",
                "choices": [
                    "Banning a little-used left turn",
                    "Widening the entry lanes",
                    "Turning two two-way streets into a one-way pair",
                ],
                "explanation": "Banning turns and one-way pairs remove crossings. Widening the entry adds no safety and often moves the queue into the junction.",
            },
            "fr": {
                "text": "Quelles mesures suppriment des points de conflit dans un carrefour ?",
                "choices": [
                    "Interdire un tourne-à-gauche peu utilisé",
                    "Élargir les voies d'entrée",
                    "Transformer deux rues à double sens en paire de sens uniques",
                ],
                "explanation": "Interdire des mouvements tournants et créer des sens uniques suppriment des cisaillements. Élargir l'entrée n'apporte aucune sécurité et déplace souvent la file dans le carrefour.",
            },
        },
        {
            "kind": "single",
            "correct": [2],
            "en": {
                "text": "What changes drivers' behaviour most?",
                "choices": [
                    "Very heavy fines applied rarely",
                    "Large occasional police operations",
                    "A high and consistent likelihood of being caught",
                ],
                "explanation": "People respond to the likelihood of being caught more than to the size of the penalty; consistent, announced enforcement works best.",
            },
            "fr": {
                "text": "Qu'est-ce qui change le plus le comportement des conducteurs ?",
                "choices": [
                    "Des amendes très lourdes appliquées rarement",
                    "De grandes opérations de police occasionnelles",
                    "Une probabilité élevée et constante d'être contrôlé",
                ],
                "explanation": "Les gens réagissent à la probabilité d'être contrôlés plus qu'au montant de la sanction ; un contrôle constant et annoncé fonctionne le mieux.",
            },
        },
        {
            "kind": "multiple",
            "correct": [0, 1],
            "en": {
                "text": "Which are public transport priority measures?",
                "choices": [
                    "A bus lane on the approach to a congested junction",
                    "Extending a green when a bus is detected",
                    "Placing bus stops just before every junction",
                ],
                "explanation": "Bus lanes and signal priority save time. Stops are usually better placed after the junction so buses do not stop twice.",
            },
            "fr": {
                "text": "Lesquelles sont des mesures de priorité aux transports publics ?",
                "choices": [
                    "Un couloir de bus à l'approche d'un carrefour saturé",
                    "Prolonger un vert quand un bus est détecté",
                    "Placer les arrêts juste avant chaque carrefour",
                ],
                "explanation": "Les couloirs de bus et la priorité aux feux font gagner du temps. Les arrêts sont en général mieux placés après le carrefour pour que le bus ne s'arrête pas deux fois.",
            },
        },
    ],
}
