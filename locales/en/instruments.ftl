# The instruments, in the seeds' own wording (../shared/seeds). Keys are stable; translations must keep the
# meaning of every option exactly (the Annex III scales are compared before and after).

## Seed 000, Annex III - Assessment Questionnaire - Mentoring process (teacher programmes)
instrument-teacher_annex3 = Assessment Questionnaire – Mentoring process
q-teacher_annex3-1-title = Awareness and knowledge
q-teacher_annex3-1 = How aware do you feel about inclusive teaching (e.g. Universal Design for Learning...)
q-teacher_annex3-2-title = Practical application
q-teacher_annex3-2 = How often do you adapt your teaching activities to address different learning styles, needs, and levels among your students?
q-teacher_annex3-3-title = Tools and strategies
q-teacher_annex3-3 = How confident do you feel in using inclusive tools and strategies (e.g. technology, cooperative learning, formative assessment, peer tutoring, etc.)?
q-teacher_annex3-4-title = Collaboration and networking
q-teacher_annex3-4 = To what extent do you collaborate with colleagues or support staff (e.g. special education teachers, tutors, psychologists) to design inclusive activities?
q-teacher_annex3-5-title = Self-assessment of impact
q-teacher_annex3-5 = To what extent do you think your current teaching practices effectively promote the participation and success of all students (especially those with special educational needs or disadvantages)?
q-teacher_annex3-6-title = Open-ended question
q-teacher_annex3-6 = What aspect of inclusive teaching do you feel you most need support with / have most improved in?

scale-extent-0 = Not at all
scale-extent-1 = Slightly
scale-extent-2 = Fairly
scale-extent-3 = Very much
scale-frequency-0 = Never
scale-frequency-1 = Rarely
scale-frequency-2 = Sometimes
scale-frequency-3 = Often
scale-frequency-4 = Always

## Seed 003, Stage 1 - what the mentee hopes to get from the relationship, and goals at a high level
instrument-student_intake = Getting started
q-student_intake-hopes-title = What you hope for
q-student_intake-hopes = What do you hope to get from having a peer mentor? Pick all that fit.
q-student_intake-hopes-0 = Help with schoolwork
q-student_intake-hopes-1 = Help to reach an educational goal
q-student_intake-hopes-2 = Someone to talk to about things that matter to me
q-student_intake-hopes-3 = Something else
q-student_intake-goals-title = Your goals
q-student_intake-goals = What would you like to reach during the mentoring? A few words are enough – you can add detail later.

## Seed 000, Annex II - Example of mentoring Plan for Teachers
plan-part-mentoring = A. Mentoring Activities (10 hours)
plan-part-piloting = B. Piloting in class
plan-initial_analysis = Initial analysis and goal setting
plan-initial_analysis-description = Completion of the questionnaire and first mentoring session
plan-methodological_deepening = Methodological deepening
plan-methodological_deepening-description = Discussion and reflection on inclusive methodologies
plan-co_design = Co-design of inclusive activities
plan-co_design-description = Joint design of inclusive strategies or lessons
plan-final_reflection = Final reflection and closure
plan-final_reflection-description = Self-assessment and final discussion
plan-classroom_piloting = Classroom piloting
plan-classroom_piloting-description = Implementation of the designed inclusive activities
plan-evidence = Collection of evidence and materials
plan-evidence-description = Feedback, reports, and documentation
plan-personal_reflection = Personal reflection and self-assessment
plan-personal_reflection-description = Individual reflection on results and impact

## Seed 003, Stage 1 - ground rules the pair should set
ground-rule-how_often = How often to meet?
ground-rule-where_when = Places/times to meet.
ground-rule-cannot_come = What to do if one partner is unable to make a meeting?
ground-rule-friends = Bringing friends to mentor meetings.
ground-rule-confidentiality = Confidentiality issues.
ground-rule-problems = Dealing with problems.

## Seed 002 - Agreement for mentors and leaders of peer-to-peer programs (teacher programmes)
mentor-agreement-title = Agreement for mentors and leaders of peer-to-peer programs: Supporting transitions from teacher education to teaching profession
mentor-agreement-intro = As mentor/leader you agree to:
mentor-agreement-1 = Provide an induction phase where mentoring is prioritized in a systematic way during the first years of teaching
mentor-agreement-2 = In the first academic year, design a personalized mentoring plan for the mentee (including an assessment of current competencies, needs for professional development, targets for development, and opportunities for continuous meta-reflection on process and outcome)
mentor-agreement-3 = Introduce the mentee to the institution in ways that acknowledge the mentee as an important resource and contributor in the professional community
mentor-agreement-4 = Create spaces that secure professional opportunities for the mentee to collaborate and engage in joint planning with more experienced colleagues
mentor-agreement-5 = Facilitate opportunities for the mentee to participate in further professional development programs
mentor-agreement-6 = Meet with the mentee regularly, if possible at least once a week, for discussions, support, feedback, advice and guidance

