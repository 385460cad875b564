"""The traffic module in Portuguese (as used in Brazil) and Khmer.

Machine-assisted translations of `traffic.py`, written without a native
speaker: they await review (docs/translation.md). Each text keeps the
English one's structure — the same paragraphs, headings, list items and
blocks — because the demo hands them to wagtail-localize as a translator's
PO file would, sentence by sentence (`training.demo.translate_page`).
"""

PT = {
    "module": {
        "title": "Gestão do trânsito em uma cidade em crescimento",
        "summary": (
            "Como uma cidade mantém pessoas e mercadorias em movimento: programar os semáforos, "
            "desenhar os cruzamentos, fiscalizar as regras e dar aos ônibus a prioridade de que "
            "precisam. Baseado na cooperação Paris–Phnom Penh sobre os fluxos de trânsito no "
            "centro da cidade."
        ),
        "objectives": (
            "<ul><li>Explicar como um plano semafórico divide o tempo entre os movimentos de um cruzamento.</li>"
            "<li>Ler o desenho de um cruzamento e identificar os conflitos que causam atrasos e acidentes.</li>"
            "<li>Planejar uma fiscalização que mude comportamentos em vez de apenas punir.</li>"
            "<li>Escolher medidas de prioridade ao transporte público adequadas a cada rua.</li></ul>"
        ),
    },
    "lessons": {
        "traffic-signals": {
            "title": "Semáforos: dividir o tempo em um cruzamento",
            "summary": "Fases, ciclos, divisão do verde e por que um plano semafórico deve seguir os fluxos.",
            "body": [
                (
                    "text",
                    (
                        "<p>Um cruzamento semaforizado é um lugar onde vários fluxos de veículos querem o mesmo "
                        "trecho de via. O semáforo não cria capacidade: ele divide o tempo durante o qual esse "
                        "trecho pode ser usado. Tudo no planejamento semafórico decorre dessa ideia. Se um "
                        "movimento recebe mais tempo de verde do que seu fluxo precisa, os outros esperam à toa; "
                        "se recebe menos, sua fila cresce de um ciclo para o outro até bloquear o cruzamento "
                        "anterior.</p>"
                        "<h2>Fases e ciclos</h2>"
                        "<p>Uma <b>fase</b> é um conjunto de movimentos que podem seguir ao mesmo tempo sem "
                        "conflito, por exemplo os dois movimentos em frente, em sentidos opostos, de uma avenida. "
                        "O <b>ciclo</b> é o tempo que a sequência de fases leva para voltar ao início. Entre duas "
                        "fases vêm o amarelo e o vermelho geral: eles deixam os últimos veículos saírem do "
                        "cruzamento antes que o fluxo seguinte comece. Esses segundos são perdidos para todos, "
                        "então cada fase a mais custa capacidade. Um cruzamento com duas fases é quase sempre mais "
                        "eficiente do que um com quatro, e a primeira pergunta diante de um cruzamento congestionado "
                        "é se uma fase poderia ser eliminada, por exemplo proibindo uma conversão à esquerda que "
                        "pouca gente faz.</p>"
                        "<h2>Dividir o verde</h2>"
                        "<p>Dentro de um ciclo, o tempo de verde é dividido na proporção do fluxo crítico de cada "
                        "fase, isto é, a faixa mais carregada da fase comparada com o que essa faixa consegue "
                        "escoar. Uma faixa escoa cerca de um veículo a cada dois segundos depois que a fila "
                        "começa a andar; assim, uma faixa que recebe vinte segundos de verde atende cerca de dez "
                        "veículos por ciclo. Contar o trânsito é, portanto, o primeiro passo de qualquer "
                        "reprogramação: planos feitos de memória ou copiados de outro cruzamento quase sempre dão "
                        "tempo demais à via principal e de menos às transversais.</p>"
                        "<p>Ciclos mais longos atendem mais veículos por hora, porque o tempo perdido é uma parte "
                        "menor do ciclo, mas todos esperam mais, e os pedestres começam a atravessar no vermelho "
                        "quando a espera fica excessiva. A maioria dos cruzamentos de centro de cidade funciona bem "
                        "com ciclos entre sessenta e noventa segundos.</p>"
                        "<h2>Pedestres também são trânsito</h2>"
                        "<p>Cada verde de pedestres deve durar o suficiente para que uma pessoa que anda devagar "
                        "atravesse a via inteira. Os projetistas costumam adotar uma velocidade de caminhada de "
                        "cerca de um metro por segundo para o tempo de travessia, menos perto de escolas, hospitais "
                        "e mercados. Um refúgio no meio de uma avenida larga reduz a distância pela metade e permite "
                        "fazer a travessia em duas etapas.</p>"
                        "<h2>Coordenação</h2>"
                        "<p>Em um corredor com cruzamentos a poucas centenas de metros uns dos outros, os semáforos "
                        "devem ter o mesmo ciclo e uma defasagem tal que um pelotão liberado por um cruzamento "
                        'chegue ao seguinte no verde. É a "onda verde". Ela só funciona no sentido e na '
                        "velocidade para os quais foi projetada, por isso deve ser ajustada à velocidade que a "
                        "cidade quer, não à velocidade que os motoristas gostariam.</p>"
                    ),
                ),
                (
                    "key_figures",
                    {
                        "title": "Ordens de grandeza",
                        "figures": [
                            {
                                "figure": "≈ 2 s",
                                "label": "entre veículos que saem de uma fila em movimento, por faixa",
                            },
                            {
                                "figure": "60–90 s",
                                "label": "ciclo habitual de um cruzamento de centro de cidade",
                            },
                            {
                                "figure": "≈ 1 m/s",
                                "label": "velocidade de caminhada costumeira no tempo de travessia de pedestres",
                            },
                        ],
                        "source": "Valores usuais de projeto; consulte as normas do seu país.",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "",
                        "text": (
                            "<p>Antes de mudar um plano, observe o cruzamento durante todo um horário de pico. Anote "
                            "qual fila ainda está lá quando o verde dela termina: esse movimento está com falta de "
                            "tempo.</p>"
                        ),
                    },
                ),
                (
                    "exercise",
                    {
                        "title": "Conte uma aproximação",
                        "duration_minutes": 30,
                        "instructions": (
                            "<ol><li>Escolha um cruzamento semaforizado que você conhece.</li>"
                            "<li>Durante três ciclos, conte os veículos que passam em uma aproximação durante o verde.</li>"
                            "<li>Divida pelo tempo de verde: você encontra cerca de um veículo a cada dois segundos por "
                            "faixa? Se passam muito menos, o que os está bloqueando?</li></ol>"
                        ),
                    },
                ),
            ],
        },
        "junction-design": {
            "title": "Desenho de cruzamentos: a geometria antes do semáforo",
            "summary": "Pontos de conflito, distribuição das faixas, raios de giro e espaço para quem anda a pé.",
            "body": [
                (
                    "text",
                    (
                        "<p>Muitos cruzamentos que parecem precisar de novos semáforos na verdade precisam de um "
                        "novo desenho. O semáforo só pode dividir o tempo de um cruzamento; é a geometria que "
                        "decide quanto pode passar, a que velocidade e com que segurança. Antes de qualquer "
                        "reprogramação, desenhe o cruzamento em escala e percorra-o como motorista, motociclista, "
                        "ciclista e pedestre.</p>"
                        "<h2>Conte os pontos de conflito</h2>"
                        "<p>Onde duas trajetórias se cruzam, se juntam ou se separam há um ponto de conflito. Um "
                        "simples cruzamento de duas ruas de mão dupla tem trinta e dois deles, dezesseis dos quais "
                        "são cruzamentos de trajetórias, o tipo mais perigoso. Toda medida que elimina conflitos "
                        "melhora a segurança: transformar uma rua de mão dupla em um binário de mão única, proibir "
                        "uma conversão à esquerda ou canalizar os movimentos com ilhas. As rotatórias substituem "
                        "cruzamentos por convergências e divergências em baixa velocidade, e por isso reduzem os "
                        "acidentes graves, mas precisam de espaço e funcionam mal quando um fluxo é muito mais "
                        "pesado que os outros.</p>"
                        "<h2>Dê a cada faixa uma só função</h2>"
                        "<p>Os motoristas hesitam quando uma faixa serve a vários movimentos, e um único veículo "
                        "esperando para converter atravessando o fluxo oposto para todos que vêm atrás. Demarcar "
                        "um bolsão de conversão curto, mesmo para um ou dois veículos, muitas vezes acrescenta mais "
                        "capacidade do que uma mudança no plano semafórico. O número de faixas na linha de retenção "
                        "deve corresponder ao número de faixas que podem sair do cruzamento: alargar a entrada "
                        "enquanto a saída continua estreita só leva a fila para o meio do cruzamento.</p>"
                        "<h2>Mantenha as velocidades baixas onde as pessoas atravessam</h2>"
                        "<p>Raios de esquina grandes permitem que os veículos façam a curva rápido e alongam as "
                        "travessias de pedestres. Esquinas fechadas, extensões de calçada e travessias elevadas "
                        "reduzem a velocidade de quem converte a um nível em que o motorista consegue parar, e "
                        "encurtam o tempo que os pedestres passam na via, o que por sua vez encurta a fase de "
                        "pedestres. As faixas de travessia devem ficar nas linhas de desejo que as pessoas "
                        "realmente seguem; uma travessia colocada a cinquenta metros de onde as pessoas querem "
                        "passar não será usada.</p>"
                        "<h2>Projete para as motos e o trânsito informal</h2>"
                        "<p>Em muitas cidades da Ásia e da América Latina, as motos são a maioria dos veículos. "
                        "Elas ocupam cada espaço livre, arrancam mais rápido que os carros e se concentram à frente "
                        "da linha de retenção. Uma área de espera avançada para motos e bicicletas, uma sinalização "
                        "horizontal clara e um vermelho geral curto as ajudam a sair do cruzamento antes que o "
                        "fluxo transversal comece. Estacionamento, comércio de rua e táxis parando nas esquinas "
                        "ocupam um espaço que o projeto supunha livre: gerir o meio-fio faz parte do desenho do "
                        "cruzamento.</p>"
                        "<p>Teste o novo desenho com materiais provisórios, como tinta, cones e floreiras, durante "
                        "algumas semanas antes de construí-lo em concreto. É mais barato mudar um cone de lugar do "
                        "que um meio-fio, e os moradores podem ver a mudança e opinar sobre ela.</p>"
                    ),
                ),
                (
                    "case_study",
                    {
                        "title": "Os fluxos de trânsito no centro da cidade",
                        "city": "Phnom Penh",
                        "year": 2006,
                        "situation": (
                            "<p>A população, a economia e a área urbana de Phnom Penh cresciam rapidamente, e o "
                            "trânsito do centro, em grande parte de motos, se misturava à vida das ruas no mesmo "
                            "espaço viário.</p>"
                        ),
                        "outcome": (
                            "<p>O projeto de cooperação de 2005–2006 com a Cidade de Paris, apoiado pelo Ministério "
                            "francês das Relações Exteriores, deu à Prefeitura de Phnom Penh ferramentas e equipes "
                            "capacitadas para gerir os fluxos de trânsito no centro da cidade, combinando formação e "
                            "trabalho de campo.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "",
                        "text": (
                            "<p>Acrescentar uma faixa em um cruzamento saturado costuma atrair mais trânsito em "
                            "poucos anos. Use o espaço para organizar os movimentos e proteger as pessoas, não só "
                            "para aumentar a capacidade.</p>"
                        ),
                    },
                ),
            ],
        },
        "enforcement-and-bus-priority": {
            "title": "Fiscalização e prioridade ao transporte público",
            "summary": "Fazer as regras serem respeitadas e fazer os ônibus atravessarem o congestionamento.",
            "body": [
                (
                    "text",
                    (
                        "<p>Um cruzamento bem programado ainda falha se os motoristas o bloqueiam, estacionam na "
                        "faixa de conversão ou ignoram o vermelho. É a fiscalização que transforma um projeto em "
                        "uma rua que funciona. Seu objetivo não é o número de multas, mas a proporção de usuários "
                        "que seguem as regras sem estar sendo vigiados.</p>"
                        "<h2>Escolha poucas regras e fiscalize-as com constância</h2>"
                        "<p>As pessoas mudam de comportamento quando acreditam que provavelmente serão pegas, mais "
                        "do que quando as penalidades são pesadas. Uma cidade obtém melhores resultados escolhendo "
                        "um pequeno número de regras que mais importam para a fluidez e a segurança, como não "
                        "bloquear cruzamentos, não estacionar nas faixas de ônibus e respeitar o sinal vermelho, e "
                        "fiscalizando-as todos os dias nos mesmos lugares, do que com grandes operações ocasionais. "
                        "Anuncie a campanha com antecedência, explique por que a regra existe e publique os "
                        "resultados.</p>"
                        "<h2>Um desenho que se fiscaliza sozinho</h2>"
                        "<p>A fiscalização mais barata é física. Balizadores mantêm os carros fora das calçadas, uma "
                        "faixa de ônibus separada por meio-fio não precisa de agente, e travessias elevadas reduzem "
                        "a velocidade sem câmeras. Onde o desenho não pode fazer o trabalho, câmeras automáticas de "
                        "avanço de sinal e de faixa de ônibus dão uma fiscalização constante, mas só se a cadeia "
                        "por trás delas funcionar: o registro de veículos deve ser confiável, as notificações devem "
                        "chegar aos proprietários e as multas devem ser cobradas. Sem essa cadeia, as câmeras "
                        "perdem rapidamente a credibilidade.</p>"
                        "<h2>Por que dar prioridade aos ônibus</h2>"
                        "<p>Um ônibus que leva cinquenta pessoas ocupa o espaço viário de dois ou três carros. "
                        "Quando os ônibus ficam presos nas mesmas filas que os carros, tornam-se lentos e "
                        "irregulares, os passageiros passam para a moto ou o carro, e o congestionamento aumenta. "
                        "As medidas de prioridade quebram esse círculo tornando o transporte público mais rápido e, "
                        "sobretudo, mais confiável.</p>"
                        "<h2>A caixa de ferramentas</h2>"
                        "<ul><li><b>Faixas de ônibus</b> nas aproximações dos cruzamentos congestionados, onde os "
                        "ônibus perdem mais tempo. Uma faixa de algumas centenas de metros antes de um cruzamento "
                        "pode poupar vários minutos no horário de pico.</li>"
                        "<li><b>Prioridade semafórica</b>: o controlador prolonga ou antecipa um verde quando um "
                        "ônibus é detectado, dentro de limites que mantêm os outros movimentos atendidos.</li>"
                        "<li><b>Salto de fila</b>: uma faixa de ônibus curta e um verde antecipado só para os "
                        "ônibus permitem que o ônibus saia à frente do trânsito geral.</li>"
                        "<li><b>Pontos de parada</b> colocados depois do cruzamento e não antes, para que os ônibus "
                        "não parem duas vezes, e plataformas de embarque no nível do piso do ônibus para tornar o "
                        "embarque mais rápido.</li></ul>"
                        "<p>Cada medida deve ser acompanhada: meça os tempos de viagem dos ônibus e sua variação "
                        "antes e depois, e verifique se as faixas de ônibus continuam livres. Uma faixa de ônibus "
                        "cheia de carros estacionados é pior do que nenhuma faixa, porque ensina a todos que as "
                        "regras não valem.</p>"
                    ),
                ),
                (
                    "key_figures",
                    {
                        "title": "Espaço viário por pessoa",
                        "figures": [
                            {
                                "figure": "1 ônibus",
                                "label": "pode levar os ocupantes de dezenas de carros",
                            },
                            {
                                "figure": "depois",
                                "label": "do cruzamento costuma ser o melhor lugar para um ponto de ônibus",
                            },
                        ],
                        "source": "",
                    },
                ),
                (
                    "exercise",
                    {
                        "title": "Acompanhe uma linha de ônibus",
                        "duration_minutes": 60,
                        "instructions": (
                            "<p>Faça o percurso de uma linha de ônibus no horário de pico, com um relógio. Anote onde "
                            "o ônibus fica parado e por quê: um sinal vermelho, uma fila, um carro estacionado, um "
                            "embarque demorado. Qual medida desta aula pouparia mais tempo?</p>"
                        ),
                    },
                ),
            ],
        },
    },
    "questions": [
        {
            "text": "O que os semáforos fazem com a capacidade de um cruzamento?",
            "choices": [
                "Acrescentam capacidade",
                "Dividem o tempo durante o qual o cruzamento pode ser usado",
                "Dobram a capacidade de cada faixa",
            ],
            "explanation": (
                "O semáforo não cria espaço viário; ele divide o tempo desse espaço entre os movimentos. "
                "Cada fase a mais acrescenta tempo perdido."
            ),
        },
        {
            "text": (
                "Aproximadamente quantos veículos uma faixa escoa em 20 segundos de verde, depois que a "
                "fila começa a andar?"
            ),
            "choices": ["Cerca de 10", "Cerca de 40", "Cerca de 3"],
            "explanation": (
                "Uma fila em movimento escoa cerca de um veículo a cada dois segundos por faixa, ou seja, "
                "cerca de dez em vinte segundos."
            ),
        },
        {
            "text": "Quais medidas eliminam pontos de conflito em um cruzamento?",
            "choices": [
                "Proibir uma conversão à esquerda pouco usada",
                "Alargar as faixas de entrada",
                "Transformar duas ruas de mão dupla em um binário de mão única",
            ],
            "explanation": (
                "Proibir conversões e criar binários eliminam cruzamentos de trajetórias. Alargar a entrada "
                "não traz segurança e muitas vezes leva a fila para dentro do cruzamento."
            ),
        },
        {
            "text": "O que mais muda o comportamento dos motoristas?",
            "choices": [
                "Multas muito altas aplicadas raramente",
                "Grandes operações policiais ocasionais",
                "Uma probabilidade alta e constante de ser pego",
            ],
            "explanation": (
                "As pessoas reagem mais à probabilidade de serem pegas do que ao valor da penalidade; uma "
                "fiscalização constante e anunciada funciona melhor."
            ),
        },
        {
            "text": "Quais destas são medidas de prioridade ao transporte público?",
            "choices": [
                "Uma faixa de ônibus na aproximação de um cruzamento congestionado",
                "Prolongar um verde quando um ônibus é detectado",
                "Colocar os pontos de ônibus logo antes de cada cruzamento",
            ],
            "explanation": (
                "Faixas de ônibus e prioridade semafórica poupam tempo. Em geral é melhor colocar os pontos "
                "depois do cruzamento, para que os ônibus não parem duas vezes."
            ),
        },
    ],
}

KM = {
    "module": {
        "title": "ការគ្រប់គ្រងចរាចរណ៍នៅក្នុងទីក្រុងដែលកំពុងរីកចម្រើន",
        "summary": (
            "របៀបដែលទីក្រុងមួយធ្វើឱ្យមនុស្ស និងទំនិញធ្វើដំណើរបានរលូន៖ ការកំណត់ពេលភ្លើងសញ្ញាចរាចរណ៍ "
            "ការរចនាផ្លូវប្រសព្វ ការអនុវត្តច្បាប់ និងការផ្តល់អាទិភាពដល់ឡានក្រុងតាមតម្រូវការ។ "
            "ផ្អែកលើកិច្ចសហប្រតិបត្តិការប៉ារីស–ភ្នំពេញ លើលំហូរចរាចរណ៍នៅកណ្តាលទីក្រុង។"
        ),
        "objectives": (
            "<ul><li>ពន្យល់ពីរបៀបដែលផែនការភ្លើងសញ្ញាបែងចែកពេលវេលារវាងចលនានានានៅផ្លូវប្រសព្វមួយ។</li>"
            "<li>អានប្លង់ផ្លូវប្រសព្វមួយ ហើយរកឃើញចំណុចប៉ះទង្គិចដែលបង្កការយឺតយ៉ាវ និងគ្រោះថ្នាក់។</li>"
            "<li>រៀបចំការអនុវត្តច្បាប់ដែលផ្លាស់ប្តូរឥរិយាបថ ជាជាងគ្រាន់តែដាក់ទោស។</li>"
            "<li>ជ្រើសរើសវិធានការអាទិភាពសម្រាប់មធ្យោបាយដឹកជញ្ជូនសាធារណៈ ដែលសមស្របនឹងផ្លូវនីមួយៗ។</li></ul>"
        ),
    },
    "lessons": {
        "traffic-signals": {
            "title": "ភ្លើងសញ្ញាចរាចរណ៍៖ ការបែងចែកពេលវេលានៅផ្លូវប្រសព្វ",
            "summary": "ដំណាក់កាល វដ្ត ការបែងចែកពេលភ្លើងខៀវ និងមូលហេតុដែលផែនការភ្លើងសញ្ញាត្រូវតែស្របតាមលំហូរចរាចរណ៍។",
            "body": [
                (
                    "text",
                    (
                        "<p>ផ្លូវប្រសព្វដែលមានភ្លើងសញ្ញា គឺជាកន្លែងដែលលំហូរចរាចរណ៍ជាច្រើនចង់ប្រើផ្នែកផ្លូវតែមួយ។ "
                        "ភ្លើងសញ្ញាមិនបង្កើតសមត្ថភាពផ្លូវថែមទេ៖ វាគ្រាន់តែបែងចែកពេលវេលាដែលផ្នែកផ្លូវនោះអាចប្រើបាន។ "
                        "អ្វីៗទាំងអស់ក្នុងការរៀបចំផែនការភ្លើងសញ្ញា កើតចេញពីគំនិតនេះ។ ប្រសិនបើចលនាមួយទទួលបានពេលភ្លើងខៀវ"
                        "ច្រើនជាងតម្រូវការនៃលំហូររបស់វា ចលនាផ្សេងទៀតត្រូវរង់ចាំដោយឥតប្រយោជន៍ ហើយប្រសិនបើវាទទួលបានតិចជាង "
                        "ជួររបស់វានឹងវែងឡើងពីវដ្តមួយទៅវដ្តមួយ រហូតដល់ស្ទះដល់ផ្លូវប្រសព្វដែលនៅពីក្រោយ។</p>"
                        "<h2>ដំណាក់កាល និងវដ្ត</h2>"
                        "<p><b>ដំណាក់កាល</b> គឺជាសំណុំចលនាដែលអាចធ្វើដំណើរក្នុងពេលតែមួយដោយមិនប៉ះទង្គិចគ្នា ឧទាហរណ៍ "
                        "ចលនាទៅត្រង់ពីរទិសផ្ទុយគ្នានៃផ្លូវធំមួយ។ <b>វដ្ត</b> គឺជារយៈពេលដែលលំដាប់នៃដំណាក់កាលទាំងអស់ត្រូវការ "
                        "ដើម្បីវិលមកចំណុចចាប់ផ្តើមវិញ។ នៅចន្លោះដំណាក់កាលពីរ មានភ្លើងលឿង និងរយៈពេលភ្លើងក្រហមទាំងអស់៖ "
                        "វាអនុញ្ញាតឱ្យយានយន្តចុងក្រោយចេញផុតពីផ្លូវប្រសព្វ មុនពេលលំហូរបន្ទាប់ចាប់ផ្តើម។ វិនាទីទាំងនោះបាត់បង់"
                        "សម្រាប់មនុស្សគ្រប់គ្នា ដូច្នេះដំណាក់កាលបន្ថែមនីមួយៗធ្វើឱ្យខាតសមត្ថភាព។ ផ្លូវប្រសព្វដែលមានដំណាក់កាលពីរ "
                        "ស្ទើរតែតែងតែមានប្រសិទ្ធភាពជាងផ្លូវប្រសព្វដែលមានដំណាក់កាលបួន ហើយសំណួរដំបូងដែលត្រូវសួរចំពោះផ្លូវប្រសព្វ"
                        "ដែលកកស្ទះ គឺថាតើអាចលុបដំណាក់កាលមួយចោលបានឬទេ ឧទាហរណ៍ ដោយហាមការបត់ឆ្វេងដែលមានមនុស្សតិចតួចធ្វើ។</p>"
                        "<h2>ការបែងចែកពេលភ្លើងខៀវ</h2>"
                        "<p>ក្នុងវដ្តមួយ ពេលភ្លើងខៀវត្រូវបានបែងចែកតាមសមាមាត្រនៃលំហូរសំខាន់នៃដំណាក់កាលនីមួយៗ ពោលគឺគន្លងផ្លូវ"
                        "ដែលមមាញឹកបំផុតនៃដំណាក់កាលនោះ ធៀបនឹងចំនួនយានយន្តដែលគន្លងនោះអាចបញ្ចេញបាន។ នៅពេលជួរចាប់ផ្តើម"
                        "ធ្វើដំណើរ គន្លងផ្លូវមួយបញ្ចេញយានយន្តប្រហែលមួយគ្រឿងរៀងរាល់ពីរវិនាទី ដូច្នេះគន្លងដែលទទួលបាន"
                        "ភ្លើងខៀវម្ភៃវិនាទី បម្រើយានយន្តប្រហែលដប់គ្រឿងក្នុងមួយវដ្ត។ ហេតុនេះ ការរាប់ចរាចរណ៍គឺជាជំហានដំបូង"
                        "នៃការកែសម្រួលពេលវេលាណាមួយ៖ ផែនការដែលគូរតាមការចងចាំ ឬចម្លងពីផ្លូវប្រសព្វផ្សេង ស្ទើរតែតែងតែ"
                        "ផ្តល់ពេលច្រើនពេកដល់ផ្លូវធំ និងតិចពេកដល់ផ្លូវតូចៗ។</p>"
                        "<p>វដ្តវែងជាង បម្រើយានយន្តបានច្រើនជាងក្នុងមួយម៉ោង ព្រោះពេលដែលបាត់បង់ជាចំណែកតូចជាងនៃវដ្ត "
                        "ប៉ុន្តែមនុស្សគ្រប់គ្នាត្រូវរង់ចាំយូរជាង ហើយអ្នកថ្មើរជើងចាប់ផ្តើមឆ្លងកាត់ពេលភ្លើងក្រហម នៅពេលការរង់ចាំ"
                        "យូរហួសហេតុ។ ផ្លូវប្រសព្វភាគច្រើននៅកណ្តាលទីក្រុង ដំណើរការល្អជាមួយវដ្តចន្លោះពីហុកសិប ទៅកៅសិបវិនាទី។</p>"
                        "<h2>អ្នកថ្មើរជើងក៏ជាចរាចរណ៍ដែរ</h2>"
                        "<p>ភ្លើងខៀវសម្រាប់អ្នកថ្មើរជើងនីមួយៗ ត្រូវមានរយៈពេលគ្រប់គ្រាន់ឱ្យអ្នកដើរយឺតឆ្លងកាត់ផ្លូវទាំងមូល។ "
                        "អ្នករចនាជាទូទៅសន្មតល្បឿនដើរប្រហែលមួយម៉ែត្រក្នុងមួយវិនាទីសម្រាប់ពេលឆ្លងកាត់ ហើយតិចជាងនេះនៅជិត"
                        "សាលារៀន មន្ទីរពេទ្យ និងផ្សារ។ កោះសុវត្ថិភាពនៅកណ្តាលផ្លូវធំទូលាយ កាត់បន្ថយចម្ងាយពាក់កណ្តាល "
                        "ហើយអនុញ្ញាតឱ្យការឆ្លងកាត់ត្រូវបានបែងចែកជាពីរដំណាក់។</p>"
                        "<h2>ការសម្របសម្រួលភ្លើងសញ្ញា</h2>"
                        "<p>នៅលើផ្លូវមួយខ្សែដែលមានផ្លូវប្រសព្វនៅចម្ងាយពីគ្នាពីរបីរយម៉ែត្រ ភ្លើងសញ្ញាគួរតែមានរយៈពេលវដ្តដូចគ្នា "
                        "ហើយត្រូវបានកំណត់គម្លាតពេល ដើម្បីឱ្យក្រុមយានយន្តដែលចេញពីផ្លូវប្រសព្វមួយ មកដល់ផ្លូវប្រសព្វបន្ទាប់ចំពេល"
                        'ភ្លើងខៀវ។ នេះហៅថា "រលកភ្លើងខៀវ"។ វាដំណើរការតែក្នុងទិសដៅ និងល្បឿនដែលវាត្រូវបានរចនាប៉ុណ្ណោះ '
                        "ដូច្នេះវាត្រូវកំណត់តាមល្បឿនដែលទីក្រុងចង់បាន មិនមែនល្បឿនដែលអ្នកបើកបរចង់បានទេ។</p>"
                    ),
                ),
                (
                    "key_figures",
                    {
                        "title": "តួលេខប្រហាក់ប្រហែល",
                        "figures": [
                            {
                                "figure": "≈ ២ វិនាទី",
                                "label": "ចន្លោះយានយន្តដែលចេញពីជួរកំពុងធ្វើដំណើរ ក្នុងមួយគន្លងផ្លូវ",
                            },
                            {
                                "figure": "៦០–៩០ វិនាទី",
                                "label": "រយៈពេលវដ្តធម្មតាសម្រាប់ផ្លូវប្រសព្វកណ្តាលទីក្រុង",
                            },
                            {
                                "figure": "≈ ១ ម៉ែត្រ/វិនាទី",
                                "label": "ល្បឿនដើរដែលគេតែងសន្មតសម្រាប់ពេលឆ្លងកាត់របស់អ្នកថ្មើរជើង",
                            },
                        ],
                        "source": "តម្លៃរចនាទូទៅ៖ សូមពិនិត្យមើលការណែនាំថ្នាក់ជាតិរបស់លោកអ្នក។",
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": "",
                        "text": (
                            "<p>មុននឹងផ្លាស់ប្តូរផែនការ សូមសង្កេតផ្លូវប្រសព្វពេញមួយម៉ោងមមាញឹក។ កត់ត្រាថាជួរណានៅតែមាន "
                            "នៅពេលភ្លើងខៀវរបស់វាបញ្ចប់៖ ចលនានោះខ្វះពេលវេលា។</p>"
                        ),
                    },
                ),
                (
                    "exercise",
                    {
                        "title": "រាប់ផ្លូវចូលមួយ",
                        "duration_minutes": 30,
                        "instructions": (
                            "<ol><li>ជ្រើសរើសផ្លូវប្រសព្វមានភ្លើងសញ្ញាមួយដែលលោកអ្នកស្គាល់។</li>"
                            "<li>ក្នុងរយៈពេលបីវដ្ត រាប់យានយន្តដែលឆ្លងកាត់ពីផ្លូវចូលមួយ ក្នុងពេលភ្លើងខៀវ។</li>"
                            "<li>ចែកនឹងរយៈពេលភ្លើងខៀវ៖ តើលោកអ្នករកឃើញប្រហែលយានយន្តមួយគ្រឿងរៀងរាល់ពីរវិនាទី"
                            "ក្នុងមួយគន្លងផ្លូវដែរឬទេ? ប្រសិនបើឆ្លងកាត់តិចជាងនេះច្រើន តើអ្វីរារាំងពួកវា?</li></ol>"
                        ),
                    },
                ),
            ],
        },
        "junction-design": {
            "title": "ការរចនាផ្លូវប្រសព្វ៖ ធរណីមាត្រមុនភ្លើងសញ្ញា",
            "summary": "ចំណុចប៉ះទង្គិច ការបែងចែកគន្លងផ្លូវ កាំនៃការបត់ និងកន្លែងសម្រាប់អ្នកថ្មើរជើង។",
            "body": [
                (
                    "text",
                    (
                        "<p>ផ្លូវប្រសព្វជាច្រើនដែលហាក់ដូចជាត្រូវការភ្លើងសញ្ញាថ្មី តាមពិតត្រូវការប្លង់ថ្មី។ ភ្លើងសញ្ញាអាចត្រឹមតែ"
                        "បែងចែកពេលវេលានៃផ្លូវប្រសព្វប៉ុណ្ណោះ រីឯធរណីមាត្ររបស់វាជាអ្នកសម្រេចថា តើអាចឆ្លងកាត់បានប៉ុន្មាន "
                        "លឿនប៉ុណ្ណា និងមានសុវត្ថិភាពកម្រិតណា។ មុននឹងកែសម្រួលពេលវេលាណាមួយ សូមគូរផ្លូវប្រសព្វតាមមាត្រដ្ឋាន "
                        "ហើយដើរឆ្លងកាត់វាក្នុងនាមជាអ្នកបើកបររថយន្ត អ្នកជិះម៉ូតូ អ្នកជិះកង់ និងអ្នកថ្មើរជើង។</p>"
                        "<h2>រាប់ចំណុចប៉ះទង្គិច</h2>"
                        "<p>គ្រប់កន្លែងដែលគន្លងធ្វើដំណើរពីរកាត់គ្នា បញ្ចូលគ្នា ឬបំបែកពីគ្នា គឺមានចំណុចប៉ះទង្គិច។ "
                        "ផ្លូវបំបែកធម្មតានៃផ្លូវពីរដែលមានចរាចរណ៍ពីរទិស មានចំណុចបែបនេះសាមសិបពីរ ដែលក្នុងនោះដប់ប្រាំមួយ"
                        "ជាចំណុចកាត់គ្នា ដែលជាប្រភេទគ្រោះថ្នាក់បំផុត។ វិធានការណាដែលលុបបំបាត់ចំណុចប៉ះទង្គិច សុទ្ធតែបង្កើន"
                        "សុវត្ថិភាព៖ ការប្តូរផ្លូវពីរទិសទៅជាគូផ្លូវឯកទិស ការហាមការបត់ឆ្វេង ឬការណែនាំចលនាដោយកោះចរាចរណ៍។ "
                        "រង្វង់មូលជំនួសចំណុចកាត់គ្នា ដោយការបញ្ចូល និងការបំបែកក្នុងល្បឿនទាប ហេតុនេះហើយបានជាវាកាត់បន្ថយ"
                        "គ្រោះថ្នាក់ធ្ងន់ធ្ងរ ប៉ុន្តែវាត្រូវការទីធ្លា ហើយដំណើរការមិនសូវល្អ នៅពេលលំហូរមួយធ្ងន់ជាងលំហូរផ្សេងទៀតច្រើន។</p>"
                        "<h2>ផ្តល់ឱ្យគន្លងផ្លូវនីមួយៗនូវតួនាទីតែមួយ</h2>"
                        "<p>អ្នកបើកបរស្ទាក់ស្ទើរ នៅពេលគន្លងផ្លូវមួយអាចប្រើសម្រាប់ចលនាច្រើន ហើយយានយន្តតែមួយគ្រឿងដែលរង់ចាំ"
                        "បត់កាត់ចរាចរណ៍ទិសផ្ទុយ ធ្វើឱ្យអ្នកនៅពីក្រោយទាំងអស់ត្រូវឈប់។ ការគូសគន្លងបត់ខ្លីមួយ ទោះបីជាវែងត្រឹម"
                        "យានយន្តមួយឬពីរគ្រឿងក៏ដោយ ច្រើនតែបន្ថែមសមត្ថភាពបានច្រើនជាងការផ្លាស់ប្តូរផែនការភ្លើងសញ្ញា។ "
                        "ចំនួនគន្លងផ្លូវនៅខ្សែឈប់ គួរតែស្មើនឹងចំនួនគន្លងផ្លូវដែលអាចចេញពីផ្លូវប្រសព្វបាន៖ ការពង្រីកផ្លូវចូល "
                        "ខណៈដែលផ្លូវចេញនៅតែតូចចង្អៀត គ្រាន់តែរំកិលជួរយានយន្តទៅកណ្តាលផ្លូវប្រសព្វប៉ុណ្ណោះ។</p>"
                        "<h2>រក្សាល្បឿនទាបនៅកន្លែងដែលមនុស្សឆ្លងកាត់</h2>"
                        "<p>កាំជ្រុងផ្លូវធំៗ អនុញ្ញាតឱ្យយានយន្តបត់បានលឿន ហើយធ្វើឱ្យផ្លូវឆ្លងកាត់របស់អ្នកថ្មើរជើងវែងជាងមុន។ "
                        "ជ្រុងផ្លូវតឹង ការពង្រីកចិញ្ចើមផ្លូវ និងផ្លូវឆ្លងកាត់លើកខ្ពស់ បន្ថយល្បឿនយានយន្តដែលបត់ មកត្រឹមល្បឿន"
                        "ដែលអ្នកបើកបរអាចឈប់បាន ហើយកាត់បន្ថយពេលវេលាដែលអ្នកថ្មើរជើងនៅលើផ្លូវ ដែលជាហេតុធ្វើឱ្យដំណាក់កាល"
                        "អ្នកថ្មើរជើងខ្លីជាងមុនផងដែរ។ ផ្លូវឆ្លងកាត់ត្រូវតែនៅលើគន្លងដែលមនុស្សពិតជាដើរ៖ ផ្លូវឆ្លងកាត់ដែលដាក់"
                        "ឆ្ងាយហាសិបម៉ែត្រពីកន្លែងដែលមនុស្សចង់ដើរ នឹងមិនត្រូវបានប្រើទេ។</p>"
                        "<h2>រចនាសម្រាប់ម៉ូតូ និងចរាចរណ៍ក្រៅផ្លូវការ</h2>"
                        "<p>នៅក្នុងទីក្រុងជាច្រើននៃអាស៊ី និងអាមេរិកឡាទីន ម៉ូតូជាយានយន្តភាគច្រើន។ ពួកវាបំពេញគ្រប់ចន្លោះ "
                        "ចេញដំណើរលឿនជាងរថយន្ត ហើយប្រមូលផ្តុំគ្នានៅពីមុខខ្សែឈប់។ តំបន់ឈប់ខាងមុខសម្រាប់យានយន្តកង់ពីរ "
                        "ការគូសគន្លងផ្លូវច្បាស់លាស់ និងរយៈពេលភ្លើងក្រហមទាំងអស់ខ្លីមួយ ជួយឱ្យពួកវាចេញផុតពីផ្លូវប្រសព្វ "
                        "មុនពេលចរាចរណ៍ទិសកាត់ចាប់ផ្តើម។ ការចតយានយន្ត ការលក់ដូរតាមផ្លូវ និងតាក់ស៊ីដែលឈប់នៅជ្រុងផ្លូវ "
                        "យកទីធ្លាផ្លូវដែលការរចនាសន្មតថាទំនេរ៖ ការគ្រប់គ្រងគែមផ្លូវ គឺជាផ្នែកមួយនៃការរចនាផ្លូវប្រសព្វ។</p>"
                        "<p>សាកល្បងប្លង់ថ្មីដោយប្រើសម្ភារៈបណ្តោះអាសន្ន ដូចជាថ្នាំលាប កោណ និងផើងរុក្ខជាតិ រយៈពេលពីរបីសប្តាហ៍ "
                        "មុននឹងសាងសង់វាដោយបេតុង។ ការរំកិលកោណមួយ ថោកជាងការរំកិលគែមចិញ្ចើមផ្លូវ ហើយប្រជាពលរដ្ឋក្នុងតំបន់"
                        "អាចមើលឃើញ និងផ្តល់មតិលើការផ្លាស់ប្តូរនោះ។</p>"
                    ),
                ),
                (
                    "case_study",
                    {
                        "title": "លំហូរចរាចរណ៍នៅកណ្តាលទីក្រុង",
                        "city": "ភ្នំពេញ",
                        "year": 2006,
                        "situation": (
                            "<p>ប្រជាជន សេដ្ឋកិច្ច និងផ្ទៃដីទីក្រុងភ្នំពេញ កំពុងរីកចម្រើនយ៉ាងឆាប់រហ័ស ហើយចរាចរណ៍នៅកណ្តាល"
                            "ទីក្រុង ដែលភាគច្រើនជាម៉ូតូ លាយឡំជាមួយជីវភាពតាមដងផ្លូវ នៅលើទីធ្លាផ្លូវតែមួយ។</p>"
                        ),
                        "outcome": (
                            "<p>គម្រោងកិច្ចសហប្រតិបត្តិការឆ្នាំ ២០០៥–២០០៦ ជាមួយទីក្រុងប៉ារីស ដែលគាំទ្រដោយក្រសួងការបរទេស"
                            "បារាំង បានផ្តល់ឱ្យសាលារាជធានីភ្នំពេញនូវឧបករណ៍ និងបុគ្គលិកដែលបានបណ្តុះបណ្តាល ដើម្បីគ្រប់គ្រង"
                            "លំហូរចរាចរណ៍នៅកណ្តាលទីក្រុង ដោយរួមបញ្ចូលការបណ្តុះបណ្តាលជាមួយការងារនៅទីតាំងជាក់ស្តែង។</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "",
                        "text": (
                            "<p>ការបន្ថែមគន្លងផ្លូវនៅផ្លូវប្រសព្វដែលឆ្អែតហើយ ជាធម្មតាទាក់ទាញចរាចរណ៍ច្រើនថែមទៀតក្នុងរយៈពេល"
                            "ពីរបីឆ្នាំ។ ចូរប្រើទីធ្លាដើម្បីរៀបចំចលនា និងការពារមនុស្ស មិនមែនគ្រាន់តែដើម្បីបន្ថែមសមត្ថភាពនោះទេ។</p>"
                        ),
                    },
                ),
            ],
        },
        "enforcement-and-bus-priority": {
            "title": "ការអនុវត្តច្បាប់ និងអាទិភាពសម្រាប់មធ្យោបាយដឹកជញ្ជូនសាធារណៈ",
            "summary": "ធ្វើឱ្យមានការគោរពច្បាប់ និងធ្វើឱ្យឡានក្រុងធ្វើដំណើរឆ្លងកាត់ការកកស្ទះ។",
            "body": [
                (
                    "text",
                    (
                        "<p>ផ្លូវប្រសព្វដែលកំណត់ពេលបានល្អ នៅតែបរាជ័យ ប្រសិនបើអ្នកបើកបរបិទផ្លូវប្រសព្វ ចតនៅក្នុងគន្លងបត់ "
                        "ឬមិនអើពើភ្លើងក្រហម។ ការអនុវត្តច្បាប់ គឺជាអ្វីដែលប្រែក្លាយការរចនាមួយ ទៅជាផ្លូវដែលដំណើរការបាន។ "
                        "គោលដៅរបស់វាមិនមែនជាចំនួនការពិន័យទេ គឺជាចំណែកនៃអ្នកប្រើប្រាស់ផ្លូវដែលគោរពច្បាប់ ដោយគ្មាននរណាឃ្លាំមើល។</p>"
                        "<h2>ជ្រើសរើសច្បាប់មួយចំនួនតូច ហើយអនុវត្តវាឱ្យបានជាប់លាប់</h2>"
                        "<p>មនុស្សផ្លាស់ប្តូរឥរិយាបថ នៅពេលពួកគេជឿថាទំនងជានឹងត្រូវចាប់បាន ច្រើនជាងនៅពេលទោសធ្ងន់។ "
                        "ទីក្រុងមួយទទួលបានលទ្ធផលល្អជាង ដោយជ្រើសរើសច្បាប់មួយចំនួនតូចដែលសំខាន់បំផុតសម្រាប់លំហូរចរាចរណ៍ "
                        "និងសុវត្ថិភាព ដូចជាមិនបិទផ្លូវប្រសព្វ មិនចតក្នុងគន្លងឡានក្រុង និងគោរពភ្លើងក្រហម ហើយអនុវត្តវា"
                        "រៀងរាល់ថ្ងៃនៅកន្លែងដដែលៗ ជាជាងប្រតិបត្តិការធំៗម្តងម្កាល។ ចូរប្រកាសយុទ្ធនាការជាមុន ពន្យល់ពីមូលហេតុ"
                        "ដែលច្បាប់នោះមាន ហើយផ្សព្វផ្សាយលទ្ធផល។</p>"
                        "<h2>ការរចនាដែលអនុវត្តច្បាប់ដោយខ្លួនឯង</h2>"
                        "<p>ការអនុវត្តច្បាប់ដែលថោកបំផុត គឺជាឧបសគ្គរូបវន្ត។ បង្គោលការពាររារាំងរថយន្តមិនឱ្យឡើងលើចិញ្ចើមផ្លូវ "
                        "គន្លងឡានក្រុងដែលខណ្ឌចែកដោយគែមថ្ម មិនត្រូវការមន្ត្រីយាម ហើយផ្លូវឆ្លងកាត់លើកខ្ពស់ បន្ថយល្បឿនយានយន្ត"
                        "ដោយគ្មានកាមេរ៉ា។ នៅកន្លែងដែលការរចនាមិនអាចធ្វើការងារនេះបាន កាមេរ៉ាស្វ័យប្រវត្តិសម្រាប់ភ្លើងក្រហម "
                        "និងគន្លងឡានក្រុង ផ្តល់នូវការអនុវត្តច្បាប់ជាប់លាប់ ប៉ុន្តែលុះត្រាតែខ្សែសង្វាក់នៅពីក្រោយវាដំណើរការ៖ "
                        "ការចុះបញ្ជីយានយន្តត្រូវតែអាចទុកចិត្តបាន សេចក្តីជូនដំណឹងត្រូវតែទៅដល់ម្ចាស់ ហើយការពិន័យត្រូវតែ"
                        "ប្រមូលបាន។ បើគ្មានខ្សែសង្វាក់នោះទេ កាមេរ៉ានឹងបាត់បង់ភាពជឿជាក់យ៉ាងឆាប់រហ័ស។</p>"
                        "<h2>ហេតុអ្វីត្រូវផ្តល់អាទិភាពដល់ឡានក្រុង</h2>"
                        "<p>ឡានក្រុងមួយដែលដឹកមនុស្សហាសិបនាក់ ប្រើទីធ្លាផ្លូវស្មើនឹងរថយន្តពីរ ឬបីគ្រឿង។ នៅពេលឡានក្រុងជាប់គាំង"
                        "ក្នុងជួរដូចគ្នានឹងរថយន្ត វាក្លាយជាយឺត និងមិនទៀងទាត់ អ្នកដំណើរងាកទៅប្រើម៉ូតូ ឬរថយន្តវិញ ហើយការកកស្ទះ"
                        "កាន់តែកើនឡើង។ វិធានការអាទិភាពបំបែករង្វង់នេះ ដោយធ្វើឱ្យមធ្យោបាយដឹកជញ្ជូនសាធារណៈលឿនជាងមុន "
                        "និងជាពិសេស អាចទុកចិត្តបានជាងមុន។</p>"
                        "<h2>ប្រអប់ឧបករណ៍</h2>"
                        "<ul><li><b>គន្លងឡានក្រុង</b> នៅលើផ្លូវចូលផ្លូវប្រសព្វដែលកកស្ទះ ជាកន្លែងដែលឡានក្រុងខាតពេលច្រើនបំផុត។ "
                        "គន្លងវែងពីរបីរយម៉ែត្រមុនផ្លូវប្រសព្វ អាចសន្សំពេលបានច្រើននាទីនៅម៉ោងមមាញឹក។</li>"
                        "<li><b>អាទិភាពភ្លើងសញ្ញា</b>៖ ឧបករណ៍បញ្ជាភ្លើងសញ្ញាពន្យារភ្លើងខៀវ ឬនាំវាមកមុន នៅពេលរកឃើញឡានក្រុង "
                        "ក្នុងដែនកំណត់ដែលធានាថាចលនាផ្សេងទៀតនៅតែទទួលបានវេន។</li>"
                        "<li><b>ការរំលងជួរ</b>៖ គន្លងឡានក្រុងខ្លីមួយ និងភ្លើងខៀវមុនគេសម្រាប់តែឡានក្រុង អនុញ្ញាតឱ្យឡានក្រុង"
                        "ចេញដំណើរមុនចរាចរណ៍ទូទៅ។</li>"
                        "<li><b>ចំណតឡានក្រុង</b> ដែលដាក់នៅក្រោយផ្លូវប្រសព្វ ជាជាងនៅមុនវា ដើម្បីកុំឱ្យឡានក្រុងឈប់ពីរដង "
                        "និងវេទិកាឡើងជិះដែលមានកម្ពស់ស្មើនឹងកម្រាលឡានក្រុង ដើម្បីឱ្យការឡើងជិះលឿនជាងមុន។</li></ul>"
                        "<p>វិធានការនីមួយៗត្រូវតែតាមដាន៖ វាស់រយៈពេលធ្វើដំណើររបស់ឡានក្រុង និងភាពប្រែប្រួលរបស់វា មុន និងក្រោយ "
                        "ហើយពិនិត្យថាគន្លងឡានក្រុងនៅតែទំនេរ។ គន្លងឡានក្រុងដែលពេញដោយរថយន្តចត អាក្រក់ជាងគ្មានគន្លងឡានក្រុងសោះ "
                        "ព្រោះវាបង្រៀនមនុស្សគ្រប់គ្នាថា ច្បាប់គ្មានតម្លៃ។</p>"
                    ),
                ),
                (
                    "key_figures",
                    {
                        "title": "ទីធ្លាផ្លូវក្នុងមនុស្សម្នាក់",
                        "figures": [
                            {"figure": "ឡានក្រុង ១", "label": "អាចដឹកមនុស្សស្មើនឹងអ្នកជិះក្នុងរថយន្តរាប់សិបគ្រឿង"},
                            {
                                "figure": "ក្រោយ",
                                "label": "ផ្លូវប្រសព្វ ជាធម្មតាជាកន្លែងល្អបំផុតសម្រាប់ចំណតឡានក្រុង",
                            },
                        ],
                        "source": "",
                    },
                ),
                (
                    "exercise",
                    {
                        "title": "តាមដានខ្សែឡានក្រុងមួយ",
                        "duration_minutes": 60,
                        "instructions": (
                            "<p>ជិះឡានក្រុងមួយខ្សែនៅម៉ោងមមាញឹក ដោយយកនាឡិកាតាមខ្លួន។ កត់ត្រាកន្លែងដែលឡានក្រុងឈប់នៅស្ងៀម "
                            "និងមូលហេតុ៖ ភ្លើងក្រហម ជួរយានយន្ត រថយន្តចត ឬការឡើងជិះយូរ។ តើវិធានការតែមួយណាពីមេរៀននេះ "
                            "ដែលនឹងសន្សំពេលបានច្រើនជាងគេ?</p>"
                        ),
                    },
                ),
            ],
        },
    },
    "questions": [
        {
            "text": "តើភ្លើងសញ្ញាចរាចរណ៍ធ្វើអ្វីចំពោះសមត្ថភាពនៃផ្លូវប្រសព្វ?",
            "choices": [
                "វាបន្ថែមសមត្ថភាព",
                "វាបែងចែកពេលវេលាដែលផ្លូវប្រសព្វអាចប្រើបាន",
                "វាបង្កើនសមត្ថភាពនៃគន្លងផ្លូវនីមួយៗទ្វេដង",
            ],
            "explanation": (
                "ភ្លើងសញ្ញាមិនបង្កើតទីធ្លាផ្លូវទេ វាបែងចែកពេលវេលារបស់ទីធ្លានោះរវាងចលនានានា។ "
                "ដំណាក់កាលបន្ថែមនីមួយៗ បន្ថែមពេលដែលបាត់បង់។"
            ),
        },
        {
            "text": (
                "នៅពេលជួរចាប់ផ្តើមធ្វើដំណើរ តើគន្លងផ្លូវមួយបញ្ចេញយានយន្តប្រហែលប៉ុន្មានគ្រឿង "
                "ក្នុងរយៈពេលភ្លើងខៀវ ២០ វិនាទី?"
            ),
            "choices": ["ប្រហែល ១០", "ប្រហែល ៤០", "ប្រហែល ៣"],
            "explanation": (
                "ជួរដែលកំពុងធ្វើដំណើរ បញ្ចេញយានយន្តប្រហែលមួយគ្រឿងរៀងរាល់ពីរវិនាទីក្នុងមួយគន្លងផ្លូវ "
                "ដូច្នេះប្រហែលដប់គ្រឿងក្នុងម្ភៃវិនាទី។"
            ),
        },
        {
            "text": "តើវិធានការណាខ្លះ ដែលលុបបំបាត់ចំណុចប៉ះទង្គិចនៅផ្លូវប្រសព្វ?",
            "choices": [
                "ហាមការបត់ឆ្វេងដែលកម្រប្រើ",
                "ពង្រីកគន្លងផ្លូវចូល",
                "ប្តូរផ្លូវពីរទិសពីរ ទៅជាគូផ្លូវឯកទិស",
            ],
            "explanation": (
                "ការហាមបត់ និងគូផ្លូវឯកទិស លុបបំបាត់ចំណុចកាត់គ្នា។ ការពង្រីកផ្លូវចូល មិនបន្ថែមសុវត្ថិភាពទេ "
                "ហើយច្រើនតែរំកិលជួរយានយន្តចូលទៅក្នុងផ្លូវប្រសព្វ។"
            ),
        },
        {
            "text": "តើអ្វីផ្លាស់ប្តូរឥរិយាបថរបស់អ្នកបើកបរបានច្រើនជាងគេ?",
            "choices": [
                "ការពិន័យធ្ងន់ខ្លាំង ដែលអនុវត្តម្តងម្កាល",
                "ប្រតិបត្តិការប៉ូលិសធំៗម្តងម្កាល",
                "លទ្ធភាពខ្ពស់ និងជាប់លាប់ក្នុងការត្រូវចាប់បាន",
            ],
            "explanation": (
                "មនុស្សឆ្លើយតបនឹងលទ្ធភាពនៃការត្រូវចាប់បាន ច្រើនជាងទំហំនៃទោស៖ ការអនុវត្តច្បាប់ដែលជាប់លាប់ "
                "និងបានប្រកាសជាមុន មានប្រសិទ្ធភាពជាងគេ។"
            ),
        },
        {
            "text": "តើមួយណាខ្លះជាវិធានការអាទិភាពសម្រាប់មធ្យោបាយដឹកជញ្ជូនសាធារណៈ?",
            "choices": [
                "គន្លងឡានក្រុងនៅលើផ្លូវចូលផ្លូវប្រសព្វដែលកកស្ទះ",
                "ពន្យារភ្លើងខៀវ នៅពេលរកឃើញឡានក្រុង",
                "ដាក់ចំណតឡានក្រុងនៅមុនផ្លូវប្រសព្វនីមួយៗ",
            ],
            "explanation": (
                "គន្លងឡានក្រុង និងអាទិភាពភ្លើងសញ្ញា សន្សំពេលវេលា។ ចំណតឡានក្រុង ជាធម្មតាគួរដាក់នៅក្រោយ"
                "ផ្លូវប្រសព្វ ដើម្បីកុំឱ្យឡានក្រុងឈប់ពីរដង។"
            ),
        },
    ],
}
