package cn.jiedao.hub.elderly;

/** Activities for elderly residents: the report's day of ball games, a shared lunch, a choir and a film. */
public enum ActivityKind {
    BALL_GAMES, SHARED_LUNCH, CHOIR, FILM, HEALTH_TALK, OTHER
}