## Seed 002 - Individual development plan for teachers: the ten action steps
idp-1-title = Identifying Areas for Improvement
idp-1 = Identify specific areas that need development or improvement. This could include classroom management, curriculum development, student assessment, or use of technology in teaching.
idp-1-question = What have I not been able to identify, and why? What can I do to change this?
idp-2-title = Enrolling in Professional Development Courses
idp-2 = Identify relevant professional development courses or workshops that focus on these identified areas. These could be online courses, seminars, or workshops offered by educational institutions or organizations.
idp-2-question = What have I not been able to implement, and why? What can I do to change this?
idp-3-title = Seeking Peer Observation
idp-3 = Identify a schedule for peer-to-peer observation. This includes observing other teachers' classes to gain insights into different teaching strategies and classroom management techniques. Constructive feedback from peers can also provide valuable insights.
idp-3-question = What have I not been able to implement, and why? What can I do to change this?
idp-4-title = Seeking Mentorship
idp-4 = Identify possibilities for receiving guidance from a mentor or a more experienced teacher. A mentor can provide personal insights, advice, and feedback to help improve teaching competence.
idp-4-question = What have I not been able to implement, and why? What can I do to change this?
idp-5-title = Continuing Education
idp-5 = Consider and identify further formal education such as advanced degrees or certification programs related to the field of teaching.
idp-5-question = What have I not been able to implement, and why? What can I do to change this?
idp-6-title = Enhancing Self-Learning and Self-reflection
idp-6 = Identify educational literature, research articles, and books to stay up-to-date with the latest trends and advancements in education.
idp-6-question = What have I not been able to implement, and why? What can I do to change this?
idp-7-title = Implementing Changes
idp-7 = Describe your application of new learning and techniques in the classroom. Reflect on their effectiveness and potential adjustments.
idp-7-question = Which challenges have I faced in implementing these strategies, and why? What can I do to overcome these challenges in the future?
idp-8-title = Assessing, reviewing, and adjusting
idp-8 = Identify achieved competence development and implemented measures from the development plan in the past year.
idp-8-question = What has given me new competence? What agreed-upon measures have I been able to implement? What have I not been able to implement, and why? What can I do to change this?
idp-9-title = Contributions in peer-to-peer guidance
idp-9 = Describe and reflect on your role, involvement, and contributions in peer-to-peer relationships.
idp-9-question = Which aspects have I not been able to follow up, and why? What can I do to change this?
idp-10-title = Contributions to overall school development
idp-10 = Describe your role and contributions to the development of a professional learning community at the school.
idp-10-question = In which areas have I not been able to contribute, and why? What can I do to change this?

## Seed 003 - the stage questions, for student pairs (friendly wording for 14-17 year olds)
stage-prompt-engage-mission = Your mission: where do you want to get to? (the “destination”)
stage-prompt-engage-goals = Your goals: what are the big steps on the way? (the “roadmap”)
stage-prompt-engage-objectives = Your objectives: what is one small, concrete thing to do next?
stage-prompt-sustain-feedback = Feedback: what is going well between you, and what would you like to change?
stage-prompt-sustain-problem = Problem-solving: is there a problem right now? What could be a workable solution?
stage-prompt-transition-went_well = What went well in your mentoring?
stage-prompt-transition-learned = What did you learn – about schoolwork, about others, about yourself?

## Seed 003, Stage 4 - ending early, and the last meeting
end-reason-programme_end = The programme has ended
end-reason-moved_away = The mentor or mentee moves out of the “area”
end-reason-life_changes = Other major life changes (health concerns, family issues etc.) make continuing impossible
end-reason-decided_to_end = One of the pair decides to end the relationship
end-reason-other = Another reason
final-prompt-went_well = What has gone well – ways you have seen growth, and ways you have benefited?
final-prompt-growth = Which skills did you both gain, including in working through challenges together?
final-prompt-potential = For the mentor: a few words of faith in the mentee's abilities and potential.
